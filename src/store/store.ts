import type { Event, Extraction, Quote } from '../contract/extraction.js';
import type { Article } from '../ingest/article.js';
import type { Fingerprint } from '../stories/fingerprint.js';
import type { ActiveStory, Assignment, IndexSnapshot, ReportMove } from '../stories/story-index.js';
import type { DayCount } from '../stories/timeline.js';
import type { CandidateSentence } from '../stories/timeline-candidates.js';
import type {
  ArticleDetail,
  FeedArticle,
  NetworkFilter,
  NetworkGraph,
  StoreStats,
  StorySize,
} from './detail.js';

/** Filters shared by the query commands; dates are YYYY, YYYY-MM or YYYY-MM-DD (partial dates overlap). */
export interface DateFilter {
  from?: string;
  to?: string;
}

/** One page of a list: `limit` rows at most, after the row an earlier page's `next` cursor names. */
export interface Page {
  limit?: number;
  /** Opaque keyset cursor from an earlier page's `next`. */
  cursor?: string;
}

/** A page of rows; `next` continues after the last row, null at the end (keyset, never OFFSET). */
export interface Paged<T> {
  items: T[];
  next: string | null;
}

/** A caller's mistake (bad date, bad cursor, unknown id): surfaces report it as a 4xx, not a crash. */
export class StoreInputError extends Error {
  constructor(
    message: string,
    readonly kind: 'invalid' | 'not-found' = 'invalid',
  ) {
    super(message);
    this.name = 'StoreInputError';
  }
}

export interface ArticleRow {
  id: string;
  date: string | null;
  title: string | null;
  outlet: string | null;
  url: string | null;
  story: string | null;
  chars: number;
  quotes: number;
  events: number;
}

export interface SearchHit {
  id: string;
  date: string | null;
  title: string | null;
  outlet: string | null;
  /** Plain text around the matches (never markup). */
  snippet: string;
  /** The matched terms, as [start, end) offsets into `snippet`. */
  highlights: [number, number][];
}

export interface QuoteRow {
  article: string;
  articleDate: string | null;
  outlet: string | null;
  span: [number, number];
  text: string;
  kind: string;
  speaker: string | null;
  speakerActor: string | null;
  cue: string | null;
  relayedBy: string | null;
  date: string | null;
  rule: string;
}

export interface EventRow {
  article: string;
  articleDate: string | null;
  outlet: string | null;
  /** The sentence that reports the event. */
  span: [number, number];
  /** The word or phrase that fired the rule (the sentence for rows stored before it was kept). */
  trigger: string;
  triggerSpan: [number, number] | null;
  sentence: string;
  code: string;
  plover: string;
  source: string | null;
  sourceName: string | null;
  target: string | null;
  targetName: string | null;
  date: string | null;
  negated: boolean;
  modality: string | null;
  /** False for an event kept but not counted (negated, hypothetical, no doer). */
  counts: boolean;
  rule: string;
}

export interface ExportedArticle {
  id: string;
  date: string | null;
  title: string | null;
  outlet: string | null;
  url: string | null;
  story: string | null;
}

export interface StoreCounts {
  articles: number;
  actors: number;
  mentions: number;
  timexes: number;
  quotes: number;
  events: number;
}

/** Where an article went at ingest, saved with it in the same transaction. */
export interface StoryPlacement {
  assignment: Assignment;
  fingerprint: Fingerprint;
  sentences: CandidateSentence[];
}

export interface StoryRow {
  id: string;
  title: string | null;
  articles: number;
  /** Independent reports: articles that are not copies of another. */
  reports: number;
  outlets: number;
  firstDate: string | null;
  lastDate: string | null;
  topActors: string[];
  topEvents: string[];
}

/** One article of a story with its counting events and its quotes, as the corroboration step reads it. */
export interface StoryReport {
  article: { id: string; date: string | null; outlet: string | null; title: string | null };
  copyOf: string | null;
  events: Event[];
  quotes: Quote[];
}

export interface TimelineFilter extends DateFilter {
  story?: string;
  actor?: string;
  /** An exact actor id (uses the mentions index; `actor` matches names and aliases). */
  actorId?: string;
  query?: string;
  /** Only rows about these days (mentioning them or published on them), plus their copies' originals. */
  days?: string[] /** Only these articles (ids): an actor or word filter resolved once for a request's queries. */;
  articles?: string[];
}

export interface TimelineCandidateRow {
  article: string;
  articleDate: string | null;
  outlet: string | null;
  story: string | null;
  copyOf: string | null;
  kind: string;
  date: string | null;
  text: string;
  rule: string;
}

export interface ActorSummary {
  id: string;
  name: string;
  kind: string;
  code: string;
  role: string | null;
  mentions: number;
  articles: number;
}

