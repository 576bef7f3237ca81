import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectTimex, timexesOf } from './helpers.js';

describe('time: every TIMEX3 value shape', () => {
  it('full dates, with and without a year', () => {
    expectTimex('The treaty was signed on March 14, 2019 in Oslo.', 'March 14, 2019', 'DATE', '2019-03-14');
    expectTimex('Voting closed on 2021-11-30 at the latest.', '2021-11-30', 'DATE', '2021-11-30');
    expectTimex('The memo is dated 10/23/1998 in the archive.', '10/23/1998', 'DATE', '1998-10-23');
    expectTimex('The board met on 9 January 2020 to vote.', '9 January 2020', 'DATE', '2020-01-09');
    expectTimex('The strike began on Jan. 28 and spread quickly.', 'Jan. 28', 'DATE', '2022-01-28');
    expectTimex(
      'Stores opened early on Thanksgiving Day 2019.',
      'Thanksgiving Day 2019',
      'DATE',
      '2019-11-28',
    );
    expectTimex("Flowers sold out before Mother's Day 2021.", "Mother's Day 2021", 'DATE', '2021-05-09');
    expectTimex('Parades were held on Christmas Eve.', 'Christmas Eve', 'DATE', '2021-12-24');
    expectTimex('The lease runs out on the 28th of February.', 'the 28th of February', 'DATE', '2022-02-28');
    expectTimex(
      'The plot failed on the fifth of November 1605.',
      'the fifth of November 1605',
      'DATE',
      '1605-11-05',
    );
  });

  it('months, years, decades and centuries keep their granularity', () => {
    expectTimex('Ministers met in December and agreed on nothing.', 'December', 'DATE', '2021-12');
    expectTimex('The retailer expects a loss for the full year.', 'the full year', 'DATE', '2022');
    expectTimex('The mine closed in October 1987 after a fire.', 'October 1987', 'DATE', '1987-10');
    expectTimex('The company was founded in 2014 by two brothers.', '2014', 'DATE', '2014');
    expectTimex(
      'Prices soared in the early 1990s across the region.',
      'the early 1990s',
      'DATE',
      '199',
      'START',
    );
    expectTimex(
      'The town grew in the mid-1970s when the port opened.',
      'the mid-1970s',
      'DATE',
      '197',
      'MID',
    );
    expectTimex('Steam engines shaped the 19th century economy.', 'the 19th century', 'DATE', '18');
    expectTimex('Grunge peaked in the nineties.', 'the nineties', 'DATE', '199');
    // "the 1800s" is the century; "the 2000s" the decade
    expectTimex('The mill was built in the 1800s.', 'the 1800s', 'DATE', '18');
    expectTimex('Sales slumped during the 2000s.', 'the 2000s', 'DATE', '200');
    expectTimex(
      'Output will double by the end of the decade.',
      'the end of the decade',
      'DATE',
      '202',
      'END',
    );
    expectTimex('The dam burst in the summer of 2016.', 'the summer of 2016', 'DATE', '2016-SU');
  });

  it('weeks, quarters, halves and seasons', () => {
    expectTimex('The envoy returned last week with a draft.', 'last week', 'DATE', '2022-W04');
    expectTimex('Sales fell in the first quarter, the firm said.', 'the first quarter', 'DATE', '2022-Q1');
    expectTimex('Third-quarter profit doubled.', 'Third-quarter', 'DATE', '2021-Q3');
    expectTimex('Third-quarter profit will double.', 'Third-quarter', 'DATE', '2022-Q3');
    expectTimex('Output rose in the second half of 2019.', 'the second half of 2019', 'DATE', '2019-H2');
    // "of last year", "of this year", "of the year" belong to the period: one expression, one value.
    const lastYear = 'Exports fell in the fourth quarter of last year.';
    expectTimex(lastYear, 'the fourth quarter of last year', 'DATE', '2021-Q4');
    expectTimex(
      'Hiring slowed in the first half of this year.',
      'the first half of this year',
      'DATE',
      '2022-H1',
    );
    expectTimex(
      'Rates will rise in the second half of the year.',
      'the second half of the year',
      'DATE',
      '2022-H2',
    );
    expectTimex('Costs jumped in the last half of 2019.', 'the last half of 2019', 'DATE', '2019-H2');
    expectTimex(
      'Sales slid in the first quarter of fiscal 2020.',
      'the first quarter of fiscal 2020',
      'DATE',
      '2020-Q1',
    );
    expectTimex('The bridge will reopen this summer.', 'this summer', 'DATE', '2022-SU');
    expectTimex('The lake froze last winter.', 'last winter', 'DATE', '2021-WI');
  });

  it('"this past weekend", "the coming weekend" are weekends, not PAST_REF', () => {
    // The article date is a Wednesday in ISO week 5.
    expectTimex('Crowds marched this past weekend.', 'this past weekend', 'DATE', '2022-W04-WE');
    expectTimex('The past weekend was calm.', 'The past weekend', 'DATE', '2022-W04-WE');
    expectTimex('Rain is due the coming weekend.', 'the coming weekend', 'DATE', '2022-W05-WE');
  });

  it('"to last five years": "last" the verb is no direction of the count', () => {
    expectTimex('The works are expected to last five years.', 'five years', 'DURATION', 'P5Y');
    expectTimex('Prices rose over the last five years.', 'the last five years', 'DURATION', 'P5Y');
  });

  it('"the day before yesterday", "the day after tomorrow" are two days away', () => {
    expectTimex(
      'Riots broke out the day before yesterday.',
      'the day before yesterday',
      'DATE',
      '2022-01-31',
    );
    expectTimex('The pact is signed the day after tomorrow.', 'the day after tomorrow', 'DATE', '2022-02-04');
  });

  it('"a year from now", "two weeks from today": the date that far ahead', () => {
    expectTimex('A year from now, the mine will be closed.', 'A year from now', 'DATE', '2023');
    expectTimex('The law applies two weeks from today.', 'two weeks from today', 'DATE', '2022-W07');
    expectTimex('Some years from now it may change.', 'Some years from now', 'DATE', 'FUTURE_REF');
  });

  it('present, past and future references', () => {
    expectTimex('The bank is now run by a committee.', 'now', 'DATE', 'PRESENT_REF');
    expectTimex('Fuel is currently rationed in the north.', 'currently', 'DATE', 'PRESENT_REF');
    expectTimex('The court recently ruled on the case.', 'recently', 'DATE', 'PAST_REF');
    expectTimex('Nobody can say what the future holds.', 'the future', 'DATE', 'FUTURE_REF');
  });

  it('durations, counted and vague', () => {
    expectTimex('The talks lasted three days without a break.', 'three days', 'DURATION', 'P3D');
    expectTimex('The ceasefire held for two weeks.', 'two weeks', 'DURATION', 'P2W');
    expectTimex('She waited for years before she spoke.', 'years', 'DURATION', 'PXY');
    expectTimex('Rates have doubled over the past six months.', 'the past six months', 'DURATION', 'P6M');
    expectTimex('They signed a five-year contract.', 'five-year', 'DURATION', 'P5Y');
    expectTimex('The flight took four hours.', 'four hours', 'DURATION', 'PT4H');
    expectTimex('Revenue for the year ended June 30 rose.', 'the year', 'DURATION', 'P1Y');
    expectTimex('The trial lasted 2 1/2 years.', '2 1/2 years', 'DURATION', 'P2Y6M');
    expectTimex('The dispute has run for two decades.', 'two decades', 'DURATION', 'P20Y');
  });

  it('times of day', () => {
    expectTimex('The vote opened at 9:30 a.m. in the capital.', '9:30 a.m.', 'TIME', '2022-02-02T09:30');
    expectTimex('The blast was heard on Tuesday morning.', 'Tuesday morning', 'TIME', '2022-02-01TMO');
    expectTimex('The ministers dined together last night.', 'last night', 'TIME', '2022-02-01TNI');
    expectTimex('Rain is expected this afternoon.', 'this afternoon', 'TIME', '2022-02-02TAF');
  });

  it('sets with quantifiers', () => {
    expectTimex('The committee meets every week in private.', 'every week', 'SET', 'P1W');
    expectTimex('Two ferries sail daily to the island.', 'daily', 'SET', 'P1D');
    expectTimex('Protesters gather every Sunday outside the court.', 'every Sunday', 'SET', 'XXXX-WXX-7');
    expectTimex('The club opens on Friday nights only.', 'Friday nights', 'SET', 'XXXX-WXX-5TNI');
  });

  it('mods on quantities and open ends', () => {
    expectTimex('The siege lasted about three years.', 'about three years', 'DURATION', 'P3Y', 'APPROX');
    expectTimex(
      'It has been nearly two weeks since the vote.',
      'nearly two weeks',
      'DURATION',
      'P2W',
      'LESS_THAN',
    );
    expectTimex(
      'The line has been closed for more than five years.',
      'more than five years',
      'DURATION',
      'P5Y',
      'MORE_THAN',
    );
    expectTimex('The harvest starts in late March this time.', 'late March', 'DATE', '2022-03', 'END');
    expectTimex(
      'No rate rise is planned until 2025 or later.',
      '2025 or later',
      'DATE',
      '2025',
      'ON_OR_AFTER',
    );
    expectTimex('The results are due at the end of the year.', 'the end of the year', 'DATE', '2022', 'END');
  });

  it('without an article date, relative expressions stay unresolved', () => {
    expectTimex('The mayor resigned yesterday.', 'yesterday', 'DATE', 'XXXX-XX-XX', undefined, null);
    expectTimex('The mayor will speak today.', 'today', 'DATE', 'PRESENT_REF', undefined, null);
    expectTimex('The mayor spoke on Tuesday.', 'Tuesday', 'DATE', 'XXXX-WXX-2', undefined, null);
    expectTimex('The mayor jogs this morning.', 'this morning', 'TIME', 'XXXX-XX-XXTMO', undefined, null);
    expectTimex('The mayor was elected in 1997.', '1997', 'DATE', '1997', undefined, null);
    expectTimex('The mayor served for six years.', 'six years', 'DURATION', 'P6Y', undefined, null);
  });
});

