/**
 * Calendar ranges of partial dates, so that "a month overlaps the days in it": `2022-02` covers
 * 2022-02-01..2022-02-28, `2022-W04` its Monday..Sunday (`2022-W04-WE` its Saturday..Sunday), `2022` the year, `199` the decade.
 */
export type DayRange = [string, string];

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const iso = (d: Date) => `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

const QUARTERS: Record<string, [number, number]> = { Q1: [1, 3], Q2: [4, 6], Q3: [7, 9], Q4: [10, 12] };
const HALVES: Record<string, [number, number]> = { H1: [1, 6], H2: [7, 12] };
const SEASONS: Record<string, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 14] };

/** The first and last day a TIMEX3 date value (or a query bound) covers; null when it names no range. */
export function dateRange(value: string | null | undefined): DayRange | null {
  if (!value) return null;
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) return [`${m[1]}-${m[2]}-${m[3]}`, `${m[1]}-${m[2]}-${m[3]}`];
  m = /^(\d{4})-W(\d{2})(-WE)?/.exec(value);
  if (m) {
    const monday = isoWeekMonday(+m[1], +m[2]);
    const sunday = new Date(monday.getTime() + 6 * 86400000);
    // `2022-W04-WE` is the weekend of that week: Saturday and Sunday.
    const first = m[3] ? new Date(monday.getTime() + 5 * 86400000) : monday;
    return [iso(first), iso(sunday)];
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return [`${m[1]}-${m[2]}-01`, `${m[1]}-${m[2]}-${pad(lastDay(+m[1], +m[2]))}`];
  m = /^(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)$/.exec(value);
  if (m) {
    const [a, b] = QUARTERS[m[2]] ?? HALVES[m[2]] ?? SEASONS[m[2]];
    const y = +m[1];
    const endY = b > 12 ? y + 1 : y;
    const endM = b > 12 ? b - 12 : b;
    return [`${m[1]}-${pad(a)}-01`, `${pad(endY, 4)}-${pad(endM)}-${pad(lastDay(endY, endM))}`];
  }
  m = /^(\d{4})$/.exec(value);
  if (m) return [`${m[1]}-01-01`, `${m[1]}-12-31`];
  m = /^(\d{3})$/.exec(value);
  if (m) return [`${m[1]}0-01-01`, `${m[1]}9-12-31`];
  m = /^(\d{2})$/.exec(value);
  if (m) return [`${m[1]}00-01-01`, `${m[1]}99-12-31`];
  return null;
}

/** Monday of ISO week `week` of `year`. */
export function isoWeekMonday(year: number, week: number): Date {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const dow = jan4.getUTCDay() || 7;
  return new Date(Date.UTC(year, 0, 4 - dow + 1 + (week - 1) * 7));
}
