import { dateRange } from '../common/date-range.js';
import type { TimelineCandidateRow } from '../store/store.js';

export interface TimelineEntry {
  date: string;
  sentences: string[];
  /** Outlets (or article ids when the outlet is unknown) of the independent articles behind the date. */
  sources: string[];
  /** Independent articles that mention or report the date. */
  articles: number;
}

export interface TimelineOptions {
  dates: number;
  perDate: number;
  /** Weight of an article published on a day against one that mentions it (default 0.1). */
  publishedWeight?: number;
  /**
   * The days asked for (YYYY, YYYY-MM or YYYY-MM-DD). Mentioned days count within the reports'
   * publication range, widened to these: "--from 2025-03-01" lets the day before the first report,
   * when the event itself happened, be chosen.
   */
  from?: string;
  to?: string;
}

// Publication counts alone mislead (busy news days are not the key days), so they only break ties.
const PUBLISHED_WEIGHT = 0.1;

const WORD = /[\p{L}\p{N}]+/gu;
const words = (s: string) => s.toLowerCase().match(WORD) ?? [];
const STOP = new Set(
  'the a an of to in on at for and or but is are was were be been has have had it its this that with as by from he she they his her their said says will would not who which after before over into than also'.split(
    ' ',
  ),
);

/** How many independent reports mention a day, and how many were published on it. */
export interface DayCount {
  date: string;
  mentioned: number;
  published: number;
}

/**
 * Picks the most important days and a few summary sentences for each. A day matters when many
 * independent articles mention it (the strongest signal: later reports look back on it) and,
 * less, when many are published on it. A day's sentences are those most central to what is
 * said about it: the ones sharing most words with all its candidate sentences.
 */
export function buildTimeline(rows: readonly TimelineCandidateRow[], o: TimelineOptions): TimelineEntry[] {
  const reported = publicationRange(rows);
  if (!reported) return [];
  const range = widenRange(reported, o.from, o.to);
  const { mentioned, published } = reportsByDay(rows, range);
  const days = new Set([...mentioned.keys(), ...published.keys()]);
  const counts = [...days].map((date) => ({
    date,
    mentioned: mentioned.get(date)?.size ?? 0,
    published: published.get(date)?.size ?? 0,
  }));
  return describeDays(rows, chooseDays(counts, o), range, o);
}

/** The first and last publication dates of the candidates (mentions outside them are ignored). */
export function publicationRange(rows: readonly TimelineCandidateRow[]): { lo: string; hi: string } | null {
  let lo: string | null = null;
  let hi: string | null = null;
  for (const r of rows) {
    if (!r.articleDate) continue;
    if (lo === null || r.articleDate < lo) lo = r.articleDate;
    if (hi === null || r.articleDate > hi) hi = r.articleDate;
  }
  return lo && hi ? { lo, hi } : null;
}

/** A range widened to the first and last days of `from` and `to`, where they reach beyond it. */
export function widenRange(
  range: { lo: string; hi: string },
  from?: string,
  to?: string,
): { lo: string; hi: string } {
  const lo = from ? dateRange(from)?.[0] : undefined;
  const hi = to ? dateRange(to)?.[1] : undefined;
  return { lo: lo && lo < range.lo ? lo : range.lo, hi: hi && hi > range.hi ? hi : range.hi };
}

/** The `o.dates` days with the highest score, in score order (ties: the earlier day). */
export function chooseDays(counts: readonly DayCount[], o: TimelineOptions): string[] {
  const weight = o.publishedWeight ?? PUBLISHED_WEIGHT;
  const score = (c: DayCount) => c.mentioned + weight * c.published;
  return [...counts]
    .sort((a, b) => score(b) - score(a) || (a.date < b.date ? -1 : 1))
    .slice(0, o.dates)
    .map((c) => c.date);
}

// Copies of one report count once: the original's id stands for all of them.
const reportOf = (r: TimelineCandidateRow) => r.copyOf ?? r.article;

function reportsByDay(rows: readonly TimelineCandidateRow[], range: { lo: string; hi: string }) {
  const mentioned = new Map<string, Set<string>>();
  const published = new Map<string, Set<string>>();
  const add = (m: Map<string, Set<string>>, d: string, id: string) => {
    const set = m.get(d) ?? new Set<string>();
    set.add(id);
    m.set(d, set);
  };
  for (const r of rows) {
    if (r.articleDate) add(published, r.articleDate, reportOf(r));
    if (r.kind === 'date' && r.date && r.date >= range.lo && r.date <= range.hi)
      add(mentioned, r.date, reportOf(r));
  }
  return { mentioned, published };
}

/**
 * The entries of the chosen days, from candidate rows that include at least every row about
 * those days (mentioning them, or published on them); `range` is the whole candidate set's.
 */
export function describeDays(
  rows: readonly TimelineCandidateRow[],
  chosen: readonly string[],
  range: { lo: string; hi: string },
  o: TimelineOptions,
): TimelineEntry[] {
  const { mentioned, published } = reportsByDay(rows, range);
  const outletOf = new Map<string, string>();
  for (const r of rows) outletOf.set(r.article, r.outlet ?? r.article);
  // A lead that names another day ("troops detained two guards on Sunday", read on Monday) tells
  // what happened that day, not on the day it was published.
  const datedElsewhere = new Set(
    rows.filter((r) => r.kind === 'date').map((r) => `${r.article}\u0000${r.text}`),
  );
  return [...chosen].sort().map((date) => {
    const pool = rows.filter(
      (r) =>
        (r.kind === 'date' && r.date === date) ||
        (r.kind === 'lead' && r.articleDate === date && !datedElsewhere.has(`${r.article}\u0000${r.text}`)),
    );
    const picked = pickSentences(pool, o.perDate);
    const behind = new Set([...(mentioned.get(date) ?? []), ...(published.get(date) ?? [])]);
    const sources = [...new Set([...behind].map((a) => outletOf.get(a) ?? a))].sort();
    const articles = behind.size;
    return { date, sentences: picked.map((r) => r.text.replace(/\s+/g, ' ').trim()), sources, articles };
  });
}

/** The k most central sentences of a pool, skipping near-repeats of one already picked. */
function pickSentences(pool: TimelineCandidateRow[], k: number): TimelineCandidateRow[] {
  const df = new Map<string, number>();
  const bags = pool.map((r) => new Set(words(r.text).filter((w) => !STOP.has(w))));
  for (const bag of bags) for (const w of bag) df.set(w, (df.get(w) ?? 0) + 1);
  const scored = pool.map((r, i) => {
    const bag = bags[i];
    let s = 0;
    for (const w of bag) s += (df.get(w) ?? 1) - 1;
    // Sentences that name the day say what happened on it; leads say what was new that day.
    const bonus = r.kind === 'date' ? 1.5 : 1;
    return { r, bag, s: (bonus * s) / Math.sqrt(bag.size + 5) };
  });
  scored.sort((a, b) => b.s - a.s || (a.r.article < b.r.article ? -1 : a.r.article > b.r.article ? 1 : 0));
  const out: typeof scored = [];
  for (const c of scored) {
    if (out.length >= k) break;
    if (out.some((o) => jaccard(o.bag, c.bag) > 0.5)) continue;
    out.push(c);
  }
  return out.map((c) => c.r);
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared || 1);
}
