import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../src/api/server.js';
import type { ReadResult } from '../../src/ingest/article.js';
import { ingestAll } from '../../src/pipeline/ingest.js';
import { pipelineFor } from '../../src/pipeline/store-pipeline.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { tempDir } from '../helpers.js';
import { FIXTURES } from './fixtures.js';

/** Parsed JSON responses, checked field by field by the tests. */
// biome-ignore lint/suspicious/noExplicitAny: test assertions walk arbitrary JSON.
export type Json = any;

export interface Running {
  url: string;
  db: string;
  store: Store;
  app: FastifyInstance;
  close(): Promise<void>;
}

/** Ingests the fixture articles into a fresh database file, the way `chronicle ingest` does. */
export async function fixtureDb(): Promise<string> {
  const db = join(tempDir(), 'api.db');
  const store = await openSqliteStore(db);
  await ingestAll(asSources(FIXTURES), store, await pipelineFor(store));
  await store.close();
  return db;
}

export async function* asSources(articles: object[]): AsyncGenerator<ReadResult> {
  let line = 0;
  for (const a of articles)
    yield { ok: true, article: a as never, origin: { file: 'fixtures', line: ++line } };
}

/** A real server on 127.0.0.1, port 0, over a database file. */
export async function startServer(
  db: string,
  o: { token?: string; webRoot?: string; feedIntervalMs?: number } = {},
): Promise<Running> {
  const store = await openSqliteStore(db);
  const app = await buildServer({
    store,
    token: o.token,
    webRoot: o.webRoot ?? join(tempDir(), 'no-web'),
    feedIntervalMs: o.feedIntervalMs ?? 50,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  return {
    url: `http://127.0.0.1:${address.port}`,
    db,
    store,
    app,
    async close() {
      await app.close();
      await store.close();
    },
  };
}

export async function getJson(url: string): Promise<{ status: number; body: Json }> {
  const r = await fetch(url);
  return { status: r.status, body: await r.json() };
}

export async function post(
  url: string,
  body: string,
  headers: Record<string, string>,
): Promise<{ status: number; body: Json }> {
  const r = await fetch(url, { method: 'POST', body, headers });
  return { status: r.status, body: await r.json() };
}

/** Reads server-sent events from a stream until `stop` says so; returns them in order. */
export async function readEvents(
  url: string,
  onOpen: () => Promise<void>,
  stop: (events: { event: string; data: Json }[]) => boolean,
): Promise<{ event: string; data: Json }[]> {
  const controller = new AbortController();
  const res = await fetch(url, { signal: controller.signal });
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  const events: { event: string; data: Json }[] = [];
  let buffer = '';
  let opened = false;
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += value;
      let end = buffer.indexOf('\n\n');
      while (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        end = buffer.indexOf('\n\n');
        if (!opened && block.includes(': connected')) {
          opened = true;
          await onOpen();
        }
        const event = /^event: (.*)$/m.exec(block)?.[1];
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (event && data) events.push({ event, data: JSON.parse(data) });
      }
      if (stop(events)) break;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
    controller.abort();
  }
  return events;
}