describe('time: round-2 shapes', () => {
  it('approximate points in time keep their value and take APPROX', () => {
    expectTimex(
      'The polls close around Nov. 1 in most states.',
      'around Nov. 1',
      'DATE',
      '2021-11-01',
      'APPROX',
    );
    expectTimex(
      'The blast came at about 7:15 p.m. on a quiet street.',
      'about 7:15 p.m.',
      'TIME',
      '2022-02-02T19:15',
      'APPROX',
    );
  });

  it('"last" before a month and day sets the tense, the date rule reads the day', () => {
    expectTimex('The plant was flooded last Oct. 23 and never reopened.', 'Oct. 23', 'DATE', '2021-10-23');
  });

  it('seasons relative to the anchor: the last one that is over, the next one to begin', () => {
    expectTimex(
      'The dam was finished last spring.',
      'last spring',
      'DATE',
      '2022-SP',
      undefined,
      '2022-10-05',
    );
    expectTimex(
      'The dam was finished this past spring.',
      'this past spring',
      'DATE',
      '2022-SP',
      undefined,
      '2022-10-05',
    );
    expectTimex('The dam opens next summer.', 'next summer', 'DATE', '2022-SU');
    expectTimex('The lake froze last winter.', 'last winter', 'DATE', '2021-WI', undefined, '2022-05-10');
  });

  it('"the week of" a day is that ISO week', () => {
    expectTimex('A hearing is set for the week of March 6.', 'the week of March 6', 'DATE', '2022-W09');
  });

  it('vague stretches of time are durations', () => {
    expectTimex('Rents have soared in recent years.', 'recent years', 'DURATION', 'PXY');
    expectTimex('More layoffs are likely in the coming weeks.', 'the coming weeks', 'DURATION', 'PXW');
    expectTimex('Over the past decade the port has doubled.', 'the past decade', 'DURATION', 'P10Y');
  });
});

