/** Years, spoken years, decades and centuries; "the (fiscal) year" of a report. */
import type { WordCursor } from '../cursor.js';
import { SPOKEN_DECADES } from '../grammar-words.js';
import type { Match } from '../reading.js';
import { FISCAL_YEAR } from '../words.js';
import { ZONE } from './clock.js';

/** A year written in digits or spoken ("nineteen ninety-four"): its value and end. */
export function yearWordsAt(c: WordCursor, i: number): { y: number; end: number } | null {
  const y = c.yearAt(i);
  if (y !== null) return { y, end: i + 1 };
  if (c.w(i) !== 'nineteen' && c.w(i) !== 'two') return null;
  const spoken = spokenYear(c, i);
  return spoken?.reading.k === 'fixed' ? { y: Number(spoken.reading.value), end: spoken.end } : null;
}

/** "nineteen ninety-six", "the year two thousand": years spoken in broadcast transcripts. */
export function spokenYear(c: WordCursor, i: number): Match | null {
  let j = i;
  if (c.w(j) === 'the' && c.w(j + 1) === 'year') j += 2;
  const w = c.w(j);
  if ((w === 'nineteen' || w === 'eighteen') && c.same(i, j + 1)) {
    const rest = c.number(j + 1);
    if (!rest || rest.n === null || rest.n < 10 || rest.n > 99 || !Number.isInteger(rest.n)) return null;
    if (c.unitAt(rest.end)) return null;
    const y = (w === 'nineteen' ? 1900 : 1800) + rest.n;
    return {
      start: i,
      end: rest.end,
      reading: { k: 'fixed', type: 'DATE', value: String(y) },
      rule: 'time/spoken-year',
    };
  }
  if (w === 'two' && c.w(j + 1) === 'thousand' && c.same(i, j + 1)) {
    let end = j + 2;
    let y = 2000;
    const rest = c.w(end) === 'and' ? c.number(end + 1) : null;
    if (rest && rest.n !== null && rest.n < 100 && !c.unitAt(rest.end)) {
      y += rest.n;
      end = rest.end;
    } else if (j === i) return null;
    return {
      start: i,
      end,
      reading: { k: 'fixed', type: 'DATE', value: String(y) },
      rule: 'time/spoken-year',
    };
  }
  return null;
}

/** Nouns that number things: a four-digit number after them is a label. */
const LABELS = new Set([
  'section',
  'article',
  'chapter',
  'resolution',
  'flight',
  'route',
  'highway',
  'room',
  'gate',
  'page',
  'pages',
  'paragraph',
  'clause',
  'rule',
  'form',
  'model',
  'version',
  'bus',
  'train',
  'platform',
  'unit',
  'apartment',
  'suite',
  'box',
  'code',
  'item',
  'bill',
  'h.r.',
  's.',
]);

/** "2013-14", "2008-09", "2012/13", "2012/2013": two years in a row, the second maybe by its last two digits. */
const YEAR_SPAN = /^(\d{4})(?:-(\d\d)|\/(\d\d|\d{4}))$/;

/**
 * The first year of a season or fiscal year written as a span ("the 2013-14 season", "fiscal
 * 2012-13"); a year and a month ("2008-11") or any other pair is no span.
 */
function yearSpanAt(c: WordCursor, i: number): number | null {
  const m = YEAR_SPAN.exec(c.w(i));
  if (!m) return null;
  const y = Number(m[1]);
  const second = m[2] ?? m[3];
  const next = second.length === 4 ? y + 1 : (y + 1) % 100;
  return y >= 1000 && y <= 2099 && next === Number(second) ? y : null;
}