export interface UserDictionary {
  name: string;
  content: string;
}

/**
 * Everything the surfaces may do with stored data. SQLite is the default backend; the
 * interface is written over kysely so a PostgreSQL backend can implement the same queries.
 */
export interface Store {
  hasArticle(id: string): Promise<boolean>;
  /** Stores an article and all its annotations in one transaction: all of it or nothing. */
  saveExtraction(extraction: Extraction, source: string, placement?: StoryPlacement): Promise<void>;
  /** The story index as last saved: counters, document frequencies, the most recent stories. */
  loadStoryIndex(maxActive: number): Promise<IndexSnapshot>;
  /** Saves the clusterer's state in one batch: changed stories, document-frequency increments. */
  saveStoryIndex(stories: ActiveStory[], dfChanges: Map<string, number>, seq: number): Promise<void>;
  /**
   * Moves reports to another story at the end of a batch (StoryIndex.settle): each article's
   * story and similarity change, and the story it left, which held it alone, is deleted.
   */
  moveReports(moves: ReportMove[]): Promise<void>;
  /** Stories by size (articles desc), first date, id; `id` picks one story. */
  stories(filter: DateFilter & Page & { query?: string; id?: string }): Promise<Paged<StoryRow>>;
  storyReports(story: string): Promise<StoryReport[]>;
  timelineCandidates(filter: TimelineFilter): Promise<TimelineCandidateRow[]>;
  /** The ids of the articles a timeline filter selects (its days aside). */
  timelineArticles(filter: TimelineFilter): Promise<string[]>;
  /** Per-day report counts of the timeline candidates, and their publication range. */
  timelineDayCounts(
    filter: TimelineFilter,
  ): Promise<{ range: { lo: string; hi: string } | null; counts: DayCount[] }>;
  /** Articles by date then id. */
  articles(filter: DateFilter & Page & { outlet?: string; story?: string }): Promise<Paged<ArticleRow>>;
  /** Best matches first (bm25, then id). */
  search(text: string, filter: DateFilter & Page): Promise<Paged<SearchHit>>;
  /**
   * Quotes by utterance date, article, offset. `speakerActor` is an exact actor id. Unless `all`,
   * only quotes with a speaker (unattributed scare quotes and the writer's own hedges, "X is
   * expected to ...", are kept in the store but are not anyone's words), and not the quoted
   * fragment of a mixed quote again as a partial one.
   */
  quotes(
    filter: DateFilter &
      Page & { speaker?: string; speakerActor?: string; text?: string; outlet?: string; all?: boolean },
  ): Promise<Paged<QuoteRow>>;
  /** Events by date, article, offset. `actorId` is an exact actor id on either side. */
  events(
    filter: DateFilter &
      Page & {
        actor?: string;
        actorId?: string;
        code?: string;
        plover?: string;
        modality?: string;
        all?: boolean;
      },
  ): Promise<Paged<EventRow>>;
  exportArticles(): AsyncIterable<ExportedArticle>;
  counts(): Promise<StoreCounts>;
  /** Counts plus stories, outlets and the date range covered. */
  stats(): Promise<StoreStats>;
  /** One article with every annotation, or null when unknown. */
  article(id: string): Promise<ArticleDetail | null>;
  /** Actors linked by counting events (source → target), heaviest edges first. */
  network(filter: NetworkFilter): Promise<NetworkGraph>;
  /** Changes whenever the stored data may have changed (a write here or by another process). */
  dataVersion(): Promise<string>;
  /** The sequence number of the latest stored article (0 when none): cheap to poll. */
  latestSeq(): Promise<number>;
  /** Articles stored after a sequence number, in arrival order. */
  articlesAfter(seq: number, limit: number): Promise<FeedArticle[]>;
  /** Current sizes of these stories. */
  storySizes(ids: string[]): Promise<StorySize[]>;
  /**
   * Actors with mention counts, by mentions desc then id; `name` matches the canonical name,
   * the id or any mention; `id` picks one actor.
   */
  actors(filter: Page & { name?: string; kind?: string; id?: string }): Promise<Paged<ActorSummary>>;
  /** Moves every mention of `from` to `into`, and keeps doing so for later extractions. */
  mergeActors(from: string, into: string): Promise<void>;
  renameActor(id: string, name: string): Promise<void>;
  /** Stores (or replaces) a user dictionary of actors under a name. */
  addDictionary(dictionary: UserDictionary): Promise<void>;
  dictionaries(): Promise<UserDictionary[]>;
  /** Every stored article, in id order. */
  storedArticles(): AsyncIterable<Article>;
  /** Replaces an already stored article's annotations with a new extraction of it. */
  replaceExtraction(extraction: Extraction): Promise<void>;
  close(): Promise<void>;
}
export type * from './detail.js';
