import type { Extraction } from '../contract/extraction.js';
import type { Store, StoryPlacement } from '../store/store.js';
import type { Doc } from '../text/types.js';
import { articleFeatures } from './features.js';
import { fingerprint } from './fingerprint.js';
import { type ClusterOptions, DEFAULT_CLUSTER_OPTIONS, StoryIndex } from './story-index.js';
import { timelineCandidates } from './timeline-candidates.js';

// The clusterer's state is written every this many articles (and at the end of a batch).
const CHECKPOINT_EVERY = 500;

/**
 * The ingest side of stories: loads the saved index once, places each new article (story,
 * syndication, timeline candidates) and saves document frequencies in batches. Articles must
 * arrive in the order they should be clustered in; the same order gives the same stories.
 */
export class StoryTracker {
  private sinceCheckpoint = 0;

  private constructor(
    private readonly store: Store,
    private readonly index: StoryIndex,
  ) {}

  static async open(store: Store, options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS): Promise<StoryTracker> {
    const snapshot = await store.loadStoryIndex(options.maxActive);
    return new StoryTracker(store, new StoryIndex(snapshot, options));
  }

  /** Places one article; the result is saved with the article (Store.saveExtraction). */
  place(doc: Doc, extraction: Extraction): StoryPlacement {
    const fp = fingerprint(doc);
    const assignment = this.index.add(extraction.id, doc.article.date, articleFeatures(doc, extraction), fp);
    this.sinceCheckpoint++;
    return {
      assignment,
      fingerprint: fp,
      sentences: timelineCandidates(doc, extraction.timexes, extraction.events),
    };
  }

  /**
   * The end of a batch: reports that started a story of their own and are still alone in it move
   * to a story they now match (StoryIndex.settle); the store relabels them. Call before the last
   * checkpoint.
   */
  async settle(): Promise<void> {
    const moves = this.index.settle();
    if (moves.length) await this.store.moveReports(moves);
  }

  /**
   * Saves the clusterer's state (changed stories, document frequencies) when enough articles
   * came in, or always with `force`. Articles carry their story id as soon as they are saved;
   * only the clusterer's memory is written in batches, so a crash loses some of it, not data.
   */
  async checkpoint(force = false): Promise<void> {
    if (!force && this.sinceCheckpoint < CHECKPOINT_EVERY) return;
    this.sinceCheckpoint = 0;
    await this.store.saveStoryIndex(
      this.index.takeDirtyStories(),
      this.index.takeDfChanges(),
      this.index.sequence,
    );
  }
}
