/** Periods inside a year: seasons, the weekend, quarters and halves, the reported period. */

import { RELEASE_VERBS, SPORTS_WORDS } from '../cue-words.js';
import type { WordCursor } from '../cursor.js';
import { YEAR_OFFSETS } from '../grammar-words.js';
import type { Match, Reading } from '../reading.js';
import { monthDate } from './dates.js';
import { yearWordsAt } from './years.js';

/** Prepositions before which "the fall" is the season. */
const FALL_PREPOSITIONS = new Set(['in', 'during', 'until', 'through', 'by', 'since', 'before']);

/** "hurt by the fall", "driven by the fall": "by" after a verb names what did it, not a deadline. */
function passiveAgent(c: WordCursor, by: number): boolean {
  return c.w(by) === 'by' && by > 0 && (c.ws[by - 1].pos === 'VERB' || c.ws[by - 1].pos === 'AUX');
}

/** "the summer", "summer 2019", "the winter of 1994": a season, of the year given or the nearest. */
export function season(c: WordCursor, i: number): Match | null {
  let j = i;
  if (c.w(j) === 'the') j++;
  const season = c.lex.seasons.get(c.w(j));
  if (!season || !c.same(i, j)) return null;
  let k = j + 1;
  if (c.w(k) === 'of' && yearWordsAt(c, k + 1) !== null) k++;
  const yw = c.same(i, k) ? yearWordsAt(c, k) : null;
  if (yw) return { start: i, end: yw.end, reading: { k: 'date', y: yw.y, season }, rule: 'time/season-year' };
  // A bare "summer" is often generic, but "(the) late summer", "early spring" are dated (the
  // grammar's prefix adds the mod); "a late summer storm" is not.
  const modified = j === i && c.isWord(i - 1, 'early', 'late', 'mid') && c.same(i - 1, i);
  if (j === i && !modified) return null;
  if (modified && c.isWord(i - 2, 'a', 'an')) return null;
  // "the Winter Olympics", "the Summer Palace": a capitalised season inside a name.
  const after = c.ws[j + 1];
  if (/^[A-Z]/.test(c.ws[j].raw) && after && c.same(j, j + 1) && /^[A-Z][a-z]/.test(after.raw)) return null;
  let before = i - 1;
  if (modified) before -= c.w(i - 2) === 'the' ? 2 : 1;
  // "fall" is also a drop: only "in the fall", "during the fall", "by the fall" not followed by
  // what fell ("since the fall of the Wall", "before the fall in prices").
  if (
    c.w(j) === 'fall' &&
    (!FALL_PREPOSITIONS.has(c.w(before)) || c.isWord(j + 1, 'of', 'in') || passiveAgent(c, before))
  )
    return null;
  return {
    start: i,
    end: j + 1,
    reading: { k: 'deictic', grain: 'year', offset: 0, season },
    rule: 'time/the-season',
  };
}

/** "the weekend", "over the weekend". */
export function weekendNear(c: WordCursor, i: number): Match | null {
  if (c.w(i) !== 'the' || c.w(i + 1) !== 'weekend' || !c.same(i, i + 1)) return null;
  return { start: i, end: i + 2, reading: { k: 'weekend' }, rule: 'time/the-weekend' };
}

/** A year before a period: "1988" or "this year's", "last year's". */
export function yearPrefix(c: WordCursor, j: number): { y?: number; yOffset?: number; end: number } | null {
  const y = c.yearAt(j);
  // "the 1998-2000 period": the end of a span of years, not the year of a reported period.
  if (y !== null) return c.ws[j].hyphenated && /^\d/.test(c.w(j - 1)) ? null : { y, end: j + 1 };
  const offsets = YEAR_OFFSETS;
  if (Object.hasOwn(offsets, c.w(j)) && c.w(j + 1) === 'year' && c.w(j + 2) === "'s" && c.same(j, j + 2)) {
    return { yOffset: offsets[c.w(j)], end: j + 3 };
  }
  return null;
}

/**
 * The year after a quarter or half: "of 1990", "of fiscal 1990", "of last year", "of this year";
 * "of the year" and "of the current year" join the span and leave the year to the tense.
 */
