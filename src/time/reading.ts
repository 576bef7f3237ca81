/** What the grammar hands to resolution: a matched expression and what it says. */
import type { TimexType } from '../contract/extraction.js';
import type { Grain } from './lexicon.js';

/** What an expression says, before anchoring. */
export type Reading =
  /** Needs no anchor: `1998`, `199`, `P3D`, `PRESENT_REF`, sets. */
  | { k: 'fixed'; type: TimexType; value: string }
  /** A calendar date, the year possibly missing (`Oct. 23`); `q`/`half`/`season` for coarser ones. */
  | {
      k: 'date';
      y?: number;
      /** Years from the article date's year, when the text says "this year", "last year's". */
      yOffset?: number;
      /** "4 July that year": the year of the date the text last gave. */
      yFromLast?: boolean;
      m?: number;
      d?: number;
      q?: number;
      half?: number;
      season?: string;
      /** A period whose figures come out ("will report fourth-quarter GDP", "the February jobs report"). */
      released?: boolean;
      /** Years before the period read ("the year-ago third quarter"). */
      yearsBack?: number;
      /** A feast `easter` days from Easter Sunday (Good Friday: -2). */
      easter?: number;
      /** "the week of March 6": the ISO week holding the day. */
      weekOf?: boolean;
      /** A holiday after "last" (-1), "this" (0) or "next" (1): the one before, of, or after the article year. */
      rel?: -1 | 0 | 1;
      /** A holiday on the nth weekday of the month (`n` -1 = the last), or `plus` days after it. */
      nth?: { dow: number; n: number; plus?: number };
    }
  /** The weekend nearest the anchor, by tense. */
  | { k: 'weekend' }
  /** A weekday; `rel` -1 = last, 0 = this, 1 = next, null = by tense; `week`: in the week that many from the anchor's. */
  | { k: 'weekday'; dow: number; rel: -1 | 0 | 1 | null; fromLast?: boolean; week?: number }
  /**
   * The period of `grain` `offset` periods from the anchor: today, last week, next year; `thisYear`:
   * a season said with "this", which is the article year's whatever the tense.
   */
  | { k: 'deictic'; grain: Grain; offset: number; season?: string; month?: number; thisYear?: boolean }
  /** `n` periods of `grain` from the anchor (`two years ago`) or from the last date (`a year earlier`). */
  | { k: 'shift'; grain: Grain; n: number | null; anaphoric: boolean }
  /** The last mentioned date, moved by `n` of `grain` (`the previous day`, `that day`). */
  | {
      k: 'same';
      grain: Grain;
      n: number;
      /** "overnight": the night before the day, unless the clause looks ahead (then the day's own). */
      nightBefore?: boolean;
    }
  /** The last reported quarter or period (`the quarter`, `the latest quarter`). */
  | { k: 'lastQuarter'; yearBack: number; y?: number };

export interface Match {
  start: number;
  end: number;
  reading: Reading;
  rule: string;
  mod?: string;
  /** Part of the day (MO, AF, EV, NI) or a clock time (`T10:30`) to append. */
  time?: string;
  /** Days to move the day read ("the day before last Monday": -1, "the day after Christmas": 1). */
  dayShift?: number;
}
