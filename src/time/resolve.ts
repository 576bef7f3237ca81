/**
 * Resolution: turns a `Reading` into a TIMEX3 type and value, given the anchor (the article date,
 * or the utterance date inside a quotation), the tense around the expression and the last
 * mentioned date (for "the previous day", "a year earlier").
 */
import type { TimexType } from '../contract/extraction.js';
import { addDays, fmtDay, fmtYear, isoDow, parseDay, shift, valueAt } from './calendar.js';
import type { Match } from './grammar.js';
import type { Grain } from './lexicon.js';

export type Tense = 'past' | 'future' | null;

export interface Anchoring {
  /** The date deictic words count from (article or utterance date); null when unknown. */
  anchor: Date | null;
  /** The article date, for expressions that never move with an utterance (years, quarters). */
  dct: Date | null;
  tense: Tense;
  /** The last date the text mentioned, with its granularity. */
  last: { day: Date; grain: Grain } | null;
  /** The last day (not a coarser date) the narrative gave, outside quotes, by the article date. */
  lastDay?: Date | null;
  /** `last` was told in this sentence or the one before. */
  lastNear?: boolean;
}

export interface Resolved {
  type: TimexType;
  value: string;
}

const PERIOD_GRAINS = new Set<Grain>(['quarter', 'month']);
const GRAIN_ORDER: Grain[] = ['day', 'weekend', 'week', 'month', 'quarter', 'year', 'decade', 'century'];
const finer = (a: Grain, b: Grain) => (GRAIN_ORDER.indexOf(a) <= GRAIN_ORDER.indexOf(b) ? a : b);

/** Unknown values of each grain, when there is no anchor (TempEval leaves them unresolved). */
const UNKNOWN: Record<Grain, string> = {
  day: 'XXXX-XX-XX',
  weekend: 'XXXX-WXX-WE',
  week: 'XXXX-WXX',
  month: 'XXXX-XX',
  quarter: 'XXXX-QX',
  year: 'XXXX',
  decade: 'XXX',
  century: 'XX',
};

/** The stretch of n periods of a grain as a TIMEX3 duration (decades and centuries in years). */
const SPAN_OF: Partial<Record<Grain, (n: number) => string>> = {
  year: (n) => `P${n}Y`,
  decade: (n) => `P${n * 10}Y`,
  century: (n) => `P${n * 100}Y`,
  quarter: (n) => (n === 1 ? 'P1Q' : `P${n * 3}M`),
};

const pad = (n: number) => String(n).padStart(2, '0');
const dayOf = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

