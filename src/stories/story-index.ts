import type { ArticleFeatures } from './features.js';
import { containment, type Fingerprint } from './fingerprint.js';

/** Tuning of the streaming clusterer; the defaults were tuned on development data only. */
export interface ClusterOptions {
  /** Cosine similarity to a story's centroid needed to join it. */
  joinThreshold: number;
  /** Fingerprint containment that marks an article as a copy of an earlier one. */
  copyThreshold: number;
  /** Extra weight of name-like terms (proper nouns, numbers) and actor ids over plain words. */
  nameBoost: number;
  /** How many of the heaviest names on each side are checked for a conflict of protagonists. */
  conflictNames: number;
  /** Score factor when each side's heaviest names include one the other side lacks. */
  conflictFactor: number;
  /** Stories kept in memory: the most recently updated ones. */
  maxActive: number;
  /** A dated story not updated for this many days before a dated article is closed to it. */
  windowDays: number;
  /** Terms kept in a story's centroid, the heaviest ones. */
  maxTerms: number;
  /** Fingerprints kept per story for syndication checks, the latest ones. */
  maxFingerprints: number;
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = {
  joinThreshold: 0.2,
  copyThreshold: 0.7,
  nameBoost: 1.5,
  conflictNames: 3,
  conflictFactor: 0.5,
  maxActive: 2000,
  windowDays: 30,
  maxTerms: 400,
  maxFingerprints: 50,
};

/** A story as the clusterer keeps it: compact, so that memory stays flat at any corpus size. */
export interface ActiveStory {
  id: string;
  firstDate: string | null;
  lastDate: string | null;
  size: number;
  /** Summed (log-scaled, boosted) term weights of its articles, IDF not applied. */
  centroid: Map<string, number>;
  /** Recent members' fingerprints, for syndication checks. */
  fingerprints: { article: string; fp: Fingerprint }[];
  /** Order of its last update; the eviction order. */
  seq: number;
}

export interface Assignment {
  story: string;
  /** True when the article started the story. */
  isNew: boolean;
  /** The earlier article this one copies (syndication), if any. */
  copyOf: string | null;
  /** Similarity to the story joined (containment for copies, cosine otherwise). */
  similarity: number;
}

export interface IndexSnapshot {
  docs: number;
  df: Map<string, number>;
  stories: ActiveStory[];
  seq: number;
}

// A name said twice or more in an article (log-scaled weight 1 + ln 2) is one it is about.
const MIN_HEAVY_NAME = 1 + Math.log(2);
const DAY_MS = 86400000;
const dayNumber = (d: string) => Date.parse(`${d.slice(0, 10)}T00:00:00Z`) / DAY_MS;

/**
 * Streaming story clustering: each article joins the most similar active story or starts a
 * new one whose id is the article's own id, so ids are stable across runs that see articles in
 * the same order. Similarity is the cosine of TF-IDF vectors where names weigh more than words:
 * two earthquakes share every word but the places, dates and magnitudes.
 */
export class StoryIndex {
  private docs: number;
  private readonly df: Map<string, number>;
  private readonly stories = new Map<string, ActiveStory>();
  private seq: number;
  /** Document-frequency changes since the last `takeDfChanges`. */
  private dfChanges = new Map<string, number>();

  constructor(
    snapshot: IndexSnapshot = { docs: 0, df: new Map(), stories: [], seq: 0 },
    private readonly options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS,
  ) {
    this.docs = snapshot.docs;
    this.df = snapshot.df;
    this.seq = snapshot.seq;
    for (const s of snapshot.stories) this.stories.set(s.id, s);
  }

  get documentCount(): number {
    return this.docs;
  }

  get sequence(): number {
    return this.seq;
  }

  story(id: string): ActiveStory | undefined {
    return this.stories.get(id);
  }

  /** Places one article and updates the index; returns where it went. */
  add(article: string, date: string | null, features: ArticleFeatures, fp: Fingerprint): Assignment {
    this.closeOldStories(date);
    const weights = this.articleWeights(features);
    const copy = this.findCopy(fp);
    let assignment: Assignment;
    if (copy) {
      assignment = { story: copy.story, isNew: false, copyOf: copy.article, similarity: copy.score };
    } else {
      const best = this.mostSimilar(weights, date);
      assignment =
        best && best.score >= this.options.joinThreshold
          ? { story: best.story, isNew: false, copyOf: null, similarity: best.score }
          : { story: article, isNew: true, copyOf: null, similarity: 1 };
    }
    this.update(assignment.story, article, date, weights, fp);
    for (const t of features.terms.keys()) {
      this.df.set(t, (this.df.get(t) ?? 0) + 1);
      this.dfChanges.set(t, (this.dfChanges.get(t) ?? 0) + 1);
    }
    this.docs++;
    return assignment;
  }

  /** The document-frequency increments since the last call, for persisting them in batches. */
  takeDfChanges(): Map<string, number> {
    const out = this.dfChanges;
    this.dfChanges = new Map();
    return out;
  }

  private articleWeights(f: ArticleFeatures): Map<string, number> {
    const w = new Map<string, number>();
    for (const [t, n] of f.terms) w.set(t, (1 + Math.log(n)) * (t[1] === ':' ? this.options.nameBoost : 1));
    return w;
  }

