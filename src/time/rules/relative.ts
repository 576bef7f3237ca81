/** Words that count from the anchor or the last date: weekdays, today, last week, the next day. */
import type { WordCursor } from '../cursor.js';
import { durationValue } from '../duration.js';
import { ANAPHORIC_OFFSETS, DAY_OFFSETS, DEICTIC_OFFSETS, YEAR_OFFSETS } from '../grammar-words.js';
import type { Grain } from '../lexicon.js';
import type { Match } from '../reading.js';

export function weekday(c: WordCursor, i: number): Match | null {
  // "the previous Friday", "the following Monday": counted from the last date the text gave.
  if (c.w(i) === 'the' && c.isWord(i + 1, 'previous', 'following') && c.same(i, i + 1)) {
    const m = c.same(i, i + 2) ? weekday(c, i + 2) : null;
    if (m?.reading.k !== 'weekday' || m.reading.rel !== null) return null;
    const rel = c.w(i + 1) === 'previous' ? -1 : 1;
    return { ...m, start: i, reading: { ...m.reading, rel, fromLast: true }, rule: 'time/weekday-from-last' };
  }
  let rel: -1 | 0 | 1 | null = null;
  let j = i;
  const w = c.w(i);
  if (['last', 'past', 'previous'].includes(w)) rel = -1;
  else if (w === 'this') rel = 0;
  else if (w === 'next' || w === 'coming') rel = 1;
  if (rel !== null) j++;
  if (j > i && !c.same(i, j)) return null;
  const dow = c.lex.weekdays.get(c.w(j));
  if (!dow) return null;
  const word = c.ws[j];
  // Full capitalised names only: "sun", "sat" and "wed" are words too.
  if (word.w.length < 6 || !/^[A-Z]/.test(word.raw)) return null;
  // "the Sunday Times", "the Sunday Telegraph": a newspaper's name.
  const next = c.ws[j + 1];
  if (
    rel === null &&
    c.isWord(i - 1, 'the') &&
    next &&
    c.same(j, j + 1) &&
    /^[A-Z][a-z]/.test(next.raw) &&
    !c.lex.months.has(next.w)
  )
    return null;
  // "walk down the street on a Saturday": any Saturday, no day of the calendar (not "a Sunday
  // night memorial", which dates its noun).
  if (
    rel === null &&
    c.isWord(i - 1, 'a', 'any') &&
    c.isWord(i - 2, 'on') &&
    c.same(i - 2, i) &&
    !(next && c.same(j, j + 1) && /^(NOUN|PROPN)$/.test(next.pos))
  ) {
    const reading = { k: 'fixed' as const, type: 'DATE' as const, value: `XXXX-WXX-${dow}` };
    return { start: i, end: j + 1, reading, rule: 'time/any-weekday' };
  }
  // "Monday and Tuesday nights": the plural part of the day makes both weekly sets.
  const other = rel === null && c.isWord(j + 1, 'and', 'or') && c.same(j, j + 3) ? c.w(j + 3) : '';
  const part = other.endsWith('s') ? c.lex.dayParts.get(other.slice(0, -1)) : undefined;
  if (part && c.lex.weekdays.has(c.w(j + 2)) && /^[A-Z]/.test(c.ws[j + 2].raw)) {
    const reading = { k: 'fixed' as const, type: 'SET' as const, value: `XXXX-WXX-${dow}T${part}` };
    return { start: i, end: j + 1, reading, rule: 'time/set/weekday-plural' };
  }
  // "on Tuesday last week", "Monday next week": the weekday of the week named after it.
  if (rel === null && Object.hasOwn(YEAR_OFFSETS, c.w(j + 1)) && c.w(j + 2) === 'week' && c.same(j, j + 2)) {
    const reading = { k: 'weekday' as const, dow, rel, week: YEAR_OFFSETS[c.w(j + 1)] };
    return { start: i, end: j + 3, reading, rule: 'time/weekday-of-week' };
  }
  return { start: i, end: j + 1, reading: { k: 'weekday', dow, rel }, rule: 'time/weekday' };
}

/** "today's world", "today's personal computers": our times, no day. */
function genericToday(c: WordCursor, i: number): boolean {
  if (c.w(i + 1) !== "'s" || !c.same(i, i + 1)) return false;
  let j = i + 2;
  // adjectives may come between: "today's young people", "today's personal computers"
  while (j < i + 4 && c.same(i, j) && c.ws[j].pos === 'ADJ') j++;
  return c.same(i, j) && c.lex.genericNowNouns.has(c.w(j));
}