export function resolve(m: Match, a: Anchoring): Resolved | null {
  if (m.dayShift) {
    // "the day before last Monday": the day read, moved; an unknown day stays unknown.
    const day = resolve({ ...m, dayShift: undefined }, a);
    const d = day && /^\d{4}-\d\d-\d\d$/.test(day.value) ? parseDay(day.value) : null;
    return d ? { type: day?.type ?? 'DATE', value: fmtDay(addDays(d, m.dayShift)) } : day;
  }
  // "Easter week", "last Thanksgiving week": the ISO week holding the holiday's day.
  if (
    m.reading.k === 'date' &&
    m.reading.weekOf &&
    (m.reading.easter !== undefined || m.reading.nth !== undefined || m.reading.rel !== undefined)
  ) {
    const day = resolve({ ...m, reading: { ...m.reading, weekOf: undefined } }, a);
    const d = day && /^\d{4}-\d\d-\d\d$/.test(day.value) ? parseDay(day.value) : null;
    return { type: 'DATE', value: d ? valueAt(d, 'week') : 'XXXX-WXX' };
  }
  const r = m.reading;
  const withTime = (value: string): Resolved =>
    m.time && /^(\d{4}|XXXX)-(\d{2}|XX)-(\d{2}|XX)$/.test(value)
      ? { type: 'TIME', value: `${value}T${m.time.replace(/^T/, '')}` }
      : { type: 'DATE', value };
  switch (r.k) {
    case 'fixed':
      return { type: r.type, value: r.value };
    case 'date': {
      if (r.q !== undefined || r.half !== undefined) {
        const base = a.dct?.getUTCFullYear();
        // A quarter or half that has not begun by the article date is last year's, unless the clause
        // looks ahead: "profit rose in the fourth quarter" in March is the one just reported.
        // One whose figures are to come out is the nearer of this year's and last year's: "will
        // report fourth-quarter GDP next week" in March is the one just over.
        const ahead =
          a.dct &&
          r.yOffset === undefined &&
          periodStartsAfter(r, a.dct) &&
          (a.tense !== 'future' || (r.released === true && lastYearNearer(r, a.dct)));
        const y0 = r.y ?? (base === undefined ? undefined : base + (r.yOffset ?? (ahead ? -1 : 0)));
        const y = y0 === undefined ? undefined : y0 - (r.yearsBack ?? 0);
        const part = r.q !== undefined ? `Q${r.q}` : `H${r.half}`;
        return { type: 'DATE', value: `${y === undefined ? 'XXXX' : fmtYear(y)}-${part}` };
      }
      if (r.season)
        return { type: 'DATE', value: `${r.y === undefined ? 'XXXX' : fmtYear(r.y)}-${r.season}` };
      if (r.m === undefined) return null;
      if (r.rel !== undefined && r.y === undefined && a.dct) {
        // "last Christmas": the one before the article date; "next Easter": the one after it.
        const y0 = a.dct.getUTCFullYear();
        const dayIn = (y: number) => resolve({ ...m, reading: { ...r, y, rel: undefined } }, a);
        const day = (y: number) => Date.parse((dayIn(y)?.value ?? '').slice(0, 10));
        const ref = a.dct.getTime();
        const y =
          r.rel === -1 ? (day(y0) < ref ? y0 : y0 - 1) : r.rel === 1 ? (day(y0) > ref ? y0 : y0 + 1) : y0;
        return dayIn(y);
      }
      if (r.easter !== undefined) {
        const y = r.y ?? inferYear(4, 10, a.dct, a.tense) ?? a.dct?.getUTCFullYear();
        if (y === undefined) return { type: 'DATE', value: 'XXXX-XX-XX' };
        return withTime(fmtDay(addDays(easterSunday(y), r.easter)));
      }
      if (r.nth) {
        const dctYear = a.dct?.getUTCFullYear();
        const y = r.y ?? inferYear(r.m, 20, a.dct, a.tense) ?? dctYear;
        if (y === undefined) return { type: 'DATE', value: `XXXX-${pad(r.m)}-XX` };
        return withTime(fmtDay(addDays(nthWeekday(y, r.m, r.nth.dow, r.nth.n), r.nth.plus ?? 0)));
      }
      const dctYear = a.dct?.getUTCFullYear();
      const y =
        r.y ??
        (r.yFromLast && a.last ? a.last.day.getUTCFullYear() : undefined) ??
        (r.yOffset !== undefined && dctYear !== undefined
          ? dctYear + r.yOffset
          : inferYear(r.m, r.d, a.dct, r.released && a.tense === 'future' ? null : a.tense));
      if (r.weekOf && r.d !== undefined)
        return { type: 'DATE', value: y === null ? 'XXXX-WXX' : valueAt(dayOf(y, r.m, r.d), 'week') };
      const ys = y === null ? 'XXXX' : fmtYear(y);
      return withTime(r.d === undefined ? `${ys}-${pad(r.m)}` : `${ys}-${pad(r.m)}-${pad(r.d)}`);
    }
    case 'weekend': {
      if (!a.anchor) return { type: 'DATE', value: 'XXXX-WXX-WE' };
      const saturday = weekdayNear(a.anchor, 6, null, a.tense);
      return { type: 'DATE', value: valueAt(saturday, 'weekend') };
    }
    case 'weekday': {
      if (!a.anchor) return withTime(`XXXX-WXX-${r.dow}`);
      // "Tuesday last week", "Monday next week": the weekday of that week.
      if (r.week !== undefined)
        return withTime(fmtDay(weekdayNear(addDays(a.anchor, 7 * r.week), r.dow, 0, null)));
      const base = r.fromLast && a.last?.grain === 'day' ? a.last.day : a.anchor;
      return withTime(fmtDay(weekdayNear(base, r.dow, r.rel, a.tense)));
    }
    case 'deictic': {
      if (!a.anchor) {
        if (r.grain === 'day' && r.offset === 0 && !m.time) return { type: 'DATE', value: 'PRESENT_REF' };
        return withTime(r.season ? `XXXX-${r.season}` : r.month ? `XXXX-${pad(r.month)}` : UNKNOWN[r.grain]);
      }
      if (r.season)
        return {
          type: 'DATE',
          value: `${fmtYear(seasonYear(a.anchor, r.season, r.offset, r.thisYear ? null : a.tense))}-${r.season}`,
        };
      if (r.month)
        return { type: 'DATE', value: `${fmtYear(monthYear(a.anchor, r.month, r.offset))}-${pad(r.month)}` };
      return withTime(valueAt(shift(a.anchor, r.grain, r.offset + endGoneBy(m, a)), r.grain));
    }
    case 'shift': {
      // "A decade later, ..." with no date before it counts from some event, not from the article
      // date (news does not narrate the future so): only the stretch itself is known.
      if (r.anaphoric && !a.last && r.n !== null && r.n > 0) {
        const span = SPAN_OF[r.grain];
        if (span) return { type: 'DURATION', value: span(r.n) };
      }
      // "a year ago" in a report about a quarter means that quarter a year before.
      const onQuarter = !r.anaphoric && r.grain === 'year' && a.last?.grain === 'quarter';
      const base =
        (r.anaphoric || onQuarter) && a.last
          ? a.last
          : a.dct
            ? { day: a.anchor ?? a.dct, grain: r.grain }
            : null;
      if (!base || r.n === null) return { type: 'DATE', value: UNKNOWN[r.grain] };
      // The reference keeps its grain when it is a reporting period ("a year earlier" after "the third
      // quarter" is that quarter); after a day, TempEval values the year.
      const keep = (r.anaphoric || onQuarter) && PERIOD_GRAINS.has(base.grain);
      // "a decade ago" is a year (TempEval), not the decade that year falls in.
      const grain = keep
        ? finer(base.grain, r.grain)
        : r.grain === 'decade' || r.grain === 'century'
          ? 'year'
          : r.grain;
      return { type: 'DATE', value: valueAt(shift(base.day, r.grain, r.n), grain) };
    }
    case 'same': {
      // "early in the morning", "at 6 a.m." after "on Tuesday ... in 1965": the day the narrative is
      // on, even when a coarser date came between.
      const onDay =
        r.grain === 'day' && r.n === 0 && m.time !== undefined && a.lastDay ? a.lastDay : a.anchor;
      // "overnight": the night before the narrative's day (never a day still ahead), or tonight in a
      // future clause.
      if (r.nightBefore) {
        const ahead = a.tense === 'future';
        const night = ahead ? a.anchor : (a.lastDay ?? a.anchor);
        if (!night) return { type: 'DATE', value: UNKNOWN[r.grain] };
        return withTime(valueAt(shift(night, 'day', ahead ? 0 : -1), 'day'));
      }
      // "last October ... crossed out that same day": a day within the month (or year) last told,
      // whose day the text does not give (`1998-10-XX`), not the article's day.
      if (
        r.grain === 'day' &&
        r.n === 0 &&
        m.time === undefined &&
        ANAPHORS.has(m.rule) &&
        a.lastNear &&
        a.last &&
        UNDERSPECIFIED_DAY[a.last.grain]
      )
        return {
          type: 'DATE',
          value: `${valueAt(a.last.day, a.last.grain)}${UNDERSPECIFIED_DAY[a.last.grain]}`,
        };
      const base = a.last && finer(a.last.grain, r.grain) === a.last.grain ? a.last.day : onDay;
      if (!base) return { type: 'DATE', value: UNKNOWN[r.grain] };
      return withTime(valueAt(shift(base, r.grain, r.n), r.grain));
    }
    case 'lastQuarter': {
      let base: Date | null = null;
      if (a.last?.grain === 'quarter') base = a.last.day;
      else if (a.dct) base = shift(a.dct, 'quarter', -1);
      if (!base) return { type: 'DATE', value: r.y ? `${fmtYear(r.y)}-QX` : 'XXXX-QX' };
      if (r.y) return { type: 'DATE', value: `${fmtYear(r.y)}-Q${Math.floor(base.getUTCMonth() / 3) + 1}` };
      return { type: 'DATE', value: valueAt(shift(base, 'year', -r.yearBack), 'quarter') };
    }
  }
}

