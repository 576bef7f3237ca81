import { type Kysely, sql, type Transaction } from 'kysely';
import type { Event, Quote } from '../../contract/extraction.js';
import type { ActiveStory, IndexSnapshot, ReportMove } from '../../stories/story-index.js';
import { type DayCount, widenRange } from '../../stories/timeline.js';
import type {
  Paged,
  StoryPlacement,
  StoryReport,
  StoryRow,
  StorySize,
  TimelineCandidateRow,
  TimelineFilter,
} from '../store.js';
import type { Database } from '../tables.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { bounds, ftsQuery, like } from './filters.js';
import { mergeDayCounts, recountDays, wholeDayCounts } from './timeline-days.js';

// As many as the clusterer keeps per story (DEFAULT_CLUSTER_OPTIONS.maxFingerprints).
const FINGERPRINTS_PER_STORY = 50;

/** Story queries of the SQLite store, kept apart so the store's main file stays small. */

/** Writes an article's story placement; runs inside the article's own transaction. */
export async function savePlacement(trx: Transaction<Database>, articleId: string, p: StoryPlacement) {
  await trx.updateTable('articles').set({ story: p.assignment.story }).where('id', '=', articleId).execute();
  await trx
    .insertInto('story_reports')
    .values({
      article_id: articleId,
      story_id: p.assignment.story,
      copy_of: p.assignment.copyOf,
      similarity: p.assignment.similarity,
      fingerprint: JSON.stringify(p.fingerprint),
    })
    .execute();
  if (p.sentences.length === 0) return; // no candidates: nothing for the timeline to count
  await trx
    .insertInto('story_sentences')
    .values(
      p.sentences.map((c) => ({
        article_id: articleId,
        start: c.span[0],
        end: c.span[1],
        kind: c.kind,
        date: c.date,
        text: c.text,
        rule: c.rule,
      })),
    )
    .execute();
  await recountDays(trx, articleId);
}

export async function loadStoryIndex(db: Kysely<Database>, maxActive: number): Promise<IndexSnapshot> {
  const meta = new Map(
    (await db.selectFrom('story_meta').selectAll().execute()).map((r) => [r.key, r.value]),
  );
  const df = new Map<string, number>();
  for (const r of await db.selectFrom('story_terms').selectAll().execute()) df.set(r.term, r.df);
  const rows = await db.selectFrom('stories').selectAll().orderBy('seq', 'desc').limit(maxActive).execute();
  const stories: ActiveStory[] = rows.reverse().map((r) => ({
    id: r.id,
    firstDate: r.first_date,
    lastDate: r.last_date,
    size: r.size,
    seq: r.seq,
    centroid: new Map(JSON.parse(r.centroid) as [string, number][]),
    fingerprints: [],
  }));
  // The latest members' fingerprints of the active stories, oldest first.
  const byId = new Map(stories.map((s) => [s.id, s]));
  const prints = await sql<{ story_id: string; article_id: string; fingerprint: string }>`
    SELECT story_id, article_id, fingerprint FROM (
      SELECT story_id, article_id, fingerprint, rowid AS n,
             row_number() OVER (PARTITION BY story_id ORDER BY rowid DESC) AS k
      FROM story_reports WHERE story_id IN (SELECT id FROM stories ORDER BY seq DESC LIMIT ${maxActive}))
    WHERE k <= ${FINGERPRINTS_PER_STORY} ORDER BY n`.execute(db);
  for (const p of prints.rows)
    byId.get(p.story_id)?.fingerprints.push({ article: p.article_id, fp: JSON.parse(p.fingerprint) });
  const docs = Number(
    (
      await db
        .selectFrom('story_reports')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirst()
    )?.n ?? 0,
  );
  return {
    docs,
    df,
    stories,
    seq: Math.max(meta.get('seq') ?? 0, rows.length ? rows[rows.length - 1].seq : 0),
  };
}

