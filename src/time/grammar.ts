/**
 * Recognition: finds time expressions in the word stream and reads what they say (a `Reading`),
 * before any anchoring. Resolution against the article date happens in resolve.ts.
 */
import { WordCursor } from './cursor.js';
import { durationValue } from './duration.js';
import {
  ANAPHORIC_OFFSETS,
  DAY_OFFSETS,
  DEICTIC_OFFSETS,
  DIRECTIONS,
  dirOf,
  SPOKEN_DECADES,
  YEAR_OFFSETS,
} from './grammar-words.js';
import type { Grain } from './lexicon.js';
import type { Match, Reading } from './reading.js';

export type { Match, Reading } from './reading.js';

/** The rules: each `private` method matches one kind of expression starting at a word. */
export class Grammar extends WordCursor {
  /** A year written in digits or spoken ("nineteen ninety-four"): its value and end. */
  private yearWordsAt(i: number): { y: number; end: number } | null {
    const y = this.yearAt(i);
    if (y !== null) return { y, end: i + 1 };
    if (this.w(i) !== 'nineteen' && this.w(i) !== 'two') return null;
    const spoken = this.spokenYear(i);
    return spoken?.reading.k === 'fixed' ? { y: Number(spoken.reading.value), end: spoken.end } : null;
  }

  /** The longest expression starting at word i, or null. */
  matchAt(i: number): Match | null {
    const m = this.prefixed(i);
    return m ? this.withOpenEnd(m) : null;
  }

  /** "1994 or later", "2030 and beyond": an open-ended date (the words join the span). */
  private withOpenEnd(m: Match): Match {
    if (m.mod) return m;
    if (m.reading.k === 'fixed' && !/^\d/.test(m.reading.value)) return m; // durations, sets, references
    const a = this.w(m.end);
    const b = this.w(m.end + 1);
    if (!this.same(m.start, m.end + 1)) return m;
    let mod: string | undefined;
    if ((a === 'or' && (b === 'later' || b === 'after')) || (a === 'and' && b === 'beyond'))
      mod = 'ON_OR_AFTER';
    else if (a === 'or' && (b === 'earlier' || b === 'before')) mod = 'ON_OR_BEFORE';
    return mod ? { ...m, end: m.end + 2, mod } : m;
  }

  private prefixed(i: number): Match | null {
    // Most words cannot start an expression: one set look-up spares the matchers.
    if (!this.canStart(i)) return null;
    // An article opens an expression only before a time word: "the third quarter", "a year".
    const w = this.ws[i].w;
    if ((w === 'the' || w === 'a' || w === 'an') && (i + 1 >= this.ws.length || !this.canStart(i + 1)))
      return null;
    const mod = this.modifierPrefix(i);
    if (mod) {
      const inner = this.core(mod.end) ?? this.theUnit(mod.end);
      // "the late 1970s", "the end of the year" keep their article; "the late Tuesday" is no date.
      const theOk = this.w(i) !== 'the' || inner?.reading.k === 'fixed' || this.w(i + 2) === 'of';
      if (inner && theOk && this.modApplies(inner))
        return { ...inner, start: i, mod: inner.mod ?? mod.value };
    }
    const q = this.quantityPrefix(i);
    if (q) {
      const inner = this.core(q.end);
      if (inner && (inner.reading.k === 'fixed' || inner.reading.k === 'shift')) {
        return { ...inner, start: i, mod: inner.mod ?? q.value };
      }
    }
    return this.core(i);
  }

  private modApplies(m: Match): boolean {
    return m.reading.k !== 'fixed' || /^\d/.test(m.reading.value);
  }

  /** "early", "late", "mid", "the end of", "the beginning of (the)". */
  private modifierPrefix(i: number): { end: number; value: string } | null {
    let j = i;
    if (this.w(j) === 'the' && this.same(i, j + 1)) j++;
    const value = this.lex.mods.get(this.w(j));
    if (!value || !this.same(i, j + 1)) return null;
    const word = this.w(j);
    if (['beginning', 'start', 'end', 'middle', 'close'].includes(word)) {
      if (j === i || this.w(j + 1) !== 'of') return null;
      return { end: j + 2, value };
    }
    if (j !== i && !/^(early|late|mid)$/.test(word)) return null;
    if (
      (word === 'earlier' || word === 'later') &&
      !this.isWord(j + 1, 'this', 'that', 'in', 'today', 'yesterday')
    )
      if (!this.lex.weekdays.has(this.w(j + 1))) return null;
    const end = this.w(j + 1) === 'in' ? j + 2 : j + 1;
    return { end, value };
  }

