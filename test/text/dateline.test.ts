import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDateline } from '../../src/text/dateline.js';
import { buildDoc } from '../../src/text/doc.js';

const docOf = (text: string) => buildDoc({ id: 't', date: '2023-05-04', text });
const sentenceTexts = (text: string) => docOf(text).sentences.map((s) => text.slice(s.span[0], s.span[1]));
const part = (text: string, span?: [number, number]) => (span ? text.slice(span[0], span[1]) : undefined);

test('a wire dateline reads its place, date and outlet', () => {
  const text = 'TALLINN, Sept. 9, 2021 (Baltic Desk) - Estonia recalled its envoy.';
  const d = findDateline(text, 0, text.length);
  assert.ok(d);
  assert.equal(part(text, d.span), 'TALLINN, Sept. 9, 2021 (Baltic Desk) -');
  assert.equal(part(text, d.place), 'TALLINN');
  assert.equal(part(text, d.date), 'Sept. 9, 2021');
  assert.equal(part(text, d.outlet), 'Baltic Desk');
  assert.equal(text.slice(d.bodyStart, d.bodyStart + 7), 'Estonia');
});

test('dateline shapes: slashes, underscore, em dash, colon, title-case place with country', () => {
  const cases: [string, string, string | undefined, string | undefined][] = [
    ['PRAGUE (CTK) _ The cabinet resigned.', 'PRAGUE', undefined, 'CTK'],
    ['LISBON, 12 June /Iberia News/ — Portugal signed.', 'LISBON', '12 June', 'Iberia News'],
    ['SAO PAULO, Brazil: Police raided a market.', 'SAO PAULO, Brazil', undefined, undefined],
    ['Lviv, Ukraine — Drones struck a depot.', 'Lviv, Ukraine', undefined, undefined],
    ['ZAGREB/LJUBLJANA, Oct 2 – Both ministers met.', 'ZAGREB/LJUBLJANA', 'Oct 2', undefined],
    ['Graz , Austria ( Alpine Desk ) - The mayor resigned .', 'Graz , Austria', undefined, 'Alpine Desk'],
    ['RIGA -LRB- Baltic Desk -RRB- -- Latvia voted .', 'RIGA', undefined, 'Baltic Desk'],
    ['TURKU Feb 3 - Finland voted.', 'TURKU', 'Feb 3', undefined],
  ];
  for (const [text, place, date, outlet] of cases) {
    const d = findDateline(text, 0, text.length);
    assert.ok(d, text);
    assert.equal(part(text, d.place), place, text);
    assert.equal(part(text, d.date), date, text);
    assert.equal(part(text, d.outlet), outlet, text);
  }
});

test('ordinary openings with a dash or colon are not datelines', () => {
  for (const text of [
    'The deal is thin - barely a page long.',
    'Spain - which denies it - sent troops.',
    'Update: the talks resumed.',
    'Chile - the report said - will sign.',
    'Madrid - a city of three million - voted.',
    'Hawks Beat Owls 20 - 13 In Overtime',
    'Dover , Delaware Office Fire Follow - Up - Two Hurt',
    'Cannes , May 14 - May 25 Stars arrive.',
    'JANE ROE - FIRST ARREST MADE',
  ]) {
    assert.equal(findDateline(text, 0, text.length), null, text);
  }
});

test('the dateline becomes its own sentence and offsets still index the text', () => {
  const text = 'BERN, April 2 (Alpine Wire) - Switzerland froze the accounts. Banks complied.';
  const doc = docOf(text);
  assert.deepEqual(
    doc.sentences.map((s) => text.slice(s.span[0], s.span[1])),
    ['BERN, April 2 (Alpine Wire) -', 'Switzerland froze the accounts.', 'Banks complied.'],
  );
  assert.equal(doc.sentences[0].dateline, true);
  assert.equal(doc.sentences[1].dateline, undefined);
  assert.equal(part(text, doc.dateline?.date), 'April 2');
  for (const [i, t] of doc.tokens.entries()) {
    assert.equal(text.slice(t.span[0], t.span[1]), t.text);
    const s = doc.sentences[t.sentence];
    assert.ok(s.firstToken <= i && i < s.endToken);
  }
  assert.equal(doc.paragraphs[0].endSentence, 3);
});

test('a dateline after a byline is found; one in a later paragraph is not', () => {
  assert.deepEqual(sentenceTexts('By Alpine Wire\n\nBERN - Switzerland froze the accounts.'), [
    'By Alpine Wire',
    'BERN -',
    'Switzerland froze the accounts.',
  ]);
  const later = 'Switzerland froze the accounts.\n\nBERN - Banks complied.';
  assert.equal(docOf(later).dateline, undefined);
  assert.equal(sentenceTexts(later).length, 2);
});
