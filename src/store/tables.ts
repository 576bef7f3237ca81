import type { Generated } from 'kysely';

/** Table types for kysely, shared by every backend. Offsets are UTF-16 code units into articles.text. */
export interface ArticlesTable {
  id: string;
  date: string | null;
  title: string | null;
  outlet: string | null;
  url: string | null;
  /** The exact source text the offsets index. */
  text: string;
  source: string;
  story: string | null;
}

export interface ActorsTable {
  id: string;
  name: string;
  kind: string;
  code: string;
  role: string | null;
}

export interface MentionsTable {
  id: Generated<number>;
  article_id: string;
  actor_id: string;
  start: number;
  end: number;
  text: string;
  rule: string;
}

export interface TimexesTable {
  id: Generated<number>;
  article_id: string;
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
  mod: string | null;
  date_start: string | null;
  date_end: string | null;
  rule: string;
}

export interface QuotesTable {
  id: Generated<number>;
  article_id: string;
  start: number;
  end: number;
  text: string;
  kind: string;
  speaker_name: string | null;
  speaker_actor: string | null;
  speaker_start: number | null;
  speaker_end: number | null;
  cue_text: string | null;
  cue_start: number | null;
  cue_end: number | null;
  relayed_by: string | null;
  date: string | null;
  date_start: string | null;
  date_end: string | null;
  rule: string;
}

export interface EventsTable {
  id: Generated<number>;
  article_id: string;
  start: number;
  end: number;
  code: string;
  plover: string;
  source_code: string | null;
  source_name: string | null;
  source_actor: string | null;
  source_start: number | null;
  source_end: number | null;
  target_code: string | null;
  target_name: string | null;
  target_actor: string | null;
  target_start: number | null;
  target_end: number | null;
  date: string | null;
  date_start: string | null;
  date_end: string | null;
  negated: number;
  /** 1 when the event counts (asserted, with a doer); 0 when it is kept but not counted. */
  counts: number;
  modality: string | null;
  rule: string;
  /** The trigger (word or phrase that fired the rule); null in rows stored before 0005. */
  trigger_start: number | null;
  trigger_end: number | null;
  trigger_text: string | null;
}

export interface StoriesTable {
  id: string;
  first_date: string | null;
  last_date: string | null;
  size: number;
  seq: number;
  /** JSON: [[term, weight], ...] */
  centroid: string;
}

export interface StoryReportsTable {
  article_id: string;
  story_id: string;
  copy_of: string | null;
  similarity: number;
  /** JSON: number[] */
  fingerprint: string;
}

export interface StoryTermsTable {
  term: string;
  df: number;
}

export interface StoryMetaTable {
  key: string;
  value: number;
}

export interface StorySentencesTable {
  id: Generated<number>;
  article_id: string;
  start: number;
  end: number;
  kind: string;
  date: string | null;
  text: string;
  rule: string;
}

/** `actors merge FROM INTO`: FROM's mentions, now and in later ingests, belong to INTO. */
export interface ActorMergesTable {
  from_id: string;
  into_id: string;
}

/** `actors add --file`: user dictionaries layered over the bundled actor data. */
export interface ActorDictionariesTable {
  name: string;
  content: string;
}

/** The distinct texts of each actor's mentions, so name filters find actor ids without a scan. */
export interface ActorAliasesTable {
  actor_id: string;
  text: string;
}

/** One article's reading of an actor: the code and role it gave there (the actors row lists the best supported). */
export interface ActorReadingsTable {
  actor_id: string;
  article_id: string;
  code: string;
  role: string | null;
  mentions: number;
}

/** Per day, the independent reports the whole-database timeline ranks it by (kept at ingest). */
export interface TimelineDaysTable {
  day: string;
  published: number;
  mentioned: number;
}

export interface Database {
  actor_aliases: ActorAliasesTable;
  actor_readings: ActorReadingsTable;
  actor_merges: ActorMergesTable;
  actor_dictionaries: ActorDictionariesTable;
  articles: ArticlesTable;
  actors: ActorsTable;
  mentions: MentionsTable;
  timexes: TimexesTable;
  quotes: QuotesTable;
  events: EventsTable;
  stories: StoriesTable;
  story_reports: StoryReportsTable;
  story_terms: StoryTermsTable;
  story_meta: StoryMetaTable;
  story_sentences: StorySentencesTable;
  timeline_days: TimelineDaysTable;
}