export async function saveStoryIndex(
  db: Kysely<Database>,
  stories: ActiveStory[],
  dfChanges: Map<string, number>,
  seq: number,
) {
  const entries = [...dfChanges];
  await db.transaction().execute(async (trx) => {
    for (const s of stories) {
      const row = {
        id: s.id,
        first_date: s.firstDate,
        last_date: s.lastDate,
        size: s.size,
        seq: s.seq,
        centroid: JSON.stringify([...s.centroid].map(([t, w]) => [t, Math.round(w * 1000) / 1000])),
      };
      await trx
        .insertInto('stories')
        .values(row)
        .onConflict((oc) => oc.column('id').doUpdateSet(row))
        .execute();
    }
    // Batches of 400 rows keep each statement under SQLite's bound-parameter limit.
    for (let i = 0; i < entries.length; i += 400) {
      await trx
        .insertInto('story_terms')
        .values(entries.slice(i, i + 400).map(([term, df]) => ({ term, df })))
        .onConflict((oc) => oc.column('term').doUpdateSet({ df: sql`df + excluded.df` }))
        .execute();
    }
    await trx
      .insertInto('story_meta')
      .values({ key: 'seq', value: seq })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: seq }))
      .execute();
  });
}

/** Relabels moved reports and deletes the stories they left (each held one report), in one transaction. */
export async function moveReports(db: Kysely<Database>, moves: ReportMove[]) {
  await db.transaction().execute(async (trx) => {
    for (const m of moves) {
      await trx.updateTable('articles').set({ story: m.to }).where('id', '=', m.article).execute();
      await trx
        .updateTable('story_reports')
        .set({ story_id: m.to, similarity: m.similarity })
        .where('article_id', '=', m.article)
        .execute();
      await trx.deleteFrom('stories').where('id', '=', m.from).execute();
    }
  });
}

export async function listStories(
  db: Kysely<Database>,
  f: { from?: string; to?: string; limit?: number; cursor?: string; query?: string; id?: string },
): Promise<Paged<StoryRow>> {
  const { lo, hi } = bounds(f.from, f.to);
  const match = f.query ? ftsQuery(f.query) : null;
  const after = decodeCursor(f.cursor, ['n', 's', 's']);
  const limit = f.limit ?? 100;
  // Largest first: the page key is (-articles, first date or '', id) ascending.
  const rows = await sql<{
    id: string;
    articles: number;
    reports: number;
    outlets: number;
    first_date: string | null;
    last_date: string | null;
    title: string | null;
  }>`
    SELECT r.story_id AS id, count(*) AS articles,
           sum(r.copy_of IS NULL) AS reports,
           count(DISTINCT coalesce(a.outlet, a.id)) AS outlets,
           min(a.date) AS first_date, max(a.date) AS last_date,
           (SELECT title FROM articles WHERE id = r.story_id) AS title
    FROM story_reports r JOIN articles a ON a.id = r.article_id
    WHERE (${lo} IS NULL OR a.date >= ${lo}) AND (${hi} IS NULL OR a.date <= ${hi})
      AND (${f.id ?? null} IS NULL OR r.story_id = ${f.id ?? null})
      AND (${match} IS NULL OR r.story_id IN (SELECT rr.story_id FROM story_reports rr
            JOIN articles aa ON aa.id = rr.article_id
            WHERE aa.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ${match})))
    GROUP BY r.story_id
    ${after ? sql`HAVING (-count(*), coalesce(min(a.date), ''), r.story_id) > (${after[0]}, ${after[1]}, ${after[2]})` : sql``}
    ORDER BY articles DESC, coalesce(first_date, ''), id
    LIMIT ${limit + 1}`.execute(db);
  const more = rows.rows.length > limit;
  const kept = more ? rows.rows.slice(0, limit) : rows.rows;
  const out: StoryRow[] = [];
  for (const r of kept) {
    // Outlets relay a story ("told the Belcaro Herald"); they are not among its actors.
    const actors = await sql<{ name: string }>`
      SELECT x.name FROM mentions m JOIN actors x ON x.id = m.actor_id
      JOIN story_reports r ON r.article_id = m.article_id
      WHERE r.story_id = ${r.id} AND x.kind != 'media' GROUP BY x.id
      ORDER BY count(DISTINCT m.article_id) DESC, count(*) DESC, x.name LIMIT 3`.execute(db);
    // Events that count (asserted, with a doer), by the independent reports that tell them.
    const events = await sql<{ label: string }>`
      SELECT coalesce(e.plover || ' ', '') || e.code AS label FROM events e
      JOIN story_reports r ON r.article_id = e.article_id
      WHERE r.story_id = ${r.id} AND e.counts = 1
      GROUP BY e.code ORDER BY count(DISTINCT CASE WHEN r.copy_of IS NULL THEN r.article_id END) DESC, count(*) DESC, e.code
      LIMIT 3`.execute(db);
    out.push({
      id: r.id,
      title: r.title,
      articles: Number(r.articles),
      reports: Number(r.reports),
      outlets: Number(r.outlets),
      firstDate: r.first_date,
      lastDate: r.last_date,
      topActors: actors.rows.map((a) => a.name),
      topEvents: events.rows.map((e) => e.label),
    });
  }
  const last = kept[kept.length - 1];
  return {
    items: out,
    next: more ? encodeCursor([-Number(last.articles), last.first_date ?? '', last.id]) : null,
  };
}

