/** Quantities of units (durations, "two years ago") and frequencies (sets). */
import { pastForm } from '../cue-words.js';
import type { WordCursor } from '../cursor.js';
import { durationValue } from '../duration.js';
import { DIRECTIONS, dirOf } from '../grammar-words.js';
import type { Match, Reading } from '../reading.js';
import { lastIsVerb } from '../words.js';

/**
 * Quantities of units: "three days" (P3D), "the past two months" (P2M), "a five-year plan" (P5Y),
 * "two years ago" (a date), "a year earlier" (from the last date), "for years" (PXY).
 */
export function quantity(c: WordCursor, i: number): Match | null {
  const someday = oneDay(c, i);
  if (someday) return someday;
  const lasting = longAdjective(c, i);
  if (lasting) return lasting;
  let j = i;
  let dir: 'past' | 'next' | 'coming' | 'first' | null = null;
  if (c.w(j) === 'the' && DIRECTIONS.has(c.w(j + 1)) && c.same(j, j + 1)) {
    dir = dirOf(c.w(j + 1));
    j += 2;
  } else if (
    DIRECTIONS.has(c.w(j)) &&
    c.same(j, j + 1) &&
    !c.isWord(j + 1, 'a', 'an') &&
    !(c.w(j) === 'last' && (lastIsVerb(c.ws, j, c.lex.numbers) || c.ws[j].pos === 'VERB'))
  ) {
    // ("could last a week", "expected to last five years": the verb)
    dir = dirOf(c.w(j));
    j += 1;
  } else if (c.w(j) === 'the' && c.same(j, j + 1)) {
    j += 1;
  }
  const num = rangeOrNumber(c, i, j);
  let k = num ? num.end : j;
  // "three consecutive months", "two more weeks", "eight trading days" (but "2012 full-year
  // profit" is a year, not 2012 of them)
  // ("several more days", "a few more weeks": a count of unknown size, PXD)
  if (
    num &&
    (num.n !== null || c.w(k) === 'more') &&
    COUNTED_ADJECTIVES.has(c.w(k)) &&
    c.unitAt(k + 1) &&
    c.same(k, k + 1) &&
    c.yearAt(j) === null
  )
    k++;
  if (k >= c.ws.length || !c.same(i, k)) return null;
  const u = c.unitAt(k);
  if (!u) return null;
  const info = c.lex.units.get(u.unit)!;
  const unitWord = c.ws[k];
  if (/^[A-Z]/.test(unitWord.raw) && k > i) return null; // "60 Minutes", a title
  const next = c.w(k + 1);
  // ages ("a 42-year-old", "the 10- and 11-year-olds"), fractions
  if (next === 'old' || next === 'olds' || (next === 'of' && u.unit === 'quarter')) return null;
  // "a quarter-century": 25 years, not a quarter of a year.
  if (u.unit === 'quarter' && c.hyphenated(k) && c.w(k + 1) === 'century') return null;
  // "fell by three-quarters", "two-thirds": a hyphenated fraction, no three quarters of a year.
  if (u.unit === 'quarter' && u.plural && num && k > 0 && c.hyphenated(k - 1)) return null;
  if (u.unit === 'second' && (!num || num.n === 1)) return null; // "a second group"
  // "24 hours a day", "seven days a week": how much of each period, a frequency TimeBank leaves
  // unmarked, not a stretch of 24 hours.
  if (num && c.isWord(k + 1, 'a', 'per') && c.same(k, k + 2) && c.unitAt(k + 2)?.plural === false)
    return null;
  const prev = i > 0 ? c.ws[i - 1] : null;
  // "$1.76 a year", "24 hours a day": a rate, not a duration.
  const shifted = c.isWord(k + 1, 'ago', 'earlier', 'later');
  // "lost his immunity a month after leaving office": a stretch before a signal, not a rate.
  const signalled = shifted || c.isWord(k + 1, 'after', 'before', 'into');
  if (num && !signalled && (c.w(j) === 'a' || c.w(j) === 'an') && j === i && prev && c.same(i - 1, i)) {
    if (
      ['NUM', 'NOUN', 'SYM', 'PROPN'].includes(prev.pos) &&
      !/^(in|for|within|after|about|over)$/.test(prev.w)
    )
      return null;
  }
  const vague = !num || num.n === null;
  // "the next fortnight", "the past fortnight": a unit that is itself a count (P2W).
  const counted = !num && !u.plural && info.times !== undefined && dir !== null && dir !== 'first' && j > i;
  if (!num && !counted) {
    // Without a number, only plurals after a direction or preposition count: "the past months".
    if (!u.plural) return null;
    // "for years", "in months", "weeks of talks" (not "the early hours of Monday"), "years ago"
    // "Hours later, ...", "days earlier": a stretch of unknown length, "later" being its signal.
    const bare =
      c.isWord(k + 1, 'ago', 'ahead') ||
      c.isWord(i - 1, 'for', 'in', 'within', 'over') ||
      // "just days before the vote", "only hours after": a short stretch before its signal
      (c.isWord(i - 1, 'just', 'only', 'mere') &&
        c.isWord(k + 1, 'before', 'after', 'later', 'earlier', 'ago')) ||
      // "could take months", "spent years": a verb of duration takes the stretch as its object.
      LASTING.has(c.w(i - 1)) ||
      (j === i && c.isWord(k + 1, 'later', 'earlier') && c.same(k, k + 1));
    // "Minutes of its March meeting", "minutes from the Fed meeting": the record, not a stretch.
    if (!dir && !bare && c.w(k) === 'minutes' && c.isWord(k + 1, 'of', 'from')) return null;
    if (
      !dir &&
      !bare &&
      !(
        c.w(k + 1) === 'of' &&
        j === i &&
        !c.isWord(i - 1, 'the') &&
        !(i > 0 && (c.ws[i - 1].pos === 'ADJ' || c.ws[i - 1].pos === 'DET'))
      )
    )
      return null;
    // "in the weeks before": not a duration; "the weeks ahead" is one, still to come
    if (!dir && j > i && c.w(k + 1) !== 'ahead') return null;
  }
  let start = i;
  // "the" belongs to "the nine months" but not to "the five-year plan".
  const adjectival = num && !u.plural && num.n !== 1;
  if (adjectival && j > i && !dir) start = j;
  let end = k + 1;
  // "a year-long study" is read from "year" (longAdjective); "a two-year-long war" keeps "long".
  if (c.hyphenated(k) && c.w(k + 1) === 'long' && c.same(k, k + 1)) {
    if (!num || c.isWord(j, 'a', 'an')) return null;
    end = k + 2;
  }
  if (!num && c.w(end) === 'ahead' && c.same(k, end)) end++; // "the weeks ahead"
  let count = counted ? (info.times ?? 1) : num && num.n !== null ? num.n * (info.times ?? 1) : null;
  // "a minute and a half"
  if (
    count !== null &&
    Number.isInteger(count) &&
    c.w(end) === 'and' &&
    c.w(end + 1) === 'a' &&
    c.w(end + 2) === 'half' &&
    c.same(k, end + 2)
  ) {
    count += 0.5;
    end += 3;
  }
  // "a week or so (ago)", "a year or two": an approximate quantity; the words join the span.
  const approx =
    c.w(end) === 'or' &&
    c.same(k, end + 1) &&
    (c.w(end + 1) === 'so' || (num !== null && c.number(end + 1) !== null && !c.unitAt(end + 2)));
  // "weeks or months": the first unit gives the value.
  const orUnit =
    !approx && vague && c.w(end) === 'or' && c.same(k, end + 1) && c.unitAt(end + 1)?.plural === true;
  if (approx || orUnit) end += 2;
  const mod = approx || orUnit ? { mod: 'APPROX' } : {};
  // A stretch of unknown length valued by its unit alone (PXY, PTXH); null for units without one.
  const vagueStretch = (rule: string): Match | null => {
    const value = durationValue(null, info, u.unit);
    return value ? { start, end, reading: { k: 'fixed', type: 'DURATION', value }, rule, ...mod } : null;
  };
  // "years ago", "hours ago": the vague past, "ago" included.
  const vagueAgo = (): Match => ({
    start,
    end: end + 1,
    reading: { k: 'fixed', type: 'DATE', value: 'PAST_REF' },
    rule: 'time/vague-ago',
    ...mod,
  });
  const after = c.w(end);
  const grain = info.grain;
  const adjective = c.hyphenated(k) && after === 'earlier';
  if (adjective) return null;
  // "three days later", "a week earlier": TimeML marks the stretch (P3D) and leaves "later" as its
  // signal; TimeBank values "a year earlier" as the year it points to, and so does this rule.
  const measured = after !== 'ago' && (grain === 'day' || grain === 'week' || grain === 'month');
  if (
    (after === 'ago' || after === 'earlier' || after === 'later') &&
    grain &&
    c.same(k, end) &&
    !dir &&
    !measured
  ) {
    const sign = after === 'later' ? 1 : -1;
    // "years later": the stretch (PXY), like "days later"; only "years ago" is the vague past.
    if (count === null && after !== 'ago') {
      const stretch = vagueStretch('time/vague-shift');
      if (stretch) return stretch;
    }
    if (count === null) return vagueAgo();
    const anaphoric = after !== 'ago';
    const reading: Reading = { k: 'shift', grain, n: sign * count, anaphoric };
    return { start, end: end + 1, reading, rule: anaphoric ? 'time/shift-anaphoric' : 'time/ago', ...mod };
  }
  // "hours ago", "a few minutes ago": the vague recent past, as "years ago" is.
  if (after === 'ago' && count === null && !grain && c.same(k, end) && !dir) return vagueAgo();
  // "a year from now", "two weeks from today": the date that far ahead of the anchor.
  if (after === 'from' && c.isWord(end + 1, 'now', 'today') && c.same(k, end + 1) && grain && !dir) {
    if (count !== null && !Number.isInteger(count)) return null;
    const reading: Reading =
      count === null
        ? { k: 'fixed', type: 'DATE', value: 'FUTURE_REF' }
        : { k: 'shift', grain, n: count, anaphoric: false };
    return { start, end: end + 2, reading, rule: 'time/from-now', ...mod };
  }
  // "recent years", "the past few weeks", "the coming months": a stretch of unknown length (PXY),
  // as the TimeML guidelines value "the last few years".
  if (vague && u.plural && (dir === 'past' || dir === 'coming')) {
    const stretch = vagueStretch('time/vague-period');
    if (stretch) return stretch;
  }
  if (dir === 'first' && !num) return null;
  const value = durationValue(count, info, u.unit);
  if (!value) return null;
  return { start, end, reading: { k: 'fixed', type: 'DURATION', value }, rule: 'time/duration', ...mod };
}

