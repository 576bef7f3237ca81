import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dateRange } from '../../src/common/date-range.js';
import { timexOf } from './helpers.js';

describe('time: the values this stage writes have calendar ranges (for --from/--to)', () => {
  it('every date shape of the stage maps to the days it covers', () => {
    const cases: [string, string, [string, string]][] = [
      ['The vote was held last week.', 'last week', ['2022-01-24', '2022-01-30']],
      ['Talks broke down in December.', 'December', ['2021-12-01', '2021-12-31']],
      ['Sales fell in the first quarter.', 'the first quarter', ['2022-01-01', '2022-03-31']],
      ['The bridge reopens this summer.', 'this summer', ['2022-06-01', '2022-08-31']],
      ['Prices soared in the early 1990s.', 'the early 1990s', ['1990-01-01', '1999-12-31']],
      ['The blast came on Tuesday morning.', 'Tuesday morning', ['2022-02-01', '2022-02-01']],
      ['Crowds gathered over the weekend.', 'the weekend', ['2022-01-29', '2022-01-30']],
    ];
    for (const [text, phrase, range] of cases) {
      assert.deepEqual(dateRange(timexOf(text, phrase).value), range, phrase);
    }
  });

  it('unresolved and non-date values have no range', () => {
    assert.equal(dateRange(timexOf('The mayor resigned yesterday.', 'yesterday', null).value), null);
    assert.equal(dateRange(timexOf('The bank is now run by a committee.', 'now').value), null);
    assert.equal(dateRange(timexOf('The talks lasted three days.', 'three days').value), null);
  });
});
