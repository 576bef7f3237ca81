import { type Kysely, type Migration, sql } from 'kysely';

/** Versioned schema migrations, applied in name order; never edit one that has shipped. */
export const migrations: Record<string, Migration> = {
  '0001_core': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('articles')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('date', 'text')
        .addColumn('title', 'text')
        .addColumn('outlet', 'text')
        .addColumn('url', 'text')
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('story', 'text')
        .execute();
      await db.schema.createIndex('articles_date').on('articles').column('date').execute();
      await db.schema
        .createTable('actors')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('code', 'text', (c) => c.notNull())
        .addColumn('role', 'text')
        .execute();
      const annotation = (name: string) =>
        db.schema
          .createTable(name)
          .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
          .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
          .addColumn('start', 'integer', (c) => c.notNull())
          .addColumn('end', 'integer', (c) => c.notNull());
      await annotation('mentions')
        .addColumn('actor_id', 'text', (c) => c.notNull().references('actors.id'))
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('rule', 'text', (c) => c.notNull())
        .execute();
      await annotation('timexes')
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('value', 'text', (c) => c.notNull())
        .addColumn('mod', 'text')
        .addColumn('date_start', 'text')
        .addColumn('date_end', 'text')
        .addColumn('rule', 'text', (c) => c.notNull())
        .execute();
      await annotation('quotes')
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('speaker_name', 'text')
        .addColumn('speaker_actor', 'text')
        .addColumn('speaker_start', 'integer')
        .addColumn('speaker_end', 'integer')
        .addColumn('cue_text', 'text')
        .addColumn('cue_start', 'integer')
        .addColumn('cue_end', 'integer')
        .addColumn('relayed_by', 'text')
        .addColumn('date', 'text')
        .addColumn('date_start', 'text')
        .addColumn('date_end', 'text')
        .addColumn('rule', 'text', (c) => c.notNull())
        .execute();
      let events = annotation('events')
        .addColumn('code', 'text', (c) => c.notNull())
        .addColumn('plover', 'text', (c) => c.notNull());
      for (const side of ['source', 'target']) {
        events = events
          .addColumn(`${side}_code`, 'text')
          .addColumn(`${side}_name`, 'text')
          .addColumn(`${side}_actor`, 'text')
          .addColumn(`${side}_start`, 'integer')
          .addColumn(`${side}_end`, 'integer');
      }
      await events
        .addColumn('date', 'text')
        .addColumn('date_start', 'text')
        .addColumn('date_end', 'text')
        .addColumn('negated', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('modality', 'text')
        .addColumn('rule', 'text', (c) => c.notNull())
        .execute();
      for (const t of ['mentions', 'timexes', 'quotes', 'events']) {
        await db.schema.createIndex(`${t}_article`).on(t).column('article_id').execute();
      }
      await db.schema.createIndex('mentions_actor').on('mentions').column('actor_id').execute();
      await db.schema.createIndex('quotes_speaker').on('quotes').column('speaker_actor').execute();
      await db.schema.createIndex('events_code').on('events').column('code').execute();

      // Full-text search over article and quote text (external content: the text is stored once).
      await sql`CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')`.execute(
        db,
      );
      await sql`CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text); END`.execute(
        db,
      );
      await sql`CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text); END`.execute(
        db,
      );
      await sql`CREATE VIRTUAL TABLE quotes_fts USING fts5(text, content='quotes', content_rowid='id', tokenize='unicode61 remove_diacritics 2')`.execute(
        db,
      );
      await sql`CREATE TRIGGER quotes_fts_ai AFTER INSERT ON quotes BEGIN
        INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text); END`.execute(db);
      await sql`CREATE TRIGGER quotes_fts_ad AFTER DELETE ON quotes BEGIN
        INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text); END`.execute(db);
    },
  },
  '0002_stories': {
    async up(db: Kysely<unknown>) {
      // The clusterer's compact state: one row per story, its centroid as JSON (saved in batches).
      await db.schema
        .createTable('stories')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('first_date', 'text')
        .addColumn('last_date', 'text')
        .addColumn('size', 'integer', (c) => c.notNull())
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('centroid', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('stories_seq').on('stories').column('seq').execute();
      // Each article's place: its story, the earlier article it copies (syndication) if any, and
      // its syndication fingerprint (JSON), so a later run can find copies of it.
      await db.schema
        .createTable('story_reports')
        .addColumn('article_id', 'text', (c) => c.primaryKey().references('articles.id').onDelete('cascade'))
        .addColumn('story_id', 'text', (c) => c.notNull())
        .addColumn('copy_of', 'text')
        .addColumn('similarity', 'real', (c) => c.notNull())
        .addColumn('fingerprint', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('story_reports_story').on('story_reports').column('story_id').execute();
      await db.schema.createIndex('articles_story').on('articles').column('story').execute();
      // Document frequencies for IDF, written in batches, and counters.
      await db.schema
        .createTable('story_terms')
        .addColumn('term', 'text', (c) => c.primaryKey())
        .addColumn('df', 'integer', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('story_meta')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('value', 'integer', (c) => c.notNull())
        .execute();
      // Timeline candidates found at ingest: lead sentences and sentences that mention a day.
      await db.schema
        .createTable('story_sentences')
        .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
        .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('start', 'integer', (c) => c.notNull())
        .addColumn('end', 'integer', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('date', 'text')
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('rule', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('story_sentences_article')
        .on('story_sentences')
        .column('article_id')
        .execute();
    },
  },
  '0003_actor_curation': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('actor_merges')
        .addColumn('from_id', 'text', (c) => c.primaryKey())
        .addColumn('into_id', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('actor_dictionaries')
        .addColumn('name', 'text', (c) => c.primaryKey())
        .addColumn('content', 'text', (c) => c.notNull())
        .execute();
    },
  },
  '0004_event_counts': {
    async up(db: Kysely<unknown>) {
      // Whether an event counts (asserted, with a doer): queries list counting events by default.
      await db.schema
        .alterTable('events')
        .addColumn('counts', 'integer', (c) => c.notNull().defaultTo(1))
        .execute();
    },
  },
  '0005_event_trigger': {
    async up(db: Kysely<unknown>) {
      // The word or phrase that fired the event's rule, so listings show it instead of the whole
      // sentence (the event's span). Null for rows stored before this migration.
      await db.schema.alterTable('events').addColumn('trigger_start', 'integer').execute();
      await db.schema.alterTable('events').addColumn('trigger_end', 'integer').execute();
      await db.schema.alterTable('events').addColumn('trigger_text', 'text').execute();
    },
  },
  '0006_api_indexes': {
    async up(db: Kysely<unknown>) {
      // Keyset pages walk these orders: an index on the very sort key reads one page, not all rows.
      await sql`CREATE INDEX articles_page ON articles (coalesce(date, ''), id)`.execute(db);
      await sql`CREATE INDEX quotes_page ON quotes (coalesce(date_start, ''), article_id, start, id)`.execute(
        db,
      );
      await sql`CREATE INDEX events_page ON events (coalesce(date_start, ''), article_id, start, id)`.execute(
        db,
      );
      // Actor lists count mentions and articles per actor from this index alone.
      await db.schema
        .createIndex('mentions_actor_article')
        .on('mentions')
        .columns(['actor_id', 'article_id'])
        .execute();
      // Timelines count the sentences that mention each day.
      await db.schema
        .createIndex('story_sentences_day')
        .on('story_sentences')
        .columns(['kind', 'date'])
        .execute();
    },
  },
  // A second 0006 step: databases that already ran 0006_api_indexes get the table too.
  '0006_b_actor_aliases': {
    async up(db: Kysely<unknown>) {
      // Every distinct mention text per actor: `LIKE '%name%'` filters scan these, not every mention.
      await db.schema
        .createTable('actor_aliases')
        .addColumn('actor_id', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('actor_aliases_pk', ['actor_id', 'text'])
        .execute();
      await sql`INSERT INTO actor_aliases (actor_id, text) SELECT DISTINCT actor_id, text FROM mentions`.execute(
        db,
      );
    },
  },
  '0007_timeline_days': {
    async up(db: Kysely<unknown>) {
      // The whole-database timeline ranks days by these counts; kept at ingest (savePlacement),
      // it reads a few thousand day rows instead of counting every candidate sentence.
      await db.schema
        .createTable('timeline_days')
        .addColumn('day', 'text', (c) => c.primaryKey())
        .addColumn('published', 'integer', (c) => c.notNull())
        .addColumn('mentioned', 'integer', (c) => c.notNull())
        .modifyEnd(sql`WITHOUT ROWID`)
        .execute();
      await sql`INSERT INTO timeline_days (day, published, mentioned)
        SELECT day, sum(p), sum(m) FROM (
          SELECT a.date AS day, count(DISTINCT coalesce(r.copy_of, a.id)) AS p, 0 AS m
          FROM articles a LEFT JOIN story_reports r ON r.article_id = a.id
          WHERE a.date IS NOT NULL AND EXISTS (SELECT 1 FROM story_sentences c WHERE c.article_id = a.id)
          GROUP BY a.date
          UNION ALL
          SELECT c.date, 0, count(DISTINCT coalesce(r.copy_of, c.article_id))
          FROM story_sentences c LEFT JOIN story_reports r ON r.article_id = c.article_id
          WHERE c.kind = 'date' AND c.date IS NOT NULL
          GROUP BY c.date)
        GROUP BY day`.execute(db);
      // Filtered timelines count the days each chosen article mentions from this index alone.
      await db.schema
        .createIndex('story_sentences_article_day')
        .on('story_sentences')
        .columns(['article_id', 'kind', 'date'])
        .execute();
    },
  },
  '0008_actor_readings': {
    async up(db: Kysely<unknown>) {
      // Each article's reading of an actor (its code and role there): the actors row lists the
      // reading most articles give. Additive: stored rows keep their reading until an article
      // mentioning them is ingested or re-resolved.
      await db.schema
        .createTable('actor_readings')
        .addColumn('actor_id', 'text', (c) => c.notNull())
        .addColumn('article_id', 'text', (c) => c.notNull())
        .addColumn('code', 'text', (c) => c.notNull())
        .addColumn('role', 'text')
        .addColumn('mentions', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('actor_readings_pk', ['actor_id', 'article_id'])
        .execute();
      await db.schema
        .createIndex('actor_readings_article')
        .on('actor_readings')
        .column('article_id')
        .execute();
    },
  },
};
