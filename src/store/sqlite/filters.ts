import { dateRange } from '../../common/date-range.js';
import { isIsoDate } from '../../ingest/article.js';
import { StoreInputError } from '../store.js';

/** The days a filter bound covers, when both are real days ("2025-13" and "2025-02-30" are none). */
function range(bound: string): [string, string] | null {
  const r = dateRange(bound);
  return r && isIsoDate(r[0]) && isIsoDate(r[1]) ? r : null;
}

/** Bounds of a YYYY / YYYY-MM / YYYY-MM-DD filter, as the first and last day it covers. */
export function bounds(from?: string, to?: string): { lo: string | null; hi: string | null } {
  const lo = from ? range(from)?.[0] : null;
  const hi = to ? range(to)?.[1] : null;
  if (from && !lo) throw new StoreInputError(`--from ${from}: not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  if (to && !hi) throw new StoreInputError(`--to ${to}: not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  return { lo: lo ?? null, hi: hi ?? null };
}

/** An FTS5 query that matches every word of the user's text, whatever punctuation it holds. */
export function ftsQuery(text: string): string {
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.map((w) => `"${w}"`).join(' ');
}

// LIKE wildcards in user input are dropped rather than escaped (kysely's like has no ESCAPE clause).
export const like = (s: string) => `%${s.replace(/[%_]/g, '')}%`;
