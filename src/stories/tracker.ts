import type { Extraction } from '../contract/extraction.js';
import type { Store, StoryPlacement } from '../store/store.js';
import type { Doc } from '../text/types.js';
import { articleFeatures } from './features.js';
import { fingerprint } from './fingerprint.js';
import { type ClusterOptions, DEFAULT_CLUSTER_OPTIONS, StoryIndex } from './story-index.js';
import { timelineCandidates } from './timeline-candidates.js';

// Document frequencies are written every this many articles (and at the end of a batch).
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
    const assignment = this.index.add(
      extraction.id,
      doc.article.date,
      articleFeatures(doc, extraction),
      fingerprint(doc),
    );
    this.sinceCheckpoint++;
    return {
      assignment,
      story: this.index.story(assignment.story)!,
      sentences: timelineCandidates(doc, extraction.timexes),
    };
  }

  /** Saves pending document frequencies when enough articles came in (or always, with `force`). */
  async checkpoint(force = false): Promise<void> {
    if (!force && this.sinceCheckpoint < CHECKPOINT_EVERY) return;
    this.sinceCheckpoint = 0;
    const changes = this.index.takeDfChanges();
    await this.store.saveStoryTerms(changes, this.index.documentCount, this.index.sequence);
  }
}
