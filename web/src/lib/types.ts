// Response shapes of the Chronicle HTTP API, derived from the server's own route schemas
// (src/api/schemas.ts) so the web app and the API cannot drift apart. Type-only: nothing of the
// server is bundled.
import type { Static } from '@sinclair/typebox';
import type * as S from '../../../src/api/schemas.js';

export type Span = Static<typeof S.Span>;

export interface Page<T> {
  items: T[];
  next: string | null;
}

export type Stats = Static<typeof S.Stats>;
export type ArticleListItem = Static<typeof S.ArticleItem>;
export type ArticleDetail = Static<typeof S.ArticleDetail>;
export type ArticleActor = ArticleDetail['actors'][number];
export type ArticleTimex = ArticleDetail['timexes'][number];
export type ArticleQuote = ArticleDetail['quotes'][number];
export type ArticleEvent = ArticleDetail['events'][number];
export type EventParty = NonNullable<ArticleEvent['source']>;
export type SearchHit = Static<typeof S.SearchItem>;
export type QuoteItem = Static<typeof S.QuoteItem>;
export type EventItem = Static<typeof S.EventItem>;
export type Actor = Static<typeof S.ActorItem>;

/** `GET /api/actors/:id`: the actor with its first quotes and events. */
export interface ActorDetail {
  actor: Actor;
  quotes: QuoteItem[];
  events: EventItem[];
}

export type StorySummary = Static<typeof S.StoryItem>;
export type StoryDetail = Static<typeof S.StoryDetail>;
export type Report = StoryDetail['events'][number]['reports'][number];

/** An actor given either as an id/name string or as `{code, name, actor}`. */
export type PartyRef = string | Partial<EventParty> | null | undefined;

export type TimelineDate = Static<typeof S.Timeline>['dates'][number];
export type Network = Static<typeof S.Network>;
export type NetworkNode = Network['nodes'][number];
export type NetworkEdge = Network['edges'][number];
