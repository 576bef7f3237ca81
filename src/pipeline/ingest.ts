import { type Origin, type ReadResult, where } from '../ingest/article.js';
import type { Store } from '../store/store.js';
import { clusterOptionsFor } from '../stories/story-index.js';
import { StoryTracker } from '../stories/tracker.js';
import { buildDoc } from '../text/doc.js';
import type { Pipeline } from './pipeline.js';

export interface IngestSummary {
  ingested: number;
  skipped: number;
  failed: { where: string; error: string }[];
  warnings: { where: string; warning: string }[];
}

/** Which input an outcome is about: where it came from and, once read, the article id. */
export interface IngestItem {
  origin: Origin;
  id?: string;
  error?: string;
}

export interface IngestEvents {
  onArticle?(outcome: 'ingested' | 'skipped' | 'failed', summary: IngestSummary, item: IngestItem): void;
  onProblem?(line: string): void;
}

/**
 * Runs the pipeline over each article read and stores it in its own transaction. A failure
 * (unreadable input, a stage that throws, a write that fails) is recorded and the batch goes
 * on; an article already stored under the same id is skipped, never overwritten. Each new
 * article joins a story (or starts one) as it is stored, in input order. `expected`, when the
 * caller knows how many articles the batch holds, lets a batch too small to settle its stories
 * join them as a stream would (clusterOptionsFor).
 */
export async function ingestAll(
  sources: AsyncIterable<ReadResult>,
  store: Store,
  pipeline: Pipeline,
  events: IngestEvents = {},
  expected?: number,
): Promise<IngestSummary> {
  const summary: IngestSummary = { ingested: 0, skipped: 0, failed: [], warnings: [] };
  const fail = (at: string, error: string, item: IngestItem) => {
    summary.failed.push({ where: at, error });
    events.onProblem?.(`${at}: ${error}`);
    events.onArticle?.('failed', summary, { ...item, error });
  };
  const stories = await StoryTracker.open(store, clusterOptionsFor(expected));
  for await (const item of sources) {
    const at = where(item.origin);
    if (!item.ok) {
      fail(at, item.error, { origin: item.origin });
      continue;
    }
    if (item.warning) {
      summary.warnings.push({ where: at, warning: item.warning });
      events.onProblem?.(`${at}: warning: ${item.warning}`);
    }
    try {
      if (await store.hasArticle(item.article.id)) {
        summary.skipped++;
        events.onArticle?.('skipped', summary, { origin: item.origin, id: item.article.id });
        continue;
      }
      const doc = buildDoc(item.article);
      const extraction = pipeline.extractDoc(doc);
      await store.saveExtraction(extraction, at, stories.place(doc, extraction));
      await stories.checkpoint();
      summary.ingested++;
      events.onArticle?.('ingested', summary, { origin: item.origin, id: item.article.id });
    } catch (e) {
      fail(at, `article ${item.article.id}: ${oneLine((e as Error).message)}`, {
        origin: item.origin,
        id: item.article.id,
      });
    }
  }
  await stories.settle();
  await stories.checkpoint(true);
  return summary;
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
