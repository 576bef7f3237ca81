import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { FIXTURES } from './fixtures.js';
import { fixtureDb, getJson, type Json, type Running, startServer } from './harness.js';

const keys = (o: object) => Object.keys(o).sort();
const sorted = (s: string) => s.split(',').sort();

let server: Running;
before(async () => {
  server = await startServer(await fixtureDb());
});
after(async () => {
  await server?.close();
});

/** Follows `next` from the first page to the end, returning every item seen. */
async function allPages(path: string, limit: number): Promise<{ items: Json[]; pages: number }> {
  const items: Json[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const sep = path.includes('?') ? '&' : '?';
    const url = `${server.url}${path}${sep}limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const { status, body } = await getJson(url);
    assert.equal(status, 200, JSON.stringify(body));
    assert.ok(body.items.length <= limit);
    items.push(...body.items);
    cursor = body.next;
    pages++;
    assert.ok(pages < 1000, 'pagination does not end');
  } while (cursor);
  return { items, pages };
}

describe('API reads', () => {
  it('GET /api/stats counts what the fixtures hold', async () => {
    const { status, body } = await getJson(`${server.url}/api/stats`);
    assert.equal(status, 200);
    assert.deepEqual(
      keys(body),
      sorted('articles,actors,mentions,timexes,quotes,events,stories,outlets,firstDate,lastDate'),
    );
    assert.equal(body.articles, FIXTURES.length);
    assert.equal(body.outlets, new Set(FIXTURES.map((a) => a.outlet)).size);
    assert.equal(body.firstDate, '2024-05-06');
    assert.equal(body.lastDate, '2024-06-20');
    assert.ok(body.quotes > 0 && body.events > 0 && body.stories > 0 && body.stories < FIXTURES.length);
  });

  it('GET /api/articles lists by date then id, with the contract fields', async () => {
    const { body } = await getJson(`${server.url}/api/articles`);
    assert.equal(body.next, null);
    assert.deepEqual(keys(body.items[0]), sorted('id,date,title,outlet,url,story,chars,quotes,events'));
    const order = [...FIXTURES].sort((a, b) => (a.date + a.id < b.date + b.id ? -1 : 1)).map((a) => a.id);
    assert.deepEqual(
      body.items.map((a: { id: string }) => a.id),
      order,
    );
    const filtered = await getJson(`${server.url}/api/articles?outlet=Coastal&from=2024-06`);
    assert.deepEqual(
      filtered.body.items.map((a: { id: string }) => a.id),
      ['fx-06'],
    );
  });

  it('GET /api/articles/:id gives the text and annotations whose spans index it', async () => {
    const { status, body } = await getJson(`${server.url}/api/articles/fx-01`);
    assert.equal(status, 200);
    assert.deepEqual(keys(body), sorted('article,actors,timexes,quotes,events'));
    const text: string = body.article.text;
    assert.equal(text, FIXTURES[0].text);
    assert.ok(body.actors.length > 0 && body.quotes.length > 0 && body.timexes.length > 0);
    for (const a of body.actors) {
      assert.deepEqual(keys(a), sorted('id,name,kind,code,role,mentions'));
      for (const m of a.mentions) assert.equal(text.slice(m.span[0], m.span[1]), m.text);
    }
    for (const t of body.timexes) {
      assert.deepEqual(keys(t), sorted('span,text,type,value,mod,rule'));
      assert.equal(text.slice(t.span[0], t.span[1]), t.text);
    }
    for (const q of body.quotes) {
      assert.deepEqual(keys(q), sorted('span,text,kind,speaker,cue,relayedBy,date,rule'));
      assert.equal(text.slice(q.span[0], q.span[1]), q.text);
      if (q.cue) assert.equal(text.slice(q.cue.span[0], q.cue.span[1]), q.cue.text);
    }
    assert.ok(body.events.length > 0);
    for (const e of body.events) {
      assert.deepEqual(
        keys(e),
        sorted('span,trigger,code,plover,source,target,date,negated,modality,counts,rule'),
      );
      assert.ok(e.rule.length > 0);
    }
    const accuse = body.events.find((e: { plover: string }) => e.plover === 'ACCUSE');
    assert.ok(accuse, 'Norway accused Sweden is coded');
    assert.equal(accuse.target.name, 'Sweden');
    assert.deepEqual(keys(accuse.target), sorted('code,name,actor,span'));
    assert.equal(text.slice(accuse.target.span[0], accuse.target.span[1]), 'Sweden');
  });

  it('GET /api/search answers plain-text snippets with highlight offsets', async () => {
    const { body } = await getJson(`${server.url}/api/search?q=harbour`);
    assert.deepEqual(body.items.map((h: { id: string }) => h.id).sort(), ['fx-05', 'fx-06']);
    for (const h of body.items) {
      assert.deepEqual(keys(h), sorted('id,date,title,outlet,snippet,highlights'));
      assert.ok(h.highlights.length > 0);
      for (const [s, e] of h.highlights) assert.equal(h.snippet.slice(s, e).toLowerCase(), 'harbour');
      assert.doesNotMatch(h.snippet, /[<>[\]]/);
    }
  });

  it('GET /api/quotes and /api/events carry the contract fields and filters', async () => {
    const quotes = await getJson(`${server.url}/api/quotes?speaker=${encodeURIComponent('Kari Holm')}`);
    assert.ok(quotes.body.items.length >= 2);
    assert.deepEqual(
      keys(quotes.body.items[0]),
      sorted('article,articleDate,outlet,span,text,kind,speaker,speakerActor,cue,relayedBy,date,rule'),
    );
    for (const q of quotes.body.items) assert.equal(q.speaker, 'Kari Holm');
    const byOutlet = await getJson(`${server.url}/api/quotes?outlet=Highland`);
    for (const q of byOutlet.body.items) assert.equal(q.outlet, 'Highland Post');
    const attributed = await getJson(`${server.url}/api/quotes?limit=500`);
    for (const q of attributed.body.items) assert.ok(q.speaker, `unattributed quote listed: ${q.text}`);
    const everything = await getJson(`${server.url}/api/quotes?limit=500&all=true`);
    assert.equal(everything.status, 200);
    assert.ok(everything.body.items.length >= attributed.body.items.length);
    const events = await getJson(`${server.url}/api/events?plover=ACCUSE`);
    assert.ok(events.body.items.length > 0);
    assert.deepEqual(
      keys(events.body.items[0]),
      sorted(
        'article,articleDate,outlet,span,trigger,triggerSpan,sentence,code,plover,source,sourceName,target,targetName,date,negated,modality,counts,rule',
      ),
    );
    for (const e of events.body.items) {
      assert.equal(e.plover, 'ACCUSE');
      // The trigger is the word that fired, inside the event's sentence, not the sentence itself.
      assert.ok(e.triggerSpan && e.trigger.length < e.sentence.length && e.sentence.includes(e.trigger));
    }
  });

  it('GET /api/actors and /api/actors/:id', async () => {
    const { body } = await getJson(`${server.url}/api/actors?name=Norway`);
    const norway = body.items.find((a: { name: string }) => a.name === 'Norway');
    assert.ok(norway);
    assert.deepEqual(keys(norway), sorted('id,name,kind,code,role,mentions,articles'));
    const one = await getJson(`${server.url}/api/actors/${encodeURIComponent(norway.id)}`);
    assert.equal(one.status, 200);
    assert.deepEqual(keys(one.body), sorted('actor,quotes,events'));
    assert.equal(one.body.actor.id, norway.id);
    assert.ok(one.body.events.length > 0);
    for (const e of one.body.events) assert.ok(e.source === norway.code || e.target === norway.code);
  });

  it('GET /api/stories and /api/stories/:id: a copy is one article but not an independent report', async () => {
    const { body } = await getJson(`${server.url}/api/stories`);
    assert.deepEqual(
      keys(body.items[0]),
      sorted('id,title,articles,reports,outlets,firstDate,lastDate,topActors,topEvents'),
    );
    const fishing = body.items.find((s: { id: string }) => s.id === 'fx-01');
    assert.ok(fishing, 'the fishing articles form a story');
    assert.ok(fishing.articles >= 3);
    assert.equal(fishing.reports, fishing.articles - 1);
    const one = await getJson(`${server.url}/api/stories/fx-01`);
    assert.equal(one.status, 200);
    assert.deepEqual(keys(one.body), sorted('story,articles,events,quotes'));
    const copy = one.body.articles.find((a: { id: string }) => a.id === 'fx-03');
    assert.equal(copy.copyOf, 'fx-01');
    assert.ok(one.body.events.length > 0);
    for (const e of one.body.events) {
      assert.ok(e.corroboration >= 1);
      for (const r of e.reports) assert.deepEqual(keys(r), sorted('article,outlet,date'));
    }
    const top = one.body.quotes[0];
    assert.ok(top.corroboration >= 1 && top.reports.length >= 1);
  });

  it('GET /api/timeline gives dates with sentences and sources', async () => {
    const { body } = await getJson(`${server.url}/api/timeline?story=fx-01&dates=3&perDate=1`);
    assert.ok(body.dates.length > 0 && body.dates.length <= 3);
    for (const d of body.dates) {
      assert.deepEqual(keys(d), sorted('date,sentences,sources,articles'));
      assert.ok(d.sentences.length <= 1);
    }
    assert.ok(body.dates.some((d: { date: string }) => d.date === '2024-05-06'));
  });

  it('GET /api/network counts events between actors and says when it truncates', async () => {
    const all = await getJson(`${server.url}/api/network`);
    assert.equal(all.body.truncated, false);
    assert.ok(all.body.edges.length >= 2);
    const ids = new Set(all.body.nodes.map((n: { id: string }) => n.id));
    for (const e of all.body.edges) {
      assert.ok(ids.has(e.source) && ids.has(e.target));
      assert.equal(
        e.weight,
        Object.values(e.plover as Record<string, number>).reduce((a, b) => a + b, 0),
      );
    }
    const one = await getJson(`${server.url}/api/network?limit=1`);
    assert.equal(one.body.edges.length, 1);
    assert.equal(one.body.truncated, true);
    assert.equal(
      one.body.edges[0].weight,
      Math.max(...all.body.edges.map((e: { weight: number }) => e.weight)),
    );
    const june = await getJson(`${server.url}/api/network?from=2024-06`);
    for (const n of june.body.nodes) assert.notEqual(n.name, 'Norway');
  });

  for (const path of [
    '/api/articles',
    '/api/quotes',
    '/api/events?all=true',
    '/api/actors',
    '/api/stories',
    '/api/search?q=the',
  ]) {
    it(`pagination of ${path} follows next to the end and sees every row once`, async () => {
      const whole = await getJson(`${server.url}${path}${path.includes('?') ? '&' : '?'}limit=500`);
      assert.equal(whole.body.next, null);
      assert.ok(whole.body.items.length >= 3, 'enough rows to page through');
      const paged = await allPages(path, 2);
      assert.ok(paged.pages >= 2);
      assert.deepEqual(paged.items, whole.body.items);
    });
  }

  it('a limit above the maximum is an error naming the maximum, never clamped', async () => {
    for (const path of [
      '/api/articles',
      '/api/quotes',
      '/api/events',
      '/api/actors',
      '/api/stories',
      '/api/search?q=a&',
    ]) {
      const sep = path.endsWith('&') ? '' : '?';
      const { status, body } = await getJson(`${server.url}${path}${sep}limit=501`);
      assert.equal(status, 400, path);
      assert.match(body.error, /500/);
    }
  });

  it('a bad cursor or date is a 400, unknown ids and routes are 404s, all as {error}', async () => {
    const bad = await getJson(`${server.url}/api/articles?cursor=not-a-cursor`);
    assert.equal(bad.status, 400);
    assert.match(bad.body.error, /cursor/);
    assert.equal((await getJson(`${server.url}/api/quotes?from=last-week`)).status, 400);
    for (const path of ['/api/articles/nope', '/api/stories/nope', '/api/actors/nope', '/api/nothing-here']) {
      const { status, body } = await getJson(`${server.url}${path}`);
      assert.equal(status, 404, path);
      assert.equal(typeof body.error, 'string');
    }
  });

  it('the OpenAPI document lists every route', async () => {
    const { status, body } = await getJson(`${server.url}/api/openapi.json`);
    assert.equal(status, 200);
    assert.match(body.openapi, /^3\./);
    const expected = {
      '/api/stats': ['get'],
      '/api/articles': ['get', 'post'],
      '/api/articles/{id}': ['get'],
      '/api/search': ['get'],
      '/api/quotes': ['get'],
      '/api/events': ['get'],
      '/api/actors': ['get'],
      '/api/actors/{id}': ['get'],
      '/api/actors/{id}/quotes': ['get'],
      '/api/actors/{id}/events': ['get'],
      '/api/actors/merge': ['post'],
      '/api/stories': ['get'],
      '/api/stories/{id}': ['get'],
      '/api/timeline': ['get'],
      '/api/network': ['get'],
      '/api/feed': ['get'],
    };
    assert.deepEqual(Object.keys(body.paths).sort(), Object.keys(expected).sort());
    for (const [path, methods] of Object.entries(expected))
      assert.deepEqual(Object.keys(body.paths[path]).sort(), methods, path);
    // Every route answers what its document says: a 200 response schema for each GET.
    for (const [path, ops] of Object.entries(body.paths as Record<string, Record<string, Json>>))
      if (ops.get && path !== '/api/feed') assert.ok(ops.get.responses['200'], path);
  });
});

describe('timeline from the store', () => {
  it('counts days in SQL and reads back only their rows, with the same result as over every row', async () => {
    const { buildTimeline } = await import('../../src/stories/timeline.js');
    const { timelineFromStore } = await import('../../src/stories/timeline-query.js');
    const filters = [
      {},
      { story: 'fx-01' },
      { query: 'storm' },
      { actor: 'Sweden' },
      { actorId: 'country:SWE' },
      { from: '2024-05-07' },
      // Reaching back before the first report: days mentioned then count in both paths.
      { from: '2024-01' },
    ];
    for (const f of filters)
      for (const o of [
        { dates: 8, perDate: 2 },
        { dates: 2, perDate: 1 },
      ]) {
        const asked = { ...o, from: (f as { from?: string }).from };
        const all = buildTimeline(await server.store.timelineCandidates(f), asked);
        assert.ok(all.length > 0, JSON.stringify(f));
        assert.deepEqual(await timelineFromStore(server.store, f, asked), all, JSON.stringify(f));
      }
  });

  it('keeps the whole-database day counts at ingest equal to counting every candidate row', async () => {
    const rows = await server.store.timelineCandidates({});
    const reports = (keep: (r: (typeof rows)[number]) => string | null) => {
      const byDay = new Map<string, Set<string>>();
      for (const r of rows) {
        const day = keep(r);
        if (day) byDay.set(day, (byDay.get(day) ?? new Set()).add(r.copyOf ?? r.article));
      }
      return byDay;
    };
    const published = reports((r) => r.articleDate);
    const days = [...published.keys()].sort();
    const [lo, hi] = [days[0], days[days.length - 1]];
    const mentioned = reports((r) =>
      r.kind === 'date' && r.date && r.date >= lo && r.date <= hi ? r.date : null,
    );
    const want = new Map<string, { date: string; mentioned: number; published: number }>();
    for (const d of [...days, ...[...mentioned.keys()].sort()])
      want.set(d, {
        date: d,
        mentioned: mentioned.get(d)?.size ?? 0,
        published: published.get(d)?.size ?? 0,
      });
    const got = await server.store.timelineDayCounts({});
    assert.deepEqual(got.range, { lo, hi });
    assert.deepEqual(got.counts, [...want.values()]);
    // A copy counts once with its original: the fixtures hold one, on a day both report.
    assert.ok(rows.some((r) => r.copyOf));
  });
});
