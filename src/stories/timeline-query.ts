import type { Store, TimelineFilter } from '../store/store.js';
import { chooseDays, describeDays, type TimelineEntry, type TimelineOptions } from './timeline.js';

/**
 * The same timeline as `buildTimeline` over every candidate row, without reading them all: the
 * store counts reports per day, and only the rows about the chosen days are read back.
 */
export async function timelineFromStore(
  store: Store,
  filter: TimelineFilter,
  o: TimelineOptions,
): Promise<TimelineEntry[]> {
  // Name and word filters cost a subquery each time: resolve them to article ids once.
  const f =
    filter.actor || filter.query
      ? { ...filter, actor: undefined, query: undefined, articles: await store.timelineArticles(filter) }
      : filter;
  const { range, counts } = await store.timelineDayCounts(f);
  if (!range) return [];
  const chosen = chooseDays(counts, o);
  if (chosen.length === 0) return [];
  const rows = await store.timelineCandidates({ ...f, days: chosen });
  return describeDays(rows, chosen, range, o);
}
