import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { timexesOf } from './helpers.js';

/** A Thursday. */
const DAY = '2013-03-14';

const values = (text: string, date = DAY) => timexesOf(text, date).map((t) => `${t.text}=${t.value}`);

/** Round 14: the newswire errors grouped again; general shapes found among them. */
describe('time: round 14', () => {
  it('"that same day", "the very next morning": the emphasis keeps the anaphoric reading', () => {
    assert.deepEqual(values('The ferry capsized on Monday, and divers reached the hull that same day.'), [
      'Monday=2013-03-11',
      'that same day=2013-03-11',
    ]);
    assert.deepEqual(values('The levee broke on Friday. The very next day, the water began to recede.'), [
      'Friday=2013-03-08',
      'The very next day=2013-03-09',
    ]);
    assert.deepEqual(values('The mayor resigned on March 4. That very evening, the council met.'), [
      'March 4=2013-03-04',
      'That very evening=2013-03-04TEV',
    ]);
    // "very" alone opens nothing.
    assert.deepEqual(values('It was a very long meeting.'), []);
  });

  it('"that day" right after a month or a year told is a day of it whose date is not given', () => {
    assert.deepEqual(
      values('The reactor leaked in October 2011. Inspectors sealed the building that same day.'),
      ['October 2011=2011-10', 'that same day=2011-10-XX'],
    );
    assert.deepEqual(values('The dam failed in 1977. Hundreds of homes were lost that day.'), [
      '1977=1977',
      'that day=1977-XX-XX',
    ]);
    // A day told keeps its value; a year told long before does not reach.
    assert.deepEqual(values('The dam failed on Feb. 9, 1977. Hundreds of homes were lost that day.'), [
      'Feb. 9, 1977=1977-02-09',
      'that day=1977-02-09',
    ]);
    assert.deepEqual(
      values(
        'The dam was built in 1931. It served the valley well. Engineers praised it. Nobody expected what came that day.',
      ),
      ['1931=1931', 'that day=2013-03-14'],
    );
  });

  it('"Easter week", "Thanksgiving week": the ISO week holding the holiday', () => {
    assert.deepEqual(values('Hotels in Seville fill up during Easter week.'), ['Easter week=2013-W13']);
    assert.deepEqual(values('Retailers reported brisk sales over Thanksgiving week.', '2013-12-05'), [
      'Thanksgiving week=2013-W48',
    ]);
    assert.deepEqual(values('Last Christmas week was the quietest on record.'), [
      'Last Christmas week=2012-W52',
    ]);
    // "week-long" stays a length of its own.
    assert.deepEqual(values('The town hosts a Christmas week-long fair.', '2013-12-05'), [
      'Christmas=2013-12-25',
      'week-long=P1W',
    ]);
  });
});
