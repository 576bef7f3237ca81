import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { dateRange } from '../../src/common/date-range.js';
import type { Extraction } from '../../src/contract/extraction.js';
import { migrations } from '../../src/store/sqlite/migrations.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { tempDir } from '../helpers.js';

function extraction(
  id: string,
  date: string | null,
  text: string,
  extra: Partial<Extraction> = {},
): Extraction {
  return {
    id,
    article: { id, date, text, outlet: 'Test Wire' },
    actors: [],
    timexes: [],
    quotes: [],
    events: [],
    ...extra,
  };
}

const quoted = extraction('q1', '2022-02-02', 'The envoy said: “We will keep talking.”', {
  actors: [
    {
      id: 'person:~the-envoy',
      name: 'Anna Envoy',
      kind: 'person',
      code: 'XYZGOV',
      mentions: [{ span: [0, 9], text: 'The envoy', rule: 'test' }],
    },
  ],
  quotes: [
    {
      span: [16, 39],
      text: '“We will keep talking.”',
      kind: 'direct',
      speaker: { name: 'Anna Envoy', actor: 'person:~the-envoy', span: [0, 9] },
      date: '2022-02',
      rule: 'test',
    },
  ],
  events: [
    {
      span: [10, 14],
      code: '036',
      plover: 'CONSULT',
      source: { code: 'XYZGOV', name: 'Anna Envoy', actor: 'person:~the-envoy' },
      target: null,
      date: '2022-02-01',
      modality: 'asserted',
      rule: 'test',
      trigger: { span: [10, 14], text: 'said' },
    },
  ],
});

