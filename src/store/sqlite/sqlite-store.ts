import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect, sql, type Transaction } from 'kysely';
import type { Extraction } from '../../contract/extraction.js';
import type { Article } from '../../ingest/article.js';
import type { ActiveStory, IndexSnapshot, ReportMove } from '../../stories/story-index.js';
import { extractionRows } from '../rows.js';
import type {
  ActorSummary,
  ArticleDetail,
  ArticleRow,
  DateFilter,
  EventRow,
  ExportedArticle,
  FeedArticle,
  NetworkFilter,
  NetworkGraph,
  Page,
  Paged,
  QuoteRow,
  SearchHit,
  Store,
  StoreCounts,
  StoreStats,
  StoryPlacement,
  StoryReport,
  StoryRow,
  StorySize,
  TimelineCandidateRow,
  TimelineFilter,
  UserDictionary,
} from '../store.js';
import { StoreInputError } from '../store.js';
import type { Database } from '../tables.js';
import { decodeCursor, page } from './cursor.js';
import { bounds, ftsQuery, like } from './filters.js';
import { migrations } from './migrations.js';
import { MARK_CLOSE, MARK_OPEN, unmark } from './snippet.js';
import * as storyQueries from './story-queries.js';
import * as views from './views.js';

const DEFAULT_LIMIT = 100;

/** Opens (creating when missing) a SQLite database: WAL, foreign keys, migrations applied. */
export async function openSqliteStore(file: string): Promise<Store> {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const raw = new SQLite(file);
  raw.pragma('journal_mode = WAL');
  raw.pragma('foreign_keys = ON');
  raw.pragma('synchronous = NORMAL');
  raw.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: cachingStatements(raw) }) });
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error } = await migrator.migrateToLatest();
  if (error) {
    await db.destroy();
    throw new Error(`${file}: cannot migrate the database: ${(error as Error).message}`);
  }
  return new SqliteStore(db);
}

// Distinct statements kept prepared; ingest uses a few dozen (multi-row inserts vary in size).
const STATEMENT_CACHE = 500;

/**
 * The database as Kysely sees it, with prepared statements reused by their SQL text: preparing
 * costs as much as running the small inserts of an ingest, which repeat the same few statements.
 */
function cachingStatements(raw: SQLite.Database): { close(): void; prepare(sql: string): SQLite.Statement } {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => raw.close(),
    prepare(sql: string) {
      let stmt = cache.get(sql);
      if (!stmt) {
        if (cache.size >= STATEMENT_CACHE) cache.clear();
        stmt = raw.prepare(sql);
        cache.set(sql, stmt);
      }
      return stmt;
    },
  };
}

class SqliteStore implements Store {
  /** Writes through this connection; SQLite's data_version only counts other connections' commits. */
  private writes = 0;

  constructor(private readonly db: Kysely<Database>) {}

  async dataVersion(): Promise<string> {
    const r = await sql<{ data_version: number }>`PRAGMA data_version`.execute(this.db);
    return `${r.rows[0]?.data_version ?? 0}.${this.writes}`;
  }

  async hasArticle(id: string): Promise<boolean> {
    const row = await this.db.selectFrom('articles').select('id').where('id', '=', id).executeTakeFirst();
    return row !== undefined;
  }

  async saveExtraction(ex: Extraction, source: string, placement?: StoryPlacement): Promise<void> {
    this.writes++;
    const rows = await this.curatedRows(ex, source);
    await this.db.transaction().execute(async (trx) => {
      await trx.insertInto('articles').values(rows.article).execute();
      await insertAnnotations(trx, rows);
      if (placement) await storyQueries.savePlacement(trx, ex.id, placement);
    });
  }

  async replaceExtraction(ex: Extraction): Promise<void> {
    this.writes++;
    const rows = await this.curatedRows(ex, '');
    await this.db.transaction().execute(async (trx) => {
      const before = await trx
        .selectFrom('mentions')
        .select('actor_id')
        .where('article_id', '=', ex.id)
        .execute();
      for (const t of ['mentions', 'timexes', 'quotes', 'events', 'actor_readings'] as const)
        await trx.deleteFrom(t).where('article_id', '=', ex.id).execute();
      await insertAnnotations(trx, rows);
      // Aliases only this article gave may be gone: rebuild those of the actors it mentioned.
      const touched = [...new Set(before.map((m) => m.actor_id))];
      if (touched.length) await rebuildAliases(trx, touched);
      if (touched.length) await listBestReadings(trx, touched);
    });
  }

