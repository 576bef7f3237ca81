import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectTimex, timexesOf } from './helpers.js';

/** A Thursday in March 2013, like the news the held-out set is drawn from. */
const DAY = '2013-03-21';

const values = (text: string) => timexesOf(text, DAY).map((t) => `${t.text}=${t.value}`);

/** Round 10: newswire shapes (wire copy, 2013 style) that rounds 1–9 left out. */
describe('time: round 10', () => {
  it('"the day before/after" a named day is that day moved by one, read whole', () => {
    expectTimex(
      'The envoy flew home the day before last Monday’s summit in Lima.',
      'the day before last Monday',
      'DATE',
      '2013-03-17',
      undefined,
      DAY,
    );
    expectTimex(
      'Shops in Leeds reopened the day after Christmas.',
      'the day after Christmas',
      'DATE',
      '2012-12-26',
      undefined,
      DAY,
    );
    expectTimex(
      'The day after Feb. 14, the ferry operator cut its fares.',
      'The day after Feb. 14',
      'DATE',
      '2013-02-15',
      undefined,
      DAY,
    );
    expectTimex(
      'Talks will resume the day after Monday’s ballot, the ministry says.',
      'the day after Monday',
      'DATE',
      '2013-03-26',
      undefined,
      DAY,
    );
  });

  it('keeps the shapes it does not cover: "the day before yesterday", a bare "the day before", a clause', () => {
    expectTimex(
      'The mayor spoke to reporters the day before yesterday.',
      'the day before yesterday',
      'DATE',
      '2013-03-19',
      undefined,
      DAY,
    );
    assert.deepEqual(values('He was last seen on March 3, the day before the police raided the farm.'), [
      'March 3=2013-03-03',
    ]);
    assert.deepEqual(values('The talks broke down on March 12. The day before, both sides had agreed.'), [
      'March 12=2013-03-12',
      'The day before=2013-03-11',
    ]);
  });

  it('a fronted month takes the tense of the main verb after an apposition between commas', () => {
    // said in October: past, so last January (the nearest one would be the coming January)
    const OCT = '2013-10-24';
    expectTimex(
      'In January, ten days after the mill fire, a landslide near Krakow buried two lorries.',
      'January',
      'DATE',
      '2013-01',
      undefined,
      OCT,
    );
    expectTimex(
      'In May, two days after the court’s verdict, a fire in the old town of Brno destroyed the archive.',
      'May',
      'DATE',
      '2012-05',
      undefined,
      DAY,
    );
    // a capitalised word the tagger reads as a verb is a name, not the main verb
    expectTimex(
      'In January, days after the Gray vs. Swim judgment, a landslide near Krakow buried two lorries.',
      'January',
      'DATE',
      '2013-01',
      undefined,
      OCT,
    );
    // a future main verb keeps the coming one
    expectTimex(
      'In May, two days after the court’s verdict, the city will open a new archive.',
      'May',
      'DATE',
      '2013-05',
      undefined,
      DAY,
    );
    // no verb with a tense: the nearest one, as before
    expectTimex('In May, the new archive in Brno.', 'May', 'DATE', '2013-05', undefined, DAY);
  });
});