/** today, yesterday, tomorrow, tonight; this/last/next + unit, season or month name. */
export function deictic(c: WordCursor, i: number): Match | null {
  // "the past year": the match starts at the article (see `start` below).
  if (c.w(i) === 'the' && c.isWord(i + 1, 'past', 'coming', 'current') && c.same(i, i + 1)) {
    const m = deictic(c, i + 1);
    return m && m.start === i ? m : null;
  }
  // "this past spring", "this coming Sunday": "this" only stresses the direction.
  if (c.w(i) === 'this' && c.isWord(i + 1, 'past', 'coming') && c.same(i, i + 1)) {
    const m = deictic(c, i + 1) ?? weekday(c, i + 1);
    return m && m.start === i + 1 ? { ...m, start: i } : null;
  }
  const w = c.w(i);
  const day = DAY_OFFSETS;
  if (Object.hasOwn(day, w)) {
    if (w === 'today' && genericToday(c, i)) return null;
    // "the Today show", "NBC's Today": a programme's name, never the day.
    if (
      /^[A-Z]/.test(c.ws[i].raw) &&
      (c.isWord(i - 1, 'the', "'s") || c.ws[i - 1]?.pos === 'PROPN') &&
      c.same(i - 1, i)
    )
      return null;
    const m: Match = {
      start: i,
      end: i + 1,
      reading: { k: 'deictic', grain: 'day', offset: day[w] },
      rule: `time/${w}`,
    };
    if (w === 'tonight') m.time = 'NI';
    return m;
  }
  if (w === 'last' && c.isWord(i + 1, 'night') && c.same(i, i + 1)) {
    return {
      start: i,
      end: i + 2,
      reading: { k: 'deictic', grain: 'day', offset: -1 },
      rule: 'time/last-night',
      time: 'NI',
    };
  }
  // "overnight" the adverb, not "an overnight revolution".
  if (w === 'overnight' && !c.isWord(i - 1, 'an', 'the', 'a')) {
    // "overnight Tuesday": the night of the day named after it.
    const day = c.same(i, i + 1) ? weekday(c, i + 1) : null;
    if (day && day.start === i + 1 && !day.time)
      return { ...day, start: i, time: 'NI', rule: 'time/overnight-day' };
    // Alone, the night that ended on the day the narrative is on ("shares fell on Friday after
    // overnight losses in New York": Thursday night), or on the article date ("Rebels shelled the
    // city overnight"); a night still ahead in a future clause ("will work overnight").
    return {
      start: i,
      end: i + 1,
      reading: { k: 'same', grain: 'day', n: 0, nightBefore: true },
      rule: 'time/overnight',
      time: 'NI',
    };
  }
  const yearEndMatch = yearEnd(c, i);
  if (yearEndMatch) return yearEndMatch;
  const offsets = DEICTIC_OFFSETS;
  if (!Object.hasOwn(offsets, w) || !c.same(i, i + 1)) return null;
  const offset = offsets[w];
  const nxt = c.w(i + 1);
  const part = c.lex.dayParts.get(nxt);
  if (w === 'this' && part && nxt !== 'tonight') {
    return {
      start: i,
      end: i + 2,
      reading: { k: 'deictic', grain: 'day', offset: 0 },
      rule: 'time/this-daypart',
      time: part,
    };
  }
  const season = c.lex.seasons.get(nxt);
  if (season)
    return {
      start: i,
      end: i + 2,
      reading: { k: 'deictic', grain: 'year', offset, season, ...(w === 'this' ? { thisYear: true } : {}) },
      rule: 'time/rel-season',
    };
  const month = c.lex.months.get(nxt);
  // "last Oct. 23" is a day: the date rule reads it, "last" setting the tense.
  if (month && c.dayNumber(i + 2) !== null && c.same(i, i + 2)) return null;
  if (month && /^[A-Z]/.test(c.ws[i + 1].raw)) {
    return {
      start: i,
      end: i + 2,
      reading: { k: 'deictic', grain: 'year', offset, month },
      rule: 'time/rel-month',
    };
  }
  // "the current fiscal year", "last fiscal year": the company's year, valued as the calendar one.
  const fiscal = nxt === 'fiscal' && c.isWord(i + 2, 'year', 'quarter') && c.same(i, i + 2) ? 1 : 0;
  const info = c.lex.units.get(fiscal ? c.w(i + 2) : nxt);
  if (/^[A-Z]/.test(c.ws[i + 1].raw)) return null; // "This Week", a programme
  if (info?.grain && !info.times) {
    // "the last decade", "the last week": the article belongs to the span, as with "the past".
    const start =
      (w === 'current' || w === 'past' || w === 'coming' || w === 'last') && c.isWord(i - 1, 'the')
        ? i - 1
        : i;
    // "the past decade", "the coming century", "over the next decade": the stretch of time itself
    // (P10Y), not a calendar decade, as "the next four years" is P4Y; bare "next decade" stays a date.
    const theNext = w === 'next' && c.isWord(i - 1, 'the') && c.same(i - 1, i);
    if (
      (w === 'past' || w === 'coming' || theNext) &&
      (info.grain === 'decade' || info.grain === 'century')
    ) {
      const value = durationValue(1, info, nxt);
      if (value)
        return {
          start: theNext ? i - 1 : start,
          end: i + 2,
          reading: { k: 'fixed', type: 'DURATION', value },
          rule: `time/${w}-unit`,
        };
    }
    // "the last decade of his life", "the past week of talks", "the first year of the war": a stretch
    // of something else, not the calendar one before the article date.
    if (start < i && ofSomethingElse(c, i + 2 + fiscal)) {
      const value = durationValue(1, info, nxt);
      return value
        ? { start, end: i + 2, reading: { k: 'fixed', type: 'DURATION', value }, rule: `time/${w}-unit-of` }
        : null;
    }
    // "this century", "last century": the calendar century (`20` in 2013); "the past century",
    // "the coming century" were read as stretches above, "the current century" is left out.
    if (nxt === 'century' && (!(w === 'this' || w === 'last' || w === 'next') || c.w(i + 2) === 'of'))
      return null;
    if (
      (w === 'past' || w === 'previous' || w === 'coming') &&
      info.grain !== 'year' &&
      info.grain !== 'week' &&
      info.grain !== 'month' &&
      info.grain !== 'weekend'
    )
      return null;
    if (w === 'current' && info.grain !== 'quarter' && info.grain !== 'year') return null;
    // "the coming weekend" is the one still ahead this week, as "this weekend" is.
    const ahead = info.grain === 'weekend' && w === 'coming' ? 0 : offset;
    return {
      start,
      end: i + 2 + fiscal,
      reading: { k: 'deictic', grain: info.grain, offset: ahead },
      rule: `time/${w}-unit`,
    };
  }
  return null;
}