/** Articles and independent reports of each story. */
export async function storySizes(db: Kysely<Database>, ids: string[]): Promise<StorySize[]> {
  if (ids.length === 0) return [];
  const rows = await sql<StorySize>`
    SELECT story_id AS id, count(*) AS articles, sum(copy_of IS NULL) AS reports FROM story_reports
    WHERE story_id IN (SELECT value FROM json_each(${JSON.stringify(ids)}))
    GROUP BY story_id ORDER BY story_id`.execute(db);
  return rows.rows.map((r) => ({ id: r.id, articles: Number(r.articles), reports: Number(r.reports) }));
}

export async function storyReports(db: Kysely<Database>, story: string): Promise<StoryReport[]> {
  const articles = await db
    .selectFrom('story_reports as r')
    .innerJoin('articles as a', 'a.id', 'r.article_id')
    .select(['a.id', 'a.date', 'a.outlet', 'a.title', 'r.copy_of'])
    .where('r.story_id', '=', story)
    .orderBy('a.date')
    .orderBy('a.id')
    .execute();
  const reports: StoryReport[] = [];
  for (const a of articles) {
    // Counting events only: a negated, hypothetical or doer-less event is not corroborated by
    // being reported again ("sanctions could follow" in five outlets is no sanction).
    const events = await db
      .selectFrom('events')
      .selectAll()
      .where('article_id', '=', a.id)
      .where('counts', '=', 1)
      .orderBy('start')
      .execute();
    const quotes = await db
      .selectFrom('quotes')
      .selectAll()
      .where('article_id', '=', a.id)
      .orderBy('start')
      .execute();
    reports.push({
      article: { id: a.id, date: a.date, outlet: a.outlet, title: a.title },
      copyOf: a.copy_of,
      events: events.map(
        (e): Event => ({
          span: [e.start, e.end],
          code: e.code,
          plover: e.plover,
          source: e.source_code
            ? { code: e.source_code, name: e.source_name ?? '', actor: e.source_actor ?? undefined }
            : null,
          target: e.target_code
            ? { code: e.target_code, name: e.target_name ?? '', actor: e.target_actor ?? undefined }
            : null,
          date: e.date ?? undefined,
          negated: e.negated === 1,
          rule: e.rule,
          ...(e.trigger_start !== null && e.trigger_end !== null && e.trigger_text !== null
            ? {
                trigger: { span: [e.trigger_start, e.trigger_end] as [number, number], text: e.trigger_text },
              }
            : {}),
        }),
      ),
      quotes: quotes.map(
        (q): Quote => ({
          span: [q.start, q.end],
          text: q.text,
          kind: q.kind as Quote['kind'],
          speaker: q.speaker_name ? { name: q.speaker_name, actor: q.speaker_actor ?? undefined } : null,
          date: q.date ?? undefined,
          rule: q.rule,
        }),
      ),
    });
  }
  return reports;
}

/** The candidate filter shared by the timeline queries (c: story_sentences, a: articles, r: story_reports). */
function candidateWhere(f: TimelineFilter) {
  const { lo, hi } = bounds(f.from, f.to);
  const parts = [sql`1`];
  if (lo) parts.push(sql`a.date >= ${lo}`);
  if (hi) parts.push(sql`a.date <= ${hi}`);
  if (f.story) parts.push(sql`r.story_id = ${f.story}`);
  if (f.query)
    parts.push(
      sql`a.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ${ftsQuery(f.query)})`,
    );
  if (f.actor) {
    const pattern = like(f.actor);
    // A mention of an actor so named, or a mention so written (of an actor with such an alias).
    parts.push(sql`a.id IN (
        SELECT article_id FROM mentions WHERE actor_id IN (SELECT id FROM actors WHERE name LIKE ${pattern})
        UNION SELECT article_id FROM mentions
        WHERE actor_id IN (SELECT actor_id FROM actor_aliases WHERE text LIKE ${pattern}) AND text LIKE ${pattern})`);
  }
  if (f.articles) parts.push(sql`a.id IN (SELECT value FROM json_each(${JSON.stringify(f.articles)}))`);
  if (f.actorId) parts.push(sql`a.id IN (SELECT article_id FROM mentions WHERE actor_id = ${f.actorId})`);
  if (f.days) {
    // Rows about the days (mentioning them, or published on them), plus the rows of the
    // originals of copies among them, whose outlets name the sources.
    const days = JSON.stringify(f.days);
    parts.push(sql`c.id IN (
      WITH picked AS (
        SELECT id, article_id FROM story_sentences
        WHERE kind = 'date' AND date IN (SELECT value FROM json_each(${days}))
        UNION SELECT s.id, s.article_id FROM story_sentences s JOIN articles a2 ON a2.id = s.article_id
        WHERE a2.date IN (SELECT value FROM json_each(${days})))
      SELECT id FROM picked
      UNION SELECT s.id FROM story_sentences s WHERE s.article_id IN (
        SELECT r2.copy_of FROM story_reports r2
        WHERE r2.copy_of IS NOT NULL AND r2.article_id IN (SELECT article_id FROM picked)))`);
  }
  return sql.join(parts, sql` AND `);
}

