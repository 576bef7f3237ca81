import type { Event, Quote } from '../contract/extraction.js';
import type { StoryReport } from '../store/store.js';

/** A report of an event or quote: which article, which outlet. */
export interface ReportRef {
  article: string;
  outlet: string | null;
  /** The article it copies, when it is a syndicated copy. */
  copyOf: string | null;
}

export interface CanonicalEvent {
  event: Event;
  reports: ReportRef[];
  /** Independent outlets: copies of one report count once. */
  corroboration: number;
  rule: string;
}

export interface CanonicalQuote {
  quote: Quote;
  reports: ReportRef[];
  corroboration: number;
  rule: string;
}

export interface Corroboration {
  articles: number;
  /** Articles that are not copies of another. */
  independentReports: number;
  copies: number;
  outlets: number;
  events: CanonicalEvent[];
  quotes: CanonicalQuote[];
}

const MAX_DAYS_APART = 2;
const QUOTE_OVERLAP = 0.4;

/**
 * Links the same events and quotes across a story's reports. Events with a known side are
 * the same when their sides have the same actors, their CAMEO codes share a root (or their PLOVER type is the
 * same) and their dates are close; quotes when the speaker is the same and the words overlap.
 * The first report seen gives the canonical form; corroboration counts independent outlets.
 */
export function corroborate(reports: readonly StoryReport[]): Corroboration {
  const events: CanonicalEvent[] = [];
  const quotes: CanonicalQuote[] = [];
  for (const r of reports) {
    const ref: ReportRef = { article: r.article.id, outlet: r.article.outlet, copyOf: r.copyOf };
    for (const e of r.events) {
      // With neither side known, "the same event" would rest on a verb and a date alone.
      if (!e.source && !e.target) continue;
      const date = e.date ?? r.article.date ?? undefined;
      const same = events.find((c) => sameEvent(c.event, e, date));
      if (same) addReport(same, ref);
      else
        events.push({ event: { ...e, date }, reports: [ref], corroboration: 0, rule: 'corroboration/event' });
    }
    for (const q of r.quotes) {
      const same = quotes.find((c) => sameQuote(c.quote, q));
      if (same) addReport(same, ref);
      else quotes.push({ quote: q, reports: [ref], corroboration: 0, rule: 'corroboration/quote' });
    }
  }
  for (const c of [...events, ...quotes]) c.corroboration = independentOutlets(c.reports);
  const refs = reports.map((r) => ({ article: r.article.id, outlet: r.article.outlet, copyOf: r.copyOf }));
  const byCorroboration = <T extends { corroboration: number }>(a: T, b: T) =>
    b.corroboration - a.corroboration;
  return {
    articles: reports.length,
    independentReports: reports.filter((r) => !r.copyOf).length,
    copies: reports.filter((r) => r.copyOf).length,
    outlets: independentOutlets(refs),
    events: events.sort(byCorroboration),
    quotes: quotes.sort(byCorroboration),
  };
}

/** Outlets with at least one report of their own; a copy adds its outlet only if it is new and not a copy. */
export function independentOutlets(refs: readonly ReportRef[]): number {
  const outlets = new Set<string>();
  for (const r of refs) if (!r.copyOf) outlets.add(r.outlet ?? r.article);
  return outlets.size;
}

function addReport(c: { reports: ReportRef[] }, ref: ReportRef): void {
  if (!c.reports.some((r) => r.article === ref.article)) c.reports.push(ref);
}

const sideKey = (s: Event['source']) => (s ? (s.actor ?? s.code) : '');

function sameEvent(a: Event, b: Event, bDate: string | undefined): boolean {
  if (sideKey(a.source) !== sideKey(b.source) || sideKey(a.target) !== sideKey(b.target)) return false;
  if (a.code.slice(0, 2) !== b.code.slice(0, 2) && a.plover !== b.plover) return false;
  if (Boolean(a.negated) !== Boolean(b.negated)) return false;
  if (!a.date || !bDate) return true;
  return (
    Math.abs(Date.parse(a.date.slice(0, 10)) - Date.parse(bDate.slice(0, 10))) <= MAX_DAYS_APART * 86400000
  );
}

const contentWords = (s: string) =>
  new Set((s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length > 3));

function sameSpeaker(a: Quote['speaker'], b: Quote['speaker']): boolean {
  if (!a || !b) return false;
  if (a.actor && b.actor) return a.actor === b.actor;
  // Without actor ids, the family name decides: "Daiva Rimkute" and "Rimkute" are one speaker.
  const last = (n: string) => n.trim().split(/\s+/).pop()!.toLowerCase();
  return last(a.name) === last(b.name);
}

/**
 * The same remark: one speaker, and a good share of the shorter quote's content words in the
 * other (a trimmed, partial or reworded rendering of it).
 */
function sameQuote(a: Quote, b: Quote): boolean {
  if (!sameSpeaker(a.speaker, b.speaker)) return false;
  const wa = contentWords(a.text);
  const wb = contentWords(b.text);
  const [small, large] = wa.size <= wb.size ? [wa, wb] : [wb, wa];
  if (small.size === 0) return false;
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return shared / small.size >= QUOTE_OVERLAP;
}