/** Owners after "of" that make "the last year of ..." a stretch of something else. */
const OWNERS = new Set(['his', 'her', 'their', 'its', 'my', 'our', 'your', 'the']);

/** "of his life", "of the war", "of talks": not "of March", "of 2012", "of the year", "of last year". */
function ofSomethingElse(c: WordCursor, k: number): boolean {
  if (c.w(k) !== 'of' || !c.same(k - 1, k + 1)) return false;
  const owner = c.w(k + 1);
  if (!OWNERS.has(owner) && c.ws[k + 1]?.pos !== 'NOUN') return false;
  const head = c.w(owner === 'the' ? k + 2 : k + 1);
  return (
    !c.lex.units.has(head) &&
    !c.lex.seasons.has(head) &&
    !c.lex.months.has(head) &&
    c.yearAt(k + 1) === null &&
    !c.lex.holidays.some((p) => p.words[0] === head)
  );
}

/** Words before "year" that make "year end" part of another phrase ("the year-end bonus"). */
const NOT_YEAR_END = new Set(['a', 'the', 'this', 'last', 'next', 'each', 'per', 'every']);

/** "by year-end", "at year's end": the end of this year; "since year-end" the end of the last one. */
function yearEnd(c: WordCursor, i: number): Match | null {
  if (c.w(i) !== 'year' || NOT_YEAR_END.has(c.w(i - 1))) return null;
  const owner = c.w(i + 1) === "'s" ? 1 : 0;
  if (c.w(i + 1 + owner) !== 'end' || !c.same(i, i + 1 + owner)) return null;
  const offset = c.isWord(i - 1, 'since') ? -1 : 0;
  return {
    start: i,
    end: i + 2 + owner,
    reading: { k: 'deictic', grain: 'year', offset },
    rule: 'time/year-end',
    mod: 'END',
  };
}