  private idf(term: string): number {
    return Math.log((this.docs + 1) / ((this.df.get(term) ?? 0) + 1)) + 1;
  }

  private findCopy(fp: Fingerprint): { story: string; article: string; score: number } | null {
    let best: { story: string; article: string; score: number } | null = null;
    for (const s of this.stories.values()) {
      for (const m of s.fingerprints) {
        const score = containment(fp, m.fp);
        if (score >= this.options.copyThreshold && (!best || score > best.score))
          best = { story: s.id, article: m.article, score };
      }
    }
    return best;
  }

  private mostSimilar(
    weights: Map<string, number>,
    date: string | null,
  ): { story: string; score: number } | null {
    const q = new Map<string, number>();
    let qNorm = 0;
    for (const [t, w] of weights) {
      const v = w * this.idf(t);
      q.set(t, v);
      qNorm += v * v;
    }
    if (qNorm === 0) return null;
    let best: { story: string; score: number } | null = null;
    for (const s of this.stories.values()) {
      let dot = 0;
      let norm = 0;
      for (const [t, c] of s.centroid) {
        const v = c * this.idf(t);
        norm += v * v;
        const qv = q.get(t);
        if (qv !== undefined) dot += qv * v;
      }
      if (dot === 0) continue;
      let score = dot / Math.sqrt(qNorm * norm);
      if (this.conflicting(weights, s)) score *= this.options.conflictFactor;
      if (date && s.lastDate) score *= timeDecay(date, s, this.options.windowDays);
      // Strictly greater: a tie keeps the story met first (in update order), so runs agree.
      if (!best || score > best.score) best = { story: s.id, score };
    }
    return best;
  }

  /**
   * Two different protagonists: the article's heaviest names include one the story never
   * mentions, and the story's heaviest names include one the article never mentions (a fight
   * against Rahman is not the fight against Thompson, however alike the reports read).
   */
  private conflicting(weights: Map<string, number>, s: ActiveStory): boolean {
    const k = this.options.conflictNames;
    if (k === 0) return false;
    const min = MIN_HEAVY_NAME * this.options.nameBoost;
    // Heavy: said at least twice (per article, on average for a story); ranked by TF-IDF.
    const articleNames = new Map<string, number>();
    for (const [t, w] of weights) if (t[1] === ':' && w >= min) articleNames.set(t, w * this.idf(t));
    if (!topNames(articleNames, k).some((t) => !s.centroid.has(t))) return false;
    const storyNames = new Map<string, number>();
    for (const [t, c] of s.centroid) {
      const w = c / s.size;
      if (t[1] === ':' && w >= min) storyNames.set(t, w * this.idf(t));
    }
    return topNames(storyNames, k).some((t) => !weights.has(t));
  }

  private update(
    id: string,
    article: string,
    date: string | null,
    weights: Map<string, number>,
    fp: Fingerprint,
  ): void {
    let s = this.stories.get(id);
    if (!s) {
      s = { id, firstDate: date, lastDate: date, size: 0, centroid: new Map(), fingerprints: [], seq: 0 };
      this.stories.set(id, s);
    }
    s.size++;
    if (date && (!s.firstDate || date < s.firstDate)) s.firstDate = date;
    if (date && (!s.lastDate || date > s.lastDate)) s.lastDate = date;
    for (const [t, w] of weights) s.centroid.set(t, (s.centroid.get(t) ?? 0) + w);
    if (s.centroid.size > this.options.maxTerms) s.centroid = heaviest(s.centroid, this.options.maxTerms);
    if (fp.length) {
      s.fingerprints.push({ article, fp });
      if (s.fingerprints.length > this.options.maxFingerprints) s.fingerprints.shift();
    }
    s.seq = ++this.seq;
    // Re-inserting keeps the map in update order, so eviction takes the least recent first.
    this.stories.delete(id);
    this.stories.set(id, s);
    while (this.stories.size > this.options.maxActive) {
      const oldest = this.stories.keys().next().value as string;
      this.stories.delete(oldest);
    }
  }

  private closeOldStories(date: string | null): void {
    if (!date) return;
    const now = dayNumber(date);
    for (const s of [...this.stories.values()]) {
      if (s.lastDate && now - dayNumber(s.lastDate) > this.options.windowDays) this.stories.delete(s.id);
    }
  }
}

/** Similarity fades with the days between an article and a story's latest article. */
function timeDecay(date: string, s: ActiveStory, windowDays: number): number {
  const gap = Math.abs(dayNumber(date) - dayNumber(s.lastDate!));
  return gap <= 2 ? 1 : Math.max(0, 1 - (gap - 2) / (2 * windowDays));
}

/** The k heaviest terms, heaviest first (ties by term, for determinism). */
function topNames(weights: Map<string, number>, k: number): string[] {
  const names = [...weights];
  names.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return names.slice(0, k).map(([t]) => t);
}

function heaviest(m: Map<string, number>, n: number): Map<string, number> {
  const entries = [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return new Map(entries.slice(0, n));
}
