import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectTimex, timexesOf } from './helpers.js';

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

  it('a bare plural before "later" or "earlier" is a stretch of unknown length', () => {
    expectTimex('Hours later, the suspect was arrested.', 'Hours', 'DURATION', 'PTXH', undefined, DAY);
    expectTimex('Days later, the minister resigned.', 'Days', 'DURATION', 'PXD', undefined, DAY);
    expectTimex('Years later, she returned to the town.', 'Years', 'DURATION', 'PXY', undefined, DAY);
    expectTimex('He left the party years ago.', 'years ago', 'DATE', 'PAST_REF', undefined, DAY);
  });

  it('"in the fall" is the season; the fall of something is not', () => {
    expectTimex(
      'Apple would unveil new products in the fall.',
      'the fall',
      'DATE',
      '2013-FA',
      undefined,
      DAY,
    );
    expectTimex('Elections are due in the fall.', 'the fall', 'DATE', '2013-FA', undefined, DAY);
    for (const text of [
      'Investors were hurt by the fall.',
      'The company blamed the fall in prices.',
      'Prices rose during the fall of the dollar.',
    ])
      assert.equal(timexesOf(text, DAY).length, 0, text);
  });

  it("a season yet to begin, in a past clause, is last year's", () => {
    expectTimex('Sales slumped in the fall.', 'the fall', 'DATE', '2012-FA', undefined, DAY);
    expectTimex('Sales slumped in the summer.', 'the summer', 'DATE', '2012-SU', undefined, DAY);
    expectTimex('The shops will close in the summer.', 'the summer', 'DATE', '2013-SU', undefined, DAY);
  });

  it('"weekends" on its own is every weekend; counted, a stretch', () => {
    expectTimex(
      'On weekends, the line stretches around the block.',
      'weekends',
      'SET',
      'XXXX-WXX-WE',
      undefined,
      DAY,
    );
    expectTimex('The museum is open weekends.', 'weekends', 'SET', 'XXXX-WXX-WE', undefined, DAY);
    expectTimex(
      'It rained the past two weekends.',
      'the past two weekends',
      'DURATION',
      'P2WE',
      undefined,
      DAY,
    );
  });

  it('"another decade" is one more of the unit', () => {
    expectTimex(
      'She hopes her son will run the bakery for another decade.',
      'another decade',
      'DURATION',
      'P10Y',
      undefined,
      DAY,
    );
    expectTimex('He will stay another week.', 'another week', 'DURATION', 'P1W', undefined, DAY);
    assert.equal(timexesOf('Another day, another protest.', DAY).length, 0);
  });

  it('a month name that names a person is no date', () => {
    for (const text of [
      'Home Secretary Theresa May said the law would change.',
      'Mrs. May visited Jordan.',
      'The reporter April Ryan asked a question.',
      'May said she would not resign.',
      'Brian May played guitar.',
    ])
      assert.deepEqual(
        timexesOf(text, DAY).map((t) => t.text),
        [],
        text,
      );
    expectTimex('In May the company hired 200 workers.', 'May', 'DATE', '2012-05', undefined, DAY);
    expectTimex('In March Congress passed the law.', 'March', 'DATE', '2013-03', undefined, DAY);
    expectTimex('Last March Obama visited Israel.', 'Last March', 'DATE', '2012-03', undefined, DAY);
  });

  it('a two-letter present verb schedules a weekday', () => {
    expectTimex('Italians go to the polls Sunday.', 'Sunday', 'DATE', '2013-03-24', undefined, DAY);
  });

  it('a trailing attribution does not tense a date whose clause has its own cue', () => {
    expectTimex(
      'Kerry is scheduled to arrive in Baghdad on Sunday, officials said.',
      'Sunday',
      'DATE',
      '2013-03-24',
      undefined,
      DAY,
    );
    expectTimex(
      'On Sunday, officials said the talks had failed.',
      'Sunday',
      'DATE',
      '2013-03-17',
      undefined,
      DAY,
    );
  });

  it('"this", "last", "next" before a holiday join it and choose its year', () => {
    expectTimex(
      'Retailers expect strong sales this Christmas.',
      'this Christmas',
      'DATE',
      '2013-12-25',
      undefined,
      DAY,
    );
    expectTimex('Sales fell last Christmas.', 'last Christmas', 'DATE', '2012-12-25', undefined, DAY);
    expectTimex(
      'He visited the family last Christmas.',
      'last Christmas',
      'DATE',
      '2013-12-25',
      undefined,
      '2013-12-27',
    );
    expectTimex('This Easter, the pope will wash feet.', 'This Easter', 'DATE', '2013-03-31', undefined, DAY);
  });

  it('a participle after a comma takes the tense of the clause it hangs on', () => {
    expectTimex(
      'Obama will spend three days in the region, meeting Israeli Prime Minister Benjamin Netanyahu on Wednesday.',
      'Wednesday',
      'DATE',
      '2013-03-27',
      undefined,
      DAY,
    );
    expectTimex(
      'The storm will move east, dumping snow on Boston on Tuesday.',
      'Tuesday',
      'DATE',
      '2013-03-26',
      undefined,
      DAY,
    );
    expectTimex(
      'Police arrived at the house, finding the body on Monday.',
      'Monday',
      'DATE',
      '2013-03-18',
      undefined,
      DAY,
    );
  });

  it('noon and midnight take a time zone before their day', () => {
    expectTimex(
      'The talks begin at noon ET Friday.',
      'noon ET Friday',
      'TIME',
      '2013-03-22T12:00',
      undefined,
      DAY,
    );
    expectTimex(
      'The deadline is midnight local time Sunday.',
      'midnight local time Sunday',
      'TIME',
      '2013-03-24T24:00',
      undefined,
      DAY,
    );
  });

  it('"a month after" after a noun is a stretch, not a rate', () => {
    expectTimex(
      'Sarkozy lost his immunity from prosecution a month after leaving office.',
      'a month',
      'DURATION',
      'P1M',
      undefined,
      DAY,
    );
    assert.equal(timexesOf('Workers earn 700 dollars a month.', DAY).length, 0);
  });

  it('"the last decade" keeps its article, like "the past decade"', () => {
    expectTimex(
      'Pollution has worsened over the last decade.',
      'the last decade',
      'DATE',
      '200',
      undefined,
      DAY,
    );
    expectTimex('In the last week, prices rose.', 'the last week', 'DATE', '2013-W11', undefined, DAY);
  });

  it('"the final quarter" is the fourth', () => {
    expectTimex(
      'The economy contracted in the final quarter of last year.',
      'the final quarter of last year',
      'DATE',
      '2012-Q4',
      undefined,
      DAY,
    );
    expectTimex('Sales rose in the final quarter.', 'the final quarter', 'DATE', '2012-Q4', undefined, DAY);
  });

  it('a verb of lasting takes a bare plural as a stretch', () => {
    expectTimex(
      'Officials said the investigation could take months.',
      'months',
      'DURATION',
      'PXM',
      undefined,
      DAY,
    );
    expectTimex('He spent years in prison.', 'years', 'DURATION', 'PXY', undefined, DAY);
  });

  it('"FY2013", "FY13" are fiscal years in one word', () => {
    expectTimex('Profit for FY2013 rose 4 percent.', 'FY2013', 'DATE', '2013', undefined, DAY);
    expectTimex('FY13 sales will rise.', 'FY13', 'DATE', '2013', undefined, DAY);
  });

  it('"current account" and "current assets" are terms, not our time', () => {
    for (const text of [
      "The nation's current account deficit widened.",
      'Current assets rose.',
      'He hosts a current affairs show.',
    ])
      assert.equal(timexesOf(text, DAY).length, 0, text);
    expectTimex('The current crisis began in Greece.', 'current', 'DATE', 'PRESENT_REF', undefined, DAY);
  });

  it('titles of papers and programmes are no times', () => {
    for (const text of [
      'The story was first reported by the Daily Mail.',
      'He told the Sunday Times that he would quit.',
      'The Weekly Standard criticized the plan.',
      'The Today show aired the interview.',
      "She appeared on NBC's Today.",
    ])
      assert.deepEqual(
        timexesOf(text, DAY).map((t) => t.text),
        [],
        text,
      );
    expectTimex('Today, the city is thriving.', 'Today', 'DATE', '2013-03-21', undefined, DAY);
    expectTimex('Daily, the paper prints a million copies.', 'Daily', 'SET', 'P1D', undefined, DAY);
  });

  it('"weeklong", "year-long", "two-year-long" are adjectives of length, without the article', () => {
    expectTimex('He began a weeklong visit to Asia.', 'weeklong', 'DURATION', 'P1W', undefined, DAY);
    expectTimex('The yearlong investigation ended.', 'yearlong', 'DURATION', 'P1Y', undefined, DAY);
    expectTimex('A year-long study found no link.', 'year-long', 'DURATION', 'P1Y', undefined, DAY);
    expectTimex('The day-long meeting ended in a deal.', 'day-long', 'DURATION', 'P1D', undefined, DAY);
    expectTimex('The two-year-long war ended.', 'two-year-long', 'DURATION', 'P2Y', undefined, DAY);
  });

  it('"the year before", "the week before" count from the last date given', () => {
    expectTimex(
      'Revenues rose to $300 million in 2011, up from $210 million the year before.',
      'the year before',
      'DATE',
      '2010',
      undefined,
      DAY,
    );
    expectTimex(
      'The arrests came on March 4. Riots broke out the week before.',
      'the week before',
      'DATE',
      '2013-W09',
      undefined,
      DAY,
    );
    assert.equal(timexesOf('The year before the war, he moved.', DAY).length, 0);
  });

  it('"the next fortnight" is two weeks', () => {
    expectTimex(
      'A decision is expected in the next fortnight.',
      'the next fortnight',
      'DURATION',
      'P2W',
      undefined,
      DAY,
    );
    expectTimex(
      'Prices rose over the past fortnight.',
      'the past fortnight',
      'DURATION',
      'P2W',
      undefined,
      DAY,
    );
  });

  it('a plan told in the past yields to the past verb after the comma', () => {
    expectTimex(
      'Boston, which was expected to get six inches of snow Wednesday evening, he said.',
      'Wednesday evening',
      'TIME',
      '2013-03-20TEV',
      undefined,
      DAY,
    );
    expectTimex(
      'One protester, who planned to join the Tuesday march, disagreed.',
      'Tuesday',
      'DATE',
      '2013-03-19',
      undefined,
      DAY,
    );
    expectTimex(
      'Kerry is scheduled to arrive in Baghdad on Sunday, officials said.',
      'Sunday',
      'DATE',
      '2013-03-24',
      undefined,
      DAY,
    );
  });

  it('a look back is no plan, and a participle does not read past another clause', () => {
    expectTimex(
      'Well, if we go back to May, the picture was different.',
      'May',
      'DATE',
      '2012-05',
      undefined,
      DAY,
    );
    expectTimex(
      'The ferry is still docked, but then, starting on Tuesday the crews were paid in cash.',
      'Tuesday',
      'DATE',
      '2013-03-19',
      undefined,
      DAY,
    );
  });
});