/**
 * "a weeklong visit", "a year-long study", "the decades-long conflict": an adjective of length; the
 * article stays outside, as with "the five-year plan".
 */
function longAdjective(c: WordCursor, i: number): Match | null {
  const joined = /^(day|week|month|year)long$/.exec(c.w(i));
  let unit: { unit: string; plural: boolean } | null = null;
  let end = i + 1;
  if (joined) unit = { unit: joined[1], plural: false };
  else if (c.hyphenated(i) && c.w(i + 1) === 'long' && c.same(i, i + 1)) {
    unit = c.unitAt(i);
    end = i + 2;
  }
  if (!unit) return null;
  const info = c.lex.units.get(unit.unit);
  // ("fortnight-long" is two weeks: a unit that is itself a count)
  const value = info ? durationValue(unit.plural ? null : (info.times ?? 1), info, unit.unit) : null;
  return value
    ? { start: i, end, reading: { k: 'fixed', type: 'DURATION', value }, rule: 'time/long-adjective' }
    : null;
}

/** Verbs whose object is a stretch of time: "could take months", "spent years in prison". */
const LASTING = new Set([
  'take',
  'takes',
  'took',
  'taking',
  'spend',
  'spends',
  'spent',
  'spending',
  'lasted',
  // "served years in prison", "suffered years under house arrest", "endured months of shelling"
  'served',
  'suffered',
  'endured',
]);

