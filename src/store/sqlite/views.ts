import { type Kysely, sql } from 'kysely';
import type {
  ArticleDetail,
  DetailActor,
  DetailEvent,
  DetailSide,
  FeedArticle,
  NetworkEdge,
  NetworkFilter,
  NetworkGraph,
  SpanPair,
  StoreStats,
} from '../detail.js';
import type { StoreCounts } from '../store.js';
import type { Database } from '../tables.js';
import { bounds } from './filters.js';

/** Read-only views for the API (one article in full, stats, the actor network, the feed). */

export async function stats(db: Kysely<Database>, counts: Promise<StoreCounts>): Promise<StoreStats> {
  const r = await sql<{ stories: number; outlets: number; first: string | null; last: string | null }>`
    SELECT (SELECT count(DISTINCT story_id) FROM story_reports) AS stories,
           (SELECT count(DISTINCT outlet) FROM articles) AS outlets,
           (SELECT min(date) FROM articles) AS first,
           (SELECT max(date) FROM articles) AS last`.execute(db);
  const row = r.rows[0];
  return {
    ...(await counts),
    stories: Number(row.stories),
    outlets: Number(row.outlets),
    firstDate: row.first,
    lastDate: row.last,
  };
}

const pair = (s: number | null, e: number | null): SpanPair | null =>
  s === null || e === null ? null : [s, e];

// Whether the events table keeps triggers (migration 0005_event_trigger, from another branch).
const triggerColumns = new WeakMap<object, Promise<boolean>>();
function hasTriggerColumns(db: Kysely<Database>): Promise<boolean> {
  let known = triggerColumns.get(db);
  if (!known) {
    known = sql<{ name: string }>`SELECT name FROM pragma_table_info('events')`
      .execute(db)
      .then((r) => r.rows.some((c) => c.name === 'trigger_start'));
    triggerColumns.set(db, known);
  }
  return known;
}

