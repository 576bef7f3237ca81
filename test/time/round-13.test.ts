import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { timexesOf } from './helpers.js';

/** A Wednesday. */
const DAY = '2022-02-02';

const values = (text: string, date = DAY) => timexesOf(text, date).map((t) => `${t.text}=${t.value}`);

/** Round 13: newswire robustness. */
describe('time: round 13', () => {
  it('an irregular past verb nearer the weekday than a plan tells the weekday gone by', () => {
    assert.deepEqual(values('The rebels, who vow to keep fighting, hid in the hills on Monday.'), [
      'Monday=2022-01-31',
    ]);
    assert.deepEqual(values('Fans who plan to attend the final caught the early train on Sunday.'), [
      'Sunday=2022-01-30',
    ]);
    assert.deepEqual(values('Investors who will vote on the merger withdrew their support on Monday.'), [
      'Monday=2022-01-31',
    ]);
    assert.deepEqual(values('The senate, which is due to adjourn, overrode the veto Monday.'), [
      'Monday=2022-01-31',
    ]);
    // The plan nearest the weekday still looks ahead.
    assert.deepEqual(values('The rebels hid in the hills and plan to attack on Monday.'), [
      'Monday=2022-02-07',
    ]);
  });
});