/** Words before a plural that make it a stretch rather than a set: "the past two weekends". */
const COUNTED_BEFORE = new Set([
  'the',
  'past',
  'last',
  'recent',
  'consecutive',
  'straight',
  'few',
  'several',
  'many',
]);

/** Words between a number and its unit that leave the count as it is. */
const COUNTED_ADJECTIVES = new Set([
  'consecutive',
  'straight',
  'successive',
  'more',
  'additional',
  'further',
  'full',
  'trading',
  'business',
  'working',
]);

/**
 * The number before a unit, or a range of two ("12 to 18 months", "two or three weeks", "5-10
 * years"), whose count is unknown (PXM).
 */
function rangeOrNumber(c: WordCursor, i: number, j: number): { n: number | null; end: number } | null {
  const num = c.same(i, j) ? c.number(j) : null;
  if (!num || num.n === null) return num;
  const joiner = c.w(num.end);
  const second =
    joiner === 'to' || joiner === 'or'
      ? c.number(num.end + 1)
      : num.end < c.ws.length && c.ws[num.end].hyphenated
        ? c.number(num.end)
        : null;
  if (!second || second.n === null || second.n <= num.n || !c.same(i, second.end)) return num;
  return c.unitAt(second.end) ? { n: null, end: second.end } : num;
}

