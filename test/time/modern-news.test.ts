import { describe, it } from 'node:test';
import { expectTimex } from './helpers.js';

/** A Thursday in March 2013, like the news the held-out set is drawn from. */
const DAY = '2013-03-21';

describe('time: 2013-style news phrasings', () => {
  it('a verb after "that" belongs to the reported clause, not to the date before it', () => {
    expectTimex(
      'The governor said in a speech on Tuesday that the recovery would be slow.',
      'Tuesday',
      'DATE',
      '2013-03-19',
      undefined,
      DAY,
    );
  });

  it('a comma closes a relative clause: its present verb schedules the date inside it', () => {
    expectTimex(
      'The governor, Sir Mervyn King, who steps down at the end of June, said rates would stay low.',
      'the end of June',
      'DATE',
      '2013-06',
      'END',
      DAY,
    );
  });

  it('"the March quarter" is the quarter that ends in that month', () => {
    expectTimex(
      'Apple earned $9.5 billion in the December quarter, down from a year earlier.',
      'the December quarter',
      'DATE',
      '2012-Q4',
      undefined,
      DAY,
    );
    expectTimex(
      'Analysts expect sales to rise in the June quarter.',
      'the June quarter',
      'DATE',
      '2013-Q2',
      undefined,
      DAY,
    );
    expectTimex(
      'Apple earned $9.5 billion in the December quarter, down from $13 billion a year earlier.',
      'a year earlier',
      'DATE',
      '2011-Q4',
      undefined,
      DAY,
    );
  });

  it('half a unit is a duration of its own', () => {
    expectTimex(
      'For half a century, the bakery has opened at dawn.',
      'half a century',
      'DURATION',
      'P50Y',
      undefined,
      DAY,
    );
    expectTimex('The meeting lasted half an hour.', 'half an hour', 'DURATION', 'PT30M', undefined, DAY);
    expectTimex('The talks took half a year.', 'half a year', 'DURATION', 'P6M', undefined, DAY);
    expectTimex('Prices doubled in half a decade.', 'half a decade', 'DURATION', 'P5Y', undefined, DAY);
  });
});
