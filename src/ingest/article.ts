import { createHash } from 'node:crypto';

/** One dated news article, as every reader produces it. `text` is kept exactly as read. */
export interface Article {
  id: string;
  /** Publication date, `YYYY-MM-DD`, or null when unknown (never silently "today"). */
  date: string | null;
  title?: string;
  outlet?: string;
  url?: string;
  text: string;
}

/** Where an article (or a failure) came from, for one-line error messages. */
export interface Origin {
  file: string;
  line?: number;
}

export type ReadResult =
  | { ok: true; article: Article; origin: Origin; warning?: string }
  | { ok: false; error: string; origin: Origin };

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/** A stable id from the content: the same date, title and text always give the same id. */
export function contentId(text: string, date: string | null, title?: string): string {
  return createHash('sha256')
    .update(`${date ?? ''}\u0000${title ?? ''}\u0000${text}`)
    .digest('hex')
    .slice(0, 16);
}

/** Formats an origin as `file:line` for error messages. */
export function where(origin: Origin): string {
  return origin.line === undefined ? origin.file : `${origin.file}:${origin.line}`;
}