  /** The rows of an extraction with the user's actor merges applied. */
  private async curatedRows(ex: Extraction, source: string): Promise<Rows> {
    const rows = extractionRows(ex, source);
    const merges = new Map(
      (await this.db.selectFrom('actor_merges').selectAll().execute()).map((m) => [m.from_id, m.into_id]),
    );
    if (merges.size) remapActors(rows, merges);
    return rows;
  }

  async actors(f: {
    name?: string;
    kind?: string;
    id?: string;
    limit?: number;
    cursor?: string;
  }): Promise<Paged<ActorSummary>> {
    const after = decodeCursor(f.cursor, ['n', 's']);
    const limit = f.limit ?? DEFAULT_LIMIT;
    let q = this.db
      .selectFrom('actors as a')
      .leftJoin('mentions as m', 'm.actor_id', 'a.id')
      .select((eb) => [
        'a.id',
        'a.name',
        'a.kind',
        'a.code',
        'a.role',
        eb.fn.count<number>('m.id').as('mentions'),
        sql<number>`count(distinct m.article_id)`.as('articles'),
      ])
      .where('a.id', 'not in', (eb) => eb.selectFrom('actor_merges').select('from_id'));
    if (f.kind) q = q.where('a.kind', '=', f.kind);
    if (f.id) q = q.where('a.id', '=', f.id);
    if (f.name) {
      const pattern = like(f.name);
      q = q.where((eb) =>
        eb.or([
          eb('a.name', 'like', pattern),
          eb('a.id', 'like', pattern),
          eb('a.id', 'in', eb.selectFrom('actor_aliases').select('actor_id').where('text', 'like', pattern)),
        ]),
      );
    }
    let grouped = q.groupBy('a.id');
    // Mentions descending: the key is (-mentions, id) ascending.
    if (after) grouped = grouped.having(sql<boolean>`(-count(m.id), a.id) > (${after[0]}, ${after[1]})`);
    const rows = await grouped
      .orderBy('mentions', 'desc')
      .orderBy('a.id')
      .limit(limit + 1)
      .execute();
    return page(
      rows,
      limit,
      (r) => [-Number(r.mentions), r.id],
      (r) => ({ ...r, mentions: Number(r.mentions), articles: Number(r.articles) }),
    );
  }

  async mergeActors(from: string, into: string): Promise<void> {
    this.writes++;
    const ids = await this.db.selectFrom('actors').select('id').where('id', 'in', [from, into]).execute();
    for (const id of [from, into])
      if (!ids.some((r) => r.id === id))
        throw new StoreInputError(`no actor ${id} in the database`, 'not-found');
    const merged = await this.db
      .selectFrom('actor_merges')
      .select('into_id')
      .where('from_id', '=', into)
      .executeTakeFirst();
    const target = merged?.into_id ?? into;
    if (target === from) throw new StoreInputError(`${into} is already merged into ${from}`);
    await this.db.transaction().execute(async (trx) => {
      await trx.updateTable('mentions').set({ actor_id: target }).where('actor_id', '=', from).execute();
      await trx
        .updateTable('quotes')
        .set({ speaker_actor: target })
        .where('speaker_actor', '=', from)
        .execute();
      await trx
        .updateTable('events')
        .set({ source_actor: target })
        .where('source_actor', '=', from)
        .execute();
      await trx
        .updateTable('events')
        .set({ target_actor: target })
        .where('target_actor', '=', from)
        .execute();
      await trx.updateTable('actor_merges').set({ into_id: target }).where('into_id', '=', from).execute();
      await sql`INSERT OR IGNORE INTO actor_aliases (actor_id, text)
        SELECT ${target}, text FROM actor_aliases WHERE actor_id = ${from}`.execute(trx);
      await trx.deleteFrom('actor_aliases').where('actor_id', '=', from).execute();
      // Its articles' readings count for the actor it joins (an article naming both: one reading).
      await sql`INSERT OR IGNORE INTO actor_readings (actor_id, article_id, code, role, mentions)
        SELECT ${target}, article_id, code, role, mentions FROM actor_readings WHERE actor_id = ${from}`.execute(
        trx,
      );
      await trx.deleteFrom('actor_readings').where('actor_id', '=', from).execute();
      await trx
        .insertInto('actor_merges')
        .values({ from_id: from, into_id: target })
        .onConflict((oc) => oc.column('from_id').doUpdateSet({ into_id: target }))
        .execute();
    });
  }