export async function articleDetail(db: Kysely<Database>, id: string): Promise<ArticleDetail | null> {
  const article = await db
    .selectFrom('articles')
    .select(['id', 'date', 'title', 'outlet', 'url', 'story', 'text'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!article) return null;
  const mentions = await db
    .selectFrom('mentions as m')
    .innerJoin('actors as x', 'x.id', 'm.actor_id')
    .select(['m.actor_id', 'm.start', 'm.end', 'm.text', 'm.rule', 'x.name', 'x.kind', 'x.code', 'x.role'])
    .where('m.article_id', '=', id)
    .orderBy('m.start')
    .orderBy('m.id')
    .execute();
  // Actors in order of first mention.
  const actors = new Map<string, DetailActor>();
  for (const m of mentions) {
    let a = actors.get(m.actor_id);
    if (!a) {
      a = { id: m.actor_id, name: m.name, kind: m.kind, code: m.code, role: m.role, mentions: [] };
      actors.set(m.actor_id, a);
    }
    a.mentions.push({ span: [m.start, m.end], text: m.text, rule: m.rule });
  }
  const timexes = await db
    .selectFrom('timexes')
    .selectAll()
    .where('article_id', '=', id)
    .orderBy('start')
    .orderBy('id')
    .execute();
  const quotes = await db
    .selectFrom('quotes')
    .selectAll()
    .where('article_id', '=', id)
    .orderBy('start')
    .orderBy('id')
    .execute();
  const events = await sql<Record<string, unknown>>`SELECT * FROM events WHERE article_id = ${id}
    ORDER BY start, id`.execute(db);
  const withTriggers = await hasTriggerColumns(db);
  return {
    article,
    actors: [...actors.values()],
    timexes: timexes.map((t) => ({
      span: [t.start, t.end],
      text: t.text,
      type: t.type,
      value: t.value,
      mod: t.mod,
      rule: t.rule,
    })),
    quotes: quotes.map((q) => ({
      span: [q.start, q.end],
      text: q.text,
      kind: q.kind,
      speaker:
        q.speaker_name === null
          ? null
          : { name: q.speaker_name, actor: q.speaker_actor, span: pair(q.speaker_start, q.speaker_end) },
      cue:
        q.cue_text === null || q.cue_start === null || q.cue_end === null
          ? null
          : { span: [q.cue_start, q.cue_end], text: q.cue_text },
      relayedBy: q.relayed_by,
      date: q.date,
      rule: q.rule,
    })),
    events: events.rows.map((e) => eventDetail(e, withTriggers)),
  };
}

function eventDetail(e: Record<string, unknown>, withTriggers: boolean): DetailEvent {
  const str = (k: string) => (e[k] ?? null) as string | null;
  const num = (k: string) => (e[k] ?? null) as number | null;
  const side = (p: 'source' | 'target'): DetailSide | null => {
    const code = str(`${p}_code`);
    if (code === null) return null;
    return {
      code,
      name: str(`${p}_name`),
      actor: str(`${p}_actor`),
      span: pair(num(`${p}_start`), num(`${p}_end`)),
    };
  };
  const triggerSpan = withTriggers ? pair(num('trigger_start'), num('trigger_end')) : null;
  return {
    span: [e.start as number, e.end as number],
    trigger: triggerSpan ? { span: triggerSpan, text: str('trigger_text') ?? '' } : null,
    code: e.code as string,
    plover: e.plover as string,
    source: side('source'),
    target: side('target'),
    date: str('date'),
    negated: e.negated === 1,
    modality: str('modality'),
    counts: e.counts === 1,
    rule: e.rule as string,
  };
}

/** Counting events between two known actors, summed per direction; heaviest edges first. */
export async function network(db: Kysely<Database>, f: NetworkFilter): Promise<NetworkGraph> {
  const { lo, hi } = bounds(f.from, f.to);
  const rows = await sql<{ s: string; t: string; plover: string; n: number }>`
    SELECT source_actor AS s, target_actor AS t, plover, count(*) AS n FROM events
    WHERE counts = 1 AND source_actor IS NOT NULL AND target_actor IS NOT NULL
      AND source_actor != target_actor
      AND (${lo} IS NULL OR date_end >= ${lo}) AND (${hi} IS NULL OR date_start <= ${hi})
    GROUP BY source_actor, target_actor, plover`.execute(db);
  const edges = new Map<string, NetworkEdge>();
  for (const r of rows.rows) {
    const key = `${r.s}\u0000${r.t}`;
    let edge = edges.get(key);
    if (!edge) {
      edge = { source: r.s, target: r.t, weight: 0, plover: {} };
      edges.set(key, edge);
    }
    edge.weight += Number(r.n);
    edge.plover[r.plover] = Number(r.n);
  }
  const minWeight = f.minWeight ?? 1;
  const all = [...edges.values()]
    .filter((e) => e.weight >= minWeight)
    .sort(
      (a, b) =>
        b.weight - a.weight ||
        (a.source < b.source ? -1 : a.source > b.source ? 1 : a.target < b.target ? -1 : 1),
    );
  const limit = f.limit ?? all.length;
  const kept = all.slice(0, limit);
  const ids = [...new Set(kept.flatMap((e) => [e.source, e.target]))];
  const nodes =
    ids.length === 0
      ? []
      : (
          await sql<{ id: string; name: string; kind: string; code: string; mentions: number }>`
          SELECT x.id, x.name, x.kind, x.code,
                 (SELECT count(*) FROM mentions m WHERE m.actor_id = x.id) AS mentions
          FROM actors x WHERE x.id IN (SELECT value FROM json_each(${JSON.stringify(ids)}))
          ORDER BY x.id`.execute(db)
        ).rows.map((n) => ({ ...n, mentions: Number(n.mentions) }));
  // An actor id with no actors row (should not happen) still gets a node, so no edge dangles.
  const known = new Set(nodes.map((n) => n.id));
  for (const id of ids)
    if (!known.has(id)) nodes.push({ id, name: id, kind: 'unknown', code: '', mentions: 0 });
  return { nodes, edges: kept, truncated: kept.length < all.length };
}

export async function latestSeq(db: Kysely<Database>): Promise<number> {
  const r = await sql<{ seq: number | null }>`SELECT max(rowid) AS seq FROM articles`.execute(db);
  return Number(r.rows[0]?.seq ?? 0);
}

export async function articlesAfter(
  db: Kysely<Database>,
  seq: number,
  limit: number,
): Promise<FeedArticle[]> {
  const r = await sql<FeedArticle>`
    SELECT rowid AS seq, id, date, title, outlet, story FROM articles
    WHERE rowid > ${seq} ORDER BY rowid LIMIT ${limit}`.execute(db);
  return r.rows.map((a) => ({ ...a, seq: Number(a.seq) }));
}
