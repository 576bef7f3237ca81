import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { type Article, contentId, isIsoDate, type Origin, type ReadResult } from './article.js';
import { formatBytes } from './decode.js';

const decoder = new TextDecoder('utf-8', { fatal: true });
const OPTIONAL = ['title', 'outlet', 'url'] as const;

/** Splits a byte stream into lines without decoding, so each line can be checked on its own. */
async function* byteLines(stream: Readable): AsyncGenerator<Buffer> {
  let rest: Buffer = Buffer.alloc(0);
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let buf = rest.length ? Buffer.concat([rest, chunk]) : chunk;
    let nl = buf.indexOf(0x0a);
    while (nl >= 0) {
      yield buf.subarray(0, nl);
      buf = buf.subarray(nl + 1);
      nl = buf.indexOf(0x0a);
    }
    rest = Buffer.from(buf);
  }
  if (rest.length) yield rest;
}

/** Reads JSON Lines of `{id?, date, text, title?, outlet?, url?}`, one result per non-blank line. */
export async function* readJsonl(
  stream: Readable,
  file: string,
  maxBytes: number,
): AsyncGenerator<ReadResult> {
  let line = 0;
  for await (const bytes of byteLines(stream)) {
    line++;
    const origin: Origin = { file, line };
    if (bytes.length > maxBytes) {
      yield { ok: false, error: `line too large: ${formatBytes(bytes.length)} (see --max-bytes)`, origin };
      continue;
    }
    let text: string;
    try {
      text = decoder.decode(bytes);
    } catch {
      yield { ok: false, error: 'invalid UTF-8', origin };
      continue;
    }
    if (text.trim() === '') continue;
    yield parseArticleLine(text, origin);
  }
}

/** Reads one JSON Lines file from disk. */
export async function* readJsonlFile(file: string, maxBytes: number): AsyncGenerator<ReadResult> {
  const stream = createReadStream(file);
  try {
    yield* readJsonl(stream, file, maxBytes);
  } catch (e) {
    yield {
      ok: false,
      error: `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
      origin: { file },
    };
  } finally {
    stream.destroy();
  }
}

/** Validates one decoded JSON line and turns it into an article. */
export function parseArticleLine(line: string, origin: Origin): ReadResult {
  const fail = (error: string): ReadResult => ({ ok: false, error, origin });
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return fail(`not JSON (${(e as Error).message})`);
  }
  return parseArticleValue(value, origin);
}

/** Validates one parsed JSON value (an article object) and turns it into an article. */
export function parseArticleValue(value: unknown, origin: Origin): ReadResult {
  const fail = (error: string): ReadResult => ({ ok: false, error, origin });
  if (!value || typeof value !== 'object' || Array.isArray(value)) return fail('not a JSON object');
  const o = value as Record<string, unknown>;
  if (typeof o.text !== 'string') return fail('missing "text" (a string)');
  if (o.text.trim() === '') return fail('empty "text"');
  if (!('date' in o)) return fail('missing "date" (YYYY-MM-DD, or null when unknown)');
  if (o.date !== null && (typeof o.date !== 'string' || !isIsoDate(o.date)))
    return fail(`bad "date" ${JSON.stringify(o.date)} (YYYY-MM-DD or null)`);
  if (o.id !== undefined && o.id !== null && (typeof o.id !== 'string' || o.id === ''))
    return fail('"id" must be a non-empty string');
  const article: Article = {
    id: '',
    date: o.date as string | null,
    text: o.text,
  };
  for (const key of OPTIONAL) {
    const v = o[key];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'string') return fail(`"${key}" must be a string`);
    article[key] = v;
  }
  article.id = typeof o.id === 'string' ? o.id : contentId(article.text, article.date, article.title);
  return { ok: true, article, origin };
}
