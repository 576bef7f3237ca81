/** Reading the word stream: look-ups the grammar's rules share (words, numbers, years, units). */
import { STARTS_WITH_DIGIT, startersOf } from './grammar-words.js';
import type { Lexicon } from './lexicon.js';
import { FISCAL_YEAR, type Word } from './words.js';

const PLURAL = /s$/;

export class WordCursor {
  private readonly starters: Set<string>;

  constructor(
    readonly lex: Lexicon,
    readonly ws: Word[],
  ) {
    this.starters = startersOf(lex);
  }

  w(i: number): string {
    return i >= 0 && i < this.ws.length ? this.ws[i].w : '';
  }

  canStart(i: number): boolean {
    const w = this.ws[i].w;
    return this.starters.has(w) || STARTS_WITH_DIGIT.test(w) || FISCAL_YEAR.test(w);
  }

  /** Word j is joined to the next by a hyphen ("third-quarter"). */
  hyphenated(j: number): boolean {
    return j + 1 < this.ws.length && this.ws[j + 1].hyphenated;
  }

  /** Words i and j are in the same segment (expressions never cross a sentence or a gap). */
  same(i: number, j: number): boolean {
    return i >= 0 && j < this.ws.length && this.ws[i].segment === this.ws[j].segment;
  }

  isWord(i: number, a: string, b = a, c = a, d = a, e = a, f = a): boolean {
    if (i < 0 || i >= this.ws.length) return false;
    const w = this.ws[i].w;
    return w === a || w === b || w === c || w === d || w === e || w === f;
  }

  /** The TIMEX3 part of the day word i names ("morning": MO), not "tonight" (a day of its own). */
  partOfDay(i: number): string | undefined {
    const w = this.w(i);
    return w === 'tonight' ? undefined : this.lex.dayParts.get(w);
  }

  unitAt(i: number): { unit: string; plural: boolean } | null {
    const w = this.w(i);
    if (this.lex.units.has(w)) return { unit: w, plural: false };
    const sing = w === 'centuries' ? 'century' : w.replace(PLURAL, '');
    if (sing !== w && this.lex.units.has(sing)) return { unit: sing, plural: true };
    return null;
  }

  /** A cardinal: digits, number words ("twenty four"), "a"/"an"; X for "several", "a few". */
  number(i: number): { n: number | null; end: number } | null {
    const w = this.w(i);
    if (/^\d+(\.\d+)?$/.test(w)) {
      // "2 1/2 years"
      if (this.w(i + 1) === '1/2' && this.same(i, i + 1)) return { n: Number(w) + 0.5, end: i + 2 };
      return { n: Number(w), end: i + 1 };
    }
    // "1,300 years", "10,000 hours": thousands written with commas.
    if (/^\d{1,3}(,\d{3})+$/.test(w)) return { n: Number(w.replace(/,/g, '')), end: i + 1 };
    if (this.lex.vagueQuantities.has(w)) return { n: null, end: i + 1 };
    if ((w === 'a' || w === 'the') && this.lex.vagueQuantities.has(this.w(i + 1)) && this.same(i, i + 1))
      return { n: null, end: i + 2 };
    if (w === 'a' && this.isWord(i + 1, 'couple', 'dozen') && this.same(i, i + 1)) {
      const end = this.isWord(i + 2, 'of') ? i + 3 : i + 2;
      return { n: this.w(i + 1) === 'dozen' ? 12 : 2, end };
    }
    // "for another decade", "another year": one more of the unit.
    // ("Another day, another protest": a sentence opening is a figure of speech.)
    if (
      w === 'another' &&
      this.unitAt(i + 1)?.plural === false &&
      this.same(i - 1, i + 1) &&
      /^[a-z]/.test(this.w(i - 1))
    )
      return { n: 1, end: i + 1 };
    // "half a century", "half an hour": a half of one unit.
    if (w === 'half' && this.isWord(i + 1, 'a', 'an') && this.same(i, i + 1)) return { n: 0.5, end: i + 2 };
    // "the next couple of years"
    if (w === 'couple' && this.isWord(i + 1, 'of') && this.same(i, i + 1)) return { n: 2, end: i + 2 };
    const v = this.lex.numbers.get(w);
    if (v === undefined) return null;
    let n = v;
    let end = i + 1;
    if (v >= 20 && v < 100 && v % 10 === 0) {
      const u = this.lex.numbers.get(this.w(end));
      if (u !== undefined && u > 0 && u < 10 && this.same(i, end) && !['a', 'an'].includes(this.w(end))) {
        n += u;
        end++;
      }
    }
    if (this.w(end) === 'hundred' && this.same(i, end)) {
      n *= 100;
      end++;
    }
    if (this.w(end) === 'and' && this.w(end + 1) === 'a' && this.w(end + 2) === 'half') {
      n += 0.5;
      end += 3;
    }
    return { n, end };
  }

  yearAt(i: number): number | null {
    const word = this.ws[i];
    if (!word || !/^\d{4}$/.test(word.w)) return null;
    const y = Number(word.w);
    if (y < 1000 || y > 2099) return null;
    return y;
  }

  dayNumber(i: number): number | null {
    const m = /^(\d{1,2})(st|nd|rd|th)?$/.exec(this.w(i));
    if (!m) return null;
    const d = Number(m[1]);
    return d >= 1 && d <= 31 ? d : null;
  }

  /** A day written as an ordinal word after a month: "eighth", "twenty-first" (spoken news). */
  spokenDay(i: number): { d: number; end: number } | null {
    const tens = this.w(i) === 'twenty' ? 20 : this.w(i) === 'thirty' ? 30 : 0;
    const k = tens && this.hyphenated(i) ? i + 1 : i;
    const n = /^[a-z]+$/.test(this.w(k)) ? this.lex.ordinals.get(this.w(k)) : undefined;
    if (n === undefined || (k > i && n > 9)) return null;
    const d = (k > i ? tens : 0) + n;
    return d >= 1 && d <= 31 ? { d, end: k + 1 } : null;
  }

  monthWord(i: number): number | null {
    const month = this.lex.months.get(this.w(i));
    if (!month) return null;
    const word = this.ws[i];
    // "may" the verb, "march" the noun, "sun"/"sat": only capitalised month names count.
    if (!/^[A-Z]/.test(word.raw)) return null;
    if (word.w === 'may' && word.pos === 'AUX') return null;
    return month;
  }
}
