/** Calendar dates: ISO and numeric dates, month names with a day and/or year, holidays. */
import { FIGURES_NOUNS } from '../cue-words.js';
import type { WordCursor } from '../cursor.js';
import { YEAR_OFFSETS } from '../grammar-words.js';
import type { Match, Reading } from '../reading.js';
import { ofYear } from './periods.js';
import { shortYear, yearWordsAt } from './years.js';

export function isoDate(c: WordCursor, i: number): Match | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(c.w(i));
  if (!m) return numericDate(c, i);
  return {
    start: i,
    end: i + 1,
    reading: { k: 'date', y: +m[1], m: +m[2], d: +m[3] },
    rule: 'time/iso-date',
  };
}

/** Words before "9/11" that make it the event's day, not a score ("shot 9/11 from the line"). */
const BEFORE_EVENT_DAY = new Set([
  'the',
  'since',
  'after',
  'before',
  'until',
  'of',
  'post',
  'pre',
  'on',
  'like',
  'by',
]);

/** "10/23/1998", "3/4/05": month first, as US news writes it; never a bare fraction ("7/8"). */
export function numericDate(c: WordCursor, i: number): Match | null {
  // "since 9/11", "the 9/11 attacks": a day in figures with no year that names an event of a known
  // year (the lexicon's `eventDays`); any other "m/d" is a fraction or a score.
  const md = /^(\d{1,2})\/(\d{1,2})$/.exec(c.w(i));
  const event = md ? c.lex.eventDays.get(`${md[1].padStart(2, '0')}-${md[2].padStart(2, '0')}`) : undefined;
  const named =
    event && (!c.same(i - 1, i) || BEFORE_EVENT_DAY.has(c.w(i - 1)) || event.nouns.has(c.w(i + 1)));
  if (md && event && named)
    return {
      start: i,
      end: i + 1,
      reading: { k: 'date', y: event.year, m: +md[1], d: +md[2] },
      rule: 'time/event-day',
    };
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(c.w(i));
  if (!m || +m[1] < 1 || +m[1] > 12 || +m[2] < 1 || +m[2] > 31) return null;
  const y = m[3].length === 4 ? +m[3] : +m[3] + (+m[3] >= 50 ? 1900 : 2000);
  return { start: i, end: i + 1, reading: { k: 'date', y, m: +m[1], d: +m[2] }, rule: 'time/numeric-date' };
}

/** Month names as short as the abbreviations, written in full. */
const FULL_SHORT_MONTHS = new Set(['may', 'june', 'july']);

/** "the 31st of March", "the fifth of November 1605": an ordinal day of a named month. */
function dayOfMonth(c: WordCursor, i: number): Match | null {
  if (c.w(i) !== 'the' || !c.same(i, i + 3)) return null;
  const m = /^(\d{1,2})(st|nd|rd|th)$/.exec(c.w(i + 1));
  const d = m ? Number(m[1]) : /^[a-z]+$/.test(c.w(i + 1)) ? c.lex.ordinals.get(c.w(i + 1)) : undefined;
  if (d === undefined || d < 1 || d > 31 || c.w(i + 2) !== 'of') return null;
  const mo = c.monthWord(i + 3);
  if (!mo) return null;
  const y = c.same(i, i + 4) ? c.yearAt(i + 4) : null;
  const reading: Reading = { k: 'date', m: mo, d, y: y ?? undefined };
  return { start: i, end: y ? i + 5 : i + 4, reading, rule: 'time/day-of-month' };
}

/**
 * "last year", "next year" after a date at word j: the article year moved; "that year": the year of
 * the date the text last gave ("died on 4 July that year").
 */
function yearAfter(c: WordCursor, i: number, j: number): { yOffset: number } | { yFromLast: true } | null {
  if (c.w(j + 1) !== 'year' || !c.same(i, j + 1)) return null;
  if (Object.hasOwn(YEAR_OFFSETS, c.w(j))) return { yOffset: YEAR_OFFSETS[c.w(j)] };
  return c.w(j) === 'that' ? { yFromLast: true } : null;
}

