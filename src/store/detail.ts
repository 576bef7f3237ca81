/** Rows the store returns for one article with every annotation, as the API's source view needs. */
import type { ArticleRow } from './store.js';

export type SpanPair = [number, number];

export interface DetailMention {
  span: SpanPair;
  text: string;
  rule: string;
}

export interface DetailActor {
  id: string;
  name: string;
  kind: string;
  code: string;
  role: string | null;
  mentions: DetailMention[];
}

export interface DetailTimex {
  span: SpanPair;
  text: string;
  type: string;
  value: string;
  mod: string | null;
  rule: string;
}

export interface DetailQuote {
  span: SpanPair;
  text: string;
  kind: string;
  speaker: { name: string; actor: string | null; span: SpanPair | null } | null;
  cue: { span: SpanPair; text: string } | null;
  relayedBy: string | null;
  date: string | null;
  rule: string;
}

export interface DetailSide {
  code: string;
  name: string | null;
  actor: string | null;
  span: SpanPair | null;
}

export interface DetailEvent {
  span: SpanPair;
  /** The word or phrase that fired the rule; null until the store keeps triggers. */
  trigger: { span: SpanPair; text: string } | null;
  code: string;
  plover: string;
  source: DetailSide | null;
  target: DetailSide | null;
  date: string | null;
  negated: boolean;
  modality: string | null;
  counts: boolean;
  rule: string;
}

export interface ArticleDetail {
  /** The article's listing fields (no counts) and its full text, which every span indexes. */
  article: Omit<ArticleRow, 'chars' | 'quotes' | 'events'> & { text: string };
  actors: DetailActor[];
  timexes: DetailTimex[];
  quotes: DetailQuote[];
  events: DetailEvent[];
}

export interface StoreStats {
  articles: number;
  actors: number;
  mentions: number;
  timexes: number;
  quotes: number;
  events: number;
  stories: number;
  outlets: number;
  firstDate: string | null;
  lastDate: string | null;
}

export interface NetworkNode {
  id: string;
  name: string;
  kind: string;
  code: string;
  mentions: number;
}

export interface NetworkEdge {
  source: string;
  target: string;
  /** Counting events from source to target. */
  weight: number;
  /** Events per PLOVER type. */
  plover: Record<string, number>;
}

export interface NetworkGraph {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  /** True when `limit` dropped edges (the heaviest are kept). */
  truncated: boolean;
}

export interface NetworkFilter {
  from?: string;
  to?: string;
  minWeight?: number;
  limit?: number;
}

/** An article as the live feed announces it; `seq` orders arrivals (SQLite rowid). */
export interface FeedArticle {
  seq: number;
  id: string;
  date: string | null;
  title: string | null;
  outlet: string | null;
  story: string | null;
}

export interface StorySize {
  id: string;
  articles: number;
  reports: number;
}
