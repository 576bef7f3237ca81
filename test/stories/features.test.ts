import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { articleFeatures } from '../../src/stories/features.js';
import { buildDoc } from '../../src/text/doc.js';

describe('story features', () => {
  it("keeps the names of the article's first sentence as its lead", () => {
    const doc = buildDoc({
      id: 'lead-1',
      date: null,
      text: 'The Harlow Falcons placed linebacker Tomas Brant on injured reserve on Tuesday. Coach Ray Ortiz said the ankle did not heal.',
    });
    const { lead, terms } = articleFeatures(doc);
    assert.deepEqual([...(lead ?? [])].sort(), ['n:brant', 'n:falcons', 'n:harlow', 'n:tomas']);
    // Names further down are terms like any other, not lead names.
    assert.equal(terms.get('n:ortiz'), 1);
  });

  it('keeps the terms of the first three sentences, title included, as the lead vector', () => {
    const doc = buildDoc({
      id: 'lead-2',
      date: null,
      title: 'Dam gates opened at Orlev',
      text: 'Engineers opened two gates of the Orlev dam on Sunday. The river rose by a metre. Farmers moved cattle uphill. Divers from Tamsk checked the spillway on Monday.',
    });
    const { leadTerms, terms } = articleFeatures(doc);
    assert.equal(leadTerms?.get('dam'), 2);
    assert.equal(leadTerms?.get('cattle'), 1);
    // The fourth sentence is body: a term of the article, not of its lead.
    assert.equal(terms.get('n:tamsk'), 1);
    assert.equal(leadTerms?.has('n:tamsk'), false);
  });

  it('keeps the facts of the lead apart from those of the whole text', () => {
    const doc = buildDoc({
      id: 'facts-1',
      date: null,
      title: 'Quake shakes Orvel',
      text: 'A magnitude 5.1 earthquake shook Orvel on Monday. Walls cracked in the old market. Nobody was hurt. In 1987 a magnitude 6.6 quake razed the market.',
    });
    const { facts } = articleFeatures(doc);
    assert.deepEqual(facts?.lead, ['magnitude:5.1']);
    assert.deepEqual(facts?.all, ['magnitude:5.1', 'magnitude:6.6']);
  });
});
