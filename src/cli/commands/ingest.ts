import type { Command } from 'commander';
import { countSources, readSources } from '../../ingest/sources.js';
import { type IngestSummary, ingestAll } from '../../pipeline/ingest.js';
import { pipelineFor } from '../../pipeline/store-pipeline.js';
import { dateOption, dbOption, maxBytesOption } from '../common.js';
import { progressReporter } from '../progress.js';

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('run the pipeline over articles and store them (one transaction per article)')
    .argument(
      '<paths...>',
      'dated-text or plain .txt files, .jsonl files, directories (recursive), or - for stdin',
    )
    .addOption(dbOption())
    .addOption(dateOption())
    .addOption(maxBytesOption())
    .addHelpText(
      'after',
      `
Re-ingesting an article already stored (same id, or same content when no id is given) skips it.
The exit status is 1 when any input failed; everything that could be read is still stored.

Examples:
  chronicle ingest corpus/demo --db demo.db
  chronicle ingest notes.txt --date 2022-02-02
  cat articles.jsonl | chronicle ingest - --db news.db`,
    )
    .action(async (paths: string[], opts: { db: string; date?: string; maxBytes: number }) => {
      const summary = await ingestPaths(paths, opts);
      process.stderr.write(`${summaryLine(summary)}\n`);
      if (summary.failed.length) process.exitCode = 1;
    });
}

/** Ingests paths into the database file; shared by `ingest` and `demo`. */
export async function ingestPaths(
  paths: string[],
  opts: { db: string; date?: string; maxBytes: number },
): Promise<IngestSummary> {
  // Loaded on demand, so that the other commands (extract) do not pay for better-sqlite3 and kysely.
  const { openSqliteStore } = await import('../../store/sqlite/sqlite-store.js');
  const store = await openSqliteStore(opts.db);
  const progress = progressReporter('ingest');
  try {
    // A known small batch joins its stories as a stream would (it is too small to settle them).
    const expected = await countSources(paths);
    return await ingestAll(readSources(paths, opts), store, await pipelineFor(store), progress, expected);
  } finally {
    progress.stop();
    await store.close();
  }
}

export function summaryLine(s: IngestSummary): string {
  const failed = s.failed.length;
  const lines = [`ingest: ${s.ingested} ingested, ${s.skipped} skipped as duplicates, ${failed} failed`];
  for (const f of s.failed) lines.push(`  failed: ${f.where}: ${f.error}`);
  return lines.join('\n');
}
