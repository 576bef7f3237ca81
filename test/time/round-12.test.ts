import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { timexesOf } from './helpers.js';

/** A Thursday in March 2013. */
const DAY = '2013-03-14';

const values = (text: string) => timexesOf(text, DAY).map((t) => `${t.text}=${t.value}`);

/** Round 12: shapes round 11 left alone. */
describe('time: round 12', () => {
  it('"1Q", "2H 2012": a quarter or half written number first, anchored by tense', () => {
    assert.deepEqual(values('Copper output at the mine rose in 4Q.'), ['4Q=2012-Q4']);
    assert.deepEqual(values('The brewer expects margins to widen in 3Q.'), ['3Q=2013-Q3']);
    assert.deepEqual(values('Freight volumes slipped in 2Q 2011.'), ['2Q 2011=2011-Q2']);
    assert.deepEqual(values('Shipments fell in 2H 2012.'), ['2H 2012=2012-H2']);
    // A lone capital letter or a lower-case one is no quarter.
    assert.deepEqual(values('Row 4 q and seat 3 Q were empty.'), []);
  });

  it('"the 2013-14 season", "fiscal 2012-13": a span of two years in a row, valued as its first', () => {
    assert.deepEqual(values('Ticket prices went up for the 2011-12 season.'), ['2011-12=2011']);
    assert.deepEqual(values('The utility lost money in fiscal 2009-10.'), ['fiscal 2009-10=2009']);
    assert.deepEqual(values('The budget for 1999-00 was cut.'), ['1999-00=1999']);
    // Not two years in a row (a year and a month, a score): no span.
    assert.deepEqual(values('The index of 2007-11 was revised.'), []);
    assert.deepEqual(values('Porto beat Braga 3-1.'), []);
  });

  it('a month after "the 2014 season" (a dated season or event) in the same sentence is of that year', () => {
    assert.deepEqual(values('The 2015 season opens in April.'), ['2015=2015', 'April=2015-04']);
    assert.deepEqual(values('The 2016 election will be held on Nov. 8.'), ['2016=2016', 'Nov. 8=2016-11-08']);
    assert.deepEqual(values('Its 2012-13 season closed in May.'), ['2012-13=2012', 'May=2012-05']);
    // Any other noun, or a month of the next sentence, keeps the month of the article's time.
    assert.deepEqual(values('The 2011 accounts were filed in January.'), ['2011=2011', 'January=2013-01']);
    assert.deepEqual(values('The 2015 season is long. Tickets go on sale in April.'), [
      '2015=2015',
      'April=2013-04',
    ]);
  });

  it('"shortly after midnight" in the past is the start of the day, not its end', () => {
    assert.deepEqual(values('A fire started in the warehouse shortly after midnight.'), [
      'midnight=2013-03-14T00:00',
    ]);
    assert.deepEqual(values('The ship docked just after midnight on Monday.'), [
      'midnight on Monday=2013-03-11T00:00',
    ]);
    // In a future clause, or "at midnight", the midnight to come.
    assert.deepEqual(values('The polls will close after midnight.'), ['midnight=2013-03-14T24:00']);
    assert.deepEqual(values('The ship docked at midnight on Monday.'), [
      'midnight on Monday=2013-03-11T24:00',
    ]);
  });
});