/** daily, weekly; "every day", "each year", "every Sunday". */
export function setExpression(c: WordCursor, i: number): Match | null {
  const w = c.w(i);
  const v = c.lex.sets.get(w);
  // "the Daily Mail", "The Weekly Standard", "Morning Politics Daily": a title, not a frequency.
  const capitalised = (k: number) => c.ws[k]?.pos === 'PROPN' || /^[A-Z]/.test(c.ws[k]?.raw ?? '');
  if (
    v &&
    /^[A-Z]/.test(c.ws[i].raw) &&
    ((capitalised(i + 1) && c.same(i, i + 1)) ||
      (capitalised(i - 1) && c.same(i - 1, i) && /^[A-Z][a-z]/.test(c.ws[i - 1].raw)))
  )
    return null;
  if (v)
    return { start: i, end: i + 1, reading: { k: 'fixed', type: 'SET', value: v }, rule: `time/set/${w}` };
  // "Mondays", "Tuesday nights": a weekly set.
  const plural = w.endsWith('s') ? c.lex.weekdays.get(w.slice(0, -1)) : undefined;
  const single = c.lex.weekdays.get(w);
  const nights = single && c.same(i, i + 1) ? c.w(i + 1) : '';
  const partPlural = nights.endsWith('s') ? c.lex.dayParts.get(nights.slice(0, -1)) : undefined;
  if ((plural || (single && partPlural)) && /^[A-Z]/.test(c.ws[i].raw) && w.length >= 6) {
    const dow = plural ?? single!;
    const end = partPlural ? i + 2 : i + 1;
    const value = `XXXX-WXX-${dow}${partPlural ? `T${partPlural}` : ''}`;
    return { start: i, end, reading: { k: 'fixed', type: 'SET', value }, rule: 'time/set/weekday-plural' };
  }
  // "on weekends", "open weekends": every weekend (not "the past two weekends", a count).
  if (w === 'weekends' && !COUNTED_BEFORE.has(c.w(i - 1)) && c.number(i - 1) === null)
    return {
      start: i,
      end: i + 1,
      reading: { k: 'fixed', type: 'SET', value: 'XXXX-WXX-WE' },
      rule: 'time/set/weekends',
    };
  const freq = frequency(c, i);
  if (freq) return freq;
  if (!c.isWord(i, 'every', 'each', 'per') || !c.same(i, i + 1)) return null;
  // "every other Tuesday": still a weekly set of that day (TIMEX3 puts the "other" in a freq).
  // ("every single day": "single" only stresses the set.)
  const other = c.w(i) === 'every' && c.w(i + 1) === 'other' ? 1 : 0;
  const stressed = c.w(i) === 'every' && c.w(i + 1) === 'single' ? 1 : 0;
  const skip = (other || stressed) && c.same(i, i + 2) ? 1 : 0;
  const dow = c.lex.weekdays.get(c.w(i + 1 + skip));
  if (dow && c.w(i + 1 + skip).length > 3 && /^[A-Z]/.test(c.ws[i + 1 + skip].raw)) {
    // "every Friday night": the part of the day joins the set.
    const part = c.same(i, i + 2 + skip) ? c.partOfDay(i + 2 + skip) : undefined;
    const time = part ? `T${part}` : '';
    return {
      start: i,
      end: i + 2 + skip + (time ? 1 : 0),
      reading: { k: 'fixed', type: 'SET', value: `XXXX-WXX-${dow}${time}` },
      rule: 'time/set/every-weekday',
    };
  }
  // "every morning", "each evening": that part of every day.
  const dayPart = c.w(i) !== 'per' ? c.partOfDay(i + 1) : undefined;
  if (dayPart)
    return {
      start: i,
      end: i + 2,
      reading: { k: 'fixed', type: 'SET', value: `XXXX-XX-XXT${dayPart}` },
      rule: 'time/set/every-day-part',
    };
  // "every July", "each summer": the month or season of every year.
  const month = c.lex.months.get(c.w(i + 1));
  const season = c.lex.seasons.get(c.w(i + 1));
  if ((month && /^[A-Z]/.test(c.ws[i + 1].raw) && c.w(i + 1).length > 3) || season) {
    const value = month ? `XXXX-${String(month).padStart(2, '0')}` : `XXXX-${season}`;
    return {
      start: i,
      end: i + 2,
      reading: { k: 'fixed', type: 'SET', value },
      rule: 'time/set/every-month',
    };
  }
  // "every other week": every second one
  const num = other || stressed ? null : c.number(i + 1);
  const k = num ? num.end : i + 1 + other + stressed;
  const u = c.unitAt(k);
  if (!u || !c.same(i, k)) return null;
  const info = c.lex.units.get(u.unit)!;
  // "miles per hour", "instructions per second": a rate of measure, no recurring time.
  if (c.w(i) === 'per' && info.clock) return null;
  // "1.6 million barrels per day", "$2 per day": a rate, as "$1.76 a year" is (TimeBank leaves it).
  const prev = c.ws[i - 1];
  if (c.w(i) === 'per' && prev && c.same(i - 1, i) && ['NUM', 'NOUN', 'SYM', 'PROPN'].includes(prev.pos))
    return null;
  if (other && u.plural) return null;
  const value = durationValue(num ? num.n : other ? 2 : 1, info, u.unit);
  return value
    ? { start: i, end: k + 1, reading: { k: 'fixed', type: 'SET', value }, rule: 'time/set/every-unit' }
    : null;
}

