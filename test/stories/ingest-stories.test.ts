import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Article, ReadResult } from '../../src/ingest/article.js';
import { defaultPipeline } from '../../src/pipeline/default.js';
import { ingestAll } from '../../src/pipeline/ingest.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { DEFAULT_CLUSTER_OPTIONS } from '../../src/stories/story-index.js';
import { StoryTracker } from '../../src/stories/tracker.js';
import { buildDoc } from '../../src/text/doc.js';
import { QUAKE_A, QUAKE_A_COPY, QUAKE_B } from './helpers.js';

async function* read(articles: Article[]): AsyncIterable<ReadResult> {
  for (const [i, article] of articles.entries())
    yield { ok: true, article, origin: { file: 'test', line: i + 1 } };
}

async function ingestInto(db: string, articles: Article[]): Promise<Map<string, string | null>> {
  const store = await openSqliteStore(db);
  try {
    await ingestAll(read(articles), store, defaultPipeline());
    const out = new Map<string, string | null>();
    for await (const a of store.exportArticles()) out.set(a.id, a.story);
    return out;
  } finally {
    await store.close();
  }
}

const freshDb = () => join(mkdtempSync(join(tmpdir(), 'chronicle-stories-')), 'test.db');

describe('stories at ingest', () => {
  it('keeps story ids across re-ingests and process restarts, and places later articles', async () => {
    const db = freshDb();
    const first = await ingestInto(db, [...QUAKE_A, QUAKE_B[0]]);
    assert.equal(first.get('qa-2'), 'qa-1');
    assert.equal(first.get('qb-1'), 'qb-1');
    // A second run re-reads everything (skipped) plus new reports: old ids stay, new ones join.
    const second = await ingestInto(db, [...QUAKE_A, QUAKE_B[0], QUAKE_B[1], QUAKE_A_COPY]);
    for (const [id, story] of first) assert.equal(second.get(id), story);
    assert.equal(second.get('qb-2'), 'qb-1');
    assert.equal(second.get('qa-copy'), 'qa-1');
  });

  it('gives the same ids in a fresh database fed the same articles', async () => {
    const all = [...QUAKE_A, ...QUAKE_B, QUAKE_A_COPY];
    assert.deepEqual([...(await ingestInto(freshDb(), all))], [...(await ingestInto(freshDb(), all))]);
  });

  it('relabels the reports settled at the end of a batch and drops the stories they left', async () => {
    const store = await openSqliteStore(freshDb());
    try {
      // Nothing joins at arrival (a threshold out of reach) but a wire copy, so the quake's reports settle.
      const tracker = await StoryTracker.open(store, {
        ...DEFAULT_CLUSTER_OPTIONS,
        joinThreshold: 2,
        settleThreshold: 0.2,
        settleAge: 0,
      });
      const pipeline = defaultPipeline();
      for (const a of [QUAKE_A[0], QUAKE_A_COPY, QUAKE_B[0], QUAKE_A[1]]) {
        const doc = buildDoc(a);
        const extraction = pipeline.extractDoc(doc);
        await store.saveExtraction(extraction, 'test', tracker.place(doc, extraction));
      }
      await tracker.checkpoint(true); // the story of one report is saved before it settles
      await tracker.settle();
      await tracker.checkpoint(true);
      const story = new Map<string, string | null>();
      for await (const a of store.exportArticles()) story.set(a.id, a.story);
      assert.deepEqual([...story].sort(), [
        ['qa-1', 'qa-1'],
        ['qa-2', 'qa-1'],
        ['qa-copy', 'qa-1'],
        ['qb-1', 'qb-1'],
      ]);
      const listed = (await store.stories({})).items.map((s) => [s.id, s.articles, s.reports]);
      assert.deepEqual(listed, [
        ['qa-1', 3, 2],
        ['qb-1', 1, 1],
      ]);
      const saved = await store.loadStoryIndex(10);
      assert.deepEqual(saved.stories.map((s) => [s.id, s.size]).sort(), [
        ['qa-1', 3],
        ['qb-1', 1],
      ]);
    } finally {
      await store.close();
    }
  });

  it('lists stories with independent reports and outlets, copies counted once', async () => {
    const db = freshDb();
    await ingestInto(db, [...QUAKE_A, QUAKE_A_COPY, ...QUAKE_B]);
    const store = await openSqliteStore(db);
    try {
      const stories = (await store.stories({})).items;
      const a = stories.find((s) => s.id === 'qa-1')!;
      assert.equal(a.articles, 4);
      assert.equal(a.reports, 3);
      const reports = await store.storyReports('qa-1');
      assert.equal(reports.find((r) => r.article.id === 'qa-copy')?.copyOf, 'qa-1');
      // Top events are events that count: the quake's "killing 14 people" has no doer.
      const inStory = (e: { article: string }) => e.article.startsWith('qa-');
      const label = (e: { plover: string | null; code: string }) => (e.plover ? `${e.plover} ` : '') + e.code;
      const uncounted = (await store.events({ all: true })).items.filter((e) => inStory(e) && !e.counts);
      assert.ok(uncounted.length > 0);
      const counted = new Set((await store.events({})).items.filter(inStory).map(label));
      for (const top of a.topEvents) assert.ok(counted.has(top), `${top} does not count`);
      // Corroboration reads the same counting events: none of the uncounted ones is among them.
      const key = (article: string, trigger: unknown) => `${article}@${JSON.stringify(trigger)}`;
      const reported = new Set(
        reports.flatMap((r) => r.events.map((e) => key(r.article.id, e.trigger?.span))),
      );
      assert.ok(reported.size > 0);
      for (const e of uncounted)
        assert.ok(!reported.has(key(e.article, e.triggerSpan)), `${e.trigger} is corroborated`);
      const rows = await store.timelineCandidates({ story: 'qa-1' });
      assert.ok(rows.some((r) => r.kind === 'date' && r.date === '2024-05-06'));
    } finally {
      await store.close();
    }
  });

  it('leaves the outlets that relay a story out of its top actors', async () => {
    const db = freshDb();
    const text = (day: string) =>
      `Ferry workers in Saltholm walked out on ${day} over unpaid wages, union leader Ada Brenn told the Dunmere Herald. "We will stay out until we are paid," Brenn told the Dunmere Herald.`;
    await ingestInto(db, [
      {
        id: 'fs-1',
        date: '2024-07-01',
        outlet: 'North Wire',
        title: 'Saltholm ferry strike',
        text: text('Monday'),
      },
      {
        id: 'fs-2',
        date: '2024-07-02',
        outlet: 'Coast Gazette',
        title: 'Ferry strike goes on',
        text: text('Tuesday'),
      },
    ]);
    const store = await openSqliteStore(db);
    try {
      const [story] = (await store.stories({})).items;
      assert.equal(story.articles, 2);
      assert.ok(story.topActors.includes('Ada Brenn'));
      assert.ok(!story.topActors.includes('Dunmere Herald'), story.topActors.join('; '));
    } finally {
      await store.close();
    }
  });
});
