/**
 * The event's date: the time expression inside its sentence nearest the trigger (from the time
 * stage), else the article date. A date inside a quotation dates only what is said inside that
 * quotation: "Russia said on Tuesday it rejected talks “planned for March”" is Tuesday's news,
 * and an event told inside a quotation with no date of its own takes the quote's utterance date.
 */
import type { Quote, Timex } from '../contract/extraction.js';
import type { Span } from '../text/types.js';

export function eventDate(
  timexes: readonly Timex[],
  sentence: Span,
  trigger: Span,
  articleDate: string | null,
  quotes: readonly Quote[] = [],
) {
  const quoted = (s: Span) =>
    quotes.find((q) => q.kind !== 'indirect' && q.span[0] <= s[0] && s[1] <= q.span[1]) ?? null;
  const home = quoted(trigger);
  let best: Timex | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const t of timexes) {
    if (t.span[0] < sentence[0] || t.span[1] > sentence[1]) continue;
    if (quoted(t.span) !== home) continue;
    if (t.type !== 'DATE' && t.type !== 'TIME') continue;
    if (!/^\d{4}/.test(t.value)) continue;
    const d = t.span[0] >= trigger[1] ? t.span[0] - trigger[1] : trigger[0] - t.span[1];
    if (d < bestDistance) {
      best = t;
      bestDistance = d;
    }
  }
  return best ? best.value : (home?.date ?? articleDate ?? undefined);
}

/** A year written in the clause ("annexed in 2014") when it is before the article's year. */
export function earlierYear(words: readonly string[], articleDate: string | null): string | null {
  if (!articleDate) return null;
  const year = Number(articleDate.slice(0, 4));
  for (const w of words) {
    if (/^(1[89]|20)\d\d$/.test(w) && Number(w) < year) return w;
  }
  return null;
}
