import { readdir, readFile as readWhole, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { Readable } from 'node:stream';
import type { ReadResult } from './article.js';
import { readJsonl, readJsonlFile } from './jsonl.js';
import { readTextFile, type TextOptions, textToArticle } from './text-file.js';

export interface SourceOptions extends TextOptions {}

const JSONL_EXT = new Set(['.jsonl', '.ndjson']);
const TEXT_EXT = new Set(['.txt', '.text']);
export const DEFAULT_MAX_BYTES = 8 * 1024 * 1024;

/** Files this small are counted before they are read (a JSONL file: its lines with text). */
const COUNT_MAX_BYTES = 8 * 1024 * 1024;

/**
 * How many articles the paths hold, when that is cheap to know: only files (a JSONL file of
 * COUNT_MAX_BYTES or less counts its lines with text, any other file one article). Directories,
 * stdin, larger or unreadable files: undefined (a stream of unknown length).
 */
export async function countSources(paths: string[]): Promise<number | undefined> {
  let n = 0;
  for (const p of paths) {
    if (p === '-') return undefined;
    const info = await stat(p).catch(() => null);
    if (!info?.isFile()) return undefined;
    if (!JSONL_EXT.has(extname(p).toLowerCase())) {
      n++;
      continue;
    }
    if (info.size > COUNT_MAX_BYTES) return undefined;
    const text = await readWhole(p, 'utf8');
    for (const line of text.split('\n')) if (line.trim() !== '') n++;
  }
  return n;
}

/**
 * Reads every path in turn — files, directories (recursively, in name order) and `-` for
 * stdin — and yields one result per article or per failure, streaming.
 */
export async function* readSources(paths: string[], opts: SourceOptions): AsyncGenerator<ReadResult> {
  for (const p of paths) {
    if (p === '-') {
      yield* readStdin(opts);
      continue;
    }
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(p);
    } catch (e) {
      yield {
        ok: false,
        error: `cannot read: ${(e as NodeJS.ErrnoException).code ?? 'error'}`,
        origin: { file: p },
      };
      continue;
    }
    if (info.isDirectory()) yield* readDirectory(p, opts);
    else yield* readFile(p, opts);
  }
}

async function* readFile(file: string, opts: SourceOptions): AsyncGenerator<ReadResult> {
  if (JSONL_EXT.has(extname(file).toLowerCase())) yield* readJsonlFile(file, opts.maxBytes);
  else yield await readTextFile(file, opts);
}

async function* readDirectory(dir: string, opts: SourceOptions): AsyncGenerator<ReadResult> {
  let entries: import('node:fs').Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    yield {
      ok: false,
      error: `cannot read: ${(e as NodeJS.ErrnoException).code ?? 'error'}`,
      origin: { file: dir },
    };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* readDirectory(path, opts);
    else if (entry.isFile()) {
      const ext = extname(entry.name).toLowerCase();
      if (JSONL_EXT.has(ext) || TEXT_EXT.has(ext)) yield* readFile(path, opts);
    }
  }
}

/** stdin holds JSON Lines when its first non-blank character is `{` (streamed), else one text article. */
async function* readStdin(opts: SourceOptions): AsyncGenerator<ReadResult> {
  const it = (process.stdin as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let sniff = '';
  while (sniff.trimStart() === '') {
    const next = await it.next();
    if (next.done) break;
    head.push(next.value);
    sniff += next.value.toString('utf8', 0, Math.min(next.value.length, 256));
  }
  async function* all(): AsyncGenerator<Buffer> {
    yield* head;
    for (let next = await it.next(); !next.done; next = await it.next()) yield next.value;
  }
  if (sniff.trimStart().startsWith('{')) {
    yield* readJsonl(Readable.from(all()), '<stdin>', opts.maxBytes);
    return;
  }
  const chunks: Buffer[] = [];
  for await (const chunk of all()) chunks.push(chunk);
  yield textToArticle(Buffer.concat(chunks), { file: '<stdin>' }, opts);
}
