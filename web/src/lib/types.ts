// Response shapes of the Chronicle HTTP API (see the agreed contract, docs in README "Web app").
// Fields the server may omit are optional so the views degrade instead of crashing.

export type Span = [number, number];

export interface Page<T> {
  items: T[];
  next: string | null;
}

export interface Stats {
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

export interface ArticleListItem {
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

export interface ArticleActor {
  id: string;
  name: string;
  kind: string;
  code?: string | null;
  role?: string | null;
  mentions: { span: Span; text: string; rule: string }[];
}

export interface ArticleTimex {
  span: Span;
  text: string;
  type: string;
  value: string;
  mod?: string | null;
  rule: string;
}

export interface ArticleQuote {
  span: Span;
  text: string;
  kind: string;
  speaker: { name: string; actor?: string | null; span?: Span | null } | null;
  cue: { span: Span; text: string } | null;
  relayedBy?: string | null;
  date?: string | null;
  rule: string;
}

export interface EventParty {
  code?: string | null;
  name?: string | null;
  actor?: string | null;
  span?: Span | null;
}

export interface ArticleEvent {
  span: Span;
  trigger: { span: Span; text: string } | null;
  code: string;
  plover?: string | null;
  source: EventParty | null;
  target: EventParty | null;
  date?: string | null;
  negated?: boolean;
  modality?: string | null;
  counts?: boolean;
  rule: string;
}

export interface ArticleDetail {
  article: {
    id: string;
    date: string | null;
    title: string | null;
    outlet: string | null;
    url: string | null;
    story: string | null;
    text: string;
  };
  actors: ArticleActor[];
  timexes: ArticleTimex[];
  quotes: ArticleQuote[];
  events: ArticleEvent[];
}

export interface SearchHit {
  id: string;
  date: string | null;
  title: string | null;
  outlet: string | null;
  snippet: string;
  highlights?: Span[];
}

export interface QuoteItem {
  article: string;
  articleDate: string | null;
  outlet: string | null;
  span: Span;
  text: string;
  kind: string;
  speaker: string | null;
  speakerActor: string | null;
  cue: string | null;
  relayedBy: string | null;
  date: string | null;
  rule: string;
}

export interface EventItem {
  article: string;
  articleDate: string | null;
  outlet: string | null;
  span: Span;
  trigger: string | null;
  code: string;
  plover: string | null;
  source: string | null;
  sourceName: string | null;
  target: string | null;
  targetName: string | null;
  date: string | null;
  negated: boolean;
  modality: string | null;
  counts: boolean;
  rule: string;
}

export interface Actor {
  id: string;
  name: string;
  kind: string;
  code: string | null;
  role: string | null;
  mentions: number;
  articles: number;
}

export interface ActorDetail {
  actor: Actor;
  quotes: QuoteItem[];
  events: EventItem[];
}

export interface StorySummary {
  id: string;
  title: string | null;
  articles: number;
  reports: number;
  outlets: number | string[];
  firstDate: string | null;
  lastDate: string | null;
  topActors?: unknown[];
  topEvents?: unknown[];
}

/** An actor given either as an id/name string or as `{code, name, actor}`. */
export type PartyRef = string | EventParty | null | undefined;

export interface Report {
  article: string;
  outlet: string | null;
  date: string | null;
}

export interface StoryDetail {
  story: StorySummary;
  articles: {
    id: string;
    date: string | null;
    title: string | null;
    outlet: string | null;
    copyOf: string | null;
  }[];
  events: {
    code: string;
    plover: string | null;
    source: PartyRef;
    target: PartyRef;
    date: string | null;
    reports: Report[];
    corroboration: number;
  }[];
  quotes: {
    speaker: PartyRef;
    speakerActor?: string | null;
    text: string;
    date: string | null;
    reports: Report[];
    corroboration: number;
  }[];
}

export interface TimelineDate {
  date: string;
  sentences: string[];
  sources: string[];
  articles: number;
}

export interface NetworkNode {
  id: string;
  name: string;
  kind: string;
  code: string | null;
  mentions: number;
}

export interface NetworkEdge {
  source: string;
  target: string;
  weight: number;
  plover: Record<string, number>;
}

export interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  truncated: boolean;
}