describe('time: quantities, round 2', () => {
  it('ranges of numbers are one duration of unknown count', () => {
    expectTimex('Repairs will take two to three weeks.', 'two to three weeks', 'DURATION', 'PXW');
    expectTimex(
      'Prices may rise over the next 12 to 18 months.',
      'the next 12 to 18 months',
      'DURATION',
      'PXM',
    );
  });

  it('halves and "or so" after the unit', () => {
    expectTimex('The lights went out for a minute and a half.', 'a minute and a half', 'DURATION', 'PT1M30S');
    expectTimex('The strike could last a week or so.', 'a week or so', 'DURATION', 'P1W', 'APPROX');
    expectTimex('The pair met a week or so ago in Rome.', 'a week or so ago', 'DATE', '2022-W04', 'APPROX');
  });

  it('"last" the verb is no direction', () => {
    const texts = timexesOf('The talks could last a week.').map((t) => t.text);
    assert.deepEqual(texts, ['a week']);
  });

  it('parts of the last mentioned day', () => {
    const text = 'The raid began on May 12, 2020. The suspects were charged the next morning.';
    expectTimex(text, 'the next morning', 'TIME', '2020-05-13TMO');
    expectTimex(
      'The raid began on May 12, 2020. That night, crowds gathered.',
      'That night',
      'TIME',
      '2020-05-12TNI',
    );
  });
});