  async renameActor(id: string, name: string): Promise<void> {
    this.writes++;
    const r = await this.db.updateTable('actors').set({ name }).where('id', '=', id).executeTakeFirst();
    if (!Number(r.numUpdatedRows)) throw new StoreInputError(`no actor ${id} in the database`, 'not-found');
  }

  async addDictionary(d: UserDictionary): Promise<void> {
    this.writes++;
    await this.db
      .insertInto('actor_dictionaries')
      .values(d)
      .onConflict((oc) => oc.column('name').doUpdateSet({ content: d.content }))
      .execute();
  }

  async dictionaries(): Promise<UserDictionary[]> {
    return this.db.selectFrom('actor_dictionaries').selectAll().orderBy('name').execute();
  }

  async *storedArticles(): AsyncIterable<Article> {
    const pageSize = 200;
    let after = '';
    for (;;) {
      const page = await this.db
        .selectFrom('articles')
        .select(['id', 'date', 'title', 'outlet', 'url', 'text'])
        .where('id', '>', after)
        .orderBy('id')
        .limit(pageSize)
        .execute();
      for (const r of page) {
        const a: Article = { id: r.id, date: r.date, text: r.text };
        if (r.title !== null) a.title = r.title;
        if (r.outlet !== null) a.outlet = r.outlet;
        if (r.url !== null) a.url = r.url;
        yield a;
      }
      if (page.length < pageSize) return;
      after = page[page.length - 1].id;
    }
  }

  loadStoryIndex(maxActive: number): Promise<IndexSnapshot> {
    return storyQueries.loadStoryIndex(this.db, maxActive);
  }

  saveStoryIndex(stories: ActiveStory[], dfChanges: Map<string, number>, seq: number): Promise<void> {
    this.writes++;
    return storyQueries.saveStoryIndex(this.db, stories, dfChanges, seq);
  }

  moveReports(moves: ReportMove[]): Promise<void> {
    this.writes++;
    return storyQueries.moveReports(this.db, moves);
  }

  stories(f: DateFilter & Page & { query?: string; id?: string }): Promise<Paged<StoryRow>> {
    return storyQueries.listStories(this.db, f);
  }

  storyReports(story: string): Promise<StoryReport[]> {
    return storyQueries.storyReports(this.db, story);
  }

  timelineCandidates(f: TimelineFilter): Promise<TimelineCandidateRow[]> {
    return storyQueries.timelineCandidates(this.db, f);
  }

  timelineArticles(f: TimelineFilter): Promise<string[]> {
    return storyQueries.timelineArticles(this.db, f);
  }

  timelineDayCounts(f: TimelineFilter) {
    return storyQueries.timelineDayCounts(this.db, f);
  }