export function ofYear(c: WordCursor, k: number): { y?: number; yOffset?: number; end: number } | null {
  if (!c.isWord(k, 'of') || !c.same(k, k + 1)) return null;
  let j = k + 1;
  if (c.w(j) === 'fiscal' && c.same(k, j + 1)) j++;
  const y = c.yearAt(j);
  if (y !== null) return { y, end: j + 1 };
  const w = c.w(j);
  if (!c.same(k, j + 1)) return null;
  if (Object.hasOwn(YEAR_OFFSETS, w) && c.w(j + 1) === 'year')
    return { yOffset: YEAR_OFFSETS[w], end: j + 2 };
  if (w === 'the' && c.w(j + 1) === 'year') return { end: j + 2 };
  if (w === 'the' && c.w(j + 1) === 'current' && c.w(j + 2) === 'year' && c.same(k, j + 2))
    return { yOffset: 0, end: j + 3 };
  return null;
}

/** Whether a verb that publishes figures governs the quarter at i: "will report (its) fourth-quarter". */
function releasedBy(c: WordCursor, i: number): boolean {
  let k = i - 1;
  if (c.isWord(k, 'its', 'their', 'the', 'his', 'her')) k--;
  return k >= 0 && c.same(k, i) && RELEASE_VERBS.has(c.w(k));
}

