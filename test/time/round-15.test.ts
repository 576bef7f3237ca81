import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { timexesOf } from './helpers.js';

/** A Friday. */
const DAY = '2013-03-22';

const values = (text: string, date = DAY) => timexesOf(text, date).map((t) => `${t.text}=${t.value}`);
const typed = (text: string, date = DAY) =>
  timexesOf(text, date).map((t) => `${t.text}=${t.type}:${t.value}${t.mod ? `:${t.mod}` : ''}`);

/** Round 15: our own 2013 web-news copy (AP, BBC, CNN, WSJ, NYT styles); general errors found in it. */
describe('time: round 15', () => {
  it('"11-year-olds", "30- to 50-year-olds": ages in the plural are no durations', () => {
    assert.deepEqual(values('The 10- and 11-year-olds in the study were weighed twice.'), []);
    assert.deepEqual(values('Doctors saw more 30- to 50-year-olds than usual.'), []);
    // The singular was already an age; a length of years stays a duration.
    assert.deepEqual(values('A 44-year-old driver was held.'), []);
    assert.deepEqual(values('It was an 11-year wait.'), ['11-year=P11Y']);
  });

  it('"the previous quarter", "the prior quarter": the quarter before the one reported', () => {
    assert.deepEqual(
      values(
        'The economy grew 0.6% in the second quarter, double the rate of the previous quarter.',
        '2013-07-24',
      ),
      ['the second quarter=2013-Q2', 'the previous quarter=2013-Q1'],
    );
    assert.deepEqual(
      values('Orders rose in the fourth quarter from the prior quarter, and fell in the following quarter.'),
      ['the fourth quarter=2012-Q4', 'the prior quarter=2012-Q3', 'the following quarter=2013-Q1'],
    );
    // With no quarter told, it is the one before the article's.
    assert.deepEqual(values('Sales slipped from the preceding quarter.'), ['the preceding quarter=2012-Q4']);
    // "the same quarter" still wants its year ("...last year").
    assert.deepEqual(values('Profit beat the same quarter.'), []);
    // "prior" and "preceding" join "previous" for the other units.
    assert.deepEqual(values('Profit fell in 2012 from the prior year.'), [
      '2012=2012',
      'the prior year=2011',
    ]);
    assert.deepEqual(values('The storm hit on Monday; the preceding day was calm.'), [
      'Monday=2013-03-18',
      'the preceding day=2013-03-17',
    ]);
  });

  it('"the April-to-June period": months joined by a hyphenated "to" make a quarter or a half', () => {
    assert.deepEqual(values('Growth in the April-to-June period was the fastest in a year.', '2013-07-24'), [
      'the April-to-June period=2013-Q2',
      'a year=P1Y',
    ]);
    assert.deepEqual(values('Output fell in the July-to-December period of 2012.'), [
      'the July-to-December period of 2012=2012-H2',
    ]);
    // Months that make no quarter stay months.
    assert.deepEqual(values('Sales in the May-to-June period rose.', '2013-07-24'), ['June=2013-06']);
  });

  it('"visits Chelsea on Saturday" after an aside: a fixture ahead', () => {
    // The tagger reads "visits" as a noun after the comma; the verb still schedules the match.
    assert.deepEqual(
      values(
        'Everton, which has not finished in the top four since 2005, visits Chelsea on Saturday.',
        '2013-03-11',
      ),
      ['2005=2005', 'Saturday=2013-03-16'],
    );
    assert.deepEqual(values('Chelsea, who have won twice since January, host Everton on Sunday.'), [
      'January=2013-01',
      'Sunday=2013-03-24',
    ]);
    // A past fixture stays past.
    assert.deepEqual(values('Everton, after a long wait, visited Chelsea on Saturday.', '2013-03-11'), [
      'Saturday=2013-03-09',
    ]);
  });

  it('"will close Monday and remain closed Tuesday": a participle after "remain" has no tense of its own', () => {
    assert.deepEqual(values('Banks will close Monday and remain closed Tuesday.'), [
      'Monday=2013-03-25',
      'Tuesday=2013-03-26',
    ]);
    assert.deepEqual(values('The bridge remains closed Tuesday, officials said on Friday.'), [
      'Tuesday=2013-03-26',
      'Friday=2013-03-22',
    ]);
    // The verb's own past still tells.
    assert.deepEqual(values('Schools stayed closed Wednesday.'), ['Wednesday=2013-03-20']);
    assert.deepEqual(values('The airport remained shut Tuesday.'), ['Tuesday=2013-03-19']);
  });

  it('"starting Friday", "Beginning Monday": with no verb in reach, the start is ahead', () => {
    assert.deepEqual(
      values(
        'The phones go on sale in the U.S. and eight other countries on Sept. 20, with preorders starting Friday.',
        '2013-09-10',
      ),
      ['Sept. 20=2013-09-20', 'Friday=2013-09-13'],
    );
    assert.deepEqual(values('Beginning Tuesday, drivers must pay a toll to cross the bridge.'), [
      'Tuesday=2013-03-26',
    ]);
    // A past verb still wins.
    assert.deepEqual(values('The strike, starting Monday, was called off after two days.'), [
      'Monday=2013-03-18',
      'two days=P2D',
    ]);
  });

  it('"about the next four years": "about" before an article is the preposition of a topic', () => {
    assert.deepEqual(typed('"This election is about the next four years," she said.'), [
      'the next four years=DURATION:P4Y',
    ]);
    assert.deepEqual(typed('Voters worry about the future.'), ['the future=DATE:FUTURE_REF']);
    // Before a count it is still an approximation.
    assert.deepEqual(typed('The meeting lasted about three hours.'), [
      'about three hours=DURATION:PT3H:APPROX',
    ]);
  });

  it('"several more days", "a few more weeks": a stretch of unknown length', () => {
    assert.deepEqual(typed('Officials said the search could go on for several more days.'), [
      'several more days=DURATION:PXD',
    ]);
    assert.deepEqual(typed('It could take a few more weeks to clear the rubble.'), [
      'a few more weeks=DURATION:PXW',
    ]);
    assert.deepEqual(typed('The talks need two more weeks.'), ['two more weeks=DURATION:P2W']);
  });

  it('"the fiscal year that ended June 30": a year-long span, as "the fiscal year ended June 30" is', () => {
    assert.deepEqual(
      typed('Attendance reached 6.3 million in the fiscal year that ended June 30.', '2013-10-01'),
      ['the fiscal year=DURATION:P1Y', 'June 30=DATE:2013-06-30'],
    );
    assert.deepEqual(typed('Sales fell in the year which ends in March.', '2013-10-01'), [
      'the year=DURATION:P1Y',
      'March=DATE:2014-03',
    ]);
  });

  it('"Updated 10:42 a.m. ET, Fri March 22, 2013": the stamp is one time on its date', () => {
    assert.deepEqual(typed('Updated 5:42 p.m. ET, Thu March 21, 2013'), [
      '5:42 p.m. ET, Thu March 21, 2013=TIME:2013-03-21T17:42',
    ]);
    assert.deepEqual(typed('Posted 9:05 AM EDT, Wed. March 20, 2013'), [
      '9:05 AM EDT, Wed. March 20, 2013=TIME:2013-03-20T09:05',
    ]);
    // Without a date after it, a lone abbreviation is no day.
    assert.deepEqual(typed('The store opens at 9 a.m., Sun and rain permitting.'), [
      '9 a.m.=TIME:2013-03-22T09:00',
    ]);
  });

  it('"Thanksgiving evening", "Christmas morning": a part of a holiday is a time of that day', () => {
    assert.deepEqual(
      typed('Stores opened on Thanksgiving evening, hours before Black Friday.', '2013-11-29'),
      ['Thanksgiving evening=TIME:2013-11-28TEV', 'Black Friday=DATE:2013-11-29'],
    );
    assert.deepEqual(typed('The family opened presents on Christmas morning.', '2013-12-27'), [
      'Christmas morning=TIME:2013-12-25TMO',
    ]);
  });

  it('"from Monday to Friday", "Thursday through Sunday": a range of weekdays goes forward', () => {
    // A Thursday: told in the past, the range is last week's; ahead, it starts on the first day.
    assert.deepEqual(values('The tests were run from Monday to Friday.', '2013-06-13'), [
      'Monday=2013-06-03',
      'Friday=2013-06-07',
    ]);
    assert.deepEqual(values('The show will run from Friday to Tuesday.', '2013-06-13'), [
      'Friday=2013-06-14',
      'Tuesday=2013-06-18',
    ]);
    // A range that starts on the article's day runs ahead of it, whatever the attribution's tense.
    assert.deepEqual(
      values(
        '"Heavy rain from Monday evening through Wednesday could swamp the roads," she said.',
        '2011-01-31',
      ),
      ['Monday evening=2011-01-31TEV', 'Wednesday=2011-02-02'],
    );
    // Ranges already in order are left as they are.
    assert.deepEqual(values('Talks ran from Tuesday to Thursday.', '2013-06-13'), [
      'Tuesday=2013-06-11',
      'Thursday=2013-06-13',
    ]);
  });

  it('"succeed", "need", "heed": presents in "-eed" are no past forms ("agreed" is)', () => {
    assert.deepEqual(values('Mr. Hale will succeed Anne Porter Rowe in October.'), ['October=2013-10']);
    assert.deepEqual(values('The schools will need the new buses in September.'), ['September=2013-09']);
    assert.deepEqual(values('The union agreed to the deal on Tuesday.'), ['Tuesday=2013-03-19']);
  });

  it('"shortly before 02:00", "the year to 31 December", "9:30 tonight"', () => {
    // A 24-hour time after "before", "after", "around" or "since", when no 12-hour reading shares it.
    assert.deepEqual(typed('Police were called to the house shortly before 02:00.'), [
      '02:00=TIME:2013-03-22T02:00',
    ]);
    assert.deepEqual(typed('The bar stayed open until after 23:30.'), ['23:30=TIME:2013-03-22T23:30']);
    assert.deepEqual(typed('The race ended around 3:00.'), []);
    assert.deepEqual(typed('The race ended around 03:00.'), ['around 03:00=TIME:2013-03-22T03:00:APPROX']);
    // The year to a day, as the year to a month: a year-long span.
    assert.deepEqual(typed('Profits rose to £1.2bn in the year to 31 December.'), [
      'the year=DURATION:P1Y',
      '31 December=DATE:2012-12-31',
    ]);
    // An hour without a.m. or p.m. before an afternoon, an evening or a night is after noon.
    assert.deepEqual(typed('Lights go out at 9:30 tonight.'), ['9:30 tonight=TIME:2013-03-22T21:30']);
    assert.deepEqual(typed('He left at 8:15 Thursday evening.'), [
      '8:15 Thursday evening=TIME:2013-03-21T20:15',
    ]);
    assert.deepEqual(typed('The shift ends at 6:00 Friday morning.'), [
      '6:00 Friday morning=TIME:2013-03-22T06:00',
    ]);
  });

  it('a 2013 wire story reads whole', () => {
    const story = [
      'WASHINGTON (AP) — Senate Democrats pushed a budget plan through a key committee on Thursday,',
      'setting up a showdown with House Republicans over the coming weeks. The plan, the first the',
      'Senate has written in four years, would cut the deficit over the next decade. The measure faces',
      'a final vote early next week, perhaps as soon as Tuesday. The House approved its own plan earlier',
      'this month by a vote of 221-207. Last year, the two chambers failed to agree on any budget.',
    ].join(' ');
    assert.deepEqual(values(story), [
      'Thursday=2013-03-21',
      'the coming weeks=PXW',
      'four years=P4Y',
      'the next decade=P10Y',
      'early next week=2013-W13',
      'Tuesday=2013-03-26',
      'earlier this month=2013-03',
      'Last year=2012',
    ]);
  });
});
