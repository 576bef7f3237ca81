import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ingestAll } from '../../src/pipeline/ingest.js';
import { pipelineFor } from '../../src/pipeline/store-pipeline.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { asSources, fixtureDb, getJson, post, readEvents, startServer } from './harness.js';

const TOKEN = 'test-token-123';
const auth = { authorization: `Bearer ${TOKEN}` };
const json = { 'content-type': 'application/json' };
const ndjson = { 'content-type': 'application/x-ndjson' };

const article = (id: string, text: string, date = '2024-07-01') => ({
  id,
  date,
  title: `Title ${id}`,
  outlet: 'Test Outlet',
  text,
});

describe('API writes', () => {
  it('refuses writes without the token (401), with a wrong one (401), and when the server has none (403)', async () => {
    const server = await startServer(await fixtureDb(), { token: TOKEN });
    try {
      const body = JSON.stringify(article('w-0', 'Norway thanked Sweden on Monday.'));
      const none = await post(`${server.url}/api/articles`, body, json);
      assert.equal(none.status, 401);
      assert.match(none.body.error, /token/);
      const wrong = await post(`${server.url}/api/articles`, body, { ...json, authorization: 'Bearer nope' });
      assert.equal(wrong.status, 401);
      const merge = await post(`${server.url}/api/actors/merge`, '{"from":"a","into":"b"}', json);
      assert.equal(merge.status, 401);
      assert.equal((await getJson(`${server.url}/api/articles/w-0`)).status, 404);
    } finally {
      await server.close();
    }
    const open = await startServer(await fixtureDb());
    try {
      const r = await post(`${open.url}/api/articles`, '{}', { ...json, ...auth });
      assert.equal(r.status, 403);
      assert.match(r.body.error, /--token|CHRONICLE_TOKEN/);
    } finally {
      await open.close();
    }
  });

  it('ingests one JSON object, an array, and JSONL with one bad line (the batch goes on)', async () => {
    const server = await startServer(await fixtureDb(), { token: TOKEN });
    try {
      const one = await post(
        `${server.url}/api/articles`,
        JSON.stringify(article('w-1', 'Norway praised Sweden on Monday for reopening the border crossing.')),
        { ...json, ...auth },
      );
      assert.equal(one.status, 200, JSON.stringify(one.body));
      assert.deepEqual(one.body, { ingested: ['w-1'], skipped: [], failed: [] });

      const many = await post(
        `${server.url}/api/articles`,
        JSON.stringify([
          article('w-2', 'Sweden thanked Norway on Tuesday.'),
          { id: 'w-bad', text: 'no date' },
          article('w-1', 'again'),
        ]),
        { ...json, ...auth },
      );
      assert.deepEqual(many.body.ingested, ['w-2']);
      assert.deepEqual(many.body.skipped, ['w-1']);
      assert.equal(many.body.failed.length, 1);
      assert.equal(many.body.failed[0].line, 2);
      assert.match(many.body.failed[0].error, /date/);

      const lines = [
        JSON.stringify(article('w-3', 'Canada welcomed the talks on Wednesday.')),
        '{ this is not json',
        '',
        JSON.stringify(article('w-4', 'Mexico criticised Canada on Thursday over tariffs.')),
      ].join('\n');
      const batch = await post(`${server.url}/api/articles`, lines, { ...ndjson, ...auth });
      assert.equal(batch.status, 200);
      assert.deepEqual(batch.body.ingested, ['w-3', 'w-4']);
      assert.deepEqual(
        batch.body.failed.map((f: { line: number }) => f.line),
        [2],
      );
      assert.match(batch.body.failed[0].error, /not JSON/);

      const stored = await getJson(`${server.url}/api/articles/w-4`);
      assert.equal(stored.status, 200);
      assert.equal(stored.body.article.text, 'Mexico criticised Canada on Thursday over tariffs.');
      assert.ok(stored.body.article.story, 'joined or started a story');
    } finally {
      await server.close();
    }
  });

  it('merges actors with the token', async () => {
    const server = await startServer(await fixtureDb(), { token: TOKEN });
    try {
      const actors = (await getJson(`${server.url}/api/actors?limit=500`)).body.items;
      const [from, into] = [
        actors.find((a: { name: string }) => a.name === 'Sweden'),
        actors.find((a: { name: string }) => a.name === 'Norway'),
      ];
      const r = await post(
        `${server.url}/api/actors/merge`,
        JSON.stringify({ from: from.id, into: into.id }),
        { ...json, ...auth },
      );
      assert.equal(r.status, 200);
      assert.deepEqual(r.body, { ok: true });
      assert.equal((await getJson(`${server.url}/api/actors/${encodeURIComponent(from.id)}`)).status, 404);
      const merged = await getJson(`${server.url}/api/actors/${encodeURIComponent(into.id)}`);
      assert.equal(merged.body.actor.mentions, from.mentions + into.mentions);
      const unknown = await post(`${server.url}/api/actors/merge`, '{"from":"nobody","into":"x"}', {
        ...json,
        ...auth,
      });
      assert.equal(unknown.status, 404);
    } finally {
      await server.close();
    }
  });

  it('the SSE feed announces an article POSTed here, and its story', async () => {
    const server = await startServer(await fixtureDb(), { token: TOKEN });
    try {
      const events = await readEvents(
        `${server.url}/api/feed`,
        async () => {
          const r = await post(
            `${server.url}/api/articles`,
            JSON.stringify(
              article(
                'w-live',
                'Norway accused Sweden on Friday of blocking talks on fishing quotas in the Skagerrak.',
              ),
            ),
            { ...json, ...auth },
          );
          assert.deepEqual(r.body.ingested, ['w-live']);
        },
        (seen) => seen.some((e) => e.event === 'story'),
      );
      const a = events.find((e) => e.event === 'article');
      assert.ok(a);
      assert.deepEqual(Object.keys(a.data).sort(), ['date', 'id', 'outlet', 'story', 'title']);
      assert.equal(a.data.id, 'w-live');
      const s = events.find((e) => e.event === 'story');
      assert.ok(s);
      assert.equal(s.data.id, a.data.story);
      assert.ok(s.data.articles >= 1 && s.data.reports >= 1);
    } finally {
      await server.close();
    }
  });

  it('the SSE feed and cached reads notice articles another writer stores in the same database', async () => {
    const db = await fixtureDb();
    const server = await startServer(db);
    try {
      const before = (await getJson(`${server.url}/api/stats`)).body.articles;
      const events = await readEvents(
        `${server.url}/api/feed`,
        async () => {
          // A second connection stands for another process (chronicle ingest) writing meanwhile.
          const other = await openSqliteStore(db);
          await ingestAll(
            asSources([article('w-other', 'Canada thanked Mexico on Monday.')]),
            other,
            await pipelineFor(other),
          );
          await other.close();
        },
        (seen) => seen.some((e) => e.event === 'article'),
      );
      assert.equal(events.find((e) => e.event === 'article')?.data.id, 'w-other');
      // Cached reads follow the data: the other writer's article is counted at once.
      assert.equal((await getJson(`${server.url}/api/stats`)).body.articles, before + 1);
    } finally {
      await server.close();
    }
  });
});
