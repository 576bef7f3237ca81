import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Article, ReadResult } from '../../src/ingest/article.js';
import { defaultPipeline } from '../../src/pipeline/default.js';
import { ingestAll } from '../../src/pipeline/ingest.js';
import { createPipeline } from '../../src/pipeline/pipeline.js';
import type { Stage } from '../../src/pipeline/stage.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { tempDir } from '../helpers.js';

async function* results(items: ReadResult[]): AsyncGenerator<ReadResult> {
  yield* items;
}
const ok = (article: Article): ReadResult => ({ ok: true, article, origin: { file: 'mem.jsonl', line: 1 } });

describe('pipeline composition', () => {
  it('runs stages in order, each seeing the results of the earlier ones', () => {
    const seen: string[] = [];
    const time: Stage<'timexes'> = {
      name: 'timexes',
      run: (doc) => [
        { span: [0, 3], text: doc.text.slice(0, 3), type: 'DATE', value: '2020', rule: 'test/time' },
      ],
    };
    const quotes: Stage<'quotes'> = {
      name: 'quotes',
      run: (_doc, earlier) => {
        seen.push(`timexes=${earlier.timexes?.length}`);
        return [];
      },
    };
    const ex = createPipeline([time, quotes]).extract({ id: 'x', date: null, text: 'Now then.' });
    assert.deepEqual(seen, ['timexes=1']);
    assert.equal(ex.timexes[0].rule, 'test/time');
    assert.deepEqual(ex.events, []);
  });

  it('refuses the same stage twice', () => {
    const s: Stage<'events'> = { name: 'events', run: () => [] };
    assert.throws(() => createPipeline([s, s]), /given twice/);
  });
});

describe('ingest', () => {
  it('is idempotent: re-ingesting the same articles skips them', async () => {
    const store = await openSqliteStore(join(tempDir(), 'i.db'));
    const batch = () =>
      results([ok({ id: 'a', date: null, text: 'One.' }), ok({ id: 'b', date: null, text: 'Two.' })]);
    const first = await ingestAll(batch(), store, defaultPipeline());
    const second = await ingestAll(batch(), store, defaultPipeline());
    assert.deepEqual([first.ingested, first.skipped], [2, 0]);
    assert.deepEqual([second.ingested, second.skipped], [0, 2]);
    assert.equal((await store.counts()).articles, 2);
    await store.close();
  });

  it('a failing stage fails that article only; the batch goes on and nothing stored is lost', async () => {
    const store = await openSqliteStore(join(tempDir(), 'j.db'));
    const exploding: Stage<'events'> = {
      name: 'events',
      run: (doc) => {
        if (doc.text.includes('BOOM')) throw new Error('stage exploded');
        return [];
      },
    };
    const pipeline = createPipeline([exploding]);
    await ingestAll(results([ok({ id: 'before', date: null, text: 'Stored earlier.' })]), store, pipeline);
    const problems: string[] = [];
    const summary = await ingestAll(
      results([
        ok({ id: 'a', date: null, text: 'Fine.' }),
        ok({ id: 'b', date: null, text: 'This one goes BOOM.' }),
        { ok: false, error: 'not JSON', origin: { file: 'x.jsonl', line: 7 } },
        ok({ id: 'c', date: null, text: 'Also fine.' }),
      ]),
      store,
      pipeline,
      { onProblem: (line) => problems.push(line) },
    );
    assert.equal(summary.ingested, 2);
    assert.deepEqual(
      summary.failed.map((f) => `${f.where}: ${f.error}`),
      ['mem.jsonl:1: article b: stage exploded', 'x.jsonl:7: not JSON'],
    );
    assert.equal(problems.length, 2);
    for (const id of ['before', 'a', 'c']) assert.ok(await store.hasArticle(id), id);
    assert.equal(await store.hasArticle('b'), false);
    await store.close();
  });
});
