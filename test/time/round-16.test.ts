import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { timexesOf } from './helpers.js';

/** A Monday. */
const DAY = '2013-02-11';

const values = (text: string, date = DAY) => timexesOf(text, date).map((t) => `${t.text}=${t.value}`);

/** Round 16: our own 2013 news copy (BBC world, markets, sport, obituaries, courts, weather, elections). */
describe('time: round 16', () => {
  it('"19-21 March", "8 and 9 June": the first day of a day-first range takes the month after it', () => {
    assert.deepEqual(values('The summit will be held on 19-21 March in Lisbon.'), [
      '19=2013-03-19',
      '21 March=2013-03-21',
    ]);
    assert.deepEqual(values('Talks were held on 8 and 9 June 2012.'), [
      '8=2012-06-08',
      '9 June 2012=2012-06-09',
    ]);
    assert.deepEqual(values('The fair is open 3 to 5 May.'), ['3=2013-05-03', '5 May=2013-05-05']);
    // A month before the first day makes it a year ("1 Jan 04-16 Sep 05").
    assert.deepEqual(
      values('The series covers 1 Jan 04-16 Sep 05.').some((v) => v.startsWith('04=')),
      false,
    );
    // The month-first range was already two dates.
    assert.deepEqual(values('The summit will be held March 19-21.'), [
      'March 19=2013-03-19',
      '21=2013-03-21',
    ]);
  });

  it('"in \'02", "June \'05": a year written short of its century after a preposition or a month', () => {
    assert.deepEqual(values("Her husband died in '02.", '2013-06-03'), ["'02=2002"]);
    assert.deepEqual(values('He came in ’98 and left in ’04.', '2013-06-03'), ['’98=1998', '’04=2004']);
    assert.deepEqual(values("The class of '87 met again in June '05.", '2013-06-03'), [
      "'87=1987",
      "June '05=2005-06",
    ]);
    // Figures in quotation marks, or not after a preposition, are no year.
    assert.deepEqual(values("The jersey read '23' on the back.", '2013-06-03'), []);
    assert.deepEqual(values("He said '99 problems' was his song.", '2013-06-03'), []);
  });

  it('"the holidays", "the holiday season": the year-end holidays, read as a December', () => {
    assert.deepEqual(values('Snow is expected ahead of the holidays.', '2013-11-26'), [
      'the holidays=2013-12',
    ]);
    assert.deepEqual(values('Retailers are hiring more staff for the holiday season.', '2013-10-30'), [
      'the holiday season=2013-12',
    ]);
    assert.deepEqual(values('Pupils went back to school after the holidays.', '2014-01-06'), [
      'the holidays=2013-12',
    ]);
    // A name is not the season.
    assert.deepEqual(values('The Holidays Inn was full.', '2013-11-26'), []);
  });

  it('"9/11": a day in figures that names an event of a known year', () => {
    assert.deepEqual(values('The trial of the men accused of the 9/11 plot resumed.', '2013-04-02'), [
      '9/11=2001-09-11',
    ]);
    assert.deepEqual(values('Airport checks have grown since 9/11.', '2013-04-02'), ['9/11=2001-09-11']);
    // A shooting record is no date, nor is any other day in figures.
    assert.deepEqual(values('She shot 9/11 from the line.', '2013-04-02'), []);
    assert.deepEqual(values('Only 3/4 of the seats were filled.', '2013-04-02'), []);
  });

  it('"27 minutes 21 seconds", "two hours and 15 minutes": counts of smaller units joined are one duration', () => {
    assert.deepEqual(values('Omondi won the race in 27 minutes 21 seconds.'), [
      '27 minutes 21 seconds=PT27M21S',
    ]);
    assert.deepEqual(values('The hearing lasted three hours and 20 minutes.'), [
      'three hours and 20 minutes=PT3H20M',
    ]);
    assert.deepEqual(values('She finished in 2 hours, 18 minutes and 3 seconds.'), [
      '2 hours, 18 minutes and 3 seconds=PT2H18M3S',
    ]);
    assert.deepEqual(values('He served 3 years, 4 months for the theft.'), ['3 years, 4 months=P3Y4M']);
    assert.deepEqual(values('Talks went on for two days and three hours.'), [
      'two days and three hours=P2DT3H',
    ]);
    // Units not getting smaller, or a date after, stay apart.
    assert.deepEqual(values('It took a week, two weeks at most.'), ['a week=P1W', 'two weeks=P2W']);
    assert.deepEqual(values('He left two years and three months ago.'), [
      'two years=P2Y',
      'three months ago=2012-11',
    ]);
  });
});
