import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectTimex, timexesOf } from './helpers.js';

/** A Thursday in March 2013, like the news the held-out set is drawn from. */
const DAY = '2013-03-21';

/** Round 3 of the 2013-style sentences: sports, weather, markets, courts, health, elections. */
describe('time: 2013-style news across genres', () => {
  it('"the second week of April" is the ISO week holding the month\'s day 7n-6', () => {
    expectTimex(
      'Jury selection in the fraud case is now set to begin in the second week of April.',
      'the second week of April',
      'DATE',
      '2013-W15',
      undefined,
      DAY,
    );
    expectTimex(
      'The ferry service resumes in the first week of May 2014.',
      'the first week of May 2014',
      'DATE',
      '2014-W18',
      undefined,
      DAY,
    );
    // The last week holds the month's fourth-to-last day: March 28, 2013, in week 13.
    expectTimex(
      'Ticket sales slowed sharply in the last week of March.',
      'the last week of March',
      'DATE',
      '2013-W13',
      undefined,
      DAY,
    );
  });

  it('"by the fall", "since the fall" are the season, but not the fall of something', () => {
    expectTimex(
      'The vaccine should be on pharmacy shelves by the fall, the maker said.',
      'the fall',
      'DATE',
      '2013-FA',
      undefined,
      DAY,
    );
    expectTimex('Exports have slowed since the fall.', 'the fall', 'DATE', '2012-FA', undefined, DAY);
    assert.deepEqual(
      timexesOf('Since the fall of the old regime, the town has rebuilt its market.', DAY),
      [],
    );
    assert.deepEqual(timexesOf('Before the fall in prices, growers planted more.', DAY), []);
  });

  it("a quarter whose figures are to be published is the nearer one, not next year's", () => {
    expectTimex(
      'The Commerce Department will report fourth-quarter growth figures next Thursday.',
      'fourth-quarter',
      'DATE',
      '2012-Q4',
      undefined,
      DAY,
    );
    expectTimex(
      'The retailer releases its fourth-quarter results next week.',
      'fourth-quarter',
      'DATE',
      '2012-Q4',
      undefined,
      DAY,
    );
    // This year's third quarter begins nearer than last year's ended.
    expectTimex(
      'The chipmaker will report its third-quarter results in October.',
      'third-quarter',
      'DATE',
      '2013-Q3',
      undefined,
      DAY,
    );
    // A forecast is no publication: the tense decides.
    expectTimex(
      'Analysts expect fourth-quarter sales to climb.',
      'fourth-quarter',
      'DATE',
      '2013-Q4',
      undefined,
      DAY,
    );
  });

  it('"close" and "open" after a plural noun schedule the time that follows', () => {
    expectTimex(
      'Polls close at 8 p.m. Sunday in the runoff between the two mayors.',
      '8 p.m. Sunday',
      'TIME',
      '2013-03-24T20:00',
      undefined,
      DAY,
    );
    expectTimex(
      'Polls open at 6 a.m. Sunday across the province.',
      '6 a.m. Sunday',
      'TIME',
      '2013-03-24T06:00',
      undefined,
      DAY,
    );
    // The adjective after a verb is no schedule.
    expectTimex(
      'The index was close on Friday to its record high.',
      'Friday',
      'DATE',
      '2013-03-15',
      undefined,
      DAY,
    );
  });

  it('an adverb between "will be" and the participle keeps the plan ahead', () => {
    expectTimex(
      'The new archbishop will be formally installed on Tuesday in the cathedral.',
      'Tuesday',
      'DATE',
      '2013-03-26',
      undefined,
      DAY,
    );
    expectTimex(
      'The rebuilt bridge will be officially reopened on Friday.',
      'Friday',
      'DATE',
      '2013-03-22',
      undefined,
      DAY,
    );
    expectTimex(
      'The driver was formally charged on Tuesday with manslaughter.',
      'Tuesday',
      'DATE',
      '2013-03-19',
      undefined,
      DAY,
    );
  });

  it('the month whose figures come out is over, even in a future clause', () => {
    expectTimex(
      'The February payrolls report will be released on Friday morning.',
      'February',
      'DATE',
      '2013-02',
      undefined,
      DAY,
    );
    expectTimex(
      'Housing data for February are due on Tuesday.',
      'February',
      'DATE',
      '2013-02',
      undefined,
      DAY,
    );
    // A month that dates no figures keeps the tense's reading.
    expectTimex(
      'The trade minister will visit Seoul in February.',
      'February',
      'DATE',
      '2014-02',
      undefined,
      DAY,
    );
  });

  it('the noun "forecast" plans nothing; "the forecast for" a day still looks ahead', () => {
    expectTimex(
      'The fund lowered its growth forecast to 3.3 percent in a report on Tuesday.',
      'Tuesday',
      'DATE',
      '2013-03-19',
      undefined,
      DAY,
    );
    expectTimex(
      'The central bank raised its forecast on Wednesday.',
      'Wednesday',
      'DATE',
      '2013-03-20',
      undefined,
      DAY,
    );
    expectTimex('The forecast for Saturday is heavy rain.', 'Saturday', 'DATE', '2013-03-23', undefined, DAY);
    expectTimex('Economists forecast a rebound in May.', 'May', 'DATE', '2013-05', undefined, DAY);
  });

  it('"minutes of" a meeting are its record, not a stretch of time', () => {
    assert.deepEqual(timexesOf('Minutes of the committee meeting showed a split over bond buying.', DAY), []);
    expectTimex(
      'Within minutes of the blast, ambulances arrived.',
      'minutes',
      'DURATION',
      'PTXM',
      undefined,
      DAY,
    );
  });

  it("a bill's infinitive is its plan, not the purpose of the vote", () => {
    expectTimex(
      'The Senate approved a bill to fund the agencies through Sept. 30.',
      'Sept. 30',
      'DATE',
      '2013-09-30',
      undefined,
      DAY,
    );
  });

  it('a relative clause after a comma does not tense the date before it', () => {
    expectTimex(
      'The assembly passed its spending plan on Wednesday, which would cut the deficit in half.',
      'Wednesday',
      'DATE',
      '2013-03-20',
      undefined,
      DAY,
    );
    expectTimex(
      'Police detained a teenager on Tuesday, who will appear before a judge.',
      'Tuesday',
      'DATE',
      '2013-03-19',
      undefined,
      DAY,
    );
  });

  it('"overnight Tuesday" is the night of that day', () => {
    expectTimex(
      'Temperatures fell to minus 12 overnight Tuesday across the plains.',
      'overnight Tuesday',
      'TIME',
      '2013-03-19TNI',
      undefined,
      DAY,
    );
    // alone, the night just gone, as "last night" (round 9)
    expectTimex('Snow fell overnight.', 'overnight', 'TIME', '2013-03-20TNI', undefined, DAY);
  });

  it('"late summer", "early spring", "the early summer" are parts of a season', () => {
    expectTimex(
      'Engineers expect the rail line to reopen by late summer.',
      'late summer',
      'DATE',
      '2013-SU',
      'END',
      DAY,
    );
    expectTimex(
      'The orchard lost half its blossoms to a frost in early spring.',
      'early spring',
      'DATE',
      '2013-SP',
      'START',
      DAY,
    );
    expectTimex(
      'Demand slumped in the early summer, the miller said.',
      'the early summer',
      'DATE',
      '2012-SU',
      'START',
      DAY,
    );
    // A season before a noun, after "a", dates nothing.
    assert.deepEqual(timexesOf('A late summer storm flooded the valley.', DAY), []);
  });
});