/** "the third quarter", "third-quarter", "the 1988 second quarter", "the first half", "the quarter". */
export function quarter(c: WordCursor, i: number): Match | null {
  let j = i;
  if (c.w(j) === 'the') j++;
  const yp = c.same(i, j) ? yearPrefix(c, j) : null;
  if (yp) j = yp.end;
  // "the year-ago third quarter", "the comparable year-earlier second quarter": a year before it.
  let yearsBack = 0;
  let k0 = j;
  if (!yp && c.isWord(k0, 'comparable', 'corresponding')) k0++;
  if (
    !yp &&
    c.w(k0) === 'year' &&
    c.isWord(k0 + 1, 'ago', 'earlier') &&
    c.lex.ordinals.has(c.w(k0 + 2)) &&
    c.same(i, k0 + 2)
  ) {
    yearsBack = 1;
    j = k0 + 2;
  }
  if (c.w(j) === 'fiscal' && c.same(i, j + 1)) j++;
  // "the January-March quarter", "the April-June period", "the January-June period": three months
  // that make a quarter, six that make a half.
  // ("the April-to-June period", "the July-through-September quarter": the joining word hyphenated)
  const first = c.monthWord(j);
  const joined = c.isWord(j + 1, 'to', 'through') && c.hyphenated(j) && c.hyphenated(j + 1) ? 1 : 0;
  const last = first && c.hyphenated(j + joined) ? c.monthWord(j + 1 + joined) : null;
  if (first && last && c.isWord(j + 2 + joined, 'quarter', 'period', 'half') && c.same(i, j + 2 + joined)) {
    j += joined;
    const of = yp ? null : ofYear(c, j + 3);
    const y = of ? of.y : yp?.y;
    const yOffset = of ? of.yOffset : yp?.yOffset;
    const reading: Reading | null =
      last - first === 2 && last % 3 === 0
        ? { k: 'date', q: last / 3, y, yOffset }
        : last - first === 5 && last % 6 === 0
          ? { k: 'date', half: last / 6, y, yOffset }
          : null;
    if (reading) return { start: i, end: of?.end ?? j + 3, reading, rule: 'time/month-range-quarter' };
  }
  // "the March quarter", "the December-quarter profit": the quarter that ends in that month.
  const month = c.monthWord(j);
  if (month && month % 3 === 0 && c.w(j + 1) === 'quarter' && c.same(i, j + 1)) {
    const reading: Reading = { k: 'date', q: month / 3, y: yp?.y, yOffset: yp?.yOffset };
    return { start: i, end: j + 2, reading, rule: 'time/month-quarter' };
  }
  const ord = c.lex.ordinals.get(c.w(j));
  if (ord && c.same(i, j + 1)) {
    const unit = c.w(j + 1);
    // "the third-quarter results": the article belongs to the noun, not to the date.
    if (unit === 'quarter' && ord <= 4 && c.hyphenated(j) && c.w(i) === 'the' && !yp) i++;
    const of = yp ? null : ofYear(c, j + 2);
    if (unit === 'quarter' && ord <= 4) {
      let end = of?.end ?? j + 2;
      // "scored 12 points in the fourth quarter": a quarter of a game.
      if (!of && !yp && !c.yearAt(end) && inSportsSentence(c, j)) return null;
      let y = of ? of.y : yp?.y;
      if (!of && c.yearAt(end) && c.same(i, end)) {
        y = c.yearAt(end)!;
        end += 1;
      }
      const yOffset = of ? of.yOffset : yp?.yOffset;
      const released = y === undefined && yOffset === undefined && releasedBy(c, i);
      return {
        start: i,
        end,
        reading: {
          k: 'date',
          q: ord,
          y,
          yOffset,
          ...(yearsBack ? { yearsBack } : {}),
          ...(released ? { released } : {}),
        },
        rule: yearsBack ? 'time/year-ago-quarter' : 'time/ordinal-quarter',
      };
    }
    // "the first half of the season", "of the match": a half of something else, not of a year.
    if (unit === 'half' && !of && !yp && c.w(j + 2) === 'of' && c.same(i, j + 2)) return null;
    // "first-half profit", "second-half results": a half before a noun of company figures (not "a
    // first-half goal").
    const figures = c.hyphenated(j) && c.same(j, j + 2) && HALF_FIGURES.has(c.w(j + 2));
    // "scored twice in the second half": a half of a match.
    if (unit === 'half' && !of && !yp && !figures && inSportsSentence(c, j)) return null;
    if (unit === 'half' && ord <= 2 && (j > i || yp || figures)) {
      // "the first-half results": as with quarters, the article belongs to the noun.
      if (figures && c.w(i) === 'the' && !yp) i++;
      const reading: Reading = {
        k: 'date',
        half: ord,
        y: of ? of.y : yp?.y,
        yOffset: of ? of.yOffset : yp?.yOffset,
      };
      return { start: i, end: of?.end ?? j + 2, reading, rule: 'time/half' };
    }
  }
  // "the final quarter of last year", "the last quarter of 2012": the fourth quarter; "the final
  // quarter" alone too (but "the last quarter" alone is the latest one reported).
  if (c.isWord(j, 'final', 'last') && c.w(j + 1) === 'quarter' && j > i && c.same(i, j + 1) && !yp) {
    const of = ofYear(c, j + 2);
    if (of || c.w(j) === 'final') {
      const reading: Reading = { k: 'date', q: 4, y: of?.y, yOffset: of?.yOffset };
      return { start: i, end: of?.end ?? j + 2, reading, rule: 'time/final-quarter' };
    }
  }
  // "the last half of 1989", "the last half of the year": the second half.
  if (c.w(j) === 'last' && c.w(j + 1) === 'half' && j > i && c.same(i, j + 1) && !yp) {
    const of = ofYear(c, j + 2);
    if (of) {
      const reading: Reading = { k: 'date', half: 2, y: of.y, yOffset: of.yOffset };
      return { start: i, end: of.end, reading, rule: 'time/half' };
    }
  }
  if (yp && c.isWord(j, 'quarter', 'period') && c.same(i, j)) {
    const reading: Reading =
      yp.yOffset !== undefined
        ? { k: 'lastQuarter', yearBack: -yp.yOffset }
        : { k: 'lastQuarter', yearBack: 0, y: yp.y };
    return { start: i, end: j + 1, reading, rule: 'time/year-period' };
  }
  if (yp) return null;
  if (c.w(i) === 'the' || c.isWord(i, 'year', 'latest')) {
    let k = i + (c.w(i) === 'the' ? 1 : 0);
    let yearBack = 0;
    // "the same quarter", "the comparable period": only with the year back said after them.
    const alike = c.w(i) === 'the' && c.isWord(k, 'same', 'comparable', 'corresponding');
    if (alike) k++;
    else if (c.isWord(k, 'latest', 'recent', 'most')) {
      k += c.w(k) === 'most' ? 2 : 1;
    } else if (c.w(k) === 'year' && c.isWord(k + 1, 'earlier', 'ago')) {
      yearBack = 1;
      k += 2;
    }
    // "the quarter a year ago", "the same period a year earlier", "the corresponding period last
    // year": the reported period a year before, read whole.
    const back =
      yearBack === 0 &&
      c.w(i) === 'the' &&
      (c.w(k + 1) === 'a' && c.w(k + 2) === 'year' && c.isWord(k + 3, 'ago', 'earlier', 'before')
        ? k + 4
        : c.w(k + 1) === 'last' && c.w(k + 2) === 'year' && c.w(k + 3) !== "'s"
          ? k + 3
          : 0);
    if (back && c.isWord(k, 'quarter', 'period') && c.same(i, back - 1) && !c.hyphenated(k))
      return {
        start: i,
        end: back,
        reading: { k: 'lastQuarter', yearBack: 1 },
        rule: 'time/period-a-year-ago',
      };
    if (alike) return null;
    if (c.isWord(k, 'quarter', 'period') && c.same(i, k) && (k > i + 1 || c.w(k) === 'quarter')) {
      if (c.w(k) === 'period' && yearBack === 0 && k === i + 1) return null;
      // "the quarter-to-quarter comparison", "quarter-over-quarter": a comparison, no period.
      if (c.hyphenated(k) && c.isWord(k + 1, 'to', 'over', 'on')) return null;
      const ended = yearBack === 0 && c.w(k) === 'quarter' ? quarterEnded(c, k + 1) : null;
      if (ended) return { start: i, end: k + 1, reading: ended, rule: 'time/quarter-ended' };
      return {
        start: i,
        end: k + 1,
        reading: { k: 'lastQuarter', yearBack },
        rule: 'time/reported-period',
      };
    }
    if (yearBack === 1 && k > i) {
      // "year-earlier" used on its own as an adjective: a year before the reported period.
      return {
        start: c.w(i) === 'the' ? i + 1 : i,
        end: k,
        reading: { k: 'shift', grain: 'year', n: -1, anaphoric: false },
        rule: 'time/year-earlier',
      };
    }
  }
  return null;
}