  private quantityPrefix(i: number): { end: number; value: string } | null {
    for (const p of this.lex.quantityMods) {
      if (p.words.every((x, k) => this.w(i + k) === x && this.same(i, i + k))) {
        return { end: i + p.words.length, value: p.value };
      }
    }
    return null;
  }

  private core(i: number): Match | null {
    let best: Match | null = null;
    const consider = (m: Match | null) => {
      if (m && (!best || m.end > best.end)) best = m;
    };
    consider(this.isoDate(i));
    consider(this.monthDate(i));
    consider(this.yearOnly(i));
    consider(this.spokenYear(i));
    consider(this.weekendNear(i));
    consider(this.season(i));
    consider(this.theYear(i));
    consider(this.decade(i));
    consider(this.weekday(i));
    consider(this.deictic(i));
    consider(this.quarter(i));
    consider(this.quantity(i));
    consider(this.phrase(i));
    consider(this.setExpression(i));
    consider(this.clock(i));
    consider(this.holiday(i));
    consider(this.anaphoric(i));
    if (best) best = this.withDayPart(this.withDate(best));
    return best;
  }

  /** "(the end of) the year": the current period, only after a modifier. */
  private theUnit(i: number): Match | null {
    if (this.w(i) !== 'the' || !this.same(i, i + 1)) return null;
    const grain = this.lex.units.get(this.w(i + 1))?.grain;
    if (!grain || grain === 'day' || grain === 'decade' || grain === 'century') return null;
    return { start: i, end: i + 2, reading: { k: 'deictic', grain, offset: 0 }, rule: 'time/the-unit' };
  }

  /** "the summer", "summer 2019", "the winter of 1994": a season, of the year given or the nearest. */
  private season(i: number): Match | null {
    let j = i;
    if (this.w(j) === 'the') j++;
    const season = this.lex.seasons.get(this.w(j));
    if (!season || !this.same(i, j)) return null;
    let k = j + 1;
    if (this.w(k) === 'of' && this.yearWordsAt(k + 1) !== null) k++;
    const yw = this.same(i, k) ? this.yearWordsAt(k) : null;
    if (yw)
      return { start: i, end: yw.end, reading: { k: 'date', y: yw.y, season }, rule: 'time/season-year' };
    if (j === i || season === 'FA') return null; // "fall" the verb; a bare "summer" is often generic
    return {
      start: i,
      end: j + 1,
      reading: { k: 'deictic', grain: 'year', offset: 0, season },
      rule: 'time/the-season',
    };
  }

  /**
   * "for the year", "the full year", "the fiscal year": the year of the report; "the year ended
   * June 30" is a span of a year (DURATION P1Y).
   */
  private theYear(i: number): Match | null {
    if (this.w(i) !== 'the') return null;
    let j = i + 1;
    const qualified = this.isWord(j, 'full', 'fiscal', 'calendar');
    if (qualified) j++;
    if (this.w(j) !== 'year' || !this.same(i, j)) return null;
    const next = this.w(j + 1);
    if (next === 'ended' || next === 'ending') {
      return {
        start: i,
        end: j + 1,
        reading: { k: 'fixed', type: 'DURATION', value: 'P1Y' },
        rule: 'time/year-ended',
      };
    }
    if (!qualified && !this.isWord(i - 1, 'for', 'of', 'during', 'through', 'throughout')) return null;
    if (/^\d/.test(next) || this.isWord(j + 1, 'before', 'after', 'that', 'when', 'in', "'s")) return null;
    return {
      start: i,
      end: j + 1,
      reading: { k: 'deictic', grain: 'year', offset: 0 },
      rule: 'time/the-year',
    };
  }

  /** "the weekend", "over the weekend". */
  private weekendNear(i: number): Match | null {
    if (this.w(i) !== 'the' || this.w(i + 1) !== 'weekend' || !this.same(i, i + 1)) return null;
    return { start: i, end: i + 2, reading: { k: 'weekend' }, rule: 'time/the-weekend' };
  }

  /** "Saturday, April 25": the weekday and the date are one expression, valued by the date. */
  private withDate(m: Match): Match {
    if (m.reading.k !== 'weekday' || m.time) return m;
    let k = m.end;
    if (this.w(k) === ',') k++;
    const date = this.same(m.start, k) ? this.monthDate(k) : null;
    if (date?.reading.k !== 'date' || date.reading.d === undefined) return m;
    return { ...date, start: m.start, rule: 'time/weekday-date' };
  }

