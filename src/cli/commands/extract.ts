import type { Command } from 'commander';
import type { Extraction } from '../../contract/extraction.js';
import { where } from '../../ingest/article.js';
import { readJsonl } from '../../ingest/jsonl.js';
import { readSources } from '../../ingest/sources.js';
import { defaultPipeline } from '../../pipeline/default.js';
import { dateOption, maxBytesOption, writeOut } from '../common.js';

const FLUSH_AT = 1 << 16;

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('extract actors, time expressions, quotes and events as JSON (the public extraction format)')
    .argument('[files...]', 'dated-text or plain .txt files, .jsonl files, directories, or - for stdin')
    .option('--jsonl', 'read articles as JSON lines on stdin; write one extraction line per input line')
    .option('--format <format>', 'json (one object, or an array for several articles) or jsonl', 'json')
    .option('--all-events', 'also print events that do not count: negated and hypothetical ones')
    .addOption(dateOption())
    .addOption(maxBytesOption())
    .addHelpText(
      'after',
      `
Examples:
  chronicle extract ../shared/seed/000_1169ee211c9f22f9.txt --format json
  chronicle extract --jsonl < articles.jsonl > extractions.jsonl`,
    )
    .action(
      async (
        files: string[],
        opts: { jsonl?: boolean; format: string; date?: string; maxBytes: number; allEvents?: boolean },
      ) => {
        if (opts.format !== 'json' && opts.format !== 'jsonl')
          throw new Error('--format must be json or jsonl');
        if (opts.jsonl) {
          if (files.length) throw new Error('--jsonl reads stdin: give no files');
          process.exitCode = (await extractJsonlStream(opts.maxBytes, opts.allEvents ?? false)) ? 1 : 0;
          return;
        }
        if (!files.length) throw new Error('give files to extract, or --jsonl to read JSON lines on stdin');
        process.exitCode = (await extractFiles(files, opts)) ? 1 : 0;
      },
    );
}

/** `extract --jsonl`: exactly one output line per non-blank input line, same order and id. */
async function extractJsonlStream(maxBytes: number, allEvents: boolean): Promise<number> {
  const pipeline = defaultPipeline();
  let failures = 0;
  let buffer = '';
  for await (const item of readJsonl(process.stdin, '<stdin>', maxBytes)) {
    let line: string;
    if (item.ok) {
      try {
        line = JSON.stringify(shown(pipeline.extract(item.article), allEvents));
      } catch (e) {
        failures++;
        line = errorLine(item.article.id, `${where(item.origin)}: ${(e as Error).message}`);
      }
    } else {
      failures++;
      line = errorLine(null, `${where(item.origin)}: ${item.error}`);
    }
    buffer += `${line}\n`;
    if (buffer.length >= FLUSH_AT) {
      await writeOut(buffer);
      buffer = '';
    }
  }
  if (buffer) await writeOut(buffer);
  return failures;
}

/**
 * Only events that count are printed by default (asserted, future or past, not negated); the
 * store keeps them all, queryable with `chronicle events --modality`.
 */
function shown(ex: Extraction, allEvents: boolean): Extraction {
  return allEvents ? ex : { ...ex, events: ex.events.filter((e) => e.counts !== false) };
}

/** An error in place of an extraction keeps the output aligned with the input; it is also logged. */
function errorLine(id: string | null, error: string): string {
  process.stderr.write(`chronicle: ${error}\n`);
  return JSON.stringify({ id, error });
}

async function extractFiles(
  files: string[],
  opts: { format: string; date?: string; maxBytes: number; allEvents?: boolean },
): Promise<number> {
  const pipeline = defaultPipeline();
  const results: unknown[] = [];
  let failures = 0;
  for await (const item of readSources(files, { date: opts.date, maxBytes: opts.maxBytes })) {
    if (!item.ok) {
      failures++;
      process.stderr.write(`chronicle: ${where(item.origin)}: ${item.error}\n`);
      continue;
    }
    if (item.warning) process.stderr.write(`chronicle: ${where(item.origin)}: warning: ${item.warning}\n`);
    try {
      const ex = shown(pipeline.extract(item.article), opts.allEvents ?? false);
      if (opts.format === 'jsonl') await writeOut(`${JSON.stringify(ex)}\n`);
      else results.push(ex);
    } catch (e) {
      failures++;
      process.stderr.write(`chronicle: ${where(item.origin)}: ${(e as Error).message}\n`);
    }
  }
  if (opts.format === 'json' && results.length) {
    await writeOut(`${JSON.stringify(results.length === 1 ? results[0] : results, null, 2)}\n`);
  }
  return failures;
}