describe('SQLite store', () => {
  it('stores an extraction and answers the queries', async () => {
    const store = await openSqliteStore(join(tempDir(), 'a.db'));
    await store.saveExtraction(quoted, 'test');
    assert.ok(await store.hasArticle('q1'));
    assert.deepEqual(await store.counts(), {
      articles: 1,
      actors: 1,
      mentions: 1,
      timexes: 0,
      quotes: 1,
      events: 1,
    });
    const [q] = (await store.quotes({ speaker: 'envoy' })).items;
    assert.equal(q.text, '“We will keep talking.”');
    assert.equal(q.speaker, 'Anna Envoy');
    assert.deepEqual(q.span, [16, 39]);
    const [hit] = (await store.search('keep talking', {})).items;
    assert.equal(hit.id, 'q1');
    assert.deepEqual(
      hit.highlights.map(([s, e]) => hit.snippet.slice(s, e)),
      ['keep', 'talking'],
    );
    const [e] = (await store.events({ actor: 'envoy', code: '03' })).items;
    assert.equal(e.trigger, 'said');
    assert.deepEqual(e.triggerSpan, [10, 14]);
    assert.equal((await store.events({ code: '04' })).items.length, 0);
    await store.close();
  });

  it('matches a speaker by any stored alias (a mention), not only the canonical name', async () => {
    const store = await openSqliteStore(join(tempDir(), 'alias.db'));
    await store.saveExtraction(quoted, 'test');
    assert.equal((await store.quotes({ speaker: 'The envoy' })).items.length, 1);
    assert.equal((await store.quotes({ speaker: 'Nobody' })).items.length, 0);
    await store.close();
  });

  it('keeps aliases exact: a re-extraction drops an alias no mention has any more, a merge moves them', async () => {
    const store = await openSqliteStore(join(tempDir(), 'aliases.db'));
    await store.saveExtraction(quoted, 'test');
    const renamed = structuredClone(quoted);
    renamed.actors[0].mentions = [{ span: [0, 9], text: 'The agent', rule: 'test' }];
    await store.replaceExtraction(renamed);
    assert.equal((await store.quotes({ speaker: 'The envoy' })).items.length, 0);
    assert.equal((await store.quotes({ speaker: 'The agent' })).items.length, 1);
    const other = extraction('q2', '2022-02-03', 'Bob Other spoke.', {
      actors: [
        {
          id: 'person:~bob',
          name: 'Bob Other',
          kind: 'person',
          code: 'XYZ',
          mentions: [{ span: [0, 9], text: 'Bob Other', rule: 'test' }],
        },
      ],
    });
    await store.saveExtraction(other, 'test');
    await store.mergeActors('person:~the-envoy', 'person:~bob');
    const [bob] = (await store.actors({ name: 'The agent' })).items;
    assert.equal(bob.id, 'person:~bob');
    assert.equal(bob.mentions, 2);
    await store.close();
  });

  it('lists the reading of an actor most articles give, not the first one, and keeps a rename', async () => {
    const store = await openSqliteStore(join(tempDir(), 'readings.db'));
    const reading = (id: string, code: string, role: string | undefined, texts: string[]) =>
      extraction(id, `2025-03-0${id.slice(1)}`, 'Foreign Minister Ivo Brask spoke.', {
        actors: [
          {
            id: 'person:~ivo-brask',
            name: 'Ivo Brask',
            kind: 'person',
            code,
            ...(role ? { role } : {}),
            mentions: texts.map((text, k) => ({ span: [k, k + 1] as [number, number], text, rule: 'test' })),
          },
        ],
      });
    const listed = async () => {
      const [a] = (await store.actors({ id: 'person:~ivo-brask' })).items;
      return [a.name, a.code, a.role];
    };
    // The first article only says "Brask": no role, no country.
    await store.saveExtraction(reading('a1', '---', undefined, ['Brask']), 'test');
    assert.deepEqual(await listed(), ['Ivo Brask', '---', null]);
    await store.saveExtraction(reading('a0', '---', undefined, ['Brask']), 'test');
    // One article with the full title: a reading that tells a role beats two that tell nothing.
    await store.saveExtraction(reading('a2', 'TRLGOV', 'Foreign Minister of Tarl', ['Ivo Brask']), 'test');
    assert.deepEqual(await listed(), ['Ivo Brask', 'TRLGOV', 'Foreign Minister of Tarl']);
    await store.renameActor('person:~ivo-brask', 'Ivo Brask (Tarl)');
    // A wrong country in one more article does not win over two that agree.
    await store.saveExtraction(
      reading('a3', 'VELGOV', 'Foreign Minister of Vel', ['Brask', 'Brask']),
      'test',
    );
    await store.saveExtraction(reading('a4', 'TRLGOV', 'Foreign Minister of Tarl', ['Brask']), 'test');
    assert.deepEqual(await listed(), ['Ivo Brask (Tarl)', 'TRLGOV', 'Foreign Minister of Tarl']);
    // A re-resolved article replaces its reading: now two articles say Vel, one Tarl.
    await store.replaceExtraction(reading('a4', 'VELGOV', 'Foreign Minister of Vel', ['Brask']));
    assert.deepEqual(await listed(), ['Ivo Brask (Tarl)', 'VELGOV', 'Foreign Minister of Vel']);
    await store.close();
  });

  it("counts a merged actor's article readings for the actor it joins", async () => {
    const store = await openSqliteStore(join(tempDir(), 'merged-readings.db'));
    const reading = (article: string, id: string, code: string, role?: string) =>
      extraction(article, `2025-04-0${article.slice(1)}`, 'Minister Ivo Brask spoke.', {
        actors: [
          {
            id,
            name: 'Ivo Brask',
            kind: 'person',
            code,
            ...(role ? { role } : {}),
            mentions: [{ span: [0, 5] as [number, number], text: 'Brask', rule: 'test' }],
          },
        ],
      });
    await store.saveExtraction(reading('b1', 'person:~ivo-brask', 'VELGOV', 'Minister of Vel'), 'test');
    await store.saveExtraction(reading('b2', 'person:~brask', 'TRLGOV', 'Minister of Tarl'), 'test');
    await store.saveExtraction(reading('b3', 'person:~brask', 'TRLGOV', 'Minister of Tarl'), 'test');
    await store.mergeActors('person:~brask', 'person:~ivo-brask');
    // A later article that tells nothing new: the listing now weighs all three articles.
    await store.saveExtraction(reading('b4', 'person:~ivo-brask', '---'), 'test');
    const [a] = (await store.actors({ id: 'person:~ivo-brask' })).items;
    assert.deepEqual([a.code, a.role], ['TRLGOV', 'Minister of Tarl']);
    await store.close();
  });

  it('lists only attributed quotes unless asked for all', async () => {
    const store = await openSqliteStore(join(tempDir(), 'unattributed.db'));
    const text = 'The envoy said: “We will keep talking.” Critics of the “grand bargain” were quiet.';
    const scare = { span: [55, 70] as [number, number], text: '“grand bargain”', kind: 'partial' as const };
    const mixed = structuredClone(quoted);
    mixed.article.text = text;
    mixed.quotes.push({ ...scare, speaker: null, date: '2022-02-02', rule: 'test' });
    await store.saveExtraction(mixed, 'test');
    const shown = (await store.quotes({})).items.map((q) => q.text);
    assert.deepEqual(shown, ['“We will keep talking.”']);
    const all = (await store.quotes({ all: true })).items.map((q) => q.text);
    assert.deepEqual(all.sort(), ['“We will keep talking.”', '“grand bargain”'].sort());
    assert.equal((await store.quotes({ text: 'bargain' })).items.length, 0);
    assert.equal((await store.quotes({ text: 'bargain', all: true })).items.length, 1);
    await store.close();
  });

  it('lists a mixed quote once, not again as the partial quote of its quoted words, unless asked for all', async () => {
    const store = await openSqliteStore(join(tempDir(), 'mixed.db'));
    const text = 'The envoy called the offer “a first step” and left. Later she said “a first step” again.';
    const speaker = { name: 'Envoy Sara Lund' };
    const ex = structuredClone(quoted);
    ex.article.text = text;
    ex.quotes = [
      { span: [17, 41], text: text.slice(17, 41), kind: 'mixed', speaker, date: '2022-02-02', rule: 'test' },
      {
        span: [27, 41],
        text: text.slice(27, 41),
        kind: 'partial',
        speaker,
        date: '2022-02-02',
        rule: 'test',
      },
      // The same words quoted again elsewhere, on their own: still listed.
      {
        span: [67, 81],
        text: text.slice(67, 81),
        kind: 'partial',
        speaker,
        date: '2022-02-02',
        rule: 'test',
      },
    ];
    await store.saveExtraction(ex, 'test');
    const shown = (await store.quotes({})).items.map((q) => [q.kind, q.span[0]]);
    assert.deepEqual(shown, [
      ['mixed', 17],
      ['partial', 67],
    ]);
    assert.equal((await store.quotes({ all: true })).items.length, 3);
    assert.equal((await store.quotes({ text: 'first step' })).items.length, 2);
    await store.close();
  });

  it('lets a partial date overlap the days in it', async () => {
    const store = await openSqliteStore(join(tempDir(), 'b.db'));
    await store.saveExtraction(quoted, 'test');
    // The quote is dated 2022-02 (a month): any day of February overlaps it.
    assert.equal((await store.quotes({ from: '2022-02-10', to: '2022-02-12' })).items.length, 1);
    assert.equal((await store.quotes({ from: '2022-03-01' })).items.length, 0);
    assert.equal((await store.quotes({ to: '2022-01' })).items.length, 0);
    assert.equal((await store.events({ from: '2022', to: '2022' })).items.length, 1);
    await assert.rejects(store.quotes({ from: 'last week' }), /--from last week: not a date/);
    await assert.rejects(store.events({ from: '2022-13' }), /--from 2022-13: not a date/);
    await assert.rejects(store.quotes({ to: '2022-02-30' }), /--to 2022-02-30: not a date/);
    await store.close();
  });

  it('writes an article all or nothing: a failing write keeps what was stored before', async () => {
    const store = await openSqliteStore(join(tempDir(), 'c.db'));
    await store.saveExtraction(extraction('good', '2022-01-01', 'Fine.'), 'test');
    const bad = extraction('bad', '2022-01-02', 'Broken.', {
      // A NOT NULL column left null: the insert fails after the article row went in.
      timexes: [{ span: [0, 1], text: 'B', type: 'DATE', value: null as unknown as string, rule: 'test' }],
    });
    await assert.rejects(store.saveExtraction(bad, 'test'));
    assert.equal(await store.hasArticle('bad'), false);
    assert.equal(await store.hasArticle('good'), true);
    assert.equal((await store.counts()).articles, 1);
    await store.close();
  });

  it('refuses a second article with the same id, leaving the first intact', async () => {
    const store = await openSqliteStore(join(tempDir(), 'd.db'));
    await store.saveExtraction(extraction('same', '2022-01-01', 'First.'), 'test');
    await assert.rejects(store.saveExtraction(extraction('same', '2022-01-01', 'Second.'), 'test'));
    const rows = (await store.articles({})).items;
    assert.equal(rows.length, 1);
    assert.equal(rows[0].chars, 'First.'.length);
    await store.close();
  });

  it('lists only counting events unless asked for all of them or for a modality', async () => {
    const store = await openSqliteStore(join(tempDir(), 'counts.db'));
    const side = { code: 'XYZ' };
    await store.saveExtraction(
      extraction('ev', '2022-02-02', 'They met. They might impose sanctions.', {
        events: [
          {
            span: [0, 9],
            code: '040',
            plover: 'CONSULT',
            source: side,
            target: null,
            rule: 'test',
            modality: 'asserted',
          },
          {
            span: [10, 38],
            code: '163',
            plover: 'SANCTION',
            source: side,
            target: null,
            rule: 'test',
            modality: 'hypothetical',
            counts: false,
          },
        ],
      }),
      'test',
    );
    assert.deepEqual(
      (await store.events({})).items.map((e) => e.code),
      ['040'],
    );
    assert.deepEqual(
      (await store.events({ all: true })).items.map((e) => [e.code, e.counts]),
      [
        ['040', true],
        ['163', false],
      ],
    );
    assert.deepEqual(
      (await store.events({ modality: 'hypothetical' })).items.map((e) => e.code),
      ['163'],
    );
    await store.close();
  });

  it('stores the trigger apart from the sentence span (migration 0005)', async () => {
    const store = await openSqliteStore(join(tempDir(), 't.db'));
    const text = 'Talks stalled. Rome warned Vienna on Monday.';
    await store.saveExtraction(
      extraction('t1', '2023-01-02', text, {
        events: [
          {
            span: [15, 44],
            code: '130',
            plover: 'THREATEN',
            source: { code: 'ITA', name: 'Italy' },
            target: { code: 'AUT', name: 'Austria' },
            rule: 'test',
            trigger: { span: [20, 26], text: 'warned' },
          },
          // An event without a trigger (as stored before migration 0005) shows its sentence.
          { span: [0, 14], code: '040', plover: 'CONSULT', source: null, target: null, rule: 'test' },
        ],
      }),
      'test',
    );
    const rows = await store.events({ all: true });
    assert.deepEqual(
      rows.items.map((r) => [r.trigger, r.triggerSpan, r.sentence]),
      [
        ['Talks stalled.', null, 'Talks stalled.'],
        ['warned', [20, 26], 'Rome warned Vienna on Monday.'],
      ],
    );
    await store.close();
  });

  it('upgrades a database made before 0005: old events show their sentence, new ones their trigger', async () => {
    const file = join(tempDir(), 'old.db');
    const before = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '0005'));
    const old = new Kysely<unknown>({ dialect: new SqliteDialect({ database: new SQLite(file) }) });
    const { error } = await new Migrator({
      db: old,
      provider: { getMigrations: async () => before },
    }).migrateToLatest();
    assert.equal(error, undefined);
    await old.destroy();
    const store = await openSqliteStore(file);
    await store.saveExtraction(quoted, 'test');
    assert.deepEqual(
      (await store.events({})).items.map((e) => e.trigger),
      ['said'],
    );
    await store.close();
  });

  it('keeps data across reopening (migrations run once)', async () => {
    const file = join(tempDir(), 'e.db');
    const a = await openSqliteStore(file);
    await a.saveExtraction(quoted, 'test');
    await a.close();
    const b = await openSqliteStore(file);
    assert.equal((await b.counts()).quotes, 1);
    const exported = [];
    for await (const row of b.exportArticles()) exported.push(row);
    assert.deepEqual(exported, [
      { id: 'q1', date: '2022-02-02', title: null, outlet: 'Test Wire', url: null, story: null },
    ]);
    await b.close();
  });
});

describe('date ranges', () => {
  const cases: [string, [string, string] | null][] = [
    ['2022-02-01', ['2022-02-01', '2022-02-01']],
    ['2022-02', ['2022-02-01', '2022-02-28']],
    ['2024-02', ['2024-02-01', '2024-02-29']],
    ['2022-W04', ['2022-01-24', '2022-01-30']],
    ['2021-W01', ['2021-01-04', '2021-01-10']],
    ['2022-Q1', ['2022-01-01', '2022-03-31']],
    ['2022-H2', ['2022-07-01', '2022-12-31']],
    ['2022-WI', ['2022-12-01', '2023-02-28']],
    ['2022-SU', ['2022-06-01', '2022-08-31']],
    ['2014', ['2014-01-01', '2014-12-31']],
    ['199', ['1990-01-01', '1999-12-31']],
    ['19', ['1900-01-01', '1999-12-31']],
    ['2022-02-01T10:00', ['2022-02-01', '2022-02-01']],
    ['PRESENT_REF', null],
    ['P3D', null],
  ];
  for (const [value, expected] of cases) {
    it(value, () => assert.deepEqual(dateRange(value), expected));
  }
});
