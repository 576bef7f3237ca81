/**
 * The event's date: the time expression inside its sentence nearest the trigger (from the time
 * stage), else the article date. A small fallback of our own until the time stage's helper lands.
 */
import type { Timex } from '../contract/extraction.js';
import type { Span } from '../text/types.js';

export function eventDate(
  timexes: readonly Timex[],
  sentence: Span,
  trigger: Span,
  articleDate: string | null,
) {
  let best: Timex | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const t of timexes) {
    if (t.span[0] < sentence[0] || t.span[1] > sentence[1]) continue;
    if (t.type !== 'DATE' && t.type !== 'TIME') continue;
    if (!/^\d{4}/.test(t.value)) continue;
    const d = t.span[0] >= trigger[1] ? t.span[0] - trigger[1] : trigger[0] - t.span[1];
    if (d < bestDistance) {
      best = t;
      bestDistance = d;
    }
  }
  return best ? best.value : (articleDate ?? undefined);
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
