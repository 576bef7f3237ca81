import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { timexesOf } from './helpers.js';

/** A Thursday in March. */
const DAY = '2013-03-21';

const values = (text: string, date = DAY) => timexesOf(text, date).map((t) => `${t.text}=${t.value}`);

/** Round 17: our own 2013 wire copy (budgets, earnings calendars, obituaries). */
describe('time: round 17', () => {
  it('"this summer" is the article year\'s summer whatever the tense; a bare "the fall" still looks back', () => {
    assert.deepEqual(values('The singer would have turned 60 this summer.'), ['this summer=2013-SU']);
    assert.deepEqual(values('The band played its last show this summer.', '2013-11-02'), [
      'this summer=2013-SU',
    ]);
    // "in the fall", told in the past in March, is last year's.
    assert.deepEqual(values('Sales slumped in the fall.'), ['the fall=2012-FA']);
    assert.deepEqual(values('Sales slumped last fall.'), ['last fall=2012-FA']);
  });

  it('"through Sept. 30": the end of something still running, when no verb in reach tells', () => {
    assert.deepEqual(values('The stopgap bill funds the agencies through Sept. 30.'), [
      'Sept. 30=2013-09-30',
    ]);
    assert.deepEqual(values('The offer is valid through Oct. 2.'), ['Oct. 2=2013-10-02']);
    // A past verb still wins: the stretch is over.
    assert.deepEqual(values('The protests continued through Feb. 10.'), ['Feb. 10=2013-02-10']);
    assert.deepEqual(values('Sales fell through Sept. 30.'), ['Sept. 30=2012-09-30']);
  });

  it('"which reports earnings Tuesday": publishing figures is a schedule, "reports" alone is speech', () => {
    assert.deepEqual(values('The bank, which reports earnings Tuesday, declined to comment.'), [
      'Tuesday=2013-03-26',
    ]);
    assert.deepEqual(values('The retailer releases results Monday.'), ['Monday=2013-03-25']);
    // A reporting verb that relays speech does not schedule the date.
    assert.deepEqual(values('The paper reports Tuesday that the minister resigned.'), ['Tuesday=2013-03-19']);
  });

  it('"waiting for Tuesday\'s deadline": waiting looks ahead, having waited does not', () => {
    assert.deepEqual(values("Investors are waiting for Tuesday's deadline."), ['Tuesday=2013-03-26']);
    assert.deepEqual(values('Creditors will wait until Monday.'), ['Monday=2013-03-25']);
    assert.deepEqual(values('They had been waiting since Monday.'), ['Monday=2013-03-18']);
  });

  it('"1653 local time": four figures before a zone are a clock time, not a year', () => {
    assert.deepEqual(values('The blast was heard at 1653 local time on Tuesday.', '2010-01-14'), [
      '1653 local time on Tuesday=2010-01-12T16:53',
    ]);
    assert.deepEqual(values('The bulletin airs at 0910 local time.', '2010-01-14'), [
      '0910 local time=2010-01-14T09:10',
    ]);
    // Without a zone they stay a year.
    assert.deepEqual(values('The town was founded in 1653.', '2010-01-14'), ['1653=1653']);
  });

  it('"on 3 May last year": a day-first date takes the year named after it', () => {
    assert.deepEqual(values('The minister resigned on 3 May last year.'), ['3 May last year=2012-05-03']);
    assert.deepEqual(values('The vote will be held on 6 June next year.'), ['6 June next year=2014-06-06']);
  });

  it('"should face trial in March": "should" and "might" look ahead, unless perfect', () => {
    assert.deepEqual(values('A judge ruled he should face trial in March.', '2011-01-20'), ['March=2011-03']);
    assert.deepEqual(values('Officials said the vote might be held in March.', '2011-01-20'), [
      'March=2011-03',
    ]);
    assert.deepEqual(values('Doctors said he might have died in March.', '2011-01-20'), ['March=2010-03']);
  });

  it('a quote left open by a lost paragraph break ends where the next one opens', () => {
    // Inside a quote, a day is read from the utterance; outside, from the article date.
    const text =
      'The teacher was taken ill on Wednesday. Her union said: "She is resting. ' +
      '"She hopes to be back soon." The clinic got her test back on Thursday.';
    assert.deepEqual(values(text, '2009-06-18'), ['Wednesday=2009-06-17', 'Thursday=2009-06-18']);
    // A stray closing mark opens nothing.
    assert.deepEqual(
      values(
        'The teacher was taken ill on Wednesday. He is well." The lab got results on Thursday.',
        '2009-06-18',
      ),
      ['Wednesday=2009-06-17', 'Thursday=2009-06-18'],
    );
  });

  it('"must back her in November": a duty looks ahead; the date of a second verb after "and" is its own', () => {
    assert.deepEqual(values('He said the party must back her in November.', '2016-07-27'), [
      'November=2016-11',
    ]);
    // "must be sold, and named Friday as the closing date": Friday is the naming's, told in the past.
    assert.deepEqual(
      values(
        'The board had said the plant must be sold, and named Friday as the closing date for bids.',
        '2000-01-15',
      ),
      ['Friday=2000-01-14'],
    );
  });

  it('"asked for $2 billion to fight it in February": an amount before the infinitive, as a noun is', () => {
    assert.deepEqual(
      values('The president asked for $2 billion to fight the virus in February.', '2016-06-29'),
      ['February=2016-02'],
    );
  });

  it('"current and former officials" is a standing; "Morning Politics Daily" a title', () => {
    assert.deepEqual(values('Current and former officials said the emails were classified.'), []);
    assert.deepEqual(values('Former and current staff spoke out.'), []);
    assert.deepEqual(values('The current system is broken.'), ['current=PRESENT_REF']);
    assert.deepEqual(values('She told Morning Politics Daily that she would run.'), []);
    assert.deepEqual(values('Prices are checked daily.'), ['daily=P1D']);
  });

  it('"more recently", "earlier last week", "as many as five years", "every single day" keep their words', () => {
    assert.deepEqual(values('More recently, governors have joined the cause.'), ['More recently=PAST_REF']);
    assert.deepEqual(values('Earlier last week, the campaign released a video.'), [
      'Earlier last week=2013-W11',
    ]);
    assert.deepEqual(values('He faces as many as five years in prison.'), ['as many as five years=P5Y']);
    assert.deepEqual(values('She swims in the lake every single day.'), ['every single day=P1D']);
  });

  it('"fell by three-quarters" is a fraction; "three quarters" of a year is not', () => {
    assert.deepEqual(values('Spending fell by three-quarters.'), []);
    assert.deepEqual(values('The firm lost money for three quarters in a row.'), ['three quarters=P9M']);
  });
});
