/** Calendar arithmetic on UTC dates, and TIMEX3 value formatting at a granularity. */
import type { Grain } from './lexicon.js';

export const DAY_MS = 86400000;
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function parseDay(value: string | null | undefined): Date | null {
  const m = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
  return m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : null;
}

export const addDays = (d: Date, n: number) => new Date(d.getTime() + n * DAY_MS);

/** Adds months, clamping the day to the target month's length. */
export function addMonths(d: Date, n: number): Date {
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + n;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(d.getUTCDate(), last)));
}

/** ISO day of the week, Monday = 1 .. Sunday = 7. */
export const isoDow = (d: Date) => d.getUTCDay() || 7;

/** ISO week-numbering year and week. */
export function isoWeek(d: Date): [number, number] {
  const thursday = addDays(d, 4 - isoDow(d));
  const year = thursday.getUTCFullYear();
  const jan1 = Date.UTC(year, 0, 1);
  return [year, Math.floor((thursday.getTime() - jan1) / DAY_MS / 7) + 1];
}

/** A TIMEX3 year: four digits; before year 1, `BC` and the year counted back (0 is 1 BC). */
export const fmtYear = (y: number) => (y > 0 ? pad(y, 4) : `BC${pad(1 - y, 4)}`);
export const fmtDay = (d: Date) =>
  `${fmtYear(d.getUTCFullYear())}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
export const fmtMonth = (d: Date) => `${fmtYear(d.getUTCFullYear())}-${pad(d.getUTCMonth() + 1)}`;
export const quarterOf = (d: Date) => Math.floor(d.getUTCMonth() / 3) + 1;

/** The TIMEX3 value of the period of `grain` holding `d`: `2022-W04`, `2022-Q1`, `199`. */
export function valueAt(d: Date, grain: Grain): string {
  const y = d.getUTCFullYear();
  switch (grain) {
    case 'day':
      return fmtDay(d);
    case 'week':
    case 'weekend': {
      const [wy, w] = isoWeek(d);
      return `${fmtYear(wy)}-W${pad(w)}${grain === 'weekend' ? '-WE' : ''}`;
    }
    case 'month':
      return fmtMonth(d);
    case 'quarter':
      return `${fmtYear(y)}-Q${quarterOf(d)}`;
    case 'year':
      return fmtYear(y);
    case 'decade':
      return fmtYear(y).slice(0, 3);
    case 'century':
      return fmtYear(y).slice(0, 2);
  }
}

/** Moves `d` by `n` periods of `grain`. */
export function shift(d: Date, grain: Grain, n: number): Date {
  switch (grain) {
    case 'day':
      return addDays(d, n);
    case 'week':
    case 'weekend':
      return addDays(d, 7 * n);
    case 'month':
      return addMonths(d, n);
    case 'quarter':
      return addMonths(d, 3 * n);
    case 'year':
      return addMonths(d, 12 * n);
    case 'decade':
      return addMonths(d, 120 * n);
    case 'century':
      return addMonths(d, 1200 * n);
  }
}

/** The grain of a TIMEX3 date value, and a representative day in it; null for others. */
export function readValue(value: string): { day: Date; grain: Grain } | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) return { day: new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])), grain: 'day' };
  m = /^(\d{4})-W(\d{2})/.exec(value);
  if (m) {
    const jan4 = new Date(Date.UTC(+m[1], 0, 4));
    const monday = addDays(jan4, 1 - isoDow(jan4) + (+m[2] - 1) * 7);
    return { day: monday, grain: value.endsWith('-WE') ? 'weekend' : 'week' };
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return { day: new Date(Date.UTC(+m[1], +m[2] - 1, 1)), grain: 'month' };
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) return { day: new Date(Date.UTC(+m[1], (+m[2] - 1) * 3, 1)), grain: 'quarter' };
  m = /^(\d{4})$/.exec(value);
  if (m) return { day: new Date(Date.UTC(+m[1], 0, 1)), grain: 'year' };
  return null;
}
