/**
 * Recognition: finds time expressions in the word stream and reads what they say (a `Reading`),
 * before any anchoring. The rules, one file per family, are in rules/; this class tries them all at a
 * word, adds the modifiers around them and keeps the longest match. Resolution is in resolve.ts.
 */
import { WordCursor } from './cursor.js';
import type { Match } from './reading.js';
import { clock } from './rules/clock.js';
import { dayAfterDate, dayBeforeDate, holiday, isoDate, monthDate, weekOf, withDate } from './rules/dates.js';
import { quarter, season, shortPeriod, weekendNear } from './rules/periods.js';
import { quantity, setExpression } from './rules/quantities.js';
import { phrase } from './rules/references.js';
import { anaphoric, deictic, lonePartOfDay, weekday } from './rules/relative.js';
import { decade, shortYear, spokenYear, theYear, yearOnly } from './rules/years.js';

export type { Match, Reading } from './reading.js';

/** The rules in order: each matches one kind of expression starting at a word; the longest wins. */
export class Grammar extends WordCursor {
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
    // "the next year or so", "until Friday or so": an approximate date.
    else if (a === 'or' && b === 'so') mod = 'APPROX';
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
      // "the early summer" too.
      const season = inner?.reading.k === 'deictic' && inner.reading.season !== undefined;
      const theOk = this.w(i) !== 'the' || inner?.reading.k === 'fixed' || season || this.w(i + 2) === 'of';
      if (inner && theOk && this.modApplies(inner))
        return { ...inner, start: i, mod: inner.mod ?? mod.value };
    }
    // "is about the next four years", "talked about the past decade": before an article, "about"
    // is the preposition of a topic, not an approximation ("about three years").
    // "$12 million more than a year ago": after an amount, "more than" compares the amounts.
    const compared = this.isWord(i, 'more', 'less') && this.w(i + 1) === 'than' && this.afterAmount(i);
    const q = (this.w(i) === 'about' && this.w(i + 1) === 'the') || compared ? null : this.quantityPrefix(i);
    if (q) {
      const inner = this.core(q.end);
      if (inner && (inner.reading.k === 'fixed' || inner.reading.k === 'shift')) {
        return { ...inner, start: i, mod: inner.mod ?? q.value };
      }
      // "around Nov. 1", "about 7:15 p.m.": only words of approximation apply to a point in time.
      if (inner && q.value === 'APPROX' && (inner.reading.k === 'date' || inner.time)) {
        return { ...inner, start: i, mod: inner.mod ?? q.value };
      }
    }
    return this.core(i);
  }

  /** An amount just before word i: "$12 million", "5%", "3 percent", "20 points". */
  private afterAmount(i: number): boolean {
    const prev = this.ws[i - 1];
    if (!prev || !this.same(i - 1, i)) return false;
    return prev.pos === 'NUM' || /^(%|percent|million|billion|trillion|points?|cents?)$/.test(prev.w);
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
    if (['beginning', 'start', 'end', 'middle', 'close', 'turn'].includes(word)) {
      if (word === 'turn' && j === i) return null;
      // "end-2014", "start-March": the hyphen stands for "of".
      if (j === i && (word === 'end' || word === 'start') && this.hyphenated(j)) return { end: j + 1, value };
      if (j === i || this.w(j + 1) !== 'of') return null;
      return { end: j + 2, value };
    }
    if (j !== i && !/^(early|late|mid)$/.test(word)) return null;
    if (
      (word === 'earlier' || word === 'later') &&
      !this.isWord(j + 1, 'this', 'that', 'in', 'today', 'yesterday') &&
      !this.isWord(j + 1, 'last', 'next')
    )
      if (!this.lex.weekdays.has(this.w(j + 1))) return null;
    // "earlier in the day": the day alone is the expression (see `anaphoric`).
    if (
      (word === 'earlier' || word === 'later') &&
      this.w(j + 1) === 'in' &&
      this.w(j + 2) === 'the' &&
      this.w(j + 3) === 'day'
    )
      return null;
    // "late in 2012"; "late on Wednesday", "early on Monday": the weekday with its part.
    const through =
      this.w(j + 1) === 'in' ||
      (this.w(j + 1) === 'on' && this.lex.weekdays.has(this.w(j + 2)) && this.same(j, j + 2));
    const end = through ? j + 2 : j + 1;
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
    consider(isoDate(this, i));
    consider(monthDate(this, i));
    consider(dayAfterDate(this, i));
    consider(dayBeforeDate(this, i));
    consider(weekOf(this, i));
    consider(yearOnly(this, i));
    consider(shortYear(this, i));
    consider(spokenYear(this, i));
    consider(weekendNear(this, i));
    consider(season(this, i));
    consider(theYear(this, i));
    consider(decade(this, i));
    consider(weekday(this, i));
    consider(deictic(this, i));
    consider(quarter(this, i));
    consider(shortPeriod(this, i));
    consider(quantity(this, i));
    consider(phrase(this, i));
    consider(setExpression(this, i));
    consider(clock(this, i));
    consider(holiday(this, i));
    consider(anaphoric(this, i));
    consider(lonePartOfDay(this, i));
    if (best) best = this.withDayPart(withDate(this, best));
    consider(this.dayAround(i));
    return best;
  }

  /**
   * "the day before last Monday's summit", "the day after Christmas": one day from a day the text
   * names, one expression ("the day before yesterday" is `anaphoric`'s, which wins ties).
   */
  private dayAround(i: number): Match | null {
    if (this.w(i) !== 'the' || !this.isWord(i + 1, 'day') || !this.isWord(i + 2, 'before', 'after'))
      return null;
    if (!this.same(i, i + 3)) return null;
    const inner = this.core(i + 3);
    if (!inner || inner.start !== i + 3 || inner.time || inner.mod || inner.dayShift) return null;
    const r = inner.reading;
    const dayLike =
      r.k === 'weekday' ||
      (r.k === 'deictic' && r.grain === 'day' && !r.season && !r.month) ||
      (r.k === 'date' && !r.weekOf && (r.d !== undefined || r.easter !== undefined || r.nth !== undefined));
    if (!dayLike) return null;
    return {
      ...inner,
      start: i,
      rule: 'time/day-around-date',
      dayShift: this.w(i + 2) === 'before' ? -1 : 1,
    };
  }

  /** "(the end of) the year": the current period, only after a modifier. */
  private theUnit(i: number): Match | null {
    if (this.w(i) !== 'the' || !this.same(i, i + 1)) return null;
    const grain = this.lex.units.get(this.w(i + 1))?.grain;
    // "the end of the century" (2013: `20` END), but not "the end of the day" (a figure of speech)
    if (!grain || grain === 'day') return null;
    return { start: i, end: i + 2, reading: { k: 'deictic', grain, offset: 0 }, rule: 'time/the-unit' };
  }

  /** "Friday morning", "yesterday afternoon", "Tuesday at 10 a.m.". */
  private withDayPart(m: Match): Match {
    const k = m.reading.k;
    // ("Christmas morning", "Thanksgiving evening": a holiday is a day too)
    const holiday = k === 'date' && m.rule.startsWith('time/holiday/') && !m.reading.weekOf;
    const dayLike = (k === 'weekday' || (k === 'deictic' && m.reading.grain === 'day') || holiday) && !m.time;
    if (!dayLike) return m;
    const part = this.partOfDay(m.end);
    if (part && this.same(m.start, m.end)) {
      return { ...m, end: m.end + 1, time: part };
    }
    // "Friday noon", "Tuesday midnight": the clock time of that day, as "noon Friday" is.
    if (this.isWord(m.end, 'noon', 'midnight') && this.same(m.start, m.end)) {
      return { ...m, end: m.end + 1, time: this.w(m.end) === 'noon' ? 'T12:00' : 'T24:00' };
    }
    return m;
  }
}
