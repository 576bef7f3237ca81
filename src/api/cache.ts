import type { Store } from '../store/store.js';

/**
 * Answers of the costly read routes (aggregates over the whole database), kept until the data
 * changes: the key includes the store's data version, which moves with every write, here or in
 * another process. Most requests repeat (a home page, a story's timeline), and a read that
 * scans every sentence need not be repeated while nothing was stored.
 */
export class ReadCache {
  private readonly entries = new Map<string, unknown>();
  private version = '';

  constructor(
    private readonly store: Store,
    private readonly max = 500,
  ) {}

  async get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const version = await this.store.dataVersion();
    if (version !== this.version) {
      this.entries.clear();
      this.version = version;
    }
    if (this.entries.has(key)) {
      // Re-inserted: the map's order is the least recently used first.
      const hit = this.entries.get(key) as T;
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const value = await compute();
    if (version === this.version) {
      this.entries.set(key, value);
      if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value as string);
    }
    return value;
  }
}

/** A cache that never keeps anything (to measure the routes themselves). */
export class NoCache extends ReadCache {
  override async get<T>(_key: string, compute: () => Promise<T>): Promise<T> {
    return compute();
  }
}