export function monthDate(c: WordCursor, i: number): Match | null {
  const nthOf = dayOfMonth(c, i);
  if (nthOf) return nthOf;
  // "23 October 1998"
  const d0 = c.dayNumber(i);
  if (d0 !== null && c.same(i, i + 1)) {
    const mo = c.monthWord(i + 1);
    if (mo) {
      // "3 March, 2008": the comma before the year, as "March 3, 2008" has it.
      const comma = c.w(i + 2) === ',' && c.same(i, i + 3) && c.yearAt(i + 3) !== null ? 1 : 0;
      const y = c.yearAt(i + 2 + comma);
      // "on 3 May last year": the day in the year named after it, as "May 3 last year" is.
      const rel = y ? null : yearAfter(c, i, i + 2);
      if (rel)
        return {
          start: i,
          end: i + 4,
          reading: { k: 'date', m: mo, d: d0, ...rel },
          rule: 'time/day-month-rel-year',
        };
      const reading = { k: 'date' as const, y: y ?? undefined, m: mo, d: d0 };
      return { start: i, end: y ? i + 3 + comma : i + 2, reading, rule: 'time/day-month' };
    }
  }
  const mo = c.monthWord(i);
  if (!mo) return null;
  const word = c.ws[i];
  let j = i + 1;
  // "March eighth": a spoken day, only after a full month name.
  const spoken = c.same(i, j) && (word.w.length > 4 || FULL_SHORT_MONTHS.has(word.w)) ? c.spokenDay(j) : null;
  const d = c.same(i, j) ? (c.dayNumber(j) ?? spoken?.d ?? null) : null;
  if (d !== null) {
    j = spoken && c.dayNumber(j) === null ? spoken.end : j + 1;
    let k = j;
    if (c.w(k) === ',') k++;
    const y = c.same(i, k) ? c.yearAt(k) : null;
    if (y) return { start: i, end: k + 1, reading: { k: 'date', y, m: mo, d }, rule: 'time/month-day-year' };
    // "on March 3 last year", "July 13 next year": the day in the year named after it.
    const rel = yearAfter(c, i, j);
    if (rel)
      return {
        start: i,
        end: j + 2,
        reading: { k: 'date', m: mo, d, ...rel },
        rule: 'time/month-day-rel-year',
      };
    // "the Sept. 11 attacks": a day that names an event of a known year.
    const event = c.lex.eventDays.get(`${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    if (event && c.same(i, j) && event.nouns.has(c.w(j)))
      return { start: i, end: j, reading: { k: 'date', y: event.year, m: mo, d }, rule: 'time/event-day' };
    return { start: i, end: j, reading: { k: 'date', m: mo, d }, rule: 'time/month-day' };
  }
  let k = j;
  if (c.w(k) === ',' || c.w(k) === 'of') k++;
  const yw = c.same(i, k) ? yearWordsAt(c, k) : null;
  if (yw) return { start: i, end: yw.end, reading: { k: 'date', y: yw.y, m: mo }, rule: 'time/month-year' };
  // "June '05": a month of a year short of its century.
  const sy = c.same(i, k) && k === i + 1 ? shortYear(c, k) : null;
  if (sy?.reading.k === 'fixed')
    return {
      start: i,
      end: sy.end,
      reading: { k: 'date', y: +sy.reading.value, m: mo },
      rule: 'time/month-year',
    };
  const rel = yearAfter(c, i, k);
  if (rel)
    return { start: i, end: k + 2, reading: { k: 'date', m: mo, ...rel }, rule: 'time/month-rel-year' };
  // A lone month name: not after "the" ("the March for Life"), not a short form ("Mar"); but a
  // month before a common noun dates it ("the October slaying", "a June agreement").
  const next = c.ws[i + 1];
  const datesNoun = next !== undefined && c.same(i, i + 1) && next.pos === 'NOUN' && /^[a-z]/.test(next.raw);
  if (i > 0 && c.isWord(i - 1, 'the', 'a', 'an', 'annual') && c.same(i - 1, i)) {
    if (c.w(i - 1) === 'annual' || !datesNoun) return null;
  }
  if (word.w.length <= 3 && word.w !== 'may') return null;
  if (word.w === 'may' && c.ws[i + 1] && /^[A-Z]/.test(c.ws[i + 1].raw)) return null;
  if (word.w === 'march' && c.ws[i].pos === 'VERB') return null;
  if (personNamed(c, i)) return null;
  // "the March of the Combatant Mothers", "March of Dimes": a name.
  if (
    c.w(i + 1) === 'of' &&
    c.same(i, i + 2) &&
    /^[A-Z]/.test(c.ws[i + (c.w(i + 2) === 'the' ? 3 : 2)]?.raw ?? '')
  )
    return null;
  const reading: Reading = { k: 'date', m: mo, ...(monthOfFigures(c, i) ? { released: true } : {}) };
  return { start: i, end: i + 1, reading, rule: 'time/month' };
}

/**
 * "the February jobs report", "February's trade figures", "sales data for February": the month
 * whose figures come out, which is over by then even in a future clause ("are due Thursday").
 */
function monthOfFigures(c: WordCursor, i: number): boolean {
  let k = i + 1;
  if (c.w(k) === "'s") k++;
  for (; k <= i + 3 && c.same(i, k); k++) if (FIGURES_NOUNS.has(c.w(k))) return true;
  return c.w(i - 1) === 'for' && c.same(i - 2, i) && FIGURES_NOUNS.has(c.w(i - 2));
}

/** Words that may stand right before a month name that is a date ("In May", "since June"). */
const BEFORE_MONTH = new Set([
  'in',
  'on',
  'since',
  'by',
  'until',
  'till',
  'from',
  'to',
  'through',
  'during',
  'before',
  'after',
  'of',
  'early',
  'late',
  'mid',
  'last',
  'next',
  'this',
  'each',
  'every',
  'and',
  'or',
]);
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lady', 'lord']);
const SAYS = new Set(['said', 'says', 'told', 'added', 'argued', 'insisted', 'wrote', 'tweeted']);

/**
 * A month name that is a person's name: "Theresa May", "Mrs. May", "April Ryan asked", "May said".
 * A capitalised name right before it (not a word that dates: "In May", "Since June"), a name right
 * after it with no preposition before, or a verb of saying right after it.
 */
function personNamed(c: WordCursor, i: number): boolean {
  const prev = c.same(i - 1, i) ? c.ws[i - 1] : undefined;
  const next = c.same(i, i + 1) ? c.ws[i + 1] : undefined;
  const dating = (w: string) => BEFORE_MONTH.has(w) || c.lex.months.has(w) || c.lex.weekdays.has(w);
  if (prev && HONORIFICS.has(prev.w)) return true;
  if (prev && /^[A-Z][a-z]/.test(prev.raw) && prev.pos === 'PROPN' && !dating(prev.w)) return true;
  if (next && SAYS.has(next.w)) return true;
  return (
    next !== undefined &&
    /^[A-Z][a-z]/.test(next.raw) &&
    next.pos === 'PROPN' &&
    !dating(next.w) &&
    (prev === undefined || !dating(prev.w))
  );
}

/** "Saturday, April 25": the weekday and the date are one expression, valued by the date. */
export function withDate(c: WordCursor, m: Match): Match {
  if (m.reading.k !== 'weekday' || m.time) return m;
  let k = m.end;
  if (c.w(k) === ',') k++;
  const date = c.same(m.start, k) ? monthDate(c, k) : null;
  if (date?.reading.k !== 'date' || date.reading.d === undefined) return m;
  return { ...date, start: m.start, rule: 'time/weekday-date' };
}

export function holiday(c: WordCursor, i: number): Match | null {
  // "last Christmas", "this Easter", "next Thanksgiving": the holiday before, of or after the article year.
  const rel =
    Object.hasOwn(YEAR_OFFSETS, c.w(i)) && c.same(i, i + 1)
      ? (YEAR_OFFSETS[c.w(i)] as -1 | 0 | 1)
      : undefined;
  if (rel !== undefined) {
    const m = holiday(c, i + 1);
    if (m?.reading.k !== 'date' || m.reading.y !== undefined) return null;
    return { ...m, start: i, reading: { ...m.reading, rel } };
  }
  for (const p of c.lex.holidays) {
    if (p.words.every((x, k) => c.w(i + k) === x && c.same(i, i + k))) {
      // "Election Day" is a name, "election day" the day of whichever vote the text is about.
      if (c.lex.namedHolidays.has(p.words[0]) && !/^[A-Z]/.test(c.ws[i].raw)) return null;
      let end = i + p.words.length;
      // "Easter week", "Thanksgiving week": the ISO week holding the holiday.
      const week = c.w(end) === 'week' && c.same(i, end) && !c.hyphenated(end);
      if (week) end++;
      const y = c.yearAt(end);
      if (y) end++;
      // `MM-DD` on a fixed day; `MM-W<weekday>#<n>` the nth weekday of the month (-1: the last).
      // `E+<n>`/`E-<n>`: n days from Easter Sunday (Good Friday is E-2).
      // `MM-W<weekday>#<n>+<k>`: k days after it (Black Friday, the day after Thanksgiving).
      const floating = /^(\d\d)-W(\d)#(-?\d)(?:\+(\d))?$/.exec(p.value);
      const easter = /^E([+-]\d+)$/.exec(p.value);
      const [mm, dd] = p.value.split('-').map(Number);
      // "the holidays": a month, with no day and no week of its own
      if (/^\d\d$/.test(p.value)) {
        if (week || c.lex.dayParts.has(c.w(end)) || /^[A-Z]/.test(c.ws[i + 1].raw)) return null;
        return {
          start: i,
          end,
          reading: { k: 'date', y: y ?? undefined, m: mm },
          rule: `time/holiday-season`,
        };
      }
      const reading: Reading = floating
        ? {
            k: 'date',
            y: y ?? undefined,
            m: +floating[1],
            nth: { dow: +floating[2], n: +floating[3], plus: floating[4] ? +floating[4] : undefined },
          }
        : easter
          ? { k: 'date', y: y ?? undefined, m: 4, easter: +easter[1] }
          : { k: 'date', y: y ?? undefined, m: mm, d: dd };
      return {
        start: i,
        end,
        reading: week ? { ...reading, weekOf: true } : reading,
        rule: `time/holiday/${p.words.join('-')}`,
      };
    }
  }
  return null;
}