/** "twice a year", "once a week", "three times a month": a SET with the period as its value. */
function frequency(c: WordCursor, i: number): Match | null {
  let j = i;
  if (c.isWord(i, 'once', 'twice', 'thrice')) j = i + 1;
  else if (c.lex.vagueQuantities.has(c.w(i)) && c.isWord(i + 1, 'times'))
    j = i + 2; // "several times a week"
  else {
    const n = c.number(i);
    if (!n || n.n === null || !c.isWord(n.end, 'times')) return null;
    j = n.end + 1;
  }
  if (!c.isWord(j, 'a', 'an', 'per', 'each', 'every') || !c.same(i, j + 1)) return null;
  const u = c.unitAt(j + 1);
  if (!u || u.plural) return null;
  const value = durationValue(1, c.lex.units.get(u.unit)!, u.unit);
  return value
    ? { start: i, end: j + 2, reading: { k: 'fixed', type: 'SET', value }, rule: 'time/set/frequency' }
    : null;
}

const MODALS = new Set(['will', 'would', 'could', 'might', 'may', 'can', 'shall', 'should', 'must']);

/** "Islam will one day be...", "he hopes he one day flies": some day to come, not 24 hours. */
function oneDay(c: WordCursor, i: number): Match | null {
  if (c.w(i) !== 'one' || c.w(i + 1) !== 'day' || !c.same(i, i + 2)) return null;
  const ahead =
    MODALS.has(c.w(i - 1)) ||
    c.ws[i + 2].pos === 'VERB' ||
    c.ws[i + 2].pos === 'AUX' ||
    // "until one day it is your turn" (not "waited until one day the bank closed")
    (c.w(i - 1) === 'until' && !toldPast(c, i + 2)) ||
    // "One day, I hope, you will...", "But one day the trouble will reach you": a clause opened by
    // "one day" and told ahead.
    (opensClauseAt(c, i) && toldAhead(c, i + 2));
  if (!ahead) return null;
  const reading = { k: 'fixed' as const, type: 'DATE' as const, value: 'FUTURE_REF' };
  return { start: i, end: i + 2, reading, rule: 'time/one-day' };
}

/** Word i opens its sentence, or a clause after "but"/"and"/"yet" (quotation marks aside). */
function opensClauseAt(c: WordCursor, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && c.ws[k].sentence === c.ws[i].sentence && /^["'`“”]+$/.test(c.ws[k].w)) k--;
  if (k >= 0 && c.ws[k].sentence === c.ws[i].sentence && c.isWord(k, 'but', 'and', 'yet')) k--;
  return k < 0 || c.ws[k].sentence !== c.ws[i].sentence;
}

/** How far after "one day" a future cue is looked for. */
const AHEAD_REACH = 8;

/** A future cue ("will", "hope") among the next words of the sentence from k. */
function toldAhead(c: WordCursor, k: number): boolean {
  for (let j = k; j < c.ws.length && j < k + AHEAD_REACH && c.ws[j].sentence === c.ws[k - 1].sentence; j++) {
    const w = c.w(j);
    if (c.lex.futureCues.has(w) || w === 'hope' || w === 'hopes') return true;
  }
  return false;
}

/** A past verb among the next few words of the sentence from k ("until one day the bank closed"). */
function toldPast(c: WordCursor, k: number): boolean {
  for (let j = k; j < c.ws.length && j < k + 5 && c.ws[j].sentence === c.ws[k - 1].sentence; j++) {
    const w = c.ws[j];
    if (pastForm(w, c.lex)) return true;
  }
  return false;
}
