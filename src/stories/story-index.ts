import { factKind, sameFact } from './facts.js';
import type { ArticleFeatures } from './features.js';
import { type Fingerprint, FingerprintIndex } from './fingerprint.js';

/** Tuning of the streaming clusterer; the defaults were tuned on development data only. */
export interface ClusterOptions {
  /** Similarity to a story needed to join it: the cosine to its centroid, blended with the leads'. */
  joinThreshold: number;
  /**
   * Weight of the cosine of the article's lead to the story's leads, against 1 for the whole
   * texts' cosine: the score is their weighted mean.
   */
  leadWeight: number;
  /** Fingerprint containment that marks an article as a copy of an earlier one. */
  copyThreshold: number;
  /** Extra weight of name-like terms (proper nouns, numbers) and actor ids over plain words. */
  nameBoost: number;
  /** How many of the heaviest names on each side are checked for a conflict of protagonists. */
  conflictNames: number;
  /**
   * Score factor when each side's heaviest names include one the other side lacks, when the
   * leads state different facts of one kind (a magnitude), or when the article's first lines
   * give a year no report of the story says.
   */
  conflictFactor: number;
  /**
   * A weak join (score under joinThreshold + coreMargin) to a story of two reports or more is
   * scored down by conflictFactor when the article never says this many of the names that
   * every one of the story's leads says.
   */
  coreNames: number;
  /** See coreNames. */
  coreMargin: number;
  /**
   * At the end of a batch (settle), the reports of a small story started in that batch move to
   * another story when each of them scores this much against it (and all pick the same one):
   * that story may have grown since they came in (its event's later reports), or formed after.
   */
  settleThreshold: number;
  /** Stories of at most this many reports are settled (see settleThreshold). */
  settleMaxSize: number;
  /**
   * Only stories started at least this many articles before the settle are settled; younger ones
   * wait (their event's later reports may not have come in yet). So a batch of a few articles
   * settles nothing: settling right after each article is a lower join threshold in effect.
   */
  settleAge: number;
  /**
   * The arrival threshold for a batch known to be too small to settle (fewer than settleAge
   * articles, as most API requests are): joinThreshold is set stricter only because settling
   * catches what it keeps apart, so such a batch joins as it did before settling.
   */
  smallBatchJoinThreshold: number;
  /** Stories kept in memory: the most recently updated ones. */
  maxActive: number;
  /** A dated story not updated for this many days before a dated article is closed to it. */
  windowDays: number;
  /** Terms kept in a story's centroid, the heaviest ones. */
  maxTerms: number;
  /** Fingerprints kept per story for syndication checks, the latest ones. */
  maxFingerprints: number;
}

