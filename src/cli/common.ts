import { existsSync } from 'node:fs';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { isIsoDate } from '../ingest/article.js';
import { DEFAULT_MAX_BYTES } from '../ingest/sources.js';
import type { Store } from '../store/store.js';
import { FORMATS, type Format, parseFormat } from './output.js';

export const DEFAULT_DB = './chronicle.db';

export const dbOption = () => new Option('--db <file>', 'SQLite database file').default(DEFAULT_DB);
export const formatOption = (dflt: Format = 'table') =>
  new Option('--format <format>', 'output format').choices(FORMATS).default(dflt).argParser(parseFormat);
export const limitOption = () =>
  new Option('--limit <n>', 'at most this many rows').default(100).argParser(positiveInt('--limit'));
export const dateOption = () =>
  new Option('--date <YYYY-MM-DD>', 'publication date of undated text files').argParser((v) => {
    if (!isIsoDate(v)) throw new InvalidArgumentError('a date written YYYY-MM-DD');
    return v;
  });
export const maxBytesOption = () =>
  new Option('--max-bytes <n>', 'largest article (or JSON line) accepted, in bytes')
    .default(DEFAULT_MAX_BYTES)
    .argParser(positiveInt('--max-bytes'));
export const fromToOptions = (cmd: Command) =>
  cmd
    .option('--from <date>', 'on or after this date (YYYY, YYYY-MM or YYYY-MM-DD; partial dates overlap)')
    .option('--to <date>', 'on or before this date (YYYY, YYYY-MM or YYYY-MM-DD)');

function positiveInt(name: string) {
  return (v: string) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n <= 0)
      throw new InvalidArgumentError(`${name} wants a positive whole number`);
    return n;
  };
}

/** Opens the store for a query, runs `fn`, always closes it. */
export async function withStore<T>(file: string, fn: (store: Store) => Promise<T>): Promise<T> {
  if (file !== ':memory:' && !existsSync(file))
    throw new Error(`no database at ${file} (create one with: chronicle ingest PATH --db ${file})`);
  // Loaded on demand: better-sqlite3 and kysely cost every `extract` run ~0.1 s of start-up.
  const { openSqliteStore } = await import('../store/sqlite/sqlite-store.js');
  const store = await openSqliteStore(file);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** Writes a string to stdout and waits until it is flushed (so pipes receive everything). */
export function writeOut(s: string): Promise<void> {
  return new Promise((resolve, reject) => {
    process.stdout.write(s, (err) => (err ? reject(err) : resolve()));
  });
}