/** "Q1", "Q3 2012", "H1 2013", "2Q 2013", "1H": quarters and halves written as business shorthand. */
export function shortPeriod(c: WordCursor, i: number): Match | null {
  const raw = c.ws[i]?.raw ?? '';
  // "1Q", "2H": the number first, as broker notes and wire tables write it (capital letter only);
  // "2Q13", "1H2012" with the year against it (two digits: this century, as "FY13" reads).
  const front = /^([1-4])([QH])(\d\d|\d{4})?$/.exec(raw);
  const m = front ? [raw, front[2].toLowerCase(), front[1]] : /^([qh])([1-4])$/.exec(c.w(i));
  if (!m || !/^[QH1-4]/.test(raw) || (m[1] === 'h' && +m[2] > 2)) return null;
  const written = front?.[3];
  if (written) {
    const n = +m[2];
    const wy = written.length === 4 ? +written : 2000 + +written;
    if (wy < 1900 || wy > 2099) return null;
    const reading: Reading = m[1] === 'q' ? { k: 'date', q: n, y: wy } : { k: 'date', half: n, y: wy };
    return { start: i, end: i + 1, reading, rule: 'time/short-period' };
  }
  const y = c.same(i, i + 1) ? c.yearAt(i + 1) : null;
  const n = +m[2];
  const reading: Reading =
    m[1] === 'q' ? { k: 'date', q: n, y: y ?? undefined } : { k: 'date', half: n, y: y ?? undefined };
  return { start: i, end: y ? i + 2 : i + 1, reading, rule: 'time/short-period' };
}

/** Nouns of company figures after which "first-half", "second-half" name a half of the year. */
const HALF_FIGURES = new Set([
  'profit',
  'profits',
  'earnings',
  'results',
  'sales',
  'revenue',
  'revenues',
  'loss',
  'losses',
  'net',
  'income',
  'growth',
  'output',
  'figures',
  'pretax',
  'operating',
]);

/** How far from a half the words of a game are looked for. */
const SPORTS_REACH = 15;

/** Whether the sentence around word k speaks of a game ("scored", "led 2-1", "the match"). */
function inSportsSentence(c: WordCursor, k: number): boolean {
  const sentence = c.ws[k].sentence;
  const from = Math.max(0, k - SPORTS_REACH);
  const to = Math.min(c.ws.length, k + SPORTS_REACH);
  for (let j = from; j < to; j++)
    if (c.ws[j].sentence === sentence && SPORTS_WORDS.has(c.ws[j].w)) return true;
  return false;
}

/**
 * "the quarter ended Sept. 30", "the quarter ending July 31": the quarter the three months before
 * that day mostly fall in (a fiscal quarter of May to July is the second), the day staying an
 * expression of its own.
 */
function quarterEnded(c: WordCursor, j: number): Reading | null {
  if (!c.isWord(j, 'ended', 'ending') || !c.same(j, j + 1)) return null;
  const day = monthDate(c, j + 1);
  if (day?.reading.k !== 'date' || day.reading.m === undefined || day.reading.d === undefined) return null;
  const { m, d, y } = day.reading;
  // The middle of the quarter: 45 days before its last day (in a common year).
  const mid = new Date(Date.UTC(2001, m - 1, d) - 45 * 86_400_000);
  const midMonth = mid.getUTCMonth() + 1;
  const wraps = midMonth > m;
  const q = Math.ceil(midMonth / 3);
  if (y !== undefined) return { k: 'date', q, y: wraps ? y - 1 : y };
  return wraps ? null : { k: 'date', q };
}