/** "the week of March 6": the week holding a day; "the second week of April" (see `nthWeekOf`). */
export function weekOf(c: WordCursor, i: number): Match | null {
  if (c.w(i) !== 'the') return null;
  if (c.w(i + 1) !== 'week') return nthWeekOf(c, i);
  if (c.w(i + 2) !== 'of' || !c.same(i, i + 3)) return null;
  const day = monthDate(c, i + 3);
  if (day?.reading.k !== 'date' || day.reading.d === undefined) return null;
  return { ...day, start: i, reading: { ...day.reading, weekOf: true }, rule: 'time/week-of' };
}

/** Days in each month, February as in a common year (only "the last week of" needs them). */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * "the second week of April", "the last week of March": the nth week of a month is the ISO week
 * holding its day 7n-6 (the week the month's nth seven days start in); the last week is the one
 * holding its fourth-to-last day, so that most of that week lies in the month.
 */
function nthWeekOf(c: WordCursor, i: number): Match | null {
  const n = c.isWord(i + 1, 'last', 'final') ? -1 : c.lex.ordinals.get(c.w(i + 1));
  if (!n) return null;
  const dow = c.lex.weekdays.get(c.w(i + 2));
  if (dow !== undefined) return nthWeekdayOf(c, i, n, dow);
  if (c.w(i + 3) !== 'of' || !c.same(i, i + 4)) return null;
  if (c.w(i + 2) !== 'week') return nthOfYear(c, i, n);
  if (n > 5) return null;
  const year = ofYear(c, i + 3);
  if (year) {
    // "the last week of the year": the ISO week holding Dec. 28; "the first week of 2014": Jan. 1's.
    const [m, d] = n === -1 ? [12, 28] : [1, 7 * (n - 1) + 1];
    return {
      start: i,
      end: year.end,
      reading: { k: 'date', y: year.y, yOffset: year.yOffset, m, d, weekOf: true },
      rule: 'time/nth-week-of-year',
    };
  }
  const month = monthDate(c, i + 4);
  if (month?.reading.k !== 'date' || month.reading.m === undefined || month.reading.d !== undefined)
    return null;
  const m = month.reading.m;
  const d = n === -1 ? MONTH_DAYS[m - 1] - 3 : 7 * (n - 1) + 1;
  if (d > MONTH_DAYS[m - 1]) return null;
  return {
    ...month,
    start: i,
    reading: { ...month.reading, d, weekOf: true },
    rule: 'time/nth-week-of',
  };
}

/**
 * "the third Monday in April", "the last Friday of March 2012": that weekday of the month (the
 * month's year read as a bare month's is), as a holiday on the nth weekday is.
 */
function nthWeekdayOf(c: WordCursor, i: number, n: number, dow: number): Match | null {
  if (n > 4 || !/^[A-Z]/.test(c.ws[i + 2].raw) || !c.isWord(i + 3, 'of', 'in') || !c.same(i, i + 4))
    return null;
  const month = monthDate(c, i + 4);
  const r = month?.reading;
  if (!month || r?.k !== 'date' || r.m === undefined || r.d !== undefined || r.nth) return null;
  return { ...month, start: i, reading: { ...r, nth: { dow, n } }, rule: 'time/nth-weekday-of' };
}

/**
 * "the last month of the year" (December), "the third month of 2014", "the first day of next
 * year", "the last day of March": a month or day counted within a year or a month. A year left to
 * the text ("of the year") is read like a bare month, by the tense.
 */
function nthOfYear(c: WordCursor, i: number, n: number): Match | null {
  const unit = c.w(i + 2);
  if (unit !== 'month' && unit !== 'day') return null;
  const year = ofYear(c, i + 3);
  if (year) {
    if (unit === 'month' && n > 12) return null;
    const [m, d] =
      unit === 'month' ? [n === -1 ? 12 : n, undefined] : n === -1 ? [12, 31] : n <= 31 ? [1, n] : [0, 0];
    if (!m) return null;
    return {
      start: i,
      end: year.end,
      reading: { k: 'date', y: year.y, yOffset: year.yOffset, m, d },
      rule: `time/nth-${unit}-of-year`,
    };
  }
  if (unit !== 'day') return null;
  const month = monthDate(c, i + 4);
  if (month?.reading.k !== 'date' || month.reading.m === undefined || month.reading.d !== undefined)
    return null;
  const m = month.reading.m;
  // February's last day depends on the year: left out.
  if (n === -1 && m === 2) return null;
  const d = n === -1 ? MONTH_DAYS[m - 1] : n;
  if (d > MONTH_DAYS[m - 1]) return null;
  return { ...month, start: i, reading: { ...month.reading, d }, rule: 'time/nth-day-of-month' };
}

/**
 * "April 24 and 25", "March 22-24", "May 3 to 5": the second day of a pair or range, written
 * without its month, is a date of its own in that month (and year).
 */
export function dayAfterDate(c: WordCursor, i: number): Match | null {
  const d = /^\d{1,2}$/.test(c.w(i)) ? c.dayNumber(i) : null;
  if (d === null || !c.same(i - 3, i)) return null;
  // the first date ends at i - 1 (a hyphen joins it) or at i - 2 (before "and", "to", "through")
  const joinedAt = c.hyphenated(i - 1) ? i : c.isWord(i - 1, 'and', 'to', 'through', 'or') ? i - 1 : -1;
  if (joinedAt < 0) return null;
  for (const start of [joinedAt - 2, joinedAt - 3]) {
    const first = start >= 0 ? monthDate(c, start) : null;
    if (
      first?.end === joinedAt &&
      first.reading.k === 'date' &&
      first.reading.d !== undefined &&
      first.reading.m !== undefined &&
      first.reading.d < d
    ) {
      // a unit or a counted noun after it makes a number: "on March 2 and 3 people died"
      const next = c.ws[i + 1];
      const counted =
        next !== undefined && c.same(i, i + 1) && next.pos === 'NOUN' && /^[a-z]/.test(next.raw);
      if (c.unitAt(i + 1) || c.isWord(i + 1, 'percent', '%') || (counted && joinedAt === i - 1)) return null;
      const { m } = first.reading;
      // "May 3 to 5, 2012": the year written after the second day
      const k = c.w(i + 1) === ',' ? i + 2 : i + 1;
      const y2 = c.same(i, k) ? c.yearAt(k) : null;
      const y = y2 ?? first.reading.y;
      return {
        start: i,
        end: y2 ? k + 1 : i + 1,
        reading: { k: 'date', y, m, d },
        rule: 'time/day-after-date',
      };
    }
  }
  return null;
}

/**
 * "19-21 March", "8 and 9 June", "3 to 5 May 2012": the first day of a pair or range written day
 * first, without its month, is a date of its own in the month (and year) of the day after it.
 */
export function dayBeforeDate(c: WordCursor, i: number): Match | null {
  const d = /^\d{1,2}$/.test(c.w(i)) ? c.dayNumber(i) : null;
  if (d === null) return null;
  // the second date starts at i + 1 (a hyphen joins it) or at i + 2 (after "and", "to", "through")
  const at = c.hyphenated(i) ? i + 1 : c.isWord(i + 1, 'and', 'to', 'through', 'or') ? i + 2 : -1;
  if (at < 0 || !c.same(i, at + 1)) return null;
  // a number before it makes a count or a score
  // or a month before it makes it a year ("1 Jan 04-16 Sep 05")
  if (i > 0 && c.same(i - 1, i) && (/^\d/.test(c.w(i - 1)) || c.monthWord(i - 1) !== null)) return null;
  const second = monthDate(c, at);
  if (second?.rule !== 'time/day-month' || second.start !== at) return null;
  const r = second.reading;
  if (r.k !== 'date' || r.d === undefined || r.m === undefined || r.d <= d) return null;
  return { start: i, end: i + 1, reading: { k: 'date', y: r.y, m: r.m, d }, rule: 'time/day-before-date' };
}
