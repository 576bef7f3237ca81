import type { Store } from '../store/store.js';
import type { FeedHub } from './feed-hub.js';

/** What every route plugin is given: the store, the write token, the live feed. */
export interface ApiContext {
  store: Store;
  /** Writes need `Authorization: Bearer <token>`; without a token the server refuses writes. */
  token: string | undefined;
  feed: FeedHub;
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
