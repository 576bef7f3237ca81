import type { Store } from '../store/store.js';
import type { ReadCache } from './cache.js';
import type { FeedHub } from './feed-hub.js';

/** What every route plugin is given: the store, the write token, the live feed. */
export interface ApiContext {
  store: Store;
  /** Writes need `Authorization: Bearer <token>`; without a token the server refuses writes. */
  token: string | undefined;
  feed: FeedHub;
  /** Answers of the costly reads, kept until the data changes. */
  cache: ReadCache;
}

/** An HTTP error the error handler answers as `{error}` with its status. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
  ) {
    super(message);
  }
}
