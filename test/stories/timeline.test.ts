import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Timex } from '../../src/contract/extraction.js';
import type { TimelineCandidateRow } from '../../src/store/store.js';
import { scanDates } from '../../src/stories/date-scan.js';
import { buildTimeline } from '../../src/stories/timeline.js';

const row = (
  article: string,
  articleDate: string,
  kind: 'lead' | 'date',
  text: string,
  date: string | null = null,
  extra: Partial<TimelineCandidateRow> = {},
): TimelineCandidateRow => ({
  article,
  articleDate,
  outlet: `outlet-${article}`,
  story: 's',
  copyOf: null,
  kind,
  date,
  text,
  rule: 'test',
  ...extra,
});

describe('timeline', () => {
  const rows = [
    row('a1', '2024-03-01', 'lead', 'The river dam at Korvel burst and flooded the valley.'),
    row(
      'a2',
      '2024-03-03',
      'date',
      'The dam at Korvel burst on Friday and flooded the valley.',
      '2024-03-01',
    ),
    row(
      'a3',
      '2024-03-04',
      'date',
      'Since the Korvel dam burst on March 1, thousands have fled.',
      '2024-03-01',
    ),
    row('a4', '2024-03-04', 'lead', 'Engineers began repairs at Korvel.'),
    row('a5', '2024-03-04', 'lead', 'Aid arrived in the flooded valley below Korvel.'),
    row('a6', '2024-03-04', 'lead', 'Schools reopened in the towns spared by the water.'),
    // A copy of a2 mentions the same day but must not count as another report.
    row(
      'a7',
      '2024-03-03',
      'date',
      'The dam at Korvel burst on Friday and flooded the valley.',
      '2024-03-01',
      {
        copyOf: 'a2',
      },
    ),
  ];

  it('returns N dates in order, each with at most K sentences and its sources', () => {
    const tl = buildTimeline(rows, { dates: 2, perDate: 1 });
    assert.equal(tl.length, 2);
    assert.deepEqual(
      tl.map((e) => e.date),
      ['2024-03-01', '2024-03-04'],
    );
    for (const e of tl) {
      assert.ok(e.sentences.length >= 1 && e.sentences.length <= 1);
      assert.ok(e.sources.length >= 1);
    }
    // The day looked back on by later reports wins over the busy publication day.
    assert.equal(buildTimeline(rows, { dates: 1, perDate: 2 })[0].date, '2024-03-01');
    assert.equal(tl[0].articles, 3);
    assert.ok(!tl[0].sources.includes('outlet-a7'));
  });

  it('returns nothing for no candidates', () => {
    assert.deepEqual(buildTimeline([], { dates: 3, perDate: 2 }), []);
  });
});

describe('date scan (stop-gap)', () => {
  it('resolves written dates, weekdays and relative days against the publication date', () => {
    const text =
      'Talks began on 3 March and resumed March 9, 2023. On Tuesday they failed; yesterday they met again.';
    const got = scanDates(text, '2023-03-10').map((m) => [text.slice(...m.span), m.date]);
    assert.deepEqual(got, [
      ['3 March', '2023-03-03'],
      ['March 9, 2023', '2023-03-09'],
      ['On Tuesday', '2023-03-07'],
      ['yesterday', '2023-03-09'],
    ]);
  });

  it('puts a yearless date in the year nearest the publication date', () => {
    assert.equal(scanDates('It started on Dec. 30.', '2024-01-02')[0].date, '2023-12-30');
  });
});

