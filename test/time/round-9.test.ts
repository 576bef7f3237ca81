import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectTimex, timexesOf } from './helpers.js';

/** A Thursday in March 2013, like the news the held-out set is drawn from. */
const DAY = '2013-03-21';

const values = (text: string) => timexesOf(text, DAY).map((t) => `${t.text}=${t.value}`);

/** Round 9: shapes and anchoring of 2013 news that rounds 1–8 left out. */
describe('time: round 9', () => {
  it('a schedule verb the tagger reads as a noun still looks ahead ("steps down Tuesday")', () => {
    expectTimex('The finance minister steps down Tuesday.', 'Tuesday', 'DATE', '2013-03-26', undefined, DAY);
    expectTimex('Voters head to the polls Sunday.', 'Sunday', 'DATE', '2013-03-24', undefined, DAY);
    expectTimex('The fleet sails for Guam on Monday.', 'Monday', 'DATE', '2013-03-25', undefined, DAY);
    // the past form and a noun before a preposition keep their reading
    expectTimex(
      'The finance minister stepped down Tuesday.',
      'Tuesday',
      'DATE',
      '2013-03-19',
      undefined,
      DAY,
    );
    expectTimex(
      'Her first steps in office on Monday were cautious.',
      'Monday',
      'DATE',
      '2013-03-18',
      undefined,
      DAY,
    );
  });
});
