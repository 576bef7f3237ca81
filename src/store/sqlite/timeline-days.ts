import { type Kysely, sql, type Transaction } from 'kysely';
import type { DayCount } from '../../stories/timeline.js';
import type { Database } from '../tables.js';

/**
 * The whole-database timeline's day counts, kept in `timeline_days` at ingest. Counts are of
 * distinct independent reports (an original and its copies count once), so a new article can't
 * simply add one: each day it touches is recounted from its own rows (indexed, a day's worth).
 */
export async function recountDays(trx: Transaction<Database>, articleId: string): Promise<void> {
  // One statement for all the article's days (its publication day, the days it names).
  await sql`INSERT OR REPLACE INTO timeline_days (day, published, mentioned)
    SELECT d.day,
      (SELECT count(DISTINCT coalesce(r.copy_of, a.id))
       FROM articles a LEFT JOIN story_reports r ON r.article_id = a.id
       WHERE a.date = d.day AND EXISTS (SELECT 1 FROM story_sentences c WHERE c.article_id = a.id)),
      (SELECT count(DISTINCT coalesce(r.copy_of, c.article_id))
       FROM story_sentences c LEFT JOIN story_reports r ON r.article_id = c.article_id
       WHERE c.kind = 'date' AND c.date = d.day)
    FROM (SELECT date AS day FROM articles WHERE id = ${articleId} AND date IS NOT NULL
          UNION SELECT date FROM story_sentences
          WHERE article_id = ${articleId} AND kind = 'date' AND date IS NOT NULL) d`.execute(trx);
}

/** The same counts and range `timelineDayCounts` computes over every row, read from the kept table. */
export async function wholeDayCounts(
  db: Kysely<Database>,
): Promise<{ range: { lo: string; hi: string } | null; counts: DayCount[] }> {
  // One pass over the day rows (in day order, the table's key), split here.
  const rows = await sql<{ d: string; p: number; m: number }>`
    SELECT day AS d, published AS p, mentioned AS m FROM timeline_days ORDER BY day`.execute(db);
  const published = rows.rows.filter((r) => r.p > 0).map((r) => ({ d: r.d, n: r.p }));
  if (published.length === 0) return { range: null, counts: [] };
  const lo = published[0].d;
  const hi = published[published.length - 1].d;
  const mentioned = rows.rows
    .filter((r) => r.m > 0 && r.d >= lo && r.d <= hi)
    .map((r) => ({ d: r.d, n: r.m }));
  return { range: { lo, hi }, counts: mergeDayCounts(published, mentioned) };
}

/** Publication days in order, then days only mentioned, as the ranking expects them. */
export function mergeDayCounts(
  published: { d: string; n: number }[],
  mentioned: { d: string; n: number }[],
): DayCount[] {
  const byDay = new Map<string, DayCount>();
  for (const r of published) byDay.set(r.d, { date: r.d, mentioned: 0, published: Number(r.n) });
  for (const r of mentioned) {
    const day = byDay.get(r.d) ?? { date: r.d, mentioned: 0, published: 0 };
    day.mentioned = Number(r.n);
    byDay.set(r.d, day);
  }
  return [...byDay.values()];
}
