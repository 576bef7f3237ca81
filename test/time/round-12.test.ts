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
});