describe('time: bare plurals and report years', () => {
  it('a bare plural unit before "of" is a vague duration, not after an adjective', () => {
    expectTimex('After weeks of talks, the strike ended.', 'weeks', 'DURATION', 'PXW');
    expectTimex(
      'The town was without power for weeks or months.',
      'weeks or months',
      'DURATION',
      'PXW',
      'APPROX',
    );
    assert.deepEqual(
      timexesOf('The raid came in the early hours of Monday.').map((t) => t.text),
      ['Monday'],
    );
  });

  it('"the year to March" is a year-long span', () => {
    expectTimex('Profit rose in the year to March 2021.', 'the year', 'DURATION', 'P1Y');
  });
});

describe('time: clock times as British and wire copy write them', () => {
  it('one-word and dotted 12-hour times, 24-hour times with a zone', () => {
    expectTimex('The polls shut at 10pm on the island.', '10pm', 'TIME', '2022-02-02T22:00');
    expectTimex('Kick-off is at 3.45pm on the day.', '3.45pm', 'TIME', '2022-02-02T15:45');
    expectTimex('The count ended at 11:30pm.', '11:30pm', 'TIME', '2022-02-02T23:30');
    expectTimex('The quake struck at 0340 GMT.', '0340 GMT', 'TIME', '2022-02-02T03:40');
  });

  it('a bracketed conversion is a time of its own, never a year; plain numbers are no times', () => {
    assert.deepEqual(
      timexesOf('The blast came at 9am (0700 GMT) near the port.').map((t) => `${t.text}=${t.value}`),
      ['9am=2022-02-02T09:00', '0700 GMT=2022-02-02T07:00'],
    );
    assert.deepEqual(timexesOf('The index rose 2.5 points on the news.').length, 0);
    // a 24-hour conversion that reads like a year is no year
    assert.deepEqual(
      timexesOf('The jet landed at 2:45 p.m. (1845 GMT) in Lagos.').map((t) => `${t.text}=${t.type}`),
      ['2:45 p.m.=TIME', '1845 GMT=TIME'],
    );
  });

  it('"local time" is a zone: the day after it dates the clock time', () => {
    const text = 'The blast came at 10 a.m. local time Tuesday.';
    expectTimex(text, '10 a.m. local time Tuesday', 'TIME', '2022-02-01T10:00');
  });
});

describe('time: business shorthand and feasts', () => {
  it('counted adjectives between number and unit', () => {
    expectTimex('Output fell for three consecutive months.', 'three consecutive months', 'DURATION', 'P3M');
    expectTimex('The talks need two more weeks.', 'two more weeks', 'DURATION', 'P2W');
    expectTimex('The offer ran for eight trading days.', 'eight trading days', 'DURATION', 'P8D');
  });

  it('"end-2014", "end-March": a hyphen for "the end of"', () => {
    expectTimex('Debt should peak by end-2024.', 'end-2024', 'DATE', '2024', 'END');
  });

  it('quarters and halves in shorthand', () => {
    expectTimex('Revenue dipped in Q3 2020 before recovering.', 'Q3 2020', 'DATE', '2020-Q3');
    expectTimex('The chain expects a loss in H1.', 'H1', 'DATE', '2022-H1');
  });

  it('Easter and the feasts counted from it', () => {
    expectTimex('The shrine reopened at Easter 2019.', 'Easter 2019', 'DATE', '2019-04-21');
    expectTimex('The ferry strike began on Good Friday 2016.', 'Good Friday 2016', 'DATE', '2016-03-25');
  });
});

