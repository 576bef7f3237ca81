import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultPipeline } from '../../src/pipeline/default.js';

const pipeline = defaultPipeline();
const quotesOf = (text: string) => pipeline.extract({ id: 't', date: '2024-03-06', text }).quotes;

describe('utterance dates of quotes', () => {
  it('come from a calendar date in the attribution, outside the quoted words', () => {
    const [q] = quotesOf('The minister said on Monday: “In 2014 we signed nothing.”');
    assert.equal(q.date, '2024-03-04');
  });
  it('never come from a date the speaker talks about inside the quote', () => {
    const [q] = quotesOf('“In 2014 we signed nothing,” the minister said.');
    assert.equal(q.date, undefined);
  });
  it('never take a vague reference such as "several days ago" as the date', () => {
    for (const q of quotesOf('She said work had begun "several days ago" and was "well advanced".')) {
      assert.ok(q.date === undefined || /^\d{4}/.test(q.date), String(q.date));
    }
  });
});
