import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectTimex, timexesOf } from './helpers.js';

/** A Thursday in March 2013, like the news the held-out set is drawn from. */
const DAY = '2013-03-21';

const values = (text: string) => timexesOf(text, DAY).map((t) => `${t.text}=${t.value}`);

/** Round 8: shapes of 2013 wire, broadcast and business news the earlier rounds missed. */
describe('time: 2013 news shapes (round 8)', () => {
  it('"fiscal year 2014" and "the 2014 fiscal year" are read whole', () => {
    expectTimex(
      'The state budget for fiscal year 2014 is due in June.',
      'fiscal year 2014',
      'DATE',
      '2014',
      undefined,
      DAY,
    );
    expectTimex(
      'The agency overspent by $40 million in the 2012 fiscal year.',
      'the 2012 fiscal year',
      'DATE',
      '2012',
      undefined,
      DAY,
    );
    expectTimex(
      'Enrollment rose in calendar year 2012.',
      'calendar year 2012',
      'DATE',
      '2012',
      undefined,
      DAY,
    );
  });

  it('"the next decade" is a stretch, like "the next four years"; bare "next decade" a date', () => {
    expectTimex(
      'Water demand in the valley will double over the next decade.',
      'the next decade',
      'DURATION',
      'P10Y',
      undefined,
      DAY,
    );
    expectTimex(
      'Next decade the port will handle twice the cargo.',
      'Next decade',
      'DATE',
      '202',
      undefined,
      DAY,
    );
  });

  it('a clock time keeps a US zone written in words', () => {
    expectTimex(
      'Trading resumed at 11:40 a.m. Eastern time.',
      '11:40 a.m. Eastern time',
      'TIME',
      '2013-03-21T11:40',
      undefined,
      DAY,
    );
    expectTimex(
      'Polls in the county will close at 8 p.m. Pacific Daylight Time on Tuesday.',
      '8 p.m. Pacific Daylight Time on Tuesday',
      'TIME',
      '2013-03-26T20:00',
      undefined,
      DAY,
    );
    expectTimex(
      'The debate airs at 9 p.m. Eastern, the network said.',
      '9 p.m. Eastern',
      'TIME',
      '2013-03-21T21:00',
      undefined,
      DAY,
    );
    expectTimex(
      'The launch window opens at 10 a.m. CET.',
      '10 a.m. CET',
      'TIME',
      '2013-03-21T10:00',
      undefined,
      DAY,
    );
    // A region's name after the time is no zone.
    assert.deepEqual(values('By 4 p.m. Eastern Europe was dark.'), ['4 p.m.=2013-03-21T16:00']);
  });

  it('"24 hours a day", "six days a week" say how much of each period: no stretch', () => {
    assert.deepEqual(values('The plant runs 24 hours a day.'), []);
    assert.deepEqual(values('Volunteers staff the shelter six days a week.'), []);
    expectTimex('The shelter stayed open for six days.', 'six days', 'DURATION', 'P6D', undefined, DAY);
  });

  it('"every morning", "every other Tuesday", "every Friday night" are sets', () => {
    expectTimex(
      'Fishermen leave the harbour every morning.',
      'every morning',
      'SET',
      'XXXX-XX-XXTMO',
      undefined,
      DAY,
    );
    expectTimex(
      'The vigil is held each evening in the square.',
      'each evening',
      'SET',
      'XXXX-XX-XXTEV',
      undefined,
      DAY,
    );
    expectTimex(
      'The zoning board meets every other Tuesday.',
      'every other Tuesday',
      'SET',
      'XXXX-WXX-2',
      undefined,
      DAY,
    );
    expectTimex(
      'A jazz trio plays there every Friday night.',
      'every Friday night',
      'SET',
      'XXXX-WXX-5TNI',
      undefined,
      DAY,
    );
  });

  it('the two ends of a yearless range go forward in time', () => {
    // "cover" is a present that looks ahead, but a range within a year keeps one year.
    assert.deepEqual(values('The survey covers the months from January to March.'), [
      'January=2013-01',
      'March=2013-03',
    ]);
    assert.deepEqual(values('The ice road will stay open from December to February.'), [
      'December=2013-12',
      'February=2014-02',
    ]);
    // Two months joined by "and" without "between" are no range.
    assert.deepEqual(values('Floods hit the delta in January and March.'), [
      'January=2013-01',
      'March=2013-03',
    ]);
  });

  it('"the final three months" counts like "the first nine months"', () => {
    expectTimex(
      'Output fell in the final three months of last year.',
      'the final three months',
      'DURATION',
      'P3M',
      undefined,
      DAY,
    );
    assert.deepEqual(values('The final days of the campaign were tense.'), []);
  });

  it('"on a Saturday" is any Saturday, not the last one', () => {
    expectTimex(
      'Back then you could not find a seat in the diner on a Saturday.',
      'Saturday',
      'DATE',
      'XXXX-WXX-6',
      undefined,
      DAY,
    );
    // A weekday before its noun still dates it.
    expectTimex('A Sunday vigil drew hundreds.', 'Sunday', 'DATE', '2013-03-17', undefined, DAY);
  });

  it('"hours ago", "a few minutes ago" are the recent past, "ago" in the span', () => {
    expectTimex(
      'Hours ago, rebels seized the airport road.',
      'Hours ago',
      'DATE',
      'PAST_REF',
      undefined,
      DAY,
    );
    expectTimex(
      'A few minutes ago, the committee ended its vote.',
      'A few minutes ago',
      'DATE',
      'PAST_REF',
      undefined,
      DAY,
    );
  });

  it('a part of the day after a clock time and its day joins the span', () => {
    expectTimex(
      'The hearing was adjourned until 9:30 tomorrow morning.',
      '9:30 tomorrow morning',
      'TIME',
      '2013-03-22T09:30',
      undefined,
      DAY,
    );
    expectTimex(
      'The tremor struck at 11 p.m. Tuesday night.',
      '11 p.m. Tuesday night',
      'TIME',
      '2013-03-19T23:00',
      undefined,
      DAY,
    );
  });

  it('"no more than", "the latest nine months", "or so" join the span', () => {
    expectTimex(
      'The inquiry must report within no more than 90 days.',
      'no more than 90 days',
      'DURATION',
      'P90D',
      'EQUAL_OR_LESS',
      DAY,
    );
    expectTimex(
      'Sales for the latest six months rose 3 percent.',
      'the latest six months',
      'DURATION',
      'P6M',
      undefined,
      DAY,
    );
    expectTimex(
      'Borrowing costs should stay low for the next year or so.',
      'the next year or so',
      'DATE',
      '2014',
      'APPROX',
      DAY,
    );
  });

  it('holidays counted from another one, and more fixed and floating holidays', () => {
    // Thanksgiving 2012 fell on Nov. 22; Black Friday is the day after, Cyber Monday four days after.
    expectTimex(
      'Black Friday sales rose 9 percent last year.',
      'Black Friday',
      'DATE',
      '2012-11-23',
      undefined,
      DAY,
    );
    expectTimex(
      'Online orders peaked on Cyber Monday.',
      'Cyber Monday',
      'DATE',
      '2012-11-26',
      undefined,
      DAY,
    );
    expectTimex(
      'Banks were shut for Presidents Day.',
      'Presidents Day',
      'DATE',
      '2013-02-18',
      undefined,
      DAY,
    );
    expectTimex(
      "The pub was packed on St. Patrick's Day.",
      "St. Patrick's Day",
      'DATE',
      '2013-03-17',
      undefined,
      DAY,
    );
  });

  it('a capitalised season inside a name is no season', () => {
    assert.deepEqual(values('Skiers are preparing for the Winter Olympics in the Alps.'), []);
    assert.deepEqual(values('The Summer Games drew record crowds.'), []);
    expectTimex('Ticket sales slowed in the summer.', 'the summer', 'DATE', '2012-SU', undefined, DAY);
  });

  it('"2012 full-year profit" is a year, "full-year 2012" one expression', () => {
    assert.deepEqual(values('The miner said its 2012 full-year profit fell by half.'), ['2012=2012']);
    expectTimex(
      'The brewer posted full-year 2012 sales of $9 billion.',
      'full-year 2012',
      'DATE',
      '2012',
      undefined,
      DAY,
    );
    expectTimex('The mill ran for three full years.', 'three full years', 'DURATION', 'P3Y', undefined, DAY);
  });

  it('"first-half profit", "second-half results" are halves of the year; a first-half goal is not', () => {
    expectTimex(
      'The retailer expects second-half sales to recover.',
      'second-half',
      'DATE',
      '2013-H2',
      undefined,
      DAY,
    );
    expectTimex('The first-half results beat forecasts.', 'first-half', 'DATE', '2013-H1', undefined, DAY);
    assert.deepEqual(values('The striker scored a first-half goal.'), []);
  });

  it("the end of the year told in the past, early in a year, is last year's", () => {
    expectTimex(
      'The takeover closed at the end of the year.',
      'the end of the year',
      'DATE',
      '2012',
      'END',
      DAY,
    );
    expectTimex(
      'The takeover will close at the end of the year.',
      'the end of the year',
      'DATE',
      '2013',
      'END',
      DAY,
    );
    // Early in a month, the end of the month told in the past is last month's.
    expectTimex(
      'The mill closed at the end of the month.',
      'the end of the month',
      'DATE',
      '2013-02',
      'END',
      '2013-03-05',
    );
  });

  it('"the last decade of his life" is a stretch of something else, not the calendar decade', () => {
    expectTimex(
      'The painter spent the last decade of his life in a village near Lyon.',
      'the last decade',
      'DURATION',
      'P10Y',
      undefined,
      DAY,
    );
    expectTimex(
      'The past week of talks produced nothing.',
      'The past week',
      'DURATION',
      'P1W',
      undefined,
      DAY,
    );
    // ...but a week of a month keeps its calendar reading.
    expectTimex(
      'Sales fell in the last week of March.',
      'the last week of March',
      'DATE',
      '2013-W13',
      undefined,
      DAY,
    );
  });

  it('a half in a sentence about a game is a half of the match', () => {
    assert.deepEqual(values('Okafor scored twice in the second half to seal the win.'), []);
    assert.deepEqual(values('The visitors were awarded a penalty early in the first half.'), []);
    assert.deepEqual(values('Harlan scored 11 of his 27 points in the fourth quarter.'), []);
    expectTimex(
      'Margins widened in the fourth quarter.',
      'the fourth quarter',
      'DATE',
      '2012-Q4',
      undefined,
      DAY,
    );
    expectTimex(
      'Orders slowed in the second half of 2012.',
      'the second half of 2012',
      'DATE',
      '2012-H2',
      undefined,
      DAY,
    );
  });

  it('"await" looks ahead, even to a weekday owning its noun', () => {
    expectTimex("Traders await Friday's payrolls report.", 'Friday', 'DATE', '2013-03-22', undefined, DAY);
    expectTimex('Traders await Friday’s payrolls report.', 'Friday', 'DATE', '2013-03-22', undefined, DAY);
  });

  it('a clock time takes the day named after its bracketed conversion; the day stays its own expression', () => {
    assert.deepEqual(values('The truce began at 6 a.m. local time (0400 GMT) on Friday.'), [
      '6 a.m. local time=2013-03-15T06:00',
      '0400 GMT=2013-03-15T04:00',
      'Friday=2013-03-15',
    ]);
  });

  it('"the third day of the strike" is the day the text is on', () => {
    expectTimex(
      'Today is the third day of the dock strike.',
      'the third day',
      'DATE',
      '2013-03-21',
      undefined,
      DAY,
    );
    assert.deepEqual(values('The first-day sales beat forecasts.'), []);
  });

  it('"for the week" in a market report is the week of the last trading day told', () => {
    assert.deepEqual(values('The index slipped 0.4 percent on Friday. For the week, it rose 1.1 percent.'), [
      'Friday=2013-03-15',
      'the week=2013-W11',
    ]);
    expectTimex('Copper ended down 2 percent on the month.', 'the month', 'DATE', '2013-03', undefined, DAY);
  });

  it('an infinitive after "declined", "tried" happened then; after "agreed", "voted" it lies ahead', () => {
    expectTimex(
      'A hospital spokesman declined to comment Wednesday.',
      'Wednesday',
      'DATE',
      '2013-03-20',
      undefined,
      DAY,
    );
    expectTimex('The suspect tried to flee on Tuesday.', 'Tuesday', 'DATE', '2013-03-19', undefined, DAY);
    // A vote to do something dates what was voted for.
    expectTimex('The board voted to hold elections in May.', 'May', 'DATE', '2013-05', undefined, DAY);
    expectTimex('The unions agreed to resume talks Friday.', 'Friday', 'DATE', '2013-03-22', undefined, DAY);
  });

  it('an infinitive after a past verb other than one of intent happened then', () => {
    const day = (text: string, phrase: string) =>
      expectTimex(text, phrase, 'DATE', expected[phrase], undefined, DAY);
    const expected: Record<string, string> = {
      Tuesday: '2013-03-19',
      Monday: '2013-03-18',
      Sunday: '2013-03-17',
    };
    day('The pilot was forced to land Tuesday.', 'Tuesday');
    day('Rescuers were unable to reach the hamlet Monday.', 'Monday');
    day('Mourners began to gather Sunday.', 'Sunday');
    day('Lawmakers met to discuss the levy on Monday.', 'Monday');
    // ...but "ordered him to appear Monday" still looks ahead.
    expectTimex('The judge ordered him to appear Monday.', 'Monday', 'DATE', '2013-03-25', undefined, DAY);
  });

  it('"to be" + participle looks ahead like any infinitive', () => {
    expectTimex(
      'The new premier is set to be sworn in Sunday.',
      'Sunday',
      'DATE',
      '2013-03-24',
      undefined,
      DAY,
    );
  });

  it('"the January-March quarter", "the January-June period" are a quarter and a half', () => {
    expectTimex(
      'Exports rose in the January-March quarter, the ministry said on Thursday.',
      'the January-March quarter',
      'DATE',
      '2013-Q1',
      undefined,
      DAY,
    );
    expectTimex(
      'Output fell in the October-December quarter of 2012.',
      'the October-December quarter of 2012',
      'DATE',
      '2012-Q4',
      undefined,
      DAY,
    );
    expectTimex(
      'Profit rose in the January-June period of 2012.',
      'the January-June period of 2012',
      'DATE',
      '2012-H1',
      undefined,
      DAY,
    );
  });

  it('"fortnight-long" is two weeks', () => {
    expectTimex(
      'The fortnight-long carnival opens on Monday.',
      'fortnight-long',
      'DURATION',
      'P2W',
      undefined,
      DAY,
    );
  });

  it('a day said in the sentence after a quote closed by a full stop does not date the quote', () => {
    const text =
      'The governor met reporters on Tuesday. "Yesterday\'s vote split the assembly." ' +
      'Her office said on Wednesday that the bill would be redrafted.';
    assert.deepEqual(values(text), ['Tuesday=2013-03-19', 'Yesterday=2013-03-18', 'Wednesday=2013-03-20']);
  });

  it("a part of the day falls on the narrative's day even after a coarser date", () => {
    const text =
      'The court heard the appeal on Tuesday. The statute, first passed in 1965, was renewed in 2006. ' +
      'Protesters gathered outside early in the morning.';
    expectTimex(text, 'early in the morning', 'TIME', '2013-03-19TMO', 'START', DAY);
  });

  it('"the Sept. 11 attacks" name a day of 2001; a bare Sept. 11 is the usual one', () => {
    expectTimex(
      'Airport checks were tightened after the Sept. 11 attacks.',
      'Sept. 11',
      'DATE',
      '2001-09-11',
      undefined,
      DAY,
    );
    expectTimex('The runoff is set for Sept. 11.', 'Sept. 11', 'DATE', '2013-09-11', undefined, DAY);
  });

  it('"is supposed to", "are required to" + infinitive still look ahead', () => {
    expectTimex('The tanker is supposed to dock Friday.', 'Friday', 'DATE', '2013-03-22', undefined, DAY);
    expectTimex('Members are required to vote on Friday.', 'Friday', 'DATE', '2013-03-22', undefined, DAY);
    expectTimex(
      'The retailer is poised to report earnings Tuesday.',
      'Tuesday',
      'DATE',
      '2013-03-26',
      undefined,
      DAY,
    );
  });

  it('a particle between a past verb and "to" leaves the verb past', () => {
    expectTimex('Dockers went back to work on Tuesday.', 'Tuesday', 'DATE', '2013-03-19', undefined, DAY);
    expectTimex('Dockers will go back to work on Monday.', 'Monday', 'DATE', '2013-03-25', undefined, DAY);
  });
});
