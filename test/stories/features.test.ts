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
});
