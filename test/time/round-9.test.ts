import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectTimex, timexesOf } from './helpers.js';

/** A Thursday in March 2013, like the news the held-out set is drawn from. */
const DAY = '2013-03-21';

const values = (text: string) => timexesOf(text, DAY).map((t) => `${t.text}=${t.value}`);

/** Round 9: shapes and anchoring of 2013 news that rounds 1–8 left out. */
describe('time: round 9', () => {
  it('a schedule verb the tagger reads as a noun still looks ahead ("steps down Tuesday")', () => {
    expectTimex('The finance minister steps down Tuesday.', 'Tuesday', 'DATE', '2013-03-26', undefined, DAY);
    expectTimex('Voters head to the polls Sunday.', 'Sunday', 'DATE', '2013-03-24', undefined, DAY);
    expectTimex('The fleet sails for Guam on Monday.', 'Monday', 'DATE', '2013-03-25', undefined, DAY);
    // the past form and a noun before a preposition keep their reading
    expectTimex(
      'The finance minister stepped down Tuesday.',
      'Tuesday',
      'DATE',
      '2013-03-19',
      undefined,
      DAY,
    );
    expectTimex(
      'Her first steps in office on Monday were cautious.',
      'Monday',
      'DATE',
      '2013-03-18',
      undefined,
      DAY,
    );
    // a possessive is no subject: the noun before a particle stays a noun
    expectTimex(
      'Crowds cheered his return to Rome on Monday.',
      'Monday',
      'DATE',
      '2013-03-18',
      undefined,
      DAY,
    );
  });

  it('Election Day is the Tuesday after the first Monday of November, and only as a name', () => {
    expectTimex(
      'Candidates will campaign until Election Day.',
      'Election Day',
      'DATE',
      '2013-11-05',
      undefined,
      DAY,
    );
    expectTimex(
      'Turnout on Election Day 2012 was lower.',
      'Election Day 2012',
      'DATE',
      '2012-11-06',
      undefined,
      DAY,
    );
    // lower case: the day of whichever vote the text is about
    assert.deepEqual(values('Long queues formed on election day in Nairobi.'), []);
    // a holiday with a name of its own counts in lower case too
    assert.deepEqual(values('shoppers crowded the malls on boxing day.'), ['boxing day=2012-12-26']);
  });

  it('more holidays: fixed days, Easter feasts, plural possessives', () => {
    expectTimex('The bridge reopens on Canada Day.', 'Canada Day', 'DATE', '2013-07-01', undefined, DAY);
    expectTimex('Banks close on Maundy Thursday.', 'Maundy Thursday', 'DATE', '2013-03-28', undefined, DAY);
    expectTimex('The carnival ended on Mardi Gras.', 'Mardi Gras', 'DATE', '2013-02-12', undefined, DAY);
    expectTimex(
      "The hoax ran on April Fools' Day.",
      "April Fools' Day",
      'DATE',
      '2013-04-01',
      undefined,
      DAY,
    );
    expectTimex(
      "Car sales jumped over Presidents' Day.",
      "Presidents' Day",
      'DATE',
      '2013-02-18',
      undefined,
      DAY,
    );
    expectTimex(
      'Fireworks lit the sky on the Fourth of July.',
      'the Fourth of July',
      'DATE',
      '2012-07-04',
      undefined,
      DAY,
    );
  });

  it('"earlier in the day", "later in the day": the day the narrative is on, without the adverb', () => {
    assert.deepEqual(values('On Tuesday, troops shelled the port. Later in the day, the rebels withdrew.'), [
      'Tuesday=2013-03-19',
      'the day=2013-03-19',
    ]);
    expectTimex(
      'Earlier in the day, the envoy met the king.',
      'the day',
      'DATE',
      '2013-03-21',
      undefined,
      DAY,
    );
    // a coarser grain keeps the adverb as its mod
    expectTimex('Exports slowed earlier in the year.', 'earlier in the year', 'DATE', '2013', 'START', DAY);
  });

  it('"this century", "last century" are calendar centuries; "the last century of" a stretch of something else', () => {
    expectTimex('It is the worst drought this century.', 'this century', 'DATE', '20', undefined, DAY);
    expectTimex('The mill was built early last century.', 'early last century', 'DATE', '19', 'START', DAY);
    assert.deepEqual(values('In the last century of the empire, trade collapsed.'), [
      'the last century=P100Y',
    ]);
  });

  it('"the last month of the year", "the first day of April": a month or day counted in its year or month', () => {
    // the year left to the text is read like a bare month: gone by in a past clause, ahead in a future one
    expectTimex(
      'Orders slumped in the last month of the year.',
      'the last month of the year',
      'DATE',
      '2012-12',
      undefined,
      DAY,
    );
    expectTimex(
      'Fares will rise in the last month of the year.',
      'the last month of the year',
      'DATE',
      '2013-12',
      undefined,
      DAY,
    );
    expectTimex(
      'The mine shut in the third month of 2011.',
      'the third month of 2011',
      'DATE',
      '2011-03',
      undefined,
      DAY,
    );
    expectTimex(
      'The levy ends on the first day of next year.',
      'the first day of next year',
      'DATE',
      '2014-01-01',
      undefined,
      DAY,
    );
    expectTimex(
      'The lease runs out on the last day of September.',
      'the last day of September',
      'DATE',
      '2013-09-30',
      undefined,
      DAY,
    );
    expectTimex(
      'Talks resume in the final week of 2013.',
      'the final week of 2013',
      'DATE',
      '2013-W52',
      undefined,
      DAY,
    );
    // a day of something else is no calendar day
    assert.deepEqual(values('Nobody spoke on the first day of the strike.'), ['the first day=2013-03-21']);
  });

  it('"the quarter a year ago", "the same period a year earlier": the reported period a year before, whole', () => {
    const text =
      'Acme earned $4 million in the third quarter. In the same period a year earlier it lost $1 million.';
    expectTimex(text, 'the same period a year earlier', 'DATE', '2011-Q3', undefined, DAY);
    expectTimex(
      'Brent Corp. posted a loss for the quarter. For the quarter a year ago, it earned $2 million.',
      'the quarter a year ago',
      'DATE',
      '2011-Q4',
      undefined,
      DAY,
    );
    expectTimex(
      'Revenue rose 8% in the fourth quarter from the corresponding period last year.',
      'the corresponding period last year',
      'DATE',
      '2011-Q4',
      undefined,
      DAY,
    );
    // "the same period" alone names no period
    assert.deepEqual(values('Imports fell in the same period.'), []);
  });

  it('"overnight" alone is the night that ended on the narrative day, or the night ahead in a future clause', () => {
    // Monday paper: Friday's session followed Thursday night's losses; "the previous Friday" counts back from there
    assert.deepEqual(
      values(
        'Tokyo stocks fell sharply Friday. Shares were dragged down by overnight losses on Wall Street. The Nikkei ended 3% below the previous Friday.',
      ),
      ['Friday=2013-03-15', 'overnight=2013-03-14TNI', 'the previous Friday=2013-03-08'],
    );
    expectTimex(
      'Militants shelled the town overnight.',
      'overnight',
      'TIME',
      '2013-03-20TNI',
      undefined,
      DAY,
    );
    // a day still ahead, named before, is not the narrative's day
    assert.deepEqual(values('Envoys meet in Vienna on March 28. Rebels said shelling went on overnight.'), [
      'March 28=2013-03-28',
      'overnight=2013-03-20TNI',
    ]);
    expectTimex(
      'Engineers will work overnight on the line.',
      'overnight',
      'TIME',
      '2013-03-21TNI',
      undefined,
      DAY,
    );
    // "by" before a date qualifying a noun is no deadline; "by Friday noon" still is (read whole)
    expectTimex(
      'The bill must clear the Senate by Friday noon.',
      'Friday noon',
      'TIME',
      '2013-03-22T12:00',
      undefined,
      DAY,
    );
    expectTimex(
      'The truce began at Tuesday midnight.',
      'Tuesday midnight',
      'TIME',
      '2013-03-19T24:00',
      undefined,
      DAY,
    );
  });

  it('"the quarter ended July 31" is the quarter most of those three months fall in', () => {
    assert.deepEqual(values('In the quarter ended Dec. 31, the retailer lost $8 million.'), [
      'the quarter=2012-Q4',
      'Dec. 31=2012-12-31',
    ]);
    // a fiscal quarter of May to July is the second
    expectTimex(
      'Sales rose 4% in the quarter ended July 31, 2012.',
      'the quarter',
      'DATE',
      '2012-Q2',
      undefined,
      DAY,
    );
    // one ending in January is the fourth of the year before
    expectTimex(
      'For the quarter ending Jan. 31, 2013, it broke even.',
      'the quarter',
      'DATE',
      '2012-Q4',
      undefined,
      DAY,
    );
  });

  it('a weekday joined to the one before ("Sunday and Monday") shares its tense', () => {
    assert.deepEqual(values('Voters in Chile go to the polls Sunday and Monday.'), [
      'Sunday=2013-03-24',
      'Monday=2013-03-25',
    ]);
    assert.deepEqual(values('Voters in Chile went to the polls Sunday and Monday.'), [
      'Sunday=2013-03-17',
      'Monday=2013-03-18',
    ]);
    expectTimex('The Senate votes on the measure Tuesday.', 'Tuesday', 'DATE', '2013-03-26', undefined, DAY);
  });

  it('"April 24 and 25", "March 22-24": the second day is a date of its own in the first one\'s month and year', () => {
    assert.deepEqual(values('The trade fair runs April 24 and 25.'), [
      'April 24=2013-04-24',
      '25=2013-04-25',
    ]);
    assert.deepEqual(values('The festival runs June 7-9.'), ['June 7=2013-06-07', '9=2013-06-09']);
    assert.deepEqual(values('Hearings were held Oct. 2 to 4, 2011.'), [
      'Oct. 2=2011-10-02',
      '4, 2011=2011-10-04',
    ]);
    // a counted noun after the number makes it no day
    assert.deepEqual(values('The ferry sank on March 2 and 3 people drowned.'), ['March 2=2013-03-02']);
  });

  it('"plan" after a determiner is the noun, whatever the tagger says ("rejected an earlier plan on Tuesday")', () => {
    expectTimex(
      'Lawmakers rejected an earlier plan on Tuesday.',
      'Tuesday',
      'DATE',
      '2013-03-19',
      undefined,
      DAY,
    );
    expectTimex('Ministers unveiled the plans on Monday.', 'Monday', 'DATE', '2013-03-18', undefined, DAY);
    // the verb still looks ahead
    expectTimex('The union plans to strike on Tuesday.', 'Tuesday', 'DATE', '2013-03-26', undefined, DAY);
  });

  it('"the turn of the year", "the end of the century": the start or end of the current period', () => {
    expectTimex(
      'Since the turn of the year, the rand has lost 9%.',
      'the turn of the year',
      'DATE',
      '2013',
      'START',
      DAY,
    );
    expectTimex(
      'The city was a village at the turn of the century.',
      'the turn of the century',
      'DATE',
      '20',
      'START',
      DAY,
    );
    expectTimex(
      'Glaciers may vanish by the end of the century.',
      'the end of the century',
      'DATE',
      '20',
      'END',
      DAY,
    );
    // not a time: "a turn of events", "at the end of the day"
    assert.deepEqual(values('At the end of the day, voters had a change of heart.'), []);
  });

  it('"Now," opening a sentence is a discourse marker; "now" inside it stays PRESENT_REF', () => {
    assert.deepEqual(values('Now, the ministry says, the dam is safe.'), []);
    assert.deepEqual(values('The dam is now safe.'), ['now=PRESENT_REF']);
    assert.deepEqual(values('Now the dam is safe.'), ['Now=PRESENT_REF']);
  });
});