describe('timeline candidates', () => {
  it('keeps lead sentences, dated sentences and sentences holding dated events', async () => {
    const { buildDoc } = await import('../../src/text/doc.js');
    const { timelineCandidates } = await import('../../src/stories/timeline-candidates.js');
    const text =
      'The council of Marrow Bay voted to close the old ferry pier for good.\n\nThe pier was first shut on 2 February after a storm cracked its pillars.\n\nEngineers will inspect the harbour wall next month, the mayor promised.';
    const doc = buildDoc({ id: 'c1', date: '2024-03-05', text });
    const mayor = text.indexOf('the mayor');
    const event = {
      span: [mayor, mayor + 9] as [number, number],
      code: '057',
      plover: 'AGREE',
      source: null,
      target: null,
      date: '2024-03-04',
      rule: 'verbs/promise#1',
    };
    const got = timelineCandidates(doc, [], [event]);
    assert.ok(got.some((c) => c.kind === 'lead' && c.text.startsWith('The council')));
    const dated = got.filter((c) => c.kind === 'date');
    assert.deepEqual(
      dated.map((c) => [c.date, c.text.slice(0, 12)]),
      [
        ['2024-02-02', 'The pier was'],
        ['2024-03-04', 'Engineers wi'],
      ],
    );
    assert.equal(dated[1].rule, 'timeline/event:verbs/promise#1');
  });

  it('does not summarise a publication day with a lead that names another day', () => {
    const told = 'Rangers closed the Tarn pass on Sunday after a rockfall.';
    const rows = [
      row('b1', '2024-06-03', 'lead', told),
      row('b1', '2024-06-03', 'date', told, '2024-06-02'),
      row('b2', '2024-06-03', 'lead', 'Hauliers queued for hours at the foot of the Tarn pass.'),
      row('b3', '2024-06-03', 'lead', 'The Tarn pass stayed shut as crews cleared the road.'),
    ];
    const [day] = buildTimeline(rows, { dates: 1, perDate: 3 });
    assert.equal(day.date, '2024-06-03');
    assert.ok(!day.sentences.includes(told), JSON.stringify(day.sentences));
    assert.equal(day.sentences.length, 2);
  });

  it('counts a day before the first report only when the days asked for reach back to it', () => {
    const rows = [
      row('c1', '2024-06-03', 'date', 'Rangers closed the Tarn pass on Sunday.', '2024-06-02'),
      row('c2', '2024-06-04', 'date', 'The pass has been shut since Sunday.', '2024-06-02'),
      row('c3', '2024-06-04', 'lead', 'Crews cleared the road below the Tarn pass.'),
    ];
    const plain = buildTimeline(rows, { dates: 3, perDate: 1 });
    assert.ok(!plain.some((d) => d.date === '2024-06-02'));
    const asked = buildTimeline(rows, { dates: 3, perDate: 1, from: '2024-06' });
    assert.equal(asked[0].date, '2024-06-02');
    assert.equal(asked[0].articles, 2);
  });

  it('lists a sentence with a day-first range ("3-6 June") under its last day only', async () => {
    const { buildDoc } = await import('../../src/text/doc.js');
    const { timelineCandidates } = await import('../../src/stories/timeline-candidates.js');
    const { findTimexes } = await import('../../src/time/index.js');
    const text =
      'The council of Marrow Bay voted to close the old ferry pier for good.\n\nDivers surveyed the wreck on 3-6 June after the storm.';
    const doc = buildDoc({ id: 'c3', date: '2024-06-20', text });
    const timexes = findTimexes(doc);
    assert.deepEqual(
      timexes.map((t) => `${t.text}=${t.value}`),
      ['3=2024-06-03', '6 June=2024-06-06'],
    );
    const dated = timelineCandidates(doc, timexes).filter((c) => c.kind === 'date');
    assert.deepEqual(
      dated.map((c) => c.date),
      ['2024-06-06'],
    );
  });

  it('never offers a dateline as a lead or dated sentence', async () => {
    const { buildDoc } = await import('../../src/text/doc.js');
    const { timelineCandidates } = await import('../../src/stories/timeline-candidates.js');
    const text = 'MARROW BAY, March 4 (Coast Desk) - The council voted to close the old ferry pier for good.';
    const doc = buildDoc({ id: 'c2', date: '2024-03-05', text });
    const march4 = text.indexOf('March 4');
    const timex: Timex = {
      span: [march4, march4 + 7],
      text: 'March 4',
      type: 'DATE',
      value: '2024-03-04',
      rule: 'test',
    };
    const got = timelineCandidates(doc, [timex]);
    assert.deepEqual(
      got.map((c) => [c.kind, c.text.slice(0, 11)]),
      [['lead', 'The council']],
    );
  });
});
