import type { Timex } from '../contract/extraction.js';
import type { Doc, Span } from '../text/types.js';

const CALENDAR = /^\d{2,4}(-|$)/;

/**
 * The date governing a clause, for dating a quote or an event.
 *
 * Contract: given the Doc, its timexes (from the time stage, in text order) and a span (the clause
 * or sentence of a quote or event), returns a TIMEX3 date value, precision kept:
 * 1. the calendar value (`2022-02-01`, `2021-12`, `2022-W04`, `2014`, `199`) of the first DATE or
 *    TIME timex lying inside the span (a TIME keeps only its day: `2022-02-01T10:30` → `2022-02-01`);
 * 2. else `utterance`, when the caller knows when the words were spoken (a quote's date);
 * 3. else the article date (`YYYY-MM-DD`), or undefined when the article has none.
 * Durations, sets and PRESENT_REF/PAST_REF/FUTURE_REF never govern. Pure: reads only its arguments.
 */
export function governingDate(
  doc: Doc,
  timexes: readonly Timex[],
  span: Span,
  utterance?: string,
): string | undefined {
  for (const t of timexes) {
    if (t.span[0] < span[0] || t.span[1] > span[1]) continue;
    if (t.type !== 'DATE' && t.type !== 'TIME') continue;
    if (!CALENDAR.test(t.value)) continue;
    return t.value.replace(/T.*$/, '');
  }
  return utterance ?? doc.article.date ?? undefined;
}
