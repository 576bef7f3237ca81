/**
 * The public extraction format (shared/tools/README.md, "The CLI contract"), published as a JSON
 * Schema in `schema/extraction.schema.json`. Every annotation also names the `rule` that made it.
 */
import type { Article } from '../ingest/article.js';
import type { Span } from '../text/types.js';

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface Timex {
  span: Span;
  text: string;
  type: TimexType;
  /** A TIMEX3 value: `2022-02-01`, `2022-W04`, `199`, `P3D`, `PRESENT_REF`, ... */
  value: string;
  mod?: string;
  rule: string;
}

export type ActorKind = 'person' | 'country' | 'organization' | 'group' | 'media' | 'sector' | 'location';

export interface Mention {
  span: Span;
  text: string;
  rule: string;
}

export interface Actor {
  id: string;
  name: string;
  kind: ActorKind;
  /** CAMEO actor code, country first: `RUS`, `RUSGOV`, `IGONAT`. */
  code: string;
  /** The role held on the article date, e.g. "President of Russia". */
  role?: string;
  mentions: Mention[];
}

export interface Participant {
  name: string;
  actor?: string;
  span?: Span;
}

export type QuoteKind = 'direct' | 'partial' | 'mixed' | 'indirect';

export interface Quote {
  span: Span;
  text: string;
  kind: QuoteKind;
  speaker: Participant | null;
  cue?: { span: Span; text: string };
  /** The outlet that relayed the quote ("as quoted by CNN"), never the speaker. */
  relayedBy?: string;
  /** The utterance date (TIMEX3 value, precision kept). */
  date?: string;
  rule: string;
}

export interface EventSide {
  code: string;
  name?: string;
  actor?: string;
  span?: Span;
}

export type Modality = 'asserted' | 'hypothetical' | 'future' | 'past';

export interface Event {
  span: Span;
  /** CAMEO code as a string, leading zero kept: "0211". */
  code: string;
  plover: string;
  source: EventSide | null;
  target: EventSide | null;
  date?: string;
  negated?: boolean;
  modality?: Modality;
  rule: string;
  /** Stable within the extraction: `e<n>`. */
  id?: string;
  /** The CAMEO root, two digits. */
  root?: string;
  /** GDELT QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
  quadClass?: number;
  /** Goldstein conflict-cooperation score, -10..+10. */
  goldstein?: number;
  /** The sentence that reports the event. */
  sentence?: Span;
  /** The word or phrase that fired the rule. */
  trigger?: { span: Span; text: string };
  /** Further sources and targets of a compound ("Washington and NATO"): one event, actor lists. */
  sources?: EventSide[];
  targets?: EventSide[];
  /** Who reported the event ("Putin said the West ignored ..."): the speaker's side. */
  reportedBy?: EventSide;
  /** The event id of the statement that reports this one, or of the event this statement reports. */
  linked?: string;
  /** Index in `quotes` of the quote the event was read from. */
  quote?: number;
  /** True for events that count by default: asserted, future intent or past, and not negated. */
  counts?: boolean;
}

export interface Extraction {
  id: string;
  article: Article;
  actors: Actor[];
  timexes: Timex[];
  quotes: Quote[];
  events: Event[];
}
