import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import {
  type Candidate,
  type GenderEvidence,
  type PronounSite,
  resolvePronoun,
} from '../../src/actors/coref.js';
import { packageRoot } from '../../src/common/package-root.js';
import { actorsOf } from './helpers.js';

/** The actor a pronoun at `word`'s `nth` occurrence (0-based) was linked to, or null. */
function linkOf(text: string, word: string, nth = 0): string | null {
  let at = -1;
  for (let k = 0; k <= nth; k++) at = text.indexOf(word, at + 1);
  assert.ok(at >= 0, `${word} #${nth} is in the text`);
  for (const actor of actorsOf(text))
    if (actor.mentions.some((m) => m.span[0] === at && m.text === word)) return actor.id;
  return null;
}

test('"she" after a quote is the subject of the sentence before, not an earlier speaker told to be male', () => {
  const text =
    'Captain Ivo Marek, commander of the river patrol, said shots had hit a boat. The fire came from the far ' +
    'bank, he said. Colonel Brandt Hollis, the army spokesman in Tarvik, said his unit had returned fire. He ' +
    'accused the patrol of provoking the clash. Foreign Minister Ilse Varga rejected that account on Friday. ' +
    '"We have the footage," she said.';
  assert.equal(linkOf(text, 'she'), 'person:~ilse-varga');
  assert.equal(linkOf(text, 'He'), 'person:~brandt-hollis');
});

test('a pronoun after a female description of an unnamed person is linked to nobody, not to the possessor', () => {
  const text =
    'Corporal Anton Reisz and Private Lea Tomsic were detained on Sunday. Captain Ivo Marek said the patrol ' +
    "had kept to its route. Reisz's sister, who would not give her name, told a local paper the family heard " +
    'it on the radio. “We saw his picture on the news,” she said.';
  assert.equal(linkOf(text, 'she'), null);
});

test('"he" is never linked to the only candidate when the text already called her "she"', () => {
  const text =
    'Foreign Minister Ilse Varga and Colonel Ivo Marek arrived in Geneva. Varga said she would not give ' +
    'ground. Her counterpart, Pavo Lint, said he was ready to listen.';
  assert.equal(linkOf(text, 'she'), 'person:~ilse-varga');
  // The apposition after "counterpart" is found since actors round 2: "he" is that person.
  assert.equal(linkOf(text, 'he', 1), 'person:~pavo-lint');
  const unnamed =
    'Foreign Minister Ilse Varga and Colonel Ivo Marek arrived in Geneva. Varga said she would not give ' +
    'ground. Her counterpart said he was ready to listen.';
  assert.notEqual(linkOf(unnamed, 'he', 1), 'person:~ilse-varga');
});

test('a gendered noun in apposition tells the gender of the person it describes', () => {
  // Nothing but "the spokeswoman" says that Kim Arden is a woman (Kim is no given name of the list).
  const text =
    'Kim Arden, the agency spokeswoman, said the port would reopen. Asked about the delay, he said little.';
  assert.equal(linkOf(text, 'he'), null);
  const she =
    'Kim Arden, the agency spokeswoman, said the port would reopen. Asked about the delay, she said little.';
  assert.equal(linkOf(she, 'she'), 'person:~kim-arden');
});

test('inside a quotation "he" is not the speaker of that quotation', () => {
  const text =
    'Senator Ruben Castell was still in the hall when Colonel Ivo Marek said the vote was lost. ' +
    '“He never learned the budget,” Marek added.';
  assert.equal(linkOf(text, 'He'), 'person:~ruben-castell');
});

// ---- the scoring itself, on hand-made candidates ----

const mention = (
  actor: string | null,
  sentence: number,
  start: number,
  extra: Partial<Candidate> = {},
): Candidate => ({
  actor,
  sentence,
  start,
  end: start + 1,
  subject: false,
  speaker: false,
  quoted: false,
  possessor: false,
  ...extra,
});
const site = (sentence: number, token: number, extra: Partial<PronounSite> = {}): PronounSite => ({
  sentence,
  token,
  quoted: false,
  speechSubject: false,
  subject: true,
  reflexive: false,
  ...extra,
});
const evidence =
  (table: Record<string, GenderEvidence>) =>
  (id: string): GenderEvidence =>
    table[id] ?? {};

test('told gender against a candidate rules it out when alone; a given name against only weighs', () => {
  const told = evidence({ roe: { told: 'f' } });
  assert.equal(resolvePronoun([mention('roe', 0, 0, { subject: true })], told, 'm', site(1, 10)), undefined);
  const named = evidence({ roe: { named: 'f' } });
  assert.equal(
    resolvePronoun([mention('roe', 0, 0, { subject: true })], named, 'm', site(1, 10))?.actor,
    'roe',
  );
  // Against a candidate of unknown gender one sentence further back, the name decides.
  const both = evidence({ roe: { named: 'f' } });
  const found = resolvePronoun(
    [mention('vale', 0, 0, { subject: true }), mention('roe', 1, 10, { subject: true })],
    both,
    'm',
    site(2, 20),
  );
  assert.equal(found?.actor, 'roe', 'a weak name costs less than a sentence of distance');
});

test('"he said" carries on the last speaker only while no other subject came after it', () => {
  const mentions = [
    mention('roe', 0, 0, { subject: true, speaker: true }),
    mention('vale', 1, 10, { subject: true }),
  ];
  const found = resolvePronoun(mentions, evidence({}), 'm', site(2, 20, { speechSubject: true }));
  assert.equal(found?.actor, 'vale');
  // Without the new subject, the speaker two sentences back still wins.
  const alone = [mention('roe', 0, 0, { subject: true, speaker: true }), mention('vale', 1, 12)];
  assert.equal(resolvePronoun(alone, evidence({}), 'm', site(2, 20, { speechSubject: true }))?.actor, 'roe');
});

test('a reflexive is bound by the nearest compatible person of its sentence', () => {
  const mentions = [mention('roe', 0, 0, { subject: true }), mention('vale', 0, 4)];
  const found = resolvePronoun(mentions, evidence({}), 'f', site(0, 8, { subject: false, reflexive: true }));
  assert.equal(found?.actor, 'vale');
  const plain = resolvePronoun(mentions, evidence({}), 'f', site(0, 8, { subject: false }));
  assert.equal(plain?.actor, 'roe');
});

test('a winning description with no actor links the pronoun to nobody', () => {
  const mentions = [
    mention('roe', 0, 0),
    mention(null, 1, 10, { gender: 'f', subject: true, speaker: true }),
  ];
  assert.equal(resolvePronoun(mentions, evidence({}), 'f', site(1, 20, { speechSubject: true })), undefined);
  // A description of the other gender is no candidate at all.
  assert.equal(resolvePronoun(mentions, evidence({}), 'm', site(1, 20))?.actor, 'roe');
});

test('data/actors/gender.yaml: lowercase words of two genders, no given name in both lists', () => {
  const data = parse(readFileSync(join(packageRoot(), 'data', 'actors', 'gender.yaml'), 'utf8')) as Record<
    string,
    Record<string, string[]>
  >;
  assert.deepEqual(Object.keys(data).sort(), ['given_names', 'nouns']);
  for (const section of Object.values(data)) {
    assert.deepEqual(Object.keys(section).sort(), ['f', 'm']);
    for (const list of Object.values(section)) for (const w of list) assert.equal(w, w.toLowerCase());
  }
  const male = new Set(data.given_names.m);
  assert.deepEqual(
    data.given_names.f.filter((n) => male.has(n)),
    [],
  );
});
