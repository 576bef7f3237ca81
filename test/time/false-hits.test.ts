import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectTimex, timexesOf } from './helpers.js';

const none = (text: string) =>
  assert.deepEqual(
    timexesOf(text).map((t) => t.text),
    [],
    text,
  );

describe('time: no false hits', () => {
  it('money, shares, fractions, scores and ratios', () => {
    none('The company earned $2.50 a share.');
    none('Shares fell 7/8 to close at 41.');
    none('The home side won 3-2 in extra time.');
    none('The ratio was 4:1 among those polled.');
    none('About three-quarters of the grain is imported.');
    none('Exports rose 12% to 1,200 tonnes.');
    none('Section 2010 of the code applies, and Flight 1549 landed safely.');
  });

  it('month and weekday words used otherwise', () => {
    none('Prices may rise again.');
    none('Thousands joined the march through the city.');
    none('The Sun reported the story first.');
    none('She said the annual March for Peace drew crowds.');
    none('We may never know, and the Sat nav failed.');
  });

  it('an expression word at the very start of the text', () => {
    none('Weeks passed.');
    none('Years');
    // "Years of talks" is a vague duration; the text-initial word must not break the look-behind.
    assert.deepEqual(
      timexesOf('Years of talks followed, and two weeks later a deal.').map((t) => t.value),
      ['PXY', 'P2W'],
    );
  });

  it('ages and rates are not durations', () => {
    none('A 52-year-old man was arrested.');
    none('The driver, 37 years old, was unhurt.');
    none('The plan saves $4 million a year.');
    none('A second group of doctors arrived.');
    none('Gusts reached 120 miles per hour on the coast.');
    none('The pump moves 40 litres per second.');
  });
});

describe('time: "the past" before a count', () => {
  it('"the past three summers" is no PAST_REF; "the past" alone is', () => {
    none('Riots have flared for the past three summers.');
    expectTimex('In the past a man could vote at eighteen.', 'the past', 'DATE', 'PAST_REF');
  });
});

describe('time: halves of other things', () => {
  it('"the first half of the season" is no half-year', () => {
    none('He missed the first half of the season with an injury.');
  });
});

describe('time: comparisons and idioms are no times', () => {
  it('"the quarter-to-quarter comparison" names no quarter', () => {
    none('The quarter-to-quarter comparison was flattered by charges.');
    expectTimex('Profit rose in the quarter, to 5 million.', 'the quarter', 'DATE', '2021-Q4');
  });

  it('"high noon" is a showdown, not twelve o\'clock', () => {
    none('For the reformers, high noon comes at the party congress.');
    expectTimex('The vote closes at noon.', 'noon', 'TIME', '2022-02-02T12:00');
  });

  it('a month before "of" and a name is a name ("March of Dimes"), not before a year', () => {
    none('She gave to the March of Dimes.');
    expectTimex('In March of 2020, prices rose.', 'March of 2020', 'DATE', '2020-03');
  });

  it('"today\'s" before a noun of our times is no date, before an event it is', () => {
    none("Such fears are common in today's world.");
    none("Many of today's cheap laptops break.");
    expectTimex("Today's vote was close.", 'Today', 'DATE', '2022-02-02');
  });

  it('"the future of" something is its fate, not a time', () => {
    none('The talks will decide the future of the port.');
    expectTimex('Prices may fall in the future.', 'the future', 'DATE', 'FUTURE_REF');
  });
});