/** "the previous day", "the next day", "that day", "the same day", "the day before". */
export function anaphoric(c: WordCursor, i: number): Match | null {
  const w = c.w(i);
  if (!c.same(i, i + 2)) return null;
  const offsets = ANAPHORIC_OFFSETS;
  const emphatic = emphaticAnaphor(c, i);
  if (emphatic) return emphatic;
  if (w === 'the' && Object.hasOwn(offsets, c.w(i + 1)) && c.isWord(i + 2, 'day', 'week', 'month', 'year')) {
    const grain = c.w(i + 2) as Grain;
    return {
      start: i,
      end: i + 3,
      reading: { k: 'same', grain, n: offsets[c.w(i + 1)] },
      rule: 'time/anaphoric',
    };
  }
  // "the previous quarter", "the prior quarter", "the following quarter": next to the quarter last
  // told (the one reported). "the same quarter" wants its year said ("...last year", periods.ts),
  // and "the next quarter" is read from the article date.
  if (
    w === 'the' &&
    c.isWord(i + 1, 'previous', 'prior', 'preceding', 'following') &&
    c.isWord(i + 2, 'quarter')
  ) {
    return {
      start: i,
      end: i + 3,
      reading: { k: 'same', grain: 'quarter', n: offsets[c.w(i + 1)] },
      rule: 'time/anaphoric-quarter',
    };
  }
  // "the next morning", "the same night", "that evening": a part of the last mentioned day, or of
  // the one after or before it.
  const n = w === 'the' && Object.hasOwn(offsets, c.w(i + 1)) ? offsets[c.w(i + 1)] : w === 'that' ? 0 : null;
  const partEnd = w === 'the' ? i + 2 : i + 1;
  const part = n !== null ? c.partOfDay(partEnd) : undefined;
  if (n !== null && part && c.same(i, partEnd)) {
    return {
      start: i,
      end: partEnd + 1,
      reading: { k: 'same', grain: 'day', n },
      rule: 'time/anaphoric-day-part',
      time: part,
    };
  }
  // "earlier in the day", "later in the day": the day the narrative is on; the adverb and the
  // preposition stay out of the span ("earlier in the year" keeps them, with its mod).
  if (
    w === 'the' &&
    c.isWord(i + 1, 'day') &&
    c.isWord(i - 1, 'in') &&
    c.isWord(i - 2, 'earlier', 'later') &&
    c.same(i - 2, i + 1)
  ) {
    return { start: i, end: i + 2, reading: { k: 'same', grain: 'day', n: 0 }, rule: 'time/in-the-day' };
  }
  // "That November, Nixon won": the month in the year the text last gave.
  const month = w === 'that' ? c.monthWord(i + 1) : null;
  if (month !== null && c.same(i, i + 1))
    return {
      start: i,
      end: i + 2,
      reading: { k: 'date', m: month, yFromLast: true },
      rule: 'time/that-month',
    };
  if (w === 'that' && c.isWord(i + 1, 'day', 'week', 'month', 'quarter', 'year')) {
    const grain = c.w(i + 1) as Grain;
    return { start: i, end: i + 2, reading: { k: 'same', grain, n: 0 }, rule: 'time/that-unit' };
  }
  // "the second day of the offensive", "his first day in office": a day of the narrative, counted
  // within some event; valued as the day the text is on.
  const ordAt = w === 'the' || OWNERS.has(w) ? i + 1 : i;
  const ord = c.lex.ordinals.get(c.w(ordAt)) ?? (/^\d{1,2}(st|nd|rd|th)$/.test(c.w(ordAt)) ? 1 : undefined);
  if (
    ord !== undefined &&
    (ordAt === i + 1 || !c.isWord(i - 1, 'a', 'an')) &&
    c.w(ordAt + 1) === 'day' &&
    c.same(i, ordAt + 1) &&
    !c.hyphenated(ordAt) &&
    !c.hyphenated(ordAt + 1) &&
    c.monthWord(ordAt + 3) === null
  ) {
    const start = w === 'the' ? i : ordAt;
    return { start, end: ordAt + 2, reading: { k: 'same', grain: 'day', n: 0 }, rule: 'time/nth-day' };
  }
  // "the day before yesterday", "the day after tomorrow": two days from the anchor.
  if (w === 'the' && c.isWord(i + 1, 'day') && c.same(i, i + 3)) {
    const two =
      c.isWord(i + 2, 'before') && c.isWord(i + 3, 'yesterday')
        ? -2
        : c.isWord(i + 2, 'after') && c.isWord(i + 3, 'tomorrow')
          ? 2
          : 0;
    if (two)
      return {
        start: i,
        end: i + 4,
        reading: { k: 'deictic', grain: 'day', offset: two },
        rule: 'time/two-days',
      };
  }
  // "the day before." stands alone; "the day before authorities acted" is a clause, not a date.
  const closes = i + 3 >= c.ws.length || !c.same(i, i + 3) || /^[,.;:!?]$/.test(c.w(i + 3));
  // ...and so do "the week before", "the year after".
  if (
    w === 'the' &&
    c.isWord(i + 1, 'day', 'week', 'month', 'year') &&
    c.isWord(i + 2, 'before', 'after') &&
    closes
  ) {
    const n = c.w(i + 2) === 'before' ? -1 : 1;
    const grain = c.w(i + 1) as Grain;
    return { start: i, end: i + 3, reading: { k: 'same', grain, n }, rule: 'time/day-before' };
  }
  return null;
}

