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
    assert.equal(q.date, '2024-03-06');
  });
  it('never come from a date inside an earlier quote of the same sentence', () => {
    const quotes = quotesOf('“We lived through 2019,” said one farmer. “We will live through this too.”');
    assert.equal(quotes.length, 2);
    for (const q of quotes) assert.equal(q.date, '2024-03-06');
  });
  it('come from the date nearest the cue when the sentence has several', () => {
    const quotes = quotesOf(
      'In December, the council approved the budget, and the mayor said on Monday that the works would "start in spring".',
    );
    assert.ok(quotes.length > 0);
    for (const q of quotes) assert.equal(q.date, '2024-03-04');
  });
  it('never take a vague reference such as "several days ago" as the date', () => {
    for (const q of quotesOf('She said work had begun "several days ago" and was "well advanced".')) {
      assert.ok(q.date === undefined || /^\d{4}/.test(q.date), String(q.date));
    }
  });
  it('after a dateline take its day rather than a year named later in the sentence', () => {
    const [q] = quotesOf(
      'KAUNAS, March 5 (Amber Desk) - Troops crossed the river on Monday, officials said, the worst breach since 2019.',
    );
    assert.equal(q.text, 'Troops crossed the river on Monday');
    assert.equal(q.date, '2024-03-05');
  });
  it('after a dateline keep a day named in the attribution', () => {
    const [q] = quotesOf('KAUNAS, March 5 - Troops crossed the river, officials said on Monday.');
    assert.equal(q.date, '2024-03-04');
  });
});