describe('time: frequencies', () => {
  it('"twice a year", "three times a day" are sets of the period', () => {
    expectTimex('The board meets twice a year.', 'twice a year', 'SET', 'P1Y');
    expectTimex('Patients take the pill three times a day.', 'three times a day', 'SET', 'P1D');
    expectTimex('The ferry breaks down several times a week.', 'several times a week', 'SET', 'P1W');
    expectTimex('The council meets every other week.', 'every other week', 'SET', 'P2W');
    assert.deepEqual(timexesOf('It happened once, in private.').length, 0);
  });
});

describe('time: round-3 shapes', () => {
  it('"three days later" is the stretch (TimeML leaves "later" as its signal); "a year earlier" the year', () => {
    const text = 'The dam failed on Jan. 10, 2021. Three days later, the town flooded.';
    expectTimex(text, 'Three days', 'DURATION', 'P3D');
    expectTimex(
      'The rebels withdrew. A few weeks earlier, they had advanced.',
      'A few weeks',
      'DURATION',
      'PXW',
    );
    expectTimex('Sales rose 5% from a year earlier.', 'a year earlier', 'DATE', '2021');
  });

  it('"each July", "every winter" are sets of a month or season', () => {
    expectTimex('Pilgrims gather there each July.', 'each July', 'SET', 'XXXX-07');
    expectTimex('The pass closes every winter.', 'every winter', 'SET', 'XXXX-WI');
  });

  it('"the current fiscal year", "(the) last fiscal year" are calendar years of the article date', () => {
    expectTimex('Sales in the current fiscal year will rise.', 'the current fiscal year', 'DATE', '2022');
    expectTimex('Sales rose 4% in the last fiscal year.', 'the last fiscal year', 'DATE', '2021');
    expectTimex('Sales rose 4% last fiscal year.', 'last fiscal year', 'DATE', '2021');
  });

  it('"year-end" is the end of this year, "since year-end" of the last one', () => {
    expectTimex('The deal should close by year-end.', 'year-end', 'DATE', '2022', 'END');
    expectTimex("New rules take effect at year's end.", "year's end", 'DATE', '2022', 'END');
    expectTimex('The index is up 4% since year-end.', 'year-end', 'DATE', '2021', 'END');
  });

  it('a part of the day alone belongs to the day after it, else to the last day given', () => {
    expectTimex(
      'Shares slid in mid-afternoon yesterday.',
      'mid-afternoon yesterday',
      'TIME',
      '2022-02-01TAF',
      'MID',
    );
    const text = 'The storm struck on Jan. 12. In the afternoon, it weakened.';
    expectTimex(text, 'the afternoon', 'TIME', '2022-01-12TAF');
    expectTimex('By mid afternoon, the roads were clear.', 'mid afternoon', 'TIME', '2022-02-02TAF', 'MID');
    assert.deepEqual(timexesOf('He hosts a late night show.'), []);
  });

  it('a spoken hour with its part of the day is a clock time', () => {
    expectTimex('The ferry leaves at 4 in the morning.', '4 in the morning', 'TIME', '2022-02-02T04:00');
    expectTimex('Polls close at 8 in the evening.', '8 in the evening', 'TIME', '2022-02-02T20:00');
    expectTimex('The shots rang out at 11 at night.', '11 at night', 'TIME', '2022-02-02T23:00');
  });

  it('"one day" before a verb or after a modal is some day to come', () => {
    expectTimex('She believes she will one day lead the party.', 'one day', 'DATE', 'FUTURE_REF');
    expectTimex('He had been in the job one day.', 'one day', 'DURATION', 'P1D');
  });

  it('"Monday and Tuesday nights": both weekdays are weekly sets of the night', () => {
    const text = 'The night ferry sails on Monday and Tuesday nights until the autumn.';
    expectTimex(text, 'Monday', 'SET', 'XXXX-WXX-1TNI');
    expectTimex(text, 'Tuesday nights', 'SET', 'XXXX-WXX-2TNI');
    expectTimex('We met on Monday and Tuesday.', 'Monday', 'DATE', '2022-01-31');
  });

  it('a day spoken as an ordinal after a month name, as broadcast transcripts write it', () => {
    const text = "Women's Day is this coming Tuesday, March eighth.";
    expectTimex(text, 'this coming Tuesday, March eighth', 'DATE', '2022-03-08');
    expectTimex('The vote is on June twenty-first.', 'June twenty-first', 'DATE', '2022-06-21');
  });
});
