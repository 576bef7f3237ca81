import type { Store } from '../store/store.js';

export type FeedListener = (event: 'article' | 'story', data: unknown, id?: number) => void;

// A batch read per poll; a bigger backlog is read over the following polls.
const BATCH = 500;

/**
 * Finds newly stored articles by polling the store's latest sequence number (cheap) while
 * anyone listens, so articles ingested by another process into the same database are seen
 * too, not only those POSTed here. Each new article is announced, then each story it grew.
 */
export class FeedHub {
  private readonly listeners = new Set<FeedListener>();
  private seen = 0;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly store: Store,
    private readonly intervalMs = 1000,
  ) {}

  /** Adds a listener; it hears about articles stored from now on. Returns the unsubscribe. */
  async subscribe(listener: FeedListener): Promise<() => void> {
    if (this.listeners.size === 0) {
      this.seen = await this.store.latestSeq();
      this.timer = setInterval(() => this.poke(), this.intervalMs);
      this.timer.unref();
    }
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.stop();
    };
  }

  get size(): number {
    return this.listeners.size;
  }

  /** Looks for new articles now (after an ingest here); polls never overlap. */
  poke(): Promise<void> {
    if (this.listeners.size === 0) return Promise.resolve();
    this.running ??= this.poll().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private async poll(): Promise<void> {
    try {
      if ((await this.store.latestSeq()) <= this.seen) return;
      const articles = await this.store.articlesAfter(this.seen, BATCH);
      if (articles.length === 0) return;
      this.seen = articles[articles.length - 1].seq;
      const stories = new Set<string>();
      for (const { seq, ...a } of articles) {
        this.emit('article', a, seq);
        if (a.story) stories.add(a.story);
      }
      for (const s of await this.store.storySizes([...stories])) this.emit('story', s);
    } catch {
      // A busy or closing database: the next poll tries again.
    }
  }

  private emit(event: 'article' | 'story', data: unknown, id?: number): void {
    for (const l of this.listeners) l(event, data, id);
  }
}