const CANDIDATES_FROM = sql`story_sentences c JOIN articles a ON a.id = c.article_id
  LEFT JOIN story_reports r ON r.article_id = a.id`;

export async function timelineCandidates(
  db: Kysely<Database>,
  f: TimelineFilter,
): Promise<TimelineCandidateRow[]> {
  const rows = await sql<TimelineCandidateRow>`
    SELECT c.article_id AS article, a.date AS articleDate, a.outlet, r.story_id AS story,
           r.copy_of AS copyOf, c.kind, c.date, c.text, c.rule
    FROM ${CANDIDATES_FROM}
    WHERE ${candidateWhere(f)}
    ORDER BY c.article_id, c.start`.execute(db);
  return rows.rows;
}

export async function timelineArticles(db: Kysely<Database>, f: TimelineFilter): Promise<string[]> {
  const rows = await sql<{ id: string }>`
    SELECT a.id FROM articles a LEFT JOIN story_reports r ON r.article_id = a.id
    WHERE ${candidateWhere({ ...f, days: undefined })}`.execute(db);
  return rows.rows.map((r) => r.id);
}

/**
 * Per day, the independent reports that mention it (within the candidates' publication range)
 * and that were published on it: what the timeline ranks days by, counted in SQL.
 */
export async function timelineDayCounts(
  db: Kysely<Database>,
  f: TimelineFilter,
): Promise<{ range: { lo: string; hi: string } | null; counts: DayCount[] }> {
  // Unfiltered: the per-day counts kept at ingest.
  if (!Object.values(f).some((v) => v !== undefined)) return wholeDayCounts(db);
  // Publication counts and the range are per article: read the articles, not their sentences.
  const where = candidateWhere(f);
  const published = await sql<{ d: string; n: number }>`
    SELECT a.date AS d, count(DISTINCT coalesce(r.copy_of, a.id)) AS n
    FROM articles a LEFT JOIN story_reports r ON r.article_id = a.id
    WHERE a.date IS NOT NULL AND EXISTS (SELECT 1 FROM story_sentences c WHERE c.article_id = a.id)
      AND ${where}
    GROUP BY a.date ORDER BY a.date`.execute(db);
  if (published.rows.length === 0) return { range: null, counts: [] };
  // Mentioned days count within the coverage's publication range, or within the range asked for
  // ("--from 2025-03-01": the day before the first report, when the event happened, counts too).
  const { lo, hi } = widenRange(
    { lo: published.rows[0].d, hi: published.rows[published.rows.length - 1].d },
    f.from,
    f.to,
  );
  // Driven by the chosen articles (CROSS JOIN keeps them the outer loop), whose date rows the
  // covering index story_sentences_article_day gives without reading the sentences themselves.
  const mentioned = await sql<{ d: string; n: number }>`
    SELECT c.date AS d, count(DISTINCT sel.rep) AS n
    FROM (SELECT a.id, coalesce(r.copy_of, a.id) AS rep
          FROM articles a LEFT JOIN story_reports r ON r.article_id = a.id WHERE ${where}) sel
    CROSS JOIN story_sentences c ON c.article_id = sel.id
    WHERE c.kind = 'date' AND c.date >= ${lo} AND c.date <= ${hi}
    GROUP BY c.date`.execute(db);
  return { range: { lo, hi }, counts: mergeDayCounts(published.rows, mentioned.rows) };
}