  /** "Friday morning", "yesterday afternoon", "Tuesday at 10 a.m.". */
  private withDayPart(m: Match): Match {
    const k = m.reading.k;
    const dayLike = (k === 'weekday' || (k === 'deictic' && m.reading.grain === 'day')) && !m.time;
    if (!dayLike) return m;
    const part = this.lex.dayParts.get(this.w(m.end));
    if (part && this.same(m.start, m.end) && this.w(m.end) !== 'tonight') {
      return { ...m, end: m.end + 1, time: part };
    }
    return m;
  }

  private isoDate(i: number): Match | null {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(this.w(i));
    if (!m) return this.numericDate(i);
    return {
      start: i,
      end: i + 1,
      reading: { k: 'date', y: +m[1], m: +m[2], d: +m[3] },
      rule: 'time/iso-date',
    };
  }
  /** "10/23/1998", "3/4/05": month first, as US news writes it; never a bare fraction ("7/8"). */
  private numericDate(i: number): Match | null {
    const m = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(this.w(i));
    if (!m || +m[1] < 1 || +m[1] > 12 || +m[2] < 1 || +m[2] > 31) return null;
    const y = m[3].length === 4 ? +m[3] : +m[3] + (+m[3] >= 50 ? 1900 : 2000);
    return { start: i, end: i + 1, reading: { k: 'date', y, m: +m[1], d: +m[2] }, rule: 'time/numeric-date' };
  }

  private monthDate(i: number): Match | null {
    // "23 October 1998"
    const d0 = this.dayNumber(i);
    if (d0 !== null && this.same(i, i + 1)) {
      const mo = this.monthWord(i + 1);
      if (mo) {
        const y = this.yearAt(i + 2);
        const reading = { k: 'date' as const, y: y ?? undefined, m: mo, d: d0 };
        return { start: i, end: y ? i + 3 : i + 2, reading, rule: 'time/day-month' };
      }
    }
    const mo = this.monthWord(i);
    if (!mo) return null;
    const word = this.ws[i];
    let j = i + 1;
    const d = this.same(i, j) ? this.dayNumber(j) : null;
    if (d !== null) {
      j++;
      let k = j;
      if (this.w(k) === ',') k++;
      const y = this.same(i, k) ? this.yearAt(k) : null;
      if (y)
        return { start: i, end: k + 1, reading: { k: 'date', y, m: mo, d }, rule: 'time/month-day-year' };
      return { start: i, end: j, reading: { k: 'date', m: mo, d }, rule: 'time/month-day' };
    }
    let k = j;
    if (this.w(k) === ',' || this.w(k) === 'of') k++;
    const yw = this.same(i, k) ? this.yearWordsAt(k) : null;
    if (yw) return { start: i, end: yw.end, reading: { k: 'date', y: yw.y, m: mo }, rule: 'time/month-year' };
    const offsets = YEAR_OFFSETS;
    if (Object.hasOwn(offsets, this.w(k)) && this.w(k + 1) === 'year' && this.same(i, k + 1)) {
      const reading = { k: 'date' as const, m: mo, yOffset: offsets[this.w(k)] };
      return { start: i, end: k + 2, reading, rule: 'time/month-rel-year' };
    }
    // A lone month name: not after "the" ("the March for Life"), not a short form ("Mar").
    if (i > 0 && this.isWord(i - 1, 'the', 'a', 'annual') && this.same(i - 1, i)) return null;
    if (word.w.length <= 3 && word.w !== 'may') return null;
    if (word.w === 'may' && this.ws[i + 1] && /^[A-Z]/.test(this.ws[i + 1].raw)) return null;
    if (word.w === 'march' && this.ws[i].pos === 'VERB') return null;
    return { start: i, end: i + 1, reading: { k: 'date', m: mo }, rule: 'time/month' };
  }