  async articles(f: {
    from?: string;
    to?: string;
    outlet?: string;
    story?: string;
    limit?: number;
    cursor?: string;
  }): Promise<Paged<ArticleRow>> {
    const { lo, hi } = bounds(f.from, f.to);
    const after = decodeCursor(f.cursor, ['s', 's']);
    const limit = f.limit ?? DEFAULT_LIMIT;
    let q = this.db
      .selectFrom('articles as a')
      .select((eb) => [
        'a.id',
        'a.date',
        'a.title',
        'a.outlet',
        'a.url',
        'a.story',
        sql<number>`length(a.text)`.as('chars'),
        eb
          .selectFrom('quotes')
          .whereRef('quotes.article_id', '=', 'a.id')
          .select(eb.fn.countAll<number>().as('n'))
          .as('quotes'),
        eb
          .selectFrom('events')
          .whereRef('events.article_id', '=', 'a.id')
          .select(eb.fn.countAll<number>().as('n'))
          .as('events'),
      ]);
    if (lo) q = q.where('a.date', '>=', lo);
    if (hi) q = q.where('a.date', '<=', hi);
    if (f.outlet) q = q.where('a.outlet', 'like', like(f.outlet));
    if (f.story) q = q.where('a.story', '=', f.story);
    // Undated articles sort first (as NULLs did); the key is (date or '', id).
    if (after) q = q.where(sql<boolean>`(coalesce(a.date, ''), a.id) > (${after[0]}, ${after[1]})`);
    const rows = await q
      .orderBy(sql`coalesce(a.date, '')`)
      .orderBy('a.id')
      .limit(limit + 1)
      .execute();
    return page(
      rows,
      limit,
      (r) => [r.date ?? '', r.id],
      (r) => ({ ...r, quotes: Number(r.quotes ?? 0), events: Number(r.events ?? 0) }),
    );
  }

  async search(
    text: string,
    f: { from?: string; to?: string; limit?: number; cursor?: string },
  ): Promise<Paged<SearchHit>> {
    const match = ftsQuery(text);
    if (!match) return { items: [], next: null };
    const { lo, hi } = bounds(f.from, f.to);
    const after = decodeCursor(f.cursor, ['n', 's']);
    const limit = f.limit ?? DEFAULT_LIMIT;
    // Ranks are stable while the database does not change; a page boundary is (rank, id).
    const rows = await sql<{
      rid: number;
      id: string;
      date: string | null;
      title: string | null;
      outlet: string | null;
      rank: number;
    }>`
      SELECT * FROM (
        SELECT a.rowid AS rid, a.id, a.date, a.title, a.outlet, bm25(articles_fts) AS rank
        FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
        WHERE articles_fts MATCH ${match}
          AND (${lo} IS NULL OR a.date >= ${lo}) AND (${hi} IS NULL OR a.date <= ${hi}))
      WHERE ${after ? sql`(rank, id) > (${after[0]}, ${after[1]})` : sql`1`}
      ORDER BY rank, id
      LIMIT ${limit + 1}`.execute(this.db);
    // Snippets only for the page: computing one for every match costs more than the ranking.
    const marked = new Map(
      (
        await sql<{ rid: number; marked: string }>`
          SELECT rowid AS rid, snippet(articles_fts, 1, ${MARK_OPEN}, ${MARK_CLOSE}, '…', 12) AS marked
          FROM articles_fts WHERE articles_fts MATCH ${match}
            AND rowid IN (SELECT value FROM json_each(${JSON.stringify(rows.rows.slice(0, limit).map((r) => r.rid))}))`.execute(
          this.db,
        )
      ).rows.map((r) => [r.rid, r.marked]),
    );
    return page(
      rows.rows,
      limit,
      (r) => [r.rank, r.id],
      (r) => ({
        id: r.id,
        date: r.date,
        title: r.title,
        outlet: r.outlet,
        ...unmark(marked.get(r.rid) ?? ''),
      }),
    );
  }