/**
 * The year of a month (and day) written without one: the nearest occurrence when it is within two
 * months of the article date; else the last one in a past-tense clause, the next one in a future
 * clause, and the nearest when the tense says nothing.
 */
export function inferYear(
  month: number,
  day: number | undefined,
  dct: Date | null,
  tense: Tense,
): number | null {
  if (!dct) return null;
  const y = dct.getUTCFullYear();
  const at = (yy: number) => Date.UTC(yy, month - 1, day ?? 15);
  const ref = dct.getTime();
  if (day === undefined && month === dct.getUTCMonth() + 1) return y;
  const candidates = [y - 1, y, y + 1];
  candidates.sort((p, q) => Math.abs(at(p) - ref) - Math.abs(at(q) - ref));
  const nearest = candidates[0];
  // Close to the article date, proximity wins ("payable Dec. 7" in a November article).
  const near = (day === undefined ? NEAR_MONTHS * 31 : NEAR_DAYS) * 86400000;
  // ...except that a past verb does not take a bare month more than six weeks ahead ("In January,
  // the company named a new chief" in an October article is the January gone by).
  const ahead = day === undefined && tense === 'past' && at(nearest) - ref > MONTH_AHEAD_DAYS * 86400000;
  // ...nor a future one a month already over ("will fly a mission in December" in March).
  const behind = day === undefined && tense === 'future' && Date.UTC(nearest, month, 1) <= ref;
  if (Math.abs(at(nearest) - ref) <= near && !ahead && !behind) return nearest;
  if (tense === 'future') return at(y) >= ref ? y : y + 1;
  // News reports what happened: an unmarked far month is the last one.
  return at(y) <= ref ? y : y - 1;
}