export function yearOnly(c: WordCursor, i: number): Match | null {
  // "FY2013", "FY13": the fiscal year, named by the calendar year it ends in.
  const fy = FISCAL_YEAR.exec(c.ws[i]?.raw ?? '');
  if (fy && /^FY/.test(c.ws[i].raw)) {
    const n = Number(fy[1]);
    const y = fy[1].length === 4 ? n : n >= 50 ? 1900 + n : 2000 + n;
    return {
      start: i,
      end: i + 1,
      reading: { k: 'fixed', type: 'DATE', value: String(y) },
      rule: 'time/fiscal-year',
    };
  }
  let start = i;
  let j = i;
  if (c.isWord(j, 'fiscal', 'calendar', 'year', 'fy') && c.same(i, i + 1)) j++;
  // "full-year 2012": the year of a report.
  if (j === i && c.w(i) === 'full' && c.hyphenated(i) && c.w(i + 1) === 'year' && c.same(i, i + 2)) j += 2;
  // "fiscal year 2014", "calendar year 2012": both words belong to the year.
  if (j === i + 1 && c.isWord(i, 'fiscal', 'calendar') && c.w(j) === 'year' && c.same(i, j + 1)) j++;
  const y = c.yearAt(j) ?? yearSpanAt(c, j);
  if (y === null) return null;
  const word = c.ws[j];
  if (word.pos !== 'NUM' && word.pos !== 'PROPN' && word.pos !== 'NOUN' && word.pos !== 'ADJ') return null;
  const prev = j > 0 ? c.ws[j - 1] : null;
  if (prev && (prev.w === '$' || prev.raw === '#' || prev.w === 'no' || prev.w === 'number')) return null;
  // "Section 2010", "Flight 1549", "Resolution 1441": a label, not a year.
  if (prev && c.same(j - 1, j) && LABELS.has(prev.w)) return null;
  if (prev && prev.end === word.start && /[\d.,]$/.test(prev.raw)) return null;
  const next = c.ws[j + 1];
  if (next && next.start === word.end && /^[%\d]/.test(next.raw)) return null;
  // "(1845 GMT)": a 24-hour clock time, not a year.
  if (next && c.same(j, j + 1) && ZONE.test(next.w)) return null;
  if (
    next &&
    c.same(j, j + 1) &&
    /^(people|men|women|troops|tons|miles|feet|points|shares|votes|units|cars|jobs|percent|barrels|dollars|members|acres|hours|years|pounds|euros)$/.test(
      next.w,
    )
  )
    return null;
  if (j > i && c.w(i) === 'year' && !c.isWord(i - 1, 'the')) start = i;
  // "the 2014 fiscal year", "its 2012 calendar year": the year and its article or owner.
  if (j === i && c.isWord(j + 1, 'fiscal', 'calendar') && c.w(j + 2) === 'year' && c.same(j, j + 2)) {
    const owner = c.isWord(i - 1, 'the') && c.same(i - 1, i) ? i - 1 : i;
    const reading = { k: 'fixed' as const, type: 'DATE' as const, value: String(y) };
    return { start: owner, end: j + 3, reading, rule: 'time/fiscal-year' };
  }
  const rule = j > i ? 'time/fiscal-year' : 'time/year';
  // "the 1990-1991 season", "fiscal 2012-2013": two years in a row written in full are one span,
  // valued as its first year as "2012-13" is; years further apart stay two dates.
  const end = c.hyphenated(j) && c.same(j, j + 1) && c.yearAt(j + 1) === y + 1 ? j + 2 : j + 1;
  return { start, end, reading: { k: 'fixed', type: 'DATE', value: String(y) }, rule };
}

/** "the 1990s", "1990s", "the '90s", "the 20th century". */
export function decade(c: WordCursor, i: number): Match | null {
  let j = i;
  if (c.w(j) === 'the') j++;
  const w = c.w(j);
  let m = /^(\d{3})0'?s$/.exec(w);
  if (m && +m[1] >= 100) {
    // "the 1800s", "the 1900s" are centuries; "the 2000s" is the decade, as it is mostly meant.
    const century = m[1].endsWith('0') && +m[1] < 200;
    const value = century ? m[1].slice(0, 2) : m[1];
    return {
      start: i,
      end: j + 1,
      reading: { k: 'fixed', type: 'DATE', value },
      rule: century ? 'time/hundreds' : 'time/decade',
    };
  }
  const spoken = SPOKEN_DECADES[w];
  if (spoken && j > i) {
    return {
      start: i,
      end: j + 1,
      reading: { k: 'fixed', type: 'DATE', value: `19${spoken}` },
      rule: 'time/decade-words',
    };
  }
  m = /^'(\d)0s$/.exec(w);
  if (m)
    return {
      start: i,
      end: j + 1,
      reading: { k: 'fixed', type: 'DATE', value: `19${m[1]}` },
      rule: 'time/decade-short',
    };
  m = /^(\d{1,2})(st|nd|rd|th)$/.exec(w);
  const ord = m ? Number(m[1]) : c.lex.ordinals.get(w);
  if (ord && c.isWord(j + 1, 'century') && c.same(j, j + 1)) {
    const value = String(ord - 1).padStart(2, '0');
    return { start: i, end: j + 2, reading: { k: 'fixed', type: 'DATE', value }, rule: 'time/century' };
  }
  return null;
}

