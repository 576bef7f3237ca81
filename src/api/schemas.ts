import { type TSchema, Type } from '@sinclair/typebox';

/** TypeBox schemas shared by the routes: they validate input and shape (and document) output. */

export const MAX_LIMIT = 500;
export const DEFAULT_LIMIT = 50;

export const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const Str = Type.String();
const NStr = Nullable(Str);
const Int = Type.Integer();
export const Span = Type.Tuple([Int, Int], { description: '[start, end) UTF-16 offsets into article.text' });

export const ErrorBody = Type.Object({ error: Str }, { description: 'What went wrong, in one line' });

const DateParam = Type.String({
  pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$',
  description: 'YYYY, YYYY-MM or YYYY-MM-DD; partial dates overlap the days in them',
});
export const DateRange = { from: Type.Optional(DateParam), to: Type.Optional(DateParam) };
export const Paging = {
  limit: Type.Optional(
    Type.Integer({
      minimum: 1,
      maximum: MAX_LIMIT,
      default: DEFAULT_LIMIT,
      description: `at most ${MAX_LIMIT}`,
    }),
  ),
  cursor: Type.Optional(Type.String({ description: 'the "next" value of the previous page' })),
};

/** `{items, next}`: follow `next` until it is null to see every row exactly once. */
export const PageOf = <T extends TSchema>(item: T) =>
  Type.Object({ items: Type.Array(item), next: Nullable(Str) });

export const IdParams = Type.Object({ id: Str });

export const Stats = Type.Object({
  articles: Int,
  actors: Int,
  mentions: Int,
  timexes: Int,
  quotes: Int,
  events: Int,
  stories: Int,
  outlets: Int,
  firstDate: NStr,
  lastDate: NStr,
});

export const ArticleItem = Type.Object({
  id: Str,
  date: NStr,
  title: NStr,
  outlet: NStr,
  url: NStr,
  story: NStr,
  chars: Int,
  quotes: Int,
  events: Int,
});

const Mention = Type.Object({ span: Span, text: Str, rule: Str });
const DetailSide = Type.Object({ code: Str, name: NStr, actor: NStr, span: Nullable(Span) });
export const ArticleDetail = Type.Object({
  // The listing's fields without the counts, and the text every span indexes.
  article: Type.Composite([
    Type.Omit(ArticleItem, ['chars', 'quotes', 'events']),
    Type.Object({ text: Str }),
  ]),
  actors: Type.Array(
    Type.Object({ id: Str, name: Str, kind: Str, code: Str, role: NStr, mentions: Type.Array(Mention) }),
  ),
  timexes: Type.Array(Type.Object({ span: Span, text: Str, type: Str, value: Str, mod: NStr, rule: Str })),
  quotes: Type.Array(
    Type.Object({
      span: Span,
      text: Str,
      kind: Str,
      speaker: Nullable(Type.Object({ name: Str, actor: NStr, span: Nullable(Span) })),
      cue: Nullable(Type.Object({ span: Span, text: Str })),
      relayedBy: NStr,
      date: NStr,
      rule: Str,
    }),
  ),
  events: Type.Array(
    Type.Object({
      span: Span,
      trigger: Nullable(Type.Object({ span: Span, text: Str })),
      code: Str,
      plover: Str,
      source: Nullable(DetailSide),
      target: Nullable(DetailSide),
      date: NStr,
      negated: Type.Boolean(),
      modality: NStr,
      counts: Type.Boolean(),
      rule: Str,
    }),
  ),
});

export const SearchItem = Type.Object({
  id: Str,
  date: NStr,
  title: NStr,
  outlet: NStr,
  snippet: Type.String({ description: 'plain text, never HTML' }),
  highlights: Type.Array(Span, { description: 'matched terms as [start, end) offsets into snippet' }),
});

export const QuoteItem = Type.Object({
  article: Str,
  articleDate: NStr,
  outlet: NStr,
  span: Span,
  text: Str,
  kind: Str,
  speaker: NStr,
  speakerActor: NStr,
  cue: NStr,
  relayedBy: NStr,
  date: NStr,
  rule: Str,
});

export const EventItem = Type.Object({
  article: Str,
  articleDate: NStr,
  outlet: NStr,
  span: Span,
  trigger: Type.String({
    description:
      'the word or phrase that fired the rule (the sentence for events stored before triggers were kept)',
  }),
  triggerSpan: Nullable(Span),
  sentence: Type.String({ description: 'the text of the event span (its sentence)' }),
  code: Str,
  plover: Str,
  source: NStr,
  sourceName: NStr,
  target: NStr,
  targetName: NStr,
  date: NStr,
  negated: Type.Boolean(),
  modality: NStr,
  counts: Type.Boolean(),
  rule: Str,
});

export const ActorItem = Type.Object({
  id: Str,
  name: Str,
  kind: Str,
  code: Str,
  role: NStr,
  mentions: Int,
  articles: Int,
});

export const StoryItem = Type.Object({
  id: Str,
  title: NStr,
  articles: Int,
  reports: Int,
  outlets: Int,
  firstDate: NStr,
  lastDate: NStr,
  topActors: Type.Array(Str),
  topEvents: Type.Array(Str),
});

const ReportRef = Type.Object({ article: Str, outlet: NStr, date: NStr });
const StorySide = Nullable(Type.Object({ code: Str, name: NStr, actor: NStr }));
export const StoryDetail = Type.Object({
  story: StoryItem,
  articles: Type.Array(Type.Object({ id: Str, date: NStr, title: NStr, outlet: NStr, copyOf: NStr })),
  events: Type.Array(
    Type.Object({
      code: Str,
      plover: Str,
      source: StorySide,
      target: StorySide,
      date: NStr,
      reports: Type.Array(ReportRef),
      corroboration: Int,
    }),
  ),
  quotes: Type.Array(
    Type.Object({
      speaker: NStr,
      speakerActor: NStr,
      text: Str,
      kind: Str,
      date: NStr,
      reports: Type.Array(ReportRef),
      corroboration: Int,
    }),
  ),
});

export const Timeline = Type.Object({
  dates: Type.Array(
    Type.Object({ date: Str, sentences: Type.Array(Str), sources: Type.Array(Str), articles: Int }),
  ),
});

export const Network = Type.Object({
  nodes: Type.Array(Type.Object({ id: Str, name: Str, kind: Str, code: Str, mentions: Int })),
  edges: Type.Array(
    Type.Object({
      source: Str,
      target: Str,
      weight: Int,
      plover: Type.Record(Str, Int, { description: 'events per PLOVER type' }),
    }),
  ),
  truncated: Type.Boolean({ description: 'true when limit dropped lighter edges' }),
});

export const IngestResult = Type.Object({
  ingested: Type.Array(Str),
  skipped: Type.Array(Str, { description: 'ids already stored' }),
  failed: Type.Array(Type.Object({ line: Int, id: Type.Optional(Str), error: Str })),
});

/** Responses every route may give besides its own: errors as `{error}`. */
export const errors = (...codes: number[]) =>
  Object.fromEntries(codes.map((c) => [c, ErrorBody])) as Record<number, typeof ErrorBody>;