  async quotes(f: {
    from?: string;
    to?: string;
    speaker?: string;
    speakerActor?: string;
    text?: string;
    outlet?: string;
    all?: boolean;
    limit?: number;
    cursor?: string;
  }): Promise<Paged<QuoteRow>> {
    const { lo, hi } = bounds(f.from, f.to);
    const after = decodeCursor(f.cursor, ['s', 's', 'n', 'n']);
    const limit = f.limit ?? DEFAULT_LIMIT;
    let q = this.db
      .selectFrom('quotes as q')
      .innerJoin('articles as a', 'a.id', 'q.article_id')
      .select([
        'q.id',
        'q.article_id',
        'a.date as article_date',
        'a.outlet',
        'q.start',
        'q.end',
        'q.text',
        'q.kind',
        'q.speaker_name',
        'q.speaker_actor',
        'q.cue_text',
        'q.relayed_by',
        'q.date',
        'q.date_start',
        'q.rule',
      ]);
    if (lo) q = q.where('q.date_end', '>=', lo);
    if (hi) q = q.where('q.date_start', '<=', hi);
    if (f.speaker) {
      const name = f.speaker;
      q = q.where((eb) =>
        eb.or([eb('q.speaker_name', 'like', like(name)), actorMatches('q.speaker_actor', name)]),
      );
    }
    if (f.speakerActor) q = q.where('q.speaker_actor', '=', f.speakerActor);
    else if (!f.all) q = q.where('q.speaker_name', 'is not', null);
    // The quoted fragment of a mixed quote is stored as a partial quote too (a reader may look for
    // either); listed, it would show the same words twice.
    if (!f.all)
      q = q.where(
        sql<boolean>`NOT (q.kind = 'partial' AND EXISTS (SELECT 1 FROM quotes m WHERE m.article_id = q.article_id AND m.kind = 'mixed' AND m.start <= q.start AND m."end" >= q."end"))`,
      );
    if (f.outlet) q = q.where('a.outlet', 'like', like(f.outlet));
    if (f.text) {
      const match = ftsQuery(f.text);
      q = q.where('q.id', 'in', sql<number>`(SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ${match})`);
    }
    // Undated quotes first (as NULLs sorted); the id breaks ties so the key is unique.
    if (after)
      q = q.where(
        sql<boolean>`(coalesce(q.date_start, ''), q.article_id, q.start, q.id) > (${after[0]}, ${after[1]}, ${after[2]}, ${after[3]})`,
      );
    const rows = await q
      .orderBy(sql`coalesce(q.date_start, '')`)
      .orderBy('q.article_id')
      .orderBy('q.start')
      .orderBy('q.id')
      .limit(limit + 1)
      .execute();
    return page(
      rows,
      limit,
      (r) => [r.date_start ?? '', r.article_id, r.start, r.id],
      (r): QuoteRow => ({
        article: r.article_id,
        articleDate: r.article_date,
        outlet: r.outlet,
        span: [r.start, r.end],
        text: r.text,
        kind: r.kind,
        speaker: r.speaker_name,
        speakerActor: r.speaker_actor,
        cue: r.cue_text,
        relayedBy: r.relayed_by,
        date: r.date,
        rule: r.rule,
      }),
    );
  }