/**
 * "for the year", "the full year", "the fiscal year": the year of the report; "the year ended
 * June 30" is a span of a year (DURATION P1Y).
 */
export function theYear(c: WordCursor, i: number): Match | null {
  if (c.w(i) !== 'the') return null;
  // "For the week, the index rose 2 percent", "down 3 percent on the month": the week of the
  // trading day last told (a Monday paper's Friday close), else of the article date.
  if (
    c.isWord(i + 1, 'week', 'month') &&
    c.isWord(i - 1, 'for', 'on') &&
    c.same(i - 1, i + 1) &&
    c.isWord(i + 2, ',', '.')
  ) {
    const grain = c.w(i + 1) as 'week' | 'month';
    return { start: i, end: i + 2, reading: { k: 'same', grain, n: 0 }, rule: 'time/the-week' };
  }
  let j = i + 1;
  const qualified = c.isWord(j, 'full', 'fiscal', 'calendar');
  if (qualified) j++;
  if (c.w(j) !== 'year' || !c.same(i, j)) return null;
  const next = c.w(j + 1);
  // "the fiscal year that ended June 30", "the year which ends in March": the same span.
  const relativeEnd =
    c.isWord(j + 1, 'that', 'which') && c.isWord(j + 2, 'ended', 'ends') && c.same(j, j + 2);
  if (
    next === 'ended' ||
    next === 'ending' ||
    relativeEnd ||
    // "the year to June", "the year to 31 December"
    (next === 'to' &&
      (c.monthWord(j + 2) !== null || (/^\d{1,2}$/.test(c.w(j + 2)) && c.monthWord(j + 3) !== null)))
  ) {
    return {
      start: i,
      end: j + 1,
      reading: { k: 'fixed', type: 'DURATION', value: 'P1Y' },
      rule: 'time/year-ended',
    };
  }
  if (!qualified && !c.isWord(i - 1, 'for', 'of', 'during', 'through', 'throughout')) return null;
  if (/^\d/.test(next) || c.isWord(j + 1, 'before', 'after', 'that', 'when', 'in', "'s")) return null;
  return {
    start: i,
    end: j + 1,
    reading: { k: 'deictic', grain: 'year', offset: 0 },
    rule: 'time/the-year',
  };
}

/** Words after which an apostrophe and two figures are a year ("in '02", "since '98", "June '05"). */
const BEFORE_SHORT_YEAR = new Set([
  'in',
  'since',
  'of',
  'by',
  'until',
  'till',
  'from',
  'to',
  'through',
  'during',
  'before',
  'after',
  'and',
  'or',
]);

/**
 * "died in '02", "the class of '98", "June '05": a year written with an apostrophe for its century
 * (`'50`–`'99` the 1900s, `'00`–`'49` the 2000s, as "3/4/05" and "FY13" are read). Only right after
 * a preposition, a month or a season, with a space before the apostrophe (a quote's closing mark
 * touches the word before it).
 */
export function shortYear(c: WordCursor, i: number): Match | null {
  if (c.w(i) !== "'" || i === 0 || !c.same(i - 1, i + 1)) return null;
  const mark = c.ws[i];
  const figures = c.ws[i + 1];
  if (!/^\d\d$/.test(figures.raw) || figures.start !== mark.end || c.ws[i - 1].end === mark.start)
    return null;
  const prev = c.w(i - 1);
  if (!BEFORE_SHORT_YEAR.has(prev) && c.monthWord(i - 1) === null && !c.lex.seasons.has(prev)) return null;
  // "'02" before a unit or a figure is no year
  const next = c.ws[i + 2];
  if (next && c.same(i, i + 2) && (next.start === figures.end || c.unitAt(i + 2))) {
    if (!/^[.,;:!?)]/.test(next.raw)) return null;
  }
  const n = Number(figures.raw);
  const value = String(n >= 50 ? 1900 + n : 2000 + n);
  return { start: i, end: i + 2, reading: { k: 'fixed', type: 'DATE', value }, rule: 'time/short-year' };
}
