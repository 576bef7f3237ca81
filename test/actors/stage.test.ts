import assert from 'node:assert/strict';
import { test } from 'node:test';
import { actorsOf } from './helpers.js';

test('the same text gives byte-identical actors, and unknown names the same id in every article', () => {
  const text =
    'Lena Marsh, a local official, said the Russian army had left. Marsh added that she was relieved.';
  const a = JSON.stringify(actorsOf(text));
  assert.equal(a, JSON.stringify(actorsOf(text)));
  const other = actorsOf('Officials met Lena Marsh, 48, on Monday.', '2019-01-01');
  assert.ok(other.some((x) => x.id === 'person:~lena-marsh'));
  assert.ok(actorsOf(text).some((x) => x.id === 'person:~lena-marsh'));
});

test('actors come ordered by first mention and mentions by span', () => {
  const actors = actorsOf('NATO and Russia met. Russia said NATO should withdraw, and Moscow repeated it.');
  const firsts = actors.map((a) => a.mentions[0].span[0]);
  assert.deepEqual(
    firsts,
    [...firsts].sort((x, y) => x - y),
  );
  for (const a of actors) {
    const starts = a.mentions.map((m) => m.span[0]);
    assert.deepEqual(
      starts,
      [...starts].sort((x, y) => x - y),
    );
  }
});

test('every mention span holds the mention text', () => {
  const text =
    '“We will answer,” said Sergey Lavrov. The Kremlin’s spokesman added that Ukrainian troops had fired first.';
  for (const a of actorsOf(text))
    for (const m of a.mentions) assert.equal(text.slice(m.span[0], m.span[1]), m.text);
});

test('an undated article reads titles as their current holders', () => {
  const actors = actorsOf('The Russian President spoke.', null);
  assert.equal(actors.find((a) => a.kind === 'person')?.id, 'person:vladimir-putin');
});

test('outlets are media actors coded by their country', () => {
  const actors = actorsOf('The minister told Reuters and the BBC that talks were over, as quoted by TASS.');
  const media = actors.filter((a) => a.kind === 'media').map((a) => `${a.id}@${a.code}`);
  assert.deepEqual(media, ['media:reuters@GBRMED', 'media:bbc@GBRMED', 'media:tass@RUSMED']);
});

test('a pronoun inside a quotation prefers a person quoted there less than the speaker outside', () => {
  const text =
    '“I told the Prime Minister so,” Putin said after meeting Orbán. He added that talks would go on.';
  const actors = actorsOf(text, '2022-02-01');
  const he = actors.find((a) => a.mentions.some((m) => m.text === 'He'));
  assert.equal(he?.id, 'person:vladimir-putin');
});

test('a lowercase common noun after a country is not an organisation', () => {
  const actors = actorsOf(
    'Russia’s propaganda network grew, while the Russian foreign ministry said little.',
  );
  const orgs = actors.filter((a) => a.kind === 'organization').map((a) => a.id);
  assert.deepEqual(orgs, ['org:~foreign-ministry-of-russia']);
});

test('a bare surname is a known person only near their tenure, and never inside another full name', () => {
  const id = (text: string, date: string) =>
    actorsOf(text, date)
      .filter((a) => a.kind === 'person')
      .map((a) => a.id);
  assert.deepEqual(id('Brown said the budget was fair.', '2008-05-01'), ['person:gordon-brown']);
  assert.deepEqual(id('Brown said the budget was fair.', '2016-05-01'), []);
  assert.deepEqual(id('Senator Sherrod Brown said the budget was fair.', '2008-05-01'), [
    'person:~sherrod-brown',
  ]);
});

test('namesakes are told apart by the article date', () => {
  const who = (date: string) => actorsOf('President Bush spoke.', date).find((a) => a.kind === 'person')?.id;
  assert.equal(who('1991-01-17'), 'person:george-h-w-bush');
  assert.equal(who('2003-03-20'), 'person:george-w-bush');
});

test('a bare surname yields to an honorific of the other gender and to a namesake named in the text', () => {
  const persons = (text: string) =>
    actorsOf(text, '2012-01-01')
      .filter((a) => a.kind === 'person')
      .map((a) => a.id);
  assert.deepEqual(persons('Mr. Merkel said the shop would open.'), []);
  assert.deepEqual(persons('Mrs. Merkel said the euro would survive.'), ['person:angela-merkel']);
  assert.deepEqual(persons('Hans Merkel, a baker, said prices rose. Merkel added that flour was dear.'), [
    'person:~hans-merkel',
  ]);
});

test('a known name inside a longer unknown name is not a mention of it', () => {
  const ids = actorsOf('Settlers in the West Bank clashed with the Northern Reuters Club.').map((a) => a.id);
  assert.ok(!ids.includes('group:west'));
  assert.ok(!ids.includes('media:reuters'));
});

test('an official named without a country word takes the one country of the sentence', () => {
  const actors = actorsOf('President Amadou Sall said Poland would send grain.', '2020-01-01');
  const sall = actors.find((a) => a.id === 'person:~amadou-sall');
  assert.equal(sall?.code, 'POLGOV');
  assert.equal(sall?.role, 'President of Poland');
});

test('"the leader" of a parliamentary country is its head of government', () => {
  const who = (text: string) => actorsOf(text, '2022-06-01').find((a) => a.kind === 'person')?.id;
  assert.equal(who('The Hungarian leader spoke.'), 'person:viktor-orban');
  assert.equal(who('The Russian leader spoke.'), 'person:vladimir-putin');
});