const NEAR_MONTHS = 3;

const MONTH_AHEAD_DAYS = 45;

const NEAR_DAYS = 62;

function periodStartsAfter(r: { q?: number; half?: number }, dct: Date): boolean {
  const firstMonth = r.q !== undefined ? (r.q - 1) * 3 + 1 : ((r.half ?? 1) - 1) * 6 + 1;
  return firstMonth > dct.getUTCMonth() + 1;
}

/** Whether last year's period ended closer to the article date than this year's begins. */
function lastYearNearer(r: { q?: number; half?: number }, dct: Date): boolean {
  const months = r.q !== undefined ? 3 : 6;
  const firstMonth = r.q !== undefined ? (r.q - 1) * 3 + 1 : ((r.half ?? 1) - 1) * 6 + 1;
  const y = dct.getUTCFullYear();
  const begins = Date.UTC(y, firstMonth - 1, 1);
  const ended = Date.UTC(y - 1, firstMonth - 1 + months, 1);
  return dct.getTime() - ended < begins - dct.getTime();
}

/** Easter Sunday of a Gregorian year (the anonymous Gregorian computus). */
export function easterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return new Date(Date.UTC(year, month - 1, day));
}

/** The nth ISO weekday `dow` of a month; n = -1 is the last one. */
export function nthWeekday(year: number, month: number, dow: number, n: number): Date {
  if (n < 0) {
    const last = new Date(Date.UTC(year, month, 0));
    return addDays(last, -((isoDow(last) - dow + 7) % 7));
  }
  const first = new Date(Date.UTC(year, month - 1, 1));
  return addDays(first, ((dow - isoDow(first) + 7) % 7) + (n - 1) * 7);
}

