import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { timexesOf } from './helpers.js';

const values = (text: string, date: string) => timexesOf(text, date).map((t) => `${t.text}=${t.value}`);

/** Round 18: shapes a blind hand annotation of recent news turned up, in our own sentences. */
describe('time: round 18', () => {
  it('"3 March, 2008": a day-first date with a comma before its year is one date', () => {
    assert.deepEqual(values('The painter died on 3 March, 2008, in Lyon.', '2013-03-19'), [
      '3 March, 2008=2008-03-03',
    ]);
    // Without a year after the comma, the day keeps the article year.
    assert.deepEqual(values('The painter died on 3 March, aged 90.', '2013-03-19'), ['3 March=2013-03-03']);
  });

  it('a plural noun after a past verb or a possessive is no present verb scheduling the date', () => {
    // A Tuesday: "cries" and "her cries" are what was heard, not a verb that looks ahead.
    assert.deepEqual(values('"We heard cries on Thursday morning," he said.', '2013-03-19'), [
      'Thursday morning=2013-03-14TMO',
    ]);
    assert.deepEqual(values('The guard said he heard her cries on Thursday morning.', '2013-03-19'), [
      'Thursday morning=2013-03-14TMO',
    ]);
    // A present verb after its subject still does.
    assert.deepEqual(values('The bank reports earnings on Thursday.', '2013-03-19'), ['Thursday=2013-03-21']);
  });

  it('"the two face off Monday", "preparing for Monday night\'s debate": a schedule ahead', () => {
    assert.deepEqual(values('The two face off Monday in the first round.', '2016-09-23'), [
      'Monday=2016-09-26',
    ]);
    assert.deepEqual(values("Both teams are preparing for Monday night's final.", '2016-09-23'), [
      'Monday night=2016-09-26TNI',
    ]);
  });

  it('"were waiting off the coast after landing on Monday": a past progressive looks nowhere ahead', () => {
    assert.deepEqual(values('The troops were waiting off the coast after landing on Monday.', '2010-01-19'), [
      'Monday=2010-01-18',
    ]);
    // An expectation in the present still looks ahead.
    assert.deepEqual(values("Investors are waiting for Monday's vote.", '2010-01-19'), ['Monday=2010-01-25']);
  });

  it('"4 July that year": a date in the year the text last gave', () => {
    assert.deepEqual(
      values('The war began in 1914. In August that year, the army crossed the border.', '2013-03-19'),
      ['1914=1914', 'August that year=1914-08'],
    );
    assert.deepEqual(values('She left in May 2005 and died on 4 July that year.', '2013-03-19'), [
      'May 2005=2005-05',
      '4 July that year=2005-07-04',
    ]);
  });

  it('"could be higher on Saturday" looks ahead; "could not be reached Tuesday" is a failed past ability', () => {
    assert.deepEqual(values('Turnout could be higher on Saturday.', '2016-02-18'), ['Saturday=2016-02-20']);
    assert.deepEqual(values('The mayor could not be reached Tuesday.', '2016-02-18'), ['Tuesday=2016-02-16']);
    assert.deepEqual(values('Neither he nor his aides could be found Tuesday.', '2016-02-18'), [
      'Tuesday=2016-02-16',
    ]);
  });

  it('"served years in prison", "suffered years under arrest": a verb of lasting takes the bare stretch', () => {
    assert.deepEqual(values('He served years in prison.', '2015-11-10'), ['years=PXY']);
    assert.deepEqual(values('She suffered years under arrest.', '2015-11-10'), ['years=PXY']);
  });

  it('"agreed Tuesday to not run again in September": the infinitive looks ahead past the day and "not"', () => {
    assert.deepEqual(values('The leader agreed Tuesday to not run again in September.', '2011-02-03'), [
      'Tuesday=2011-02-01',
      'September=2011-09',
    ]);
  });

  it('"a show for invited guests on Saturday": a participle before its noun tells no time', () => {
    assert.deepEqual(
      values('The inmates were to put on a show for invited guests on Saturday.', '2010-06-25'),
      ['Saturday=2010-06-26'],
    );
    // A past verb still does.
    assert.deepEqual(values('The inmates invited guests on Saturday.', '2010-06-25'), [
      'Saturday=2010-06-19',
    ]);
  });

  it('"09.40 GMT", "14:05 UK time": a dotted 24-hour time with a zone, a place\'s time as a zone', () => {
    assert.deepEqual(values('The match kicked off at 09.40 GMT.', '2010-01-22'), [
      '09.40 GMT=2010-01-22T09:40',
    ]);
    assert.deepEqual(values('The poll closes at 14:05 UK time on Monday.', '2010-01-22'), [
      '14:05 UK time on Monday=2010-01-25T14:05',
    ]);
    // A decimal is no time.
    assert.deepEqual(values('The index rose 9.40 points.', '2010-01-22'), []);
  });

  it('"$12 million more than a year ago" compares amounts; "more than a year" is a stretch', () => {
    assert.deepEqual(
      timexesOf('The fund raised $12 million more than a year ago.', '2016-10-20').map(
        (t) => `${t.text}=${t.mod ?? ''}`,
      ),
      ['a year ago='],
    );
    assert.deepEqual(
      timexesOf('The talks lasted more than a year.', '2016-10-20').map((t) => `${t.text}=${t.mod ?? ''}`),
      ['more than a year=MORE_THAN'],
    );
  });

  it('"just days before the vote": a short stretch before its signal', () => {
    assert.deepEqual(values('The firm acted just days before the vote.', '2016-10-20'), ['days=PXD']);
    assert.deepEqual(values('Only hours after the crash, the site was cleared.', '2016-10-20'), [
      'hours=PTXH',
    ]);
  });

  it('plans and modals: "Friday\'s planned rally", "may be overtaken on Friday", "called for protests after Friday prayers"', () => {
    // A Thursday.
    assert.deepEqual(values("A page devoted to Friday's planned rally had 9,000 fans.", '2011-01-27'), [
      'Friday=2011-01-28',
    ]);
    assert.deepEqual(values('Phones may be overtaken as a tool on Friday by the mosques.', '2011-01-27'), [
      'Friday=2011-01-28',
    ]);
    assert.deepEqual(values('The group has called for marches after Friday prayers.', '2011-01-27'), [
      'Friday=2011-01-28',
    ]);
    // "May" the month is no modal; "may have" is past.
    assert.deepEqual(values('Officials may have met on Monday.', '2011-01-27'), ['Monday=2011-01-24']);
  });

  it('past verbs the tagger half-reads: "arrived back home on Tuesday", "was found to be ill on Saturday"', () => {
    // A Thursday.
    assert.deepEqual(values('The boy arrived back home on Tuesday from Texas.', '2009-05-21'), [
      'Tuesday=2009-05-19',
    ]);
    assert.deepEqual(values('A pupil was found to be ill on Saturday.', '2009-05-21'), [
      'Saturday=2009-05-16',
    ]);
  });

  it('"won\'t see it tomorrow or Friday": a day joined to tomorrow shares its direction', () => {
    assert.deepEqual(values('"We hope we won\'t see it tomorrow or Friday," he said.', '2011-02-02'), [
      'tomorrow=2011-02-03',
      'Friday=2011-02-04',
    ]);
  });

  it('a wh-clause has its own tense; "would ... if he won on Nov. 8" is a condition ahead', () => {
    assert.deepEqual(
      values('She struggled with a question on Sunday about how she would vote.', '2015-11-17'),
      ['Sunday=2015-11-15'],
    );
    assert.deepEqual(
      values('He was asked how trade would fare if he won the vote on Nov. 8.', '2016-05-16'),
      ['Nov. 8=2016-11-08'],
    );
  });

  it('"That November" is in the year last given; "at year\'s end" told early in a year is last year\'s', () => {
    assert.deepEqual(values('The senator first ran in 1978. That November, he won.', '2016-09-03'), [
      '1978=1978',
      'That November=1978-11',
    ]);
    assert.deepEqual(values("The party had $5 million in the bank at year's end.", '2016-01-20'), [
      "year's end=2015",
    ]);
    assert.deepEqual(values('Shares have fallen 10% since year-end.', '2016-01-20'), ['year-end=2015']);
    assert.deepEqual(values('The firm hopes to close the deal by year-end.', '2016-01-20'), [
      'year-end=2016',
    ]);
  });

  it('"a quarter-century" is no quarter of a year; "the very near future" is the future', () => {
    assert.deepEqual(values('The rivalry is almost a quarter-century old.', '2016-09-03'), []);
    assert.deepEqual(values('A deal is due in the very near future.', '2016-09-03'), [
      'the very near future=FUTURE_REF',
    ]);
  });
});