/** The options for a batch of `expected` articles (unknown: a stream that may run long). */
export function clusterOptionsFor(
  expected: number | undefined,
  options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS,
): ClusterOptions {
  return expected !== undefined && expected < options.settleAge
    ? { ...options, joinThreshold: options.smallBatchJoinThreshold }
    : options;
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = {
  joinThreshold: 0.25,
  leadWeight: 0.75,
  copyThreshold: 0.7,
  nameBoost: 1.5,
  conflictNames: 3,
  conflictFactor: 0.5,
  coreNames: 4,
  coreMargin: 0.1,
  settleThreshold: 0.15,
  settleMaxSize: 5,
  settleAge: 20,
  smallBatchJoinThreshold: 0.2,
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
  /**
   * Summed (log-scaled, boosted) term weights of its articles, IDF not applied; terms prefixed
   * `>` are those of the articles' leads (ArticleFeatures.leadTerms), a second vector. Entries
   * prefixed `=` (weight 1) are the lead names every one of its reports says: its core. Entries
   * prefixed `!` and `#` (weight 1) are the facts (facts.ts) its reports' leads and whole texts state,
   * those prefixed `~` (weight 1) the years its reports say anywhere or were published in.
   */
  centroid: Map<string, number>;
  /** Recent members' fingerprints, oldest first, for syndication checks. */
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

/** A report moved at the end of a batch from a small story (now gone) to another one. */
export interface ReportMove {
  article: string;
  from: string;
  to: string;
  /** Its score against the story it joined. */
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
// A main name said on the other side under this share of its weight on its own side is a passing mention.
const MAIN_NAME_SHARE = 1 / 3;
const DAY_MS = 86400000;
const CANDIDATE_TERMS = 20;
const MAX_CANDIDATES = 30;
const dayNumbers = new Map<string, number>();
/** Days since the epoch of a YYYY-MM-DD date (memoised: the same few dates recur constantly). */
function dayNumber(d: string): number {
  let n = dayNumbers.get(d);
  if (n === undefined) {
    n = Date.parse(`${d.slice(0, 10)}T00:00:00Z`) / DAY_MS;
    if (dayNumbers.size > 100000) dayNumbers.clear();
    dayNumbers.set(d, n);
  }
  return n;
}

/** A report of a story started since the last settle, kept for settling it. */
interface PendingReport {
  /** Articles the index had seen when this one came in. */
  at: number;
  article: string;
  date: string | null;
  features: ArticleFeatures;
  fp: Fingerprint;
}

/** Per-story values that depend on the IDF table, recomputed when it or the story changes. */
interface StoryCache {
  generation: number;
  seq: number;
  norm: number;
  leadNorm: number;
  topNames: string[];
}

// Prefixes of a centroid's lead terms, its core lead names, its facts and its years (see ActiveStory.centroid).
const LEAD = '>';
const CORE = '=';
const LEAD_FACT = '!';
const FACT = '#';
const YEAR = '~';
/** A centroid entry that is a mark, not a term of either vector: a core name, a fact or a year. */
const isMark = (t: string) => t[0] === CORE || t[0] === LEAD_FACT || t[0] === FACT || t[0] === YEAR;
/** A centroid entry that is a term of the whole texts' vector: not a lead term, not a mark. */
const isMain = (t: string) => t[0] !== LEAD && !isMark(t);
// Facts kept per story, lead and whole-text ones each, and years: the first ones stated.
const MAX_FACTS = 40;

/**
 * Streaming story clustering: each article joins the most similar active story or starts a
 * new one whose id is the article's own id, so ids are stable across runs that see articles in
 * the same order. Similarity is the cosine of TF-IDF vectors where names weigh more than words:
 * two earthquakes share every word but the places, dates and magnitudes. A story whose main
 * names differ from the article's (another protagonist) is penalised.
 */
export class StoryIndex {
  private docs: number;
  private readonly df: Map<string, number>;
  private readonly stories = new Map<string, ActiveStory>();
  private readonly copies = new FingerprintIndex();
  private seq: number;
  private dfChanges = new Map<string, number>();
  private dirty = new Set<string>();
  /** Changed stories closed before they were saved: still to be saved once. */
  private closedDirty: ActiveStory[] = [];
  /**
   * IDF values are refreshed as the collection grows by 5% (each article while it is small).
   * Each term's value is computed once per generation, in place: no table is rebuilt.
   */
  private readonly idfs = new Map<string, { value: number; generation: number }>();
  private idfDocs = -1;
  private generation = 0;
  private readonly caches = new Map<string, StoryCache>();
  /** Term → active stories whose centroid holds it: only stories sharing a term are scored. */
  private readonly postings = new Map<string, Set<string>>();
  /** The article date stories were last closed for. */
  private lastClosing: string | null = null;
  /**
   * Stories started since the last settle (in the order they started) with their reports, while
   * they hold settleMaxSize reports or fewer: settle's candidates.
   */
  private pending = new Map<string, PendingReport[]>();

  constructor(
    snapshot: IndexSnapshot = { docs: 0, df: new Map(), stories: [], seq: 0 },
    private readonly options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS,
  ) {
    this.docs = snapshot.docs;
    this.df = snapshot.df;
    this.seq = snapshot.seq;
    for (const s of [...snapshot.stories].sort((a, b) => a.seq - b.seq)) {
      this.stories.set(s.id, s);
      for (const t of s.centroid.keys()) if (isMain(t)) this.post(t, s.id);
      for (const m of s.fingerprints) this.copies.add(m.article, s.id, m.fp);
    }
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
    this.refreshIdf();
    const weights = this.termWeights(features.terms);
    const leadWeights = this.termWeights(features.leadTerms ?? new Map(), LEAD);
    const copy = this.copies.bestMatch(fp, this.options.copyThreshold);
    let assignment: Assignment;
    if (copy && this.stories.has(copy.story)) {
      assignment = { story: copy.story, isNew: false, copyOf: copy.article, similarity: copy.score };
    } else {
      const best = this.mostSimilar(
        weights,
        features.lead,
        leadWeights,
        date,
        features.facts,
        features.years,
      );
      assignment =
        best && best.score >= this.options.joinThreshold
          ? { story: best.story, isNew: false, copyOf: null, similarity: best.score }
          : { story: article, isNew: true, copyOf: null, similarity: 1 };
    }
    this.update(assignment.story, article, date, weights, fp, leadWeights, features.facts, features.years);
    this.keepPending(assignment, { at: this.docs, article, date, features, fp });
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

  /** Stories changed since the last call (closed ones included), for persisting them in batches. */
  takeDirtyStories(): ActiveStory[] {
    const out = [...this.dirty].map((id) => this.stories.get(id)).filter((s): s is ActiveStory => !!s);
    out.push(...this.closedDirty);
    this.dirty = new Set();
    this.closedDirty = [];
    return out;
  }

  /** Tracks the reports of the stories started since the last settle while they are small. */
  private keepPending(assignment: Assignment, report: PendingReport): void {
    const { story } = assignment;
    if (assignment.isNew) this.pending.set(story, [report]);
    else {
      const reports = this.pending.get(story);
      if (!reports) return;
      reports.push(report);
      // A story only grows: once too large to settle, it is dropped for good.
      if (reports.length > this.options.settleMaxSize) this.pending.delete(story);
    }
    // Bounded like the active stories: closed stories are dropped.
    if (this.pending.size > 2 * this.options.maxActive)
      for (const id of [...this.pending.keys()]) if (!this.stories.has(id)) this.pending.delete(id);
  }

  /**
   * The end of a batch: each small story started since the last settle (settleMaxSize reports or
   * fewer, started settleAge articles ago or more, in the order they started) is scored again,
   * report by report, against the other stories, which have grown since its reports came in.
   * When every report scores settleThreshold or more against one and the same larger story,
   * they all move there: their story is gone (and so is its id), the story joined keeps its own.
   * Returns the moves, for the store. Younger stories wait for a later settle of this index (an
   * index opened afresh, as each ingest does, has none waiting). Larger stories and stories of
   * earlier batches are never moved, so the same articles in the same batches give the same
   * stories, and a re-ingest (nothing new) moves nothing. Dev pairwise F1 over 20 article
   * orders: src/stories/README.md, "Settling a batch".
   */
  settle(minAge = this.options.settleAge): ReportMove[] {
    const moves: ReportMove[] = [];
    const pending = this.pending;
    this.pending = new Map();
    this.refreshIdf();
    let young = false;
    for (const [id, reports] of pending) {
      // Stories started fewer than minAge articles ago wait (they started in order).
      if (young || reports[0].at + minAge >= this.docs) {
        young = true;
        this.pending.set(id, reports);
        continue;
      }
      const own = this.stories.get(id);
      // A story that took reports moved in from another is settled as it is.
      if (own?.size !== reports.length) continue;
      const placed = reports.map((r) => {
        const weights = this.termWeights(r.features.terms);
        const leadWeights = this.termWeights(r.features.leadTerms ?? new Map(), LEAD);
        const f = r.features;
        const best = this.mostSimilar(weights, f.lead, leadWeights, r.date, f.facts, f.years, id);
        return { r, weights, leadWeights, best };
      });
      const to = placed[0].best?.story;
      if (!to || !placed.every((p) => p.best?.story === to && p.best.score >= this.options.settleThreshold))
        continue;
      // A small story folds into a larger one, never the reverse: a story of a later, related
      // event (talks after an accusation) does not take the earlier event's reports.
      if (this.stories.get(to)!.size <= own.size) continue;
      this.close(id);
      // A story closed here is gone, not one to save.
      this.closedDirty = this.closedDirty.filter((s) => s !== own);
      for (const { r, weights, leadWeights, best } of placed) {
        this.update(to, r.article, r.date, weights, r.fp, leadWeights, r.features.facts, r.features.years);
        moves.push({ article: r.article, from: id, to, similarity: best!.score });
      }
    }
    return moves;
  }

  private refreshIdf(): void {
    if (this.idfDocs >= 0 && this.docs - this.idfDocs < Math.max(1, Math.floor(this.docs / 20))) return;
    this.idfDocs = this.docs;
    this.generation++;
  }

  private idf(term: string): number {
    const entry = this.idfs.get(term);
    if (entry?.generation === this.generation) return entry.value;
    const value = Math.log((this.idfDocs + 1) / ((this.df.get(term) ?? 0) + 1)) + 1;
    if (entry) {
      entry.value = value;
      entry.generation = this.generation;
    } else this.idfs.set(term, { value, generation: this.generation });
    return value;
  }

  /**
   * A name term that names someone or somewhere, not a capitalised common word ("Secretary",
   * "Court", "Service"): a word written in lower case in more articles than capitalised says
   * nothing about who or where, so it cannot show two different protagonists.
   */
  private isName(term: string): boolean {
    if (term[0] !== 'n') return true;
    return (this.df.get(term.slice(2)) ?? 0) <= (this.df.get(term) ?? 0);
  }

  /** Log-scaled term counts, names boosted, keyed as in a story's centroid (`prefix` for the lead's). */
  private termWeights(terms: ReadonlyMap<string, number>, prefix = ''): Map<string, number> {
    const w = new Map<string, number>();
    for (const [t, n] of terms)
      w.set(prefix + t, (1 + Math.log(n)) * (t[1] === ':' ? this.options.nameBoost : 1));
    return w;
  }

  private cache(s: ActiveStory): StoryCache {
    const c = this.caches.get(s.id);
    if (c && c.generation === this.generation && c.seq === s.seq) return c;
    let norm = 0;
    let leadNorm = 0;
    const names = new Map<string, number>();
    const min = MIN_HEAVY_NAME * this.options.nameBoost;
    for (const [t, w] of s.centroid) {
      if (isMark(t)) continue;
      if (t[0] === LEAD) {
        const v = w * this.idf(t.slice(1));
        leadNorm += v * v;
        continue;
      }
      const v = w * this.idf(t);
      norm += v * v;
      // Heavy story names: said at least twice per article on average; ranked by TF-IDF.
      if (t[1] === ':' && w / s.size >= min && this.isName(t)) names.set(t, (w / s.size) * this.idf(t));
    }
    const fresh = {
      generation: this.generation,
      seq: s.seq,
      norm: Math.sqrt(norm),
      leadNorm: Math.sqrt(leadNorm),
      topNames: top(names, this.options.conflictNames),
    };
    this.caches.set(s.id, fresh);
    return fresh;
  }

  private mostSimilar(
    weights: Map<string, number>,
    lead: ReadonlySet<string> | undefined,
    leadWeights: Map<string, number>,
    date: string | null,
    facts: ArticleFeatures['facts'],
    years: ArticleFeatures['years'],
    exclude?: string,
  ): { story: string; score: number } | null {
    const q: [string, number][] = [];
    let qNorm = 0;
    const heavy = new Map<string, number>();
    const min = MIN_HEAVY_NAME * this.options.nameBoost;
    for (const [t, w] of weights) {
      const v = w * this.idf(t);
      q.push([t, v]);
      qNorm += v * v;
      if (t[1] === ':' && w >= min && this.isName(t)) heavy.set(t, v);
    }
    if (qNorm === 0) return null;
    qNorm = Math.sqrt(qNorm);
    const articleTop = leadFirst(top(heavy, heavy.size), lead).slice(0, this.options.conflictNames);
    // Candidates: the stories that score best on the article's most distinctive terms alone. A
    // story that shares only common words cannot reach the threshold, and scoring only a few
    // candidates in full keeps ingest fast whatever the number of active stories.
    const partial = new Map<string, number>();
    // With a story excluded (the article's own, at settle), terms only that story holds are
    // passed over: its rarest terms would otherwise fill the list and hide every other story.
    const onlyExcluded = (t: string) => {
      const ids = this.postings.get(t);
      return exclude !== undefined && (!ids || (ids.size === 1 && ids.has(exclude)));
    };
    let used = 0;
    for (const [t, v] of [...q].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) {
      if (used >= CANDIDATE_TERMS) break;
      if (onlyExcluded(t)) continue;
      used++;
      const idf = this.idf(t);
      for (const id of this.postings.get(t) ?? []) {
        if (id === exclude) continue;
        const story = this.stories.get(id)!;
        partial.set(id, (partial.get(id) ?? 0) + (v * idf * story.centroid.get(t)!) / this.cache(story).norm);
      }
    }
    const candidates = [...partial]
      .sort((a, b) => b[1] - a[1] || this.stories.get(a[0])!.seq - this.stories.get(b[0])!.seq)
      .slice(0, MAX_CANDIDATES)
      .map(([id]) => id);
    // The story side's IDF factor folded into the query: dot = Σ q·idf · centroid.
    const qIdf = q.map(([t, v]) => [t, v * this.idf(t)] as const);
    let leadNorm = 0;
    const leadIdf = [...leadWeights].map(([t, w]) => {
      const v = w * this.idf(t.slice(1));
      leadNorm += v * v;
      return [t, v * this.idf(t.slice(1))] as const;
    });
    leadNorm = Math.sqrt(leadNorm);
    const leadDots = new Map<string, number>();
    const dots = new Map<string, number>();
    for (const id of candidates) {
      const centroid = this.stories.get(id)!.centroid;
      let dot = 0;
      for (const [t, v] of qIdf) {
        const c = centroid.get(t);
        if (c !== undefined) dot += v * c;
      }
      dots.set(id, dot);
      let leadDot = 0;
      for (const [t, v] of leadIdf) {
        const c = centroid.get(t);
        if (c !== undefined) leadDot += v * c;
      }
      leadDots.set(id, leadDot);
    }
    const leadWeight = this.options.leadWeight;
    let best: { story: string; score: number } | null = null;
    // Candidates are visited in update order whatever the postings' order, so ties break the same way.
    const visit = [...dots.keys()].map((id) => this.stories.get(id)!).sort((a, b) => a.seq - b.seq);
    for (const s of visit) {
      const dot = dots.get(s.id)!;
      if (!dot) continue;
      const cache = this.cache(s);
      let score = dot / (qNorm * cache.norm);
      // Leads compared apart as well: the reports of a second event often tell the first one as
      // background, so their bodies match more than their leads do.
      if (leadNorm > 0 && cache.leadNorm > 0)
        score = (score + leadWeight * (leadDots.get(s.id)! / (leadNorm * cache.leadNorm))) / (1 + leadWeight);
      if (date && s.lastDate) score *= timeDecay(date, s, this.options.windowDays);
      // The conflict checks only matter for stories the article could join.
      if (
        score >= this.options.joinThreshold &&
        (this.conflicting(weights, articleTop, s, cache.topNames) ||
          this.factsDiffer(facts, s) ||
          this.yearUnsaid(years, date, s) ||
          (score < this.options.joinThreshold + this.options.coreMargin && this.lacksCore(weights, s)))
      )
        score *= this.options.conflictFactor;
      // Strictly greater: a tie keeps the story met first (in update order), so runs agree.
      if (!best || score > best.score) best = { story: s.id, score };
    }
    return best;
  }

  /**
   * Two different protagonists: the article's heaviest names include one the story never
   * mentions, and the story's heaviest names include one the article never mentions (a fight
   * against one challenger is not the fight against another, however alike the reports read).
   * Once a story has two reports or more, its second and third names are often bystanders (a
   * coach quoted, a spokesman, the writer), so two of those missing tell nothing. There it takes
   * the article's main name (its heaviest) missing from the story, or each side naming the
   * other's main name only in passing, under a third of the weight it has on its own side: the
   * reports of a second event name the first one's protagonist and the reverse ("a day after
   * placing X on injured reserve, the team placed Y..."), so "never mentions" misses them.
   * Dev pairwise F1 over 22 article orders: README, "Order robustness".
   */
  private conflicting(
    weights: Map<string, number>,
    articleTop: string[],
    s: ActiveStory,
    storyTop: string[],
  ): boolean {
    const storyLacks = (t: string) => !s.centroid.has(t);
    const articleLacks = (t: string) => !weights.has(t);
    if (s.size < 2) return articleTop.some(storyLacks) && storyTop.some(articleLacks);
    if (articleTop.length === 0) return false;
    const articleMain = articleTop[0];
    if (storyLacks(articleMain) && storyTop.some(articleLacks)) return true;
    if (storyTop.length === 0) return false;
    const storyMain = storyTop[0];
    // Weights are log-scaled counts; a story's is its mean over its reports.
    const inStory = (t: string) => (s.centroid.get(t) ?? 0) / s.size;
    const inArticle = (t: string) => weights.get(t) ?? 0;
    return (
      inStory(articleMain) < MAIN_NAME_SHARE * inArticle(articleMain) &&
      inArticle(storyMain) < MAIN_NAME_SHARE * inStory(storyMain)
    );
  }

  /**
   * The article never says coreNames or more of the names that every report of the story (two
   * or more) says in its lead: what the story's event is about, as opposed to names some of its
   * reports happen to share with the article. Asked of weak joins only, where a report of the
   * topic's other event meets a story of two or three reports (dev pairwise F1 over 22 article
   * orders: README, "Core names").
   */
  private lacksCore(weights: Map<string, number>, s: ActiveStory): boolean {
    if (s.size < 2) return false;
    let lacking = 0;
    for (const t of s.centroid.keys())
      if (t[0] === CORE && !weights.has(t.slice(1)) && ++lacking >= this.options.coreNames) return true;
    return false;
  }

  /**
   * The article's lead and the story's leads state a fact of the same kind (a magnitude) and none
   * of the article's lead values is said anywhere in the story, nor any of the story's lead values
   * anywhere in the article: two earthquakes, however alike the words of their reports (and
   * however often each report names the other quake's place). Values agree within their kind's
   * tolerance (data/stories/facts.yaml). Dev pairwise F1 over 66 article orders: README, "Facts".
   */
  private factsDiffer(facts: ArticleFeatures['facts'], s: ActiveStory): boolean {
    if (!facts?.lead.length) return false;
    const storyLead: string[] = [];
    const storyAll: string[] = [];
    for (const t of s.centroid.keys()) {
      if (t[0] === LEAD_FACT) storyLead.push(t.slice(1));
      else if (t[0] === FACT) storyAll.push(t.slice(1));
    }
    if (!storyLead.length) return false;
    for (const kind of new Set(facts.lead.map(factKind))) {
      const theirs = storyLead.filter((f) => factKind(f) === kind);
      if (!theirs.length) continue;
      const ours = facts.lead.filter((f) => factKind(f) === kind);
      const saidThere = ours.some((f) => storyAll.some((g) => sameFact(f, g)));
      const saidHere = theirs.some((g) => facts.all.some((f) => sameFact(f, g)));
      if (!saidThere && !saidHere) return true;
    }
    return false;
  }

  /**
   * The article's first lines (title, dateline, first sentence) give a year and no report of the
   * story says any of them anywhere: the story's reports give other years or none. Reports of
   * one event, written within days of it, say its year if they say any; a topic's two events of
   * different years read alike (one product's emergency fix in two years, two fires of one
   * chain's stores), and a report whose story never mentions its dateline's year is often
   * about the other one. Dev pairwise F1 over 66 article orders: README, "Years".
   */
  private yearUnsaid(years: ArticleFeatures['years'], date: string | null, s: ActiveStory): boolean {
    // The year an article is published in tells no event from another of that year (a dateline
    // says it); a story's reports "say" the years they were published in (see update).
    const own = date?.slice(0, 4);
    const lead = years?.lead.filter((y) => y !== own) ?? [];
    if (!lead.length) return false;
    return !lead.some((y) => s.centroid.has(YEAR + y));
  }

  private update(
    id: string,
    article: string,
    date: string | null,
    weights: Map<string, number>,
    fp: Fingerprint,
    leadWeights: Map<string, number>,
    facts?: ArticleFeatures['facts'],
    years?: ArticleFeatures['years'],
  ): void {
    let s = this.stories.get(id);
    if (!s) {
      s = { id, firstDate: date, lastDate: date, size: 0, centroid: new Map(), fingerprints: [], seq: 0 };
      this.stories.set(id, s);
    }
    // The core: lead names of the first report, then only those each later report's lead says too.
    if (s.size === 0) {
      for (const t of leadWeights.keys()) if (isLeadName(t)) s.centroid.set(CORE + t.slice(1), 1);
    } else {
      for (const t of s.centroid.keys())
        if (t[0] === CORE && !leadWeights.has(LEAD + t.slice(1))) s.centroid.delete(t);
    }
    s.size++;
    if (date && (!s.firstDate || date < s.firstDate)) s.firstDate = date;
    if (date && (!s.lastDate || date > s.lastDate)) s.lastDate = date;
    for (const [t, w] of weights) {
      if (!s.centroid.has(t)) this.post(t, id);
      s.centroid.set(t, (s.centroid.get(t) ?? 0) + w);
    }
    for (const [t, w] of leadWeights) s.centroid.set(t, (s.centroid.get(t) ?? 0) + w);
    if (facts) {
      addFacts(s.centroid, LEAD_FACT, facts.lead);
      addFacts(s.centroid, FACT, facts.all);
    }
    // Its publication year first: a story keeps only its first MAX_FACTS years.
    addFacts(s.centroid, YEAR, date ? [date.slice(0, 4), ...(years?.all ?? [])] : (years?.all ?? []));
    // Trimmed back to maxTerms only once it has grown half as large again: sorting is not cheap.
    if (s.centroid.size > this.options.maxTerms * 1.5) {
      // Lead terms are trimmed apart, or the whole text's heavier terms would crowd them out.
      const main = new Map([...s.centroid].filter(([t]) => isMain(t)));
      const leads = new Map([...s.centroid].filter(([t]) => t[0] === LEAD));
      const kept = heaviest(main, this.options.maxTerms);
      for (const [t, w] of heaviest(leads, this.options.maxTerms / 4)) kept.set(t, w);
      // The core only shrinks as reports come in, the facts and years are few: all are kept whole.
      for (const [t, w] of s.centroid) if (isMark(t)) kept.set(t, w);
      for (const t of s.centroid.keys()) if (!kept.has(t)) this.unpost(t, id);
      s.centroid = kept;
    }
    if (fp.length) {
      s.fingerprints.push({ article, fp });
      this.copies.add(article, id, fp);
      if (s.fingerprints.length > this.options.maxFingerprints) {
        const old = s.fingerprints.shift()!;
        this.copies.remove(old.article, old.fp);
      }
    }
    s.seq = ++this.seq;
    this.dirty.add(id);
    // Re-inserting keeps the map in update order, so eviction takes the least recent first.
    this.stories.delete(id);
    this.stories.set(id, s);
    while (this.stories.size > this.options.maxActive) this.close(this.stories.keys().next().value as string);
  }

  private close(id: string): void {
    const s = this.stories.get(id);
    if (!s) return;
    for (const m of s.fingerprints) this.copies.remove(m.article, m.fp);
    for (const t of s.centroid.keys()) this.unpost(t, id);
    if (this.dirty.delete(id)) this.closedDirty.push(s);
    this.stories.delete(id);
    this.caches.delete(id);
  }

  private post(term: string, story: string): void {
    const set = this.postings.get(term);
    if (set) set.add(story);
    else this.postings.set(term, new Set([story]));
  }

  private unpost(term: string, story: string): void {
    const set = this.postings.get(term);
    if (!set) return;
    set.delete(story);
    if (set.size === 0) this.postings.delete(term);
  }

  private closeOldStories(date: string | null): void {
    // Articles come roughly in date order: once a date was checked, its next articles need not be.
    if (!date || date === this.lastClosing) return;
    this.lastClosing = date;
    const now = dayNumber(date);
    for (const s of [...this.stories.values()]) {
      if (s.lastDate && now - dayNumber(s.lastDate) > this.options.windowDays) this.close(s.id);
    }
  }
}

/** Adds facts (or years) to a centroid as marks (weight 1) under a prefix, up to MAX_FACTS of them. */
function addFacts(centroid: Map<string, number>, prefix: string, facts: readonly string[]): void {
  // Most reports state none, or none the story lacks (a dated story's publication year is added
  // with every report): no walk of the centroid for them (this runs for every article).
  if (facts.every((f) => centroid.has(prefix + f))) return;
  let n = 0;
  for (const t of centroid.keys()) if (t[0] === prefix) n++;
  for (const f of facts) {
    if (n >= MAX_FACTS) return;
    if (!centroid.has(prefix + f)) {
      centroid.set(prefix + f, 1);
      n++;
    }
  }
}

/** A name term of an article's lead, keyed as in the centroid (`>n:...`); actor ids are not names. */
const isLeadName = (t: string) => t[1] === 'n' && t[2] === ':';

/** Similarity fades with the days between an article and a story's latest article. */
function timeDecay(date: string, s: ActiveStory, windowDays: number): number {
  const gap = Math.abs(dayNumber(date) - dayNumber(s.lastDate!));
  return gap <= 2 ? 1 : Math.max(0, 1 - (gap - 2) / (2 * windowDays));
}

/**
 * Ranked names with the best-ranked one of the lead moved first: an article's main name is the
 * one its first sentence is about, not a rarer name said twice further down. (Dev pairwise F1
 * up in 19 of 22 article orders, none down by more than 0.7: README, "Order robustness".)
 */
function leadFirst(ranked: string[], lead: ReadonlySet<string> | undefined): string[] {
  const main = lead ? ranked.find((t) => lead.has(t)) : undefined;
  return main === undefined ? ranked : [main, ...ranked.filter((t) => t !== main)];
}

/** The k heaviest terms, heaviest first (ties by term, for determinism). */
function top(weights: Map<string, number>, k: number): string[] {
  const entries = [...weights];
  entries.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return entries.slice(0, k).map(([t]) => t);
}

function heaviest(m: Map<string, number>, n: number): Map<string, number> {
  const entries = [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return new Map(entries.slice(0, n));
}
