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

describe('"according to" interrupting a sentence', () => {
  it('keeps the whole sentence when the words before the phrase end on "and"', () => {
    const text = 'The cabinet met on Friday and, according to a statement, agreed to reopen the harbour.';
    const q = quotesOf(text).find((x) => x.cue?.text === 'according to');
    assert.equal(
      q?.text,
      'The cabinet met on Friday and, according to a statement, agreed to reopen the harbour',
    );
  });

  it('still ends the content at a finished clause', () => {
    const text = 'Ticket sales rose, according to the club, and the stadium was full.';
    const q = quotesOf(text).find((x) => x.cue?.text === 'according to');
    assert.equal(q?.text, 'Ticket sales rose');
  });
});

describe('the speaker of a noun with a relative clause on "who"', () => {
  it('is the noun the clause describes, not the object inside it', () => {
    for (const [text, speaker] of [
      ['Fishermen who lost their boats said the storm came at night.', 'Fishermen'],
      ['The surveyor who mapped the valley said the road would flood.', 'The surveyor'],
      ['Families who fled to the hills say the water rose in minutes.', 'Families'],
      ['One grower from the valley who picked the olives said prices had halved.', 'One grower'],
    ]) {
      const q = quotesOf(text)[0];
      assert.equal(q?.speaker?.name, speaker, text);
    }
  });

  it('still reads a plain subject before the cue', () => {
    const q = quotesOf('The harbour master said the channel was clear.')[0];
    assert.equal(q?.speaker?.name, 'The harbour master');
  });
});
