import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Actor } from '../../src/contract/extraction.js';
import { actor, quotesOf, quoteWith, speakerText } from './helpers.js';

/** An actor whose mentions are given as [start, surface] pairs (for repeated surfaces). */
function actorAt(id: string, name: string, kind: Actor['kind'], mentions: [number, string][]): Actor {
  return {
    id,
    name,
    kind,
    code: '---',
    mentions: mentions.map(([at, text]) => ({ span: [at, at + text.length], text, rule: 'test' })),
  };
}

describe('speakers from the actors stage', () => {
  it('prefers the person whose mention covers the speaker over a country named inside it', () => {
    const text = 'The Elbonian leader accused the council of trying to “bury the report for good.”';
    const person = actor(text, 'person:ada-varga', 'Ada Varga', 'person', ['The Elbonian leader']);
    const country = actor(text, 'country:ELB', 'Elbonia', 'country', ['Elbonian']);
    const q = quoteWith(quotesOf(text, { actors: [country, person] }), 'bury the report');
    assert.equal(q.speaker?.name, 'Ada Varga');
    assert.equal(q.speaker?.actor, 'person:ada-varga');
    assert.equal(speakerText(text, q), 'The Elbonian leader');
  });

  it('reads "the X president" as the person in play when only the country was recognised', () => {
    const text =
      'Elbonian President Ada Varga spoke for an hour. “We will not bend,” Varga said.\n\n' +
      'The Elbonian President said the border would stay closed until spring.';
    const second = text.lastIndexOf('Elbonian');
    const country = actorAt('country:ELB', 'Elbonia', 'country', [
      [0, 'Elbonian'],
      [second, 'Elbonian'],
    ]);
    const person = actorAt('person:ada-varga', 'Ada Varga', 'person', [
      [0, 'Elbonian President Ada Varga'],
      [text.indexOf('Varga said'), 'Varga'],
    ]);
    const q = quoteWith(quotesOf(text, { actors: [country, person] }), 'border would stay closed');
    assert.equal(q.speaker?.name, 'Ada Varga');
    assert.equal(speakerText(text, q), 'The Elbonian President');
  });

  it("names a pronoun speaker with the actors stage's coreference, keeping the pronoun's span", () => {
    const text = 'Tomas Brandt met the press on Monday.\n\nHe said that the plant would reopen.';
    const person = actorAt('person:tomas-brandt', 'Tomas Brandt', 'person', [
      [0, 'Tomas Brandt'],
      [text.indexOf('He said'), 'He'],
    ]);
    const q = quoteWith(quotesOf(text, { actors: [person] }), 'plant would reopen');
    assert.equal(q.speaker?.name, 'Tomas Brandt');
    assert.equal(q.speaker?.actor, 'person:tomas-brandt');
    assert.equal(speakerText(text, q), 'He');
  });
});

describe('reports', () => {
  it('emits a mixed report once, however many rules read it', () => {
    const text = 'Lena Ort added that the lenders had “fleeced” the town by changing the terms.';
    const mixed = quotesOf(text).filter((q) => q.kind === 'mixed');
    assert.equal(mixed.length, 1, JSON.stringify(mixed));
    assert.equal(mixed[0].speaker?.name, 'Lena Ort');
  });

  it('keeps a person who claims what an organisation promised as the speaker', () => {
    const text =
      '“The vote was fair,” Tomas Brandt said. He claimed that the league promised “not a cent” more.';
    const q = quoteWith(quotesOf(text), 'not a cent');
    assert.equal(speakerText(text, q), 'He');
    assert.equal(q.speaker?.name, 'Tomas Brandt');
  });

  it('gives a statement its author as the speaker', () => {
    const text = 'The water board issued a statement calling the spill “a serious breach of trust.”';
    const q = quoteWith(quotesOf(text), 'serious breach');
    assert.equal(speakerText(text, q), 'The water board');
  });

  it('reads a hyphenated name as one speaker', () => {
    const text = 'Mayor Kim Soo-jin said the bridge was “safe for every car.”';
    const q = quoteWith(quotesOf(text), 'safe for every car');
    assert.equal(speakerText(text, q), 'Kim Soo-jin');
  });

  it('skips a year between the speaker and the cue', () => {
    const text = 'It was Ravel, who in 2012 said the canal was “a waste of money.”';
    const q = quoteWith(quotesOf(text), 'waste of money');
    assert.notEqual(speakerText(text, q), '2012');
  });

  it('finds the subject of a report before a parenthesis the sentence splitter cut at', () => {
    const text = 'Sen. Jane Roe (D-Ore.) said the drought demands that every town ration water.';
    const report = quoteWith(quotesOf(text), 'drought demands');
    assert.equal(speakerText(text, report), 'Jane Roe');
  });

  it('ends a mixed report with its quoted words when a contrast follows', () => {
    const text = 'Jane Roe described the budget as “a fantasy” but voted for it anyway.';
    const q = quotesOf(text).find((x) => x.kind === 'mixed' || x.rule.startsWith('report/'));
    if (q) assert.ok(!q.text.includes('voted'), q.text);
    assert.equal(quoteWith(quotesOf(text), 'fantasy').speaker?.name, 'Jane Roe');
  });

  it('reads the object of a stance verb as the content of an indirect report', () => {
    const text = 'Jane Roe endorsed the levy for new schools, saying it was overdue.';
    const q = quoteWith(quotesOf(text), 'levy');
    assert.equal(q.kind, 'indirect');
    assert.equal(q.text, 'the levy for new schools');
    assert.equal(speakerText(text, q), 'Jane Roe');
    assert.equal(q.rule, 'report/stance');
  });

  it('never attributes a direct quote with a stance verb', () => {
    const text = 'The plan drew fire.\n\n“We will never pay for it,” Jane Roe opposed.';
    const q = quoteWith(quotesOf(text), 'never pay');
    assert.notEqual(q.cue?.text, 'opposed');
  });

  it('reads the object of a judging verb as content when no clause follows it', () => {
    const text = 'Tomas Brandt criticized the new toll on the coast road, a week after the vote.';
    const q = quoteWith(quotesOf(text), 'toll');
    assert.equal(q.text, 'the new toll on the coast road');
    assert.equal(q.rule, 'report/object');
    const clause = quoteWith(quotesOf('Tomas Brandt criticized that the toll came without a vote.'), 'toll');
    assert.equal(clause.rule, 'report/forward');
  });
});