/**
 * "that same day", "that very evening", "the very next morning", "the very same week": the last
 * mentioned date (or the one after or before it), as "that day" and "the next morning" are; the
 * emphasis changes nothing. ("the very day he arrived" names a day by an event: no reading.)
 */
function emphaticAnaphor(c: WordCursor, i: number): Match | null {
  const w = c.w(i);
  let k: number;
  let n: number;
  if (w === 'that' && c.isWord(i + 1, 'same', 'very')) {
    k = c.isWord(i + 1, 'very') && c.isWord(i + 2, 'same') ? i + 3 : i + 2;
    n = 0;
  } else if (w === 'the' && c.isWord(i + 1, 'very') && Object.hasOwn(ANAPHORIC_OFFSETS, c.w(i + 2))) {
    k = i + 3;
    n = ANAPHORIC_OFFSETS[c.w(i + 2)];
  } else return null;
  if (!c.same(i, k)) return null;
  if (c.isWord(k, 'day', 'week', 'month', 'year'))
    return {
      start: i,
      end: k + 1,
      reading: { k: 'same', grain: c.w(k) as Grain, n },
      rule: 'time/anaphoric',
    };
  const part = c.partOfDay(k);
  if (!part) return null;
  return {
    start: i,
    end: k + 1,
    reading: { k: 'same', grain: 'day', n },
    rule: 'time/anaphoric-day-part',
    time: part,
  };
}

/**
 * A part of the day on its own: "(by) mid-afternoon", "late morning yesterday", "in the morning".
 * It is a part of the day that follows it, else of the last day the narrative gave.
 */
export function lonePartOfDay(c: WordCursor, i: number): Match | null {
  const w = c.w(i);
  const article = w === 'the' && c.isWord(i - 1, 'in') && c.same(i, i + 1);
  const k = article ? i + 1 : i;
  const part = c.partOfDay(k);
  // "mid-afternoon", but not "a late night show"
  const modified = c.isWord(i - 1, 'mid', 'early', 'late') && c.same(i - 1, i) && !c.isWord(i - 2, 'a', 'an');
  if (!part || (!article && !modified)) return null;
  // "mid-afternoon yesterday", "late morning Friday": the day named after the part.
  const day = c.same(k, k + 1) ? (deictic(c, k + 1) ?? weekday(c, k + 1)) : null;
  if (
    day &&
    day.start === k + 1 &&
    (day.reading.k === 'weekday' || day.reading.k === 'deictic') &&
    !day.time
  ) {
    const dayLike = day.reading.k === 'weekday' || day.reading.grain === 'day';
    if (dayLike) return { ...day, start: i, time: part, rule: 'time/part-of-day' };
  }
  return {
    start: i,
    end: k + 1,
    reading: { k: 'same', grain: 'day', n: 0 },
    rule: 'time/part-of-day',
    time: part,
  };
}