  async events(f: {
    from?: string;
    to?: string;
    actor?: string;
    actorId?: string;
    code?: string;
    plover?: string;
    modality?: string;
    all?: boolean;
    limit?: number;
    cursor?: string;
  }): Promise<Paged<EventRow>> {
    const { lo, hi } = bounds(f.from, f.to);
    const after = decodeCursor(f.cursor, ['s', 's', 'n', 'n']);
    const limit = f.limit ?? DEFAULT_LIMIT;
    let q = this.db.selectFrom('events as e').innerJoin('articles as a', 'a.id', 'e.article_id').select([
      'e.id',
      'e.article_id',
      'a.date as article_date',
      'a.outlet',
      // Sliced in JS: offsets are UTF-16 units, SQLite's substr counts code points.
      'a.text as article_text',
      'e.start',
      'e.end',
      'e.code',
      'e.plover',
      'e.source_code',
      'e.source_name',
      'e.target_code',
      'e.target_name',
      'e.date',
      'e.date_start',
      'e.negated',
      'e.modality',
      'e.counts',
      'e.rule',
      'e.trigger_start',
      'e.trigger_end',
      'e.trigger_text',
    ]);
    if (lo) q = q.where('e.date_end', '>=', lo);
    if (hi) q = q.where('e.date_start', '<=', hi);
    if (f.code) q = q.where('e.code', 'like', `${f.code.replace(/[%_]/g, '')}%`);
    if (f.plover) q = q.where('e.plover', '=', f.plover.toUpperCase());
    if (f.modality) q = q.where('e.modality', '=', f.modality);
    // Only counting events by default; asking for a modality or for all shows the others too.
    else if (!f.all) q = q.where('e.counts', '=', 1);
    if (f.actor) {
      const name = f.actor;
      q = q.where((eb) =>
        eb.or([
          eb('e.source_name', 'like', like(name)),
          eb('e.target_name', 'like', like(name)),
          eb('e.source_code', '=', name.toUpperCase()),
          eb('e.target_code', '=', name.toUpperCase()),
          actorMatches('e.source_actor', name),
          actorMatches('e.target_actor', name),
        ]),
      );
    }
    if (f.actorId) {
      const id = f.actorId;
      q = q.where((eb) => eb.or([eb('e.source_actor', '=', id), eb('e.target_actor', '=', id)]));
    }
    if (after)
      q = q.where(
        sql<boolean>`(coalesce(e.date_start, ''), e.article_id, e.start, e.id) > (${after[0]}, ${after[1]}, ${after[2]}, ${after[3]})`,
      );
    const rows = await q
      .orderBy(sql`coalesce(e.date_start, '')`)
      .orderBy('e.article_id')
      .orderBy('e.start')
      .orderBy('e.id')
      .limit(limit + 1)
      .execute();
    return page(
      rows,
      limit,
      (r) => [r.date_start ?? '', r.article_id, r.start, r.id],
      (r): EventRow => ({
        article: r.article_id,
        articleDate: r.article_date,
        outlet: r.outlet,
        span: [r.start, r.end],
        // Rows stored before migration 0005 have no trigger: their sentence stands in for it.
        trigger: r.trigger_text ?? r.article_text.slice(r.start, r.end),
        triggerSpan:
          r.trigger_start !== null && r.trigger_end !== null ? [r.trigger_start, r.trigger_end] : null,
        sentence: r.article_text.slice(r.start, r.end),
        code: r.code,
        plover: r.plover,
        source: r.source_code,
        sourceName: r.source_name,
        target: r.target_code,
        targetName: r.target_name,
        date: r.date,
        negated: r.negated === 1,
        modality: r.modality,
        counts: r.counts === 1,
        rule: r.rule,
      }),
    );
  }

  async *exportArticles(): AsyncIterable<ExportedArticle> {
    const pageSize = 500;
    let after = '';
    for (;;) {
      const page = await this.db
        .selectFrom('articles')
        .select(['id', 'date', 'title', 'outlet', 'url', 'story'])
        .where('id', '>', after)
        .orderBy('id')
        .limit(pageSize)
        .execute();
      yield* page;
      if (page.length < pageSize) return;
      after = page[page.length - 1].id;
    }
  }

