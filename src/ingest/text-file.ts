import { readFile } from 'node:fs/promises';
import { contentId, isIsoDate, type Origin, type ReadResult } from './article.js';
import { parseDatedText } from './dated-text.js';
import { decodeText } from './decode.js';

export interface TextOptions {
  /** `--date`: the publication date of undated text; it wins over a header. */
  date?: string;
  maxBytes: number;
}

/** Reads one plain or dated-text file as one article. */
export async function readTextFile(file: string, opts: TextOptions): Promise<ReadResult> {
  const origin: Origin = { file };
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (e) {
    return {
      ok: false,
      error: `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
      origin,
    };
  }
  return textToArticle(bytes, origin, opts);
}

/** Turns the bytes of a text document into an article (shared by files and stdin). */
export function textToArticle(bytes: Uint8Array, origin: Origin, opts: TextOptions): ReadResult {
  const decoded = decodeText(bytes, opts.maxBytes);
  if (!decoded.ok) return { ok: false, error: decoded.error, origin };
  const dated = parseDatedText(decoded.text);
  const text = dated ? dated.body : decoded.text;
  if (text.trim() === '') return { ok: false, error: 'no text after the date header', origin };
  if (opts.date !== undefined && !isIsoDate(opts.date))
    return { ok: false, error: `--date ${opts.date} is not a YYYY-MM-DD date`, origin };
  const date = opts.date ?? dated?.date ?? null;
  if (date !== null && !isIsoDate(date)) return { ok: false, error: `bad date header "${date}"`, origin };
  const warning =
    date === null
      ? 'no date (no " date YYYY-MM-DD " header and no --date): relative dates stay unresolved'
      : undefined;
  return { ok: true, article: { id: contentId(text, date), date, text }, origin, warning };
}