  /** "nineteen ninety-six", "the year two thousand": years spoken in broadcast transcripts. */
  private spokenYear(i: number): Match | null {
    let j = i;
    if (this.w(j) === 'the' && this.w(j + 1) === 'year') j += 2;
    const w = this.w(j);
    if ((w === 'nineteen' || w === 'eighteen') && this.same(i, j + 1)) {
      const rest = this.number(j + 1);
      if (!rest || rest.n === null || rest.n < 10 || rest.n > 99 || !Number.isInteger(rest.n)) return null;
      if (this.unitAt(rest.end)) return null;
      const y = (w === 'nineteen' ? 1900 : 1800) + rest.n;
      return {
        start: i,
        end: rest.end,
        reading: { k: 'fixed', type: 'DATE', value: String(y) },
        rule: 'time/spoken-year',
      };
    }
    if (w === 'two' && this.w(j + 1) === 'thousand' && this.same(i, j + 1)) {
      let end = j + 2;
      let y = 2000;
      const rest = this.w(end) === 'and' ? this.number(end + 1) : null;
      if (rest && rest.n !== null && rest.n < 100 && !this.unitAt(rest.end)) {
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

  private yearOnly(i: number): Match | null {
    let start = i;
    let j = i;
    if (this.isWord(j, 'fiscal', 'calendar', 'year', 'fy') && this.same(i, i + 1)) j++;
    const y = this.yearAt(j);
    if (y === null) return null;
    const word = this.ws[j];
    if (word.pos !== 'NUM' && word.pos !== 'PROPN' && word.pos !== 'NOUN' && word.pos !== 'ADJ') return null;
    const prev = j > 0 ? this.ws[j - 1] : null;
    if (prev && (prev.w === '$' || prev.raw === '#' || prev.w === 'no' || prev.w === 'number')) return null;
    if (prev && prev.end === word.start && /[\d.,]$/.test(prev.raw)) return null;
    const next = this.ws[j + 1];
    if (next && next.start === word.end && /^[%\d]/.test(next.raw)) return null;
    if (
      next &&
      this.same(j, j + 1) &&
      /^(people|men|women|troops|tons|miles|feet|points|shares|votes|units|cars|jobs|percent|barrels|dollars|members|acres|hours|years|pounds|euros)$/.test(
        next.w,
      )
    )
      return null;
    if (j > i && this.w(i) === 'year' && !this.isWord(i - 1, 'the')) start = i;
    const rule = j > i ? 'time/fiscal-year' : 'time/year';
    return { start, end: j + 1, reading: { k: 'fixed', type: 'DATE', value: String(y) }, rule };
  }

  /** "the 1990s", "1990s", "the '90s", "the 20th century". */
  private decade(i: number): Match | null {
    let j = i;
    if (this.w(j) === 'the') j++;
    const w = this.w(j);
    let m = /^(\d{3})0'?s$/.exec(w);
    if (m && +m[1] >= 100)
      return {
        start: i,
        end: j + 1,
        reading: { k: 'fixed', type: 'DATE', value: m[1] },
        rule: 'time/decade',
      };
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
    const ord = m ? Number(m[1]) : this.lex.ordinals.get(w);
    if (ord && this.isWord(j + 1, 'century') && this.same(j, j + 1)) {
      const value = String(ord - 1).padStart(2, '0');
      return { start: i, end: j + 2, reading: { k: 'fixed', type: 'DATE', value }, rule: 'time/century' };
    }
    return null;
  }

  private weekday(i: number): Match | null {
    let rel: -1 | 0 | 1 | null = null;
    let j = i;
    const w = this.w(i);
    if (['last', 'past', 'previous'].includes(w)) rel = -1;
    else if (w === 'this') rel = 0;
    else if (w === 'next' || w === 'coming') rel = 1;
    if (rel !== null) j++;
    if (j > i && !this.same(i, j)) return null;
    const dow = this.lex.weekdays.get(this.w(j));
    if (!dow) return null;
    const word = this.ws[j];
    // Full capitalised names only: "sun", "sat" and "wed" are words too.
    if (word.w.length < 6 || !/^[A-Z]/.test(word.raw)) return null;
    return { start: i, end: j + 1, reading: { k: 'weekday', dow, rel }, rule: 'time/weekday' };
  }

  /** today, yesterday, tomorrow, tonight; this/last/next + unit, season or month name. */
  private deictic(i: number): Match | null {
    // "the past year": the match starts at the article (see `start` below).
    if (this.w(i) === 'the' && this.isWord(i + 1, 'past', 'coming', 'current') && this.same(i, i + 1)) {
      const m = this.deictic(i + 1);
      return m && m.start === i ? m : null;
    }
    const w = this.w(i);
    const day = DAY_OFFSETS;
    if (Object.hasOwn(day, w)) {
      const m: Match = {
        start: i,
        end: i + 1,
        reading: { k: 'deictic', grain: 'day', offset: day[w] },
        rule: `time/${w}`,
      };
      if (w === 'tonight') m.time = 'NI';
      return m;
    }
    if (w === 'last' && this.isWord(i + 1, 'night') && this.same(i, i + 1)) {
      return {
        start: i,
        end: i + 2,
        reading: { k: 'deictic', grain: 'day', offset: -1 },
        rule: 'time/last-night',
        time: 'NI',
      };
    }
    // "overnight" the adverb, not "an overnight revolution".
    if (w === 'overnight' && !this.isWord(i - 1, 'an', 'the', 'a')) {
      return {
        start: i,
        end: i + 1,
        reading: { k: 'deictic', grain: 'day', offset: 0 },
        rule: 'time/overnight',
        time: 'NI',
      };
    }
    const offsets = DEICTIC_OFFSETS;
    if (!Object.hasOwn(offsets, w) || !this.same(i, i + 1)) return null;
    const offset = offsets[w];
    const nxt = this.w(i + 1);
    const part = this.lex.dayParts.get(nxt);
    if (w === 'this' && part && nxt !== 'tonight') {
      return {
        start: i,
        end: i + 2,
        reading: { k: 'deictic', grain: 'day', offset: 0 },
        rule: 'time/this-daypart',
        time: part,
      };
    }
    const season = this.lex.seasons.get(nxt);
    if (season)
      return {
        start: i,
        end: i + 2,
        reading: { k: 'deictic', grain: 'year', offset, season },
        rule: 'time/rel-season',
      };
    const month = this.lex.months.get(nxt);
    if (month && /^[A-Z]/.test(this.ws[i + 1].raw)) {
      return {
        start: i,
        end: i + 2,
        reading: { k: 'deictic', grain: 'year', offset, month },
        rule: 'time/rel-month',
      };
    }
    const info = this.lex.units.get(nxt);
    if (/^[A-Z]/.test(this.ws[i + 1].raw)) return null; // "This Week", a programme
    if (info?.grain && !info.times && nxt !== 'century') {
      const start =
        (w === 'current' || w === 'past' || w === 'coming') && this.isWord(i - 1, 'the') ? i - 1 : i;
      if (
        (w === 'past' || w === 'previous' || w === 'coming') &&
        info.grain !== 'year' &&
        info.grain !== 'week' &&
        info.grain !== 'month'
      )
        return null;
      if (w === 'current' && info.grain !== 'quarter' && info.grain !== 'year') return null;
      return {
        start,
        end: i + 2,
        reading: { k: 'deictic', grain: info.grain, offset },
        rule: `time/${w}-unit`,
      };
    }
    return null;
  }

  /** A year before a period: "1988" or "this year's", "last year's". */
  private yearPrefix(j: number): { y?: number; yOffset?: number; end: number } | null {
    const y = this.yearAt(j);
    if (y !== null) return { y, end: j + 1 };
    const offsets = YEAR_OFFSETS;
    if (
      Object.hasOwn(offsets, this.w(j)) &&
      this.w(j + 1) === 'year' &&
      this.w(j + 2) === "'s" &&
      this.same(j, j + 2)
    ) {
      return { yOffset: offsets[this.w(j)], end: j + 3 };
    }
    return null;
  }

  /** "the third quarter", "third-quarter", "the 1988 second quarter", "the first half", "the quarter". */
  private quarter(i: number): Match | null {
    let j = i;
    if (this.w(j) === 'the') j++;
    const yp = this.same(i, j) ? this.yearPrefix(j) : null;
    if (yp) j = yp.end;
    if (this.w(j) === 'fiscal' && this.same(i, j + 1)) j++;
    const ord = this.lex.ordinals.get(this.w(j));
    if (ord && this.same(i, j + 1)) {
      const unit = this.w(j + 1);
      // "the third-quarter results": the article belongs to the noun, not to the date.
      if (unit === 'quarter' && ord <= 4 && this.hyphenated(j) && this.w(i) === 'the' && !yp) i++;
      if (unit === 'quarter' && ord <= 4) {
        let end = j + 2;
        let y = yp?.y;
        if (this.isWord(end, 'of') && this.yearAt(end + 1)) {
          y = this.yearAt(end + 1)!;
          end += 2;
        } else if (this.yearAt(end) && this.same(i, end)) {
          y = this.yearAt(end)!;
          end += 1;
        }
        return {
          start: i,
          end,
          reading: { k: 'date', q: ord, y, yOffset: yp?.yOffset },
          rule: 'time/ordinal-quarter',
        };
      }
      if (unit === 'half' && ord <= 2 && (j > i || yp)) {
        let end = j + 2;
        let y = yp?.y;
        if (this.isWord(end, 'of') && this.yearAt(end + 1)) {
          y = this.yearAt(end + 1)!;
          end += 2;
        }
        return {
          start: i,
          end,
          reading: { k: 'date', half: ord, y, yOffset: yp?.yOffset },
          rule: 'time/half',
        };
      }
    }
    if (yp && this.isWord(j, 'quarter', 'period') && this.same(i, j)) {
      const reading: Reading =
        yp.yOffset !== undefined
          ? { k: 'lastQuarter', yearBack: -yp.yOffset }
          : { k: 'lastQuarter', yearBack: 0, y: yp.y };
      return { start: i, end: j + 1, reading, rule: 'time/year-period' };
    }
    if (yp) return null;
    if (this.w(i) === 'the' || this.isWord(i, 'year', 'latest')) {
      let k = i + (this.w(i) === 'the' ? 1 : 0);
      let yearBack = 0;
      if (this.isWord(k, 'latest', 'recent', 'most')) {
        k += this.w(k) === 'most' ? 2 : 1;
      } else if (this.w(k) === 'year' && this.isWord(k + 1, 'earlier', 'ago')) {
        yearBack = 1;
        k += 2;
      }
      if (this.isWord(k, 'quarter', 'period') && this.same(i, k) && (k > i + 1 || this.w(k) === 'quarter')) {
        if (this.w(k) === 'period' && yearBack === 0 && k === i + 1) return null;
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
          start: this.w(i) === 'the' ? i + 1 : i,
          end: k,
          reading: { k: 'shift', grain: 'year', n: -1, anaphoric: false },
          rule: 'time/year-earlier',
        };
      }
    }
    return null;
  }

  /**
   * Quantities of units: "three days" (P3D), "the past two months" (P2M), "a five-year plan" (P5Y),
   * "two years ago" (a date), "a year earlier" (from the last date), "for years" (PXY).
   */
  private quantity(i: number): Match | null {
    let j = i;
    let dir: 'past' | 'next' | 'coming' | 'first' | null = null;
    if (this.w(j) === 'the' && DIRECTIONS.has(this.w(j + 1)) && this.same(j, j + 1)) {
      dir = dirOf(this.w(j + 1));
      j += 2;
    } else if (DIRECTIONS.has(this.w(j)) && this.same(j, j + 1)) {
      dir = dirOf(this.w(j));
      j += 1;
    } else if (this.w(j) === 'the' && this.same(j, j + 1)) {
      j += 1;
    }
    const num = this.same(i, j) ? this.number(j) : null;
    const k = num ? num.end : j;
    if (k >= this.ws.length || !this.same(i, k)) return null;
    const u = this.unitAt(k);
    if (!u) return null;
    const info = this.lex.units.get(u.unit)!;
    const unitWord = this.ws[k];
    if (/^[A-Z]/.test(unitWord.raw) && k > i) return null; // "60 Minutes", a title
    const next = this.w(k + 1);
    if (next === 'old' || (next === 'of' && u.unit === 'quarter')) return null; // ages, fractions
    if (u.unit === 'second' && (!num || num.n === 1)) return null; // "a second group"
    const prev = i > 0 ? this.ws[i - 1] : null;
    // "$1.76 a year", "24 hours a day": a rate, not a duration.
    const shifted = this.isWord(k + 1, 'ago', 'earlier', 'later');
    if (
      num &&
      !shifted &&
      (this.w(j) === 'a' || this.w(j) === 'an') &&
      j === i &&
      prev &&
      this.same(i - 1, i)
    ) {
      if (
        ['NUM', 'NOUN', 'SYM', 'PROPN'].includes(prev.pos) &&
        !/^(in|for|within|after|about|over)$/.test(prev.w)
      )
        return null;
    }
    const vague = !num || num.n === null;
    if (!num) {
      // Without a number, only plurals after a direction or preposition count: "the past months".
      if (!u.plural) return null;
      if (!dir && !this.isWord(k + 1, 'ago') && !this.isWord(i - 1, 'for', 'in', 'within', 'over'))
        return null;
      if (!dir && j > i) return null; // "in the weeks before": not a duration
    }
    let start = i;
    // "the" belongs to "the nine months" but not to "the five-year plan".
    const adjectival = num && !u.plural && num.n !== 1;
    if (adjectival && j > i && !dir) start = j;
    const end = k + 1;
    const after = this.w(end);
    const grain = info.grain;
    const count = num && num.n !== null ? num.n * (info.times ?? 1) : null;
    const adjective = this.hyphenated(k) && after === 'earlier';
    if (adjective) return null;
    if ((after === 'ago' || after === 'earlier' || after === 'later') && grain && this.same(k, end) && !dir) {
      const sign = after === 'later' ? 1 : -1;
      if (count === null) {
        return {
          start,
          end: end + 1,
          reading: { k: 'fixed', type: 'DATE', value: 'PAST_REF' },
          rule: 'time/vague-ago',
        };
      }
      const anaphoric = after !== 'ago';
      const reading: Reading = { k: 'shift', grain, n: sign * count, anaphoric };
      return { start, end: end + 1, reading, rule: anaphoric ? 'time/shift-anaphoric' : 'time/ago' };
    }
    if (vague && u.plural && (dir === 'past' || dir === 'coming')) {
      const value = dir === 'past' ? 'PAST_REF' : 'FUTURE_REF';
      return { start, end, reading: { k: 'fixed', type: 'DATE', value }, rule: 'time/vague-period' };
    }
    if (dir === 'first' && !num) return null;
    const value = durationValue(count, info, u.unit);
    if (!value) return null;
    return { start, end, reading: { k: 'fixed', type: 'DURATION', value }, rule: 'time/duration' };
  }

  /** Fixed phrases from the lexicon: now, currently, the past, the future... */
  private phrase(i: number): Match | null {
    for (const p of this.lex.references) {
      if (p.words.every((x, k) => this.w(i + k) === x && this.same(i, i + k))) {
        const last = this.ws[i + p.words.length - 1];
        // "current" and "future" only as adjectives; "once" only as an adverb.
        if ((last.w === 'current' || last.w === 'future') && p.words.length === 1 && last.pos !== 'ADJ')
          continue;
        if (last.w === 'once' && last.pos !== 'ADV') continue;
        if (last.w === 'recent' && this.unitAt(i + 1)) continue;
        return {
          start: i,
          end: i + p.words.length,
          reading: { k: 'fixed', type: 'DATE', value: p.value },
          rule: `time/ref/${p.words.join('-')}`,
        };
      }
    }
    return null;
  }

  /** daily, weekly; "every day", "each year", "every Sunday". */
  private setExpression(i: number): Match | null {
    const w = this.w(i);
    const v = this.lex.sets.get(w);
    if (v)
      return { start: i, end: i + 1, reading: { k: 'fixed', type: 'SET', value: v }, rule: `time/set/${w}` };
    // "Mondays", "Tuesday nights": a weekly set.
    const plural = w.endsWith('s') ? this.lex.weekdays.get(w.slice(0, -1)) : undefined;
    const single = this.lex.weekdays.get(w);
    const nights = single && this.same(i, i + 1) ? this.w(i + 1) : '';
    const partPlural = nights.endsWith('s') ? this.lex.dayParts.get(nights.slice(0, -1)) : undefined;
    if ((plural || (single && partPlural)) && /^[A-Z]/.test(this.ws[i].raw) && w.length >= 6) {
      const dow = plural ?? single!;
      const end = partPlural ? i + 2 : i + 1;
      const value = `XXXX-WXX-${dow}${partPlural ? `T${partPlural}` : ''}`;
      return { start: i, end, reading: { k: 'fixed', type: 'SET', value }, rule: 'time/set/weekday-plural' };
    }
    if (!this.isWord(i, 'every', 'each', 'per') || !this.same(i, i + 1)) return null;
    const dow = this.lex.weekdays.get(this.w(i + 1));
    if (dow && this.w(i + 1).length > 3) {
      return {
        start: i,
        end: i + 2,
        reading: { k: 'fixed', type: 'SET', value: `XXXX-WXX-${dow}` },
        rule: 'time/set/every-weekday',
      };
    }
    const num = this.number(i + 1);
    const k = num ? num.end : i + 1;
    const u = this.unitAt(k);
    if (!u || !this.same(i, k)) return null;
    const info = this.lex.units.get(u.unit)!;
    const value = durationValue(num ? num.n : 1, info, u.unit);
    return value
      ? { start: i, end: k + 1, reading: { k: 'fixed', type: 'SET', value }, rule: 'time/set/every-unit' }
      : null;
  }

  /** "10:30 a.m.", "5 p.m.", "noon", "midnight". */
  private clock(i: number): Match | null {
    const w = this.w(i);
    if (w === 'noon' || w === 'midnight' || w === 'midday') {
      const t = w === 'midnight' ? 'T24:00' : 'T12:00';
      return this.clockWithDay(i, i + 1, t);
    }
    const m = /^(\d{1,2})(?::(\d{2}))?$/.exec(w);
    if (!m || !this.same(i, i + 1)) return null;
    const mer = this.w(i + 1).replace(/\./g, '');
    if (mer !== 'am' && mer !== 'pm' && !(m[2] && this.isWord(i + 1, "o'clock"))) {
      if (!m[2]) return null;
      const prev = this.w(i - 1);
      if (prev !== 'at' && prev !== 'by' && prev !== 'until') return null;
      return this.clockWithDay(i, i + 1, `T${m[1].padStart(2, '0')}:${m[2]}`);
    }
    let h = Number(m[1]);
    if (h > 12) return null;
    if (mer === 'pm' && h < 12) h += 12;
    if (mer === 'am' && h === 12) h = 0;
    let end = i + 2;
    if (/^(est|edt|gmt|pst|pdt|cst|cdt|et|utc)$/.test(this.w(end))) end++;
    return this.clockWithDay(i, end, `T${String(h).padStart(2, '0')}:${m[2] ?? '00'}`);
  }

  private clockWithDay(start: number, end: number, time: string): Match {
    // "10 a.m. Friday", "noon today", "5 p.m. on Tuesday", "5 p.m. EST, Nov. 9"
    let k = end;
    if (this.isWord(k, 'on', ',')) k++;
    if (this.same(start, k)) {
      const day = this.weekday(k) ?? this.deictic(k) ?? this.monthDate(k);
      const r = day?.reading;
      const dayLike =
        r && (r.k === 'weekday' || (r.k === 'deictic' && r.grain === 'day') || (r.k === 'date' && r.d));
      if (day && dayLike) return { ...this.withDate(day), start, time, rule: 'time/clock-day' };
    }
    return { start, end, reading: { k: 'deictic', grain: 'day', offset: 0 }, rule: 'time/clock', time };
  }

  private holiday(i: number): Match | null {
    for (const p of this.lex.holidays) {
      if (p.words.every((x, k) => this.w(i + k) === x && this.same(i, i + k))) {
        let end = i + p.words.length;
        const y = this.yearAt(end);
        if (y) end++;
        // `MM-DD` on a fixed day; `MM-W<weekday>#<n>` the nth weekday of the month (-1: the last).
        const floating = /^(\d\d)-W(\d)#(-?\d)$/.exec(p.value);
        const [mm, dd] = p.value.split('-').map(Number);
        const reading: Reading = floating
          ? { k: 'date', y: y ?? undefined, m: +floating[1], nth: { dow: +floating[2], n: +floating[3] } }
          : { k: 'date', y: y ?? undefined, m: mm, d: dd };
        return {
          start: i,
          end,
          reading,
          rule: `time/holiday/${p.words.join('-')}`,
        };
      }
    }
    return null;
  }

  /** "the previous day", "the next day", "that day", "the same day", "the day before". */
  private anaphoric(i: number): Match | null {
    const w = this.w(i);
    if (!this.same(i, i + 2)) return null;
    const offsets = ANAPHORIC_OFFSETS;
    if (
      w === 'the' &&
      Object.hasOwn(offsets, this.w(i + 1)) &&
      this.isWord(i + 2, 'day', 'week', 'month', 'year')
    ) {
      const grain = this.w(i + 2) as Grain;
      return {
        start: i,
        end: i + 3,
        reading: { k: 'same', grain, n: offsets[this.w(i + 1)] },
        rule: 'time/anaphoric',
      };
    }
    if (w === 'that' && this.isWord(i + 1, 'day', 'week', 'month', 'year')) {
      const grain = this.w(i + 1) as Grain;
      return { start: i, end: i + 2, reading: { k: 'same', grain, n: 0 }, rule: 'time/that-unit' };
    }
    // "the day before." stands alone; "the day before authorities acted" is a clause, not a date.
    const closes = i + 3 >= this.ws.length || !this.same(i, i + 3) || /^[,.;:!?]$/.test(this.w(i + 3));
    if (w === 'the' && this.isWord(i + 1, 'day') && this.isWord(i + 2, 'before', 'after') && closes) {
      const n = this.w(i + 2) === 'before' ? -1 : 1;
      return { start: i, end: i + 3, reading: { k: 'same', grain: 'day', n }, rule: 'time/day-before' };
    }
    return null;
  }
}
