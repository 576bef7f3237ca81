import type { Event, Timex } from '../contract/extraction.js';
import type { Doc, Span } from '../text/types.js';
import { scanDates } from './date-scan.js';

/** A sentence worth a place in a timeline, kept at ingest so that timelines need no NLP. */
export interface CandidateSentence {
  span: Span;
  /** `lead`: among the article's first sentences; `date`: it mentions a day. */
  kind: 'lead' | 'date';
  /** The day it mentions (for `date`), YYYY-MM-DD. */
  date: string | null;
  text: string;
  rule: string;
}

const LEAD_SENTENCES = 3;
const MIN_CHARS = 25;
const MAX_CHARS = 400;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The article's lead sentences and every sentence that mentions a day. Days come from the time
 * stage's timexes when it found any, else from the stop-gap scanner in date-scan.ts; a sentence
 * holding an event dated to a day counts as mentioning that day too.
 */
export function timelineCandidates(
  doc: Doc,
  timexes: readonly Timex[],
  events: readonly Event[] = [],
): CandidateSentence[] {
  const out: CandidateSentence[] = [];
  const usable = (s: Span) => s[1] - s[0] >= MIN_CHARS && s[1] - s[0] <= MAX_CHARS;
  let leads = 0;
  for (const s of doc.sentences) {
    if (leads >= LEAD_SENTENCES) break;
    if (doc.paragraphs[s.paragraph]?.heading || s.dateline || !usable(s.span)) continue;
    out.push({
      span: s.span,
      kind: 'lead',
      date: null,
      text: doc.text.slice(...s.span),
      rule: 'timeline/lead',
    });
    leads++;
  }
  // The first day of a day-first range ("19-21 March", read since time round 16) dates no
  // sentence of its own: the sentence is listed under the day that carries the month, as before
  // (listing it under both lowered Timeline17 Date-F1 78.8 -> 77.4).
  const days = timexes
    .filter((t) => t.type === 'DATE' && DAY.test(t.value) && t.rule !== 'time/day-before-date')
    .map((t) => ({ span: t.span, date: t.value, rule: t.rule }));
  const mentions = days.length || !doc.article.date ? days : scanDates(doc.text, doc.article.date);
  for (const e of events) {
    if (e.date && DAY.test(e.date))
      mentions.push({ span: e.span, date: e.date, rule: `timeline/event:${e.rule}` });
  }
  const seen = new Set<string>();
  for (const m of mentions) {
    const s = sentenceAt(doc, m.span[0]);
    if (!s || !usable(s)) continue;
    const key = `${s[0]}:${m.date}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ span: s, kind: 'date', date: m.date, text: doc.text.slice(...s), rule: m.rule });
  }
  return out;
}

/** The span of the sentence holding an offset, unless a dateline (binary search: sentences are in text order). */
function sentenceAt(doc: Doc, offset: number): Span | null {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = doc.sentences[mid].span;
    if (offset < a) hi = mid - 1;
    else if (offset >= b) lo = mid + 1;
    // A dateline ("LIMA, March 7 -") says when the story was filed, not what happened then.
    else return doc.sentences[mid].dateline ? null : [a, b];
  }
  return null;
}
