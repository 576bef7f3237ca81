import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { quotesOf } from './helpers.js';

describe('cues that attribute only quoted words', () => {
  it('reads no report into "aides who have read it"', () => {
    const text =
      'The memo is brief, according to aides who have read it - but it covers every quarrel in the port.';
    const cues = quotesOf(text).map((q) => q.cue?.text);
    assert.ok(!cues.includes('read'), `cues: ${cues.join(', ')}`);
  });

  it('still quotes what a placard read', () => {
    const text = 'The placard read: “Close the mine.”';
    const q = quotesOf(text).find((x) => x.text === '“Close the mine.”');
    assert.equal(q?.cue?.text, 'read');
    assert.equal(q?.speaker?.name, 'The placard');
  });
});