/** "last April" is the last April before this month, "next April" the next after it. */
function monthYear(anchor: Date, month: number, offset: number): number {
  const y = anchor.getUTCFullYear();
  const cur = anchor.getUTCMonth() + 1;
  if (offset < 0) return month < cur ? y : y - 1;
  if (offset > 0) return month > cur ? y : y + 1;
  return y;
}

/** First and last month of each season; winter is named by the year it begins in (December). */
const SEASON_MONTHS: Record<string, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 14] };

/** "last spring" in October is this year's spring (over by then); "next winter" the coming one. */
function seasonYear(anchor: Date, season: string, offset: number, tense: Tense): number {
  const y = anchor.getUTCFullYear();
  const months = SEASON_MONTHS[season];
  const cur = anchor.getUTCMonth() + 1;
  // "sales slumped in the fall", said in March: a season yet to begin is last year's in the past.
  // (Not winter: the one just ending in March is written with the article year, as before.)
  if (months && offset === 0 && tense === 'past' && months[0] > cur && season !== 'WI') return y - 1;
  if (!months || offset === 0) return y + offset;
  if (offset < 0) return months[1] < cur ? y : y - 1;
  return months[0] > cur ? y : y + 1;
}

/** The weekday `dow` near `anchor`: by `rel` when given, else by tense (past and present look back). */
export function weekdayNear(anchor: Date, dow: number, rel: -1 | 0 | 1 | null, tense: Tense): Date {
  const diff = dow - isoDow(anchor);
  if (rel === 0) return addDays(anchor, diff);
  if (rel === -1) return addDays(anchor, diff < 0 ? diff : diff - 7);
  if (rel === 1) return addDays(anchor, diff > 0 ? diff : diff + 7);
  if (tense === 'future') return addDays(anchor, diff >= 0 ? diff : diff + 7);
  return addDays(anchor, diff <= 0 ? diff : diff - 7);
}

/**
 * "The deal closed at the end of the year" written in March: the end of a year (or month) told in
 * the past, while the present one has not reached its second half, is the last one's (-1).
 */
function endGoneBy(m: Match, a: Anchoring): number {
  if (
    (m.rule !== 'time/the-unit' && m.rule !== 'time/the-year' && m.rule !== 'time/year-end') ||
    m.mod !== 'END' ||
    a.tense !== 'past' ||
    !a.anchor
  )
    return 0;
  if (m.reading.k !== 'deictic') return 0;
  // ("since year-end" already counts back a year)
  if (m.rule === 'time/year-end' && m.reading.offset !== 0) return 0;
  if (m.reading.grain === 'year') return a.anchor.getUTCMonth() < 6 ? -1 : 0;
  if (m.reading.grain === 'month') return a.anchor.getUTCDate() <= 10 ? -1 : 0;
  return 0;
}

/** Rules of "that day", "the same day", "that same day" (not "the second day", "earlier in the day"). */
const ANAPHORS = new Set(['time/anaphoric', 'time/that-unit']);

/** What a day within a coarser date adds to its value: `1998-10` → `1998-10-XX`. */
const UNDERSPECIFIED_DAY: Partial<Record<Grain, string>> = { month: '-XX', year: '-XX-XX' };