  async counts(): Promise<StoreCounts> {
    const n = async (t: keyof Database) =>
      Number(
        (
          await this.db
            .selectFrom(t)
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    return {
      articles: await n('articles'),
      actors: await n('actors'),
      mentions: await n('mentions'),
      timexes: await n('timexes'),
      quotes: await n('quotes'),
      events: await n('events'),
    };
  }

  stats(): Promise<StoreStats> {
    return views.stats(this.db, this.counts());
  }

  article(id: string): Promise<ArticleDetail | null> {
    return views.articleDetail(this.db, id);
  }

  network(f: NetworkFilter): Promise<NetworkGraph> {
    return views.network(this.db, f);
  }

  latestSeq(): Promise<number> {
    return views.latestSeq(this.db);
  }

  articlesAfter(seq: number, limit: number): Promise<FeedArticle[]> {
    return views.articlesAfter(this.db, seq, limit);
  }

  storySizes(ids: string[]): Promise<StorySize[]> {
    return storyQueries.storySizes(this.db, ids);
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}

/** An actor column matches a name when the actor's canonical name or any stored mention of it does. */
function actorMatches(column: 'q.speaker_actor' | 'e.source_actor' | 'e.target_actor', name: string) {
  const pattern = like(name);
  return sql<boolean>`${sql.ref(column)} IN (SELECT id FROM actors WHERE name LIKE ${pattern}
    UNION SELECT actor_id FROM actor_aliases WHERE text LIKE ${pattern})`;
}

type Rows = ReturnType<typeof extractionRows>;

/** Makes these actors' aliases exactly the distinct texts of their stored mentions again. */
async function rebuildAliases(trx: Transaction<Database>, actorIds: string[]): Promise<void> {
  await trx.deleteFrom('actor_aliases').where('actor_id', 'in', actorIds).execute();
  await sql`INSERT OR IGNORE INTO actor_aliases (actor_id, text)
    SELECT DISTINCT actor_id, text FROM mentions
    WHERE actor_id IN (SELECT value FROM json_each(${JSON.stringify(actorIds)}))`.execute(trx);
}

/**
 * Lists on each of these actors' rows the reading (code and role) that most of its articles give,
 * among readings that tell a role or a country when any does; ties go to a reading with a role, then one with a country (not `---`), then more mentions, then
 * the smaller code and role (so the same store gives the same listing). The name is never changed:
 * a user's rename stays. Actors with no readings (stored before readings were kept) are left alone.
 */
async function listBestReadings(trx: Transaction<Database>, actorIds: string[]): Promise<void> {
  const rows = await trx
    .selectFrom('actor_readings')
    .select(['actor_id', 'code', 'role'])
    .select((eb) => [eb.fn.countAll<number>().as('articles'), eb.fn.sum<number>('mentions').as('mentions')])
    .where('actor_id', 'in', actorIds)
    .groupBy(['actor_id', 'code', 'role'])
    .execute();
  const best = new Map<string, (typeof rows)[number]>();
  // An article that tells neither a role nor a country ("Brask said") is no evidence against one.
  const rank = (r: (typeof rows)[number]) => [
    r.role || !r.code.startsWith('---') ? 1 : 0,
    Number(r.articles),
    r.role ? 1 : 0,
    r.code.startsWith('---') ? 0 : 1,
    Number(r.mentions),
  ];
  for (const r of rows) {
    const b = best.get(r.actor_id);
    if (!b) {
      best.set(r.actor_id, r);
      continue;
    }
    const x = rank(r);
    const y = rank(b);
    const d = x.findIndex((v, k) => v !== y[k]);
    const key = (z: typeof r) => `${z.code}\u0000${z.role ?? ''}`;
    if ((d >= 0 && x[d] > y[d]) || (d < 0 && key(r) < key(b))) best.set(r.actor_id, r);
  }
  for (const [id, r] of best)
    await trx.updateTable('actors').set({ code: r.code, role: r.role }).where('id', '=', id).execute();
}

async function insertAnnotations(trx: Transaction<Database>, rows: Rows): Promise<void> {
  if (rows.actors.length) {
    await trx
      .insertInto('actors')
      .values(rows.actors.map(({ mentions: _, ...a }) => a))
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
    await trx
      .insertInto('actor_readings')
      .values(
        rows.actors.map((a) => ({
          actor_id: a.id,
          article_id: rows.article.id,
          code: a.code,
          role: a.role ?? null,
          mentions: a.mentions,
        })),
      )
      .onConflict((oc) => oc.doNothing())
      .execute();
    await listBestReadings(
      trx,
      rows.actors.map((a) => a.id),
    );
  }
  if (rows.mentions.length) {
    await trx.insertInto('mentions').values(rows.mentions).execute();
    const aliases = new Map(rows.mentions.map((m) => [`${m.actor_id}\u0000${m.text}`, m]));
    await trx
      .insertInto('actor_aliases')
      .values([...aliases.values()].map((m) => ({ actor_id: m.actor_id, text: m.text })))
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
  if (rows.timexes.length) await trx.insertInto('timexes').values(rows.timexes).execute();
  if (rows.quotes.length) await trx.insertInto('quotes').values(rows.quotes).execute();
  if (rows.events.length) await trx.insertInto('events').values(rows.events).execute();
}

/** Points every actor reference of merged actors at the actor they were merged into. */
function remapActors(rows: Rows, merges: Map<string, string>): void {
  const to = (id: string | null) => (id !== null && merges.get(id)) || id;
  rows.actors = rows.actors.filter((a) => !merges.has(a.id));
  for (const m of rows.mentions) m.actor_id = merges.get(m.actor_id) ?? m.actor_id;
  for (const q of rows.quotes) q.speaker_actor = to(q.speaker_actor ?? null);
  for (const e of rows.events) {
    e.source_actor = to(e.source_actor ?? null);
    e.target_actor = to(e.target_actor ?? null);
  }
}
