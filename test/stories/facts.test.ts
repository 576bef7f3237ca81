import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sameFact, textFacts, textYears } from '../../src/stories/facts.js';

describe('story facts', () => {
  it('reads magnitudes written before or after the word, plain or tokenised', () => {
    assert.deepEqual(textFacts('A 4.9-magnitude quake hit Parnos.').all, ['magnitude:4.9']);
    assert.deepEqual(textFacts('The 7 . 3 - magnitude quake hit Parnos .').all, ['magnitude:7.3']);
    assert.deepEqual(textFacts('It had a magnitude of 6.2, the survey said.').all, ['magnitude:6.2']);
    assert.deepEqual(textFacts('A magnitude 5.5 tremor and a magnitude 4.1 aftershock.').all, [
      'magnitude:4.1',
      'magnitude:5.5',
    ]);
  });

  it('reads a value after a hyphen or a hedge word', () => {
    assert.deepEqual(textFacts('Radio Orvel said a magnitude-4.8 quake hit the coast.').all, [
      'magnitude:4.8',
    ]);
    assert.deepEqual(textFacts('The survey put it at magnitude - 6 . 3 .').all, ['magnitude:6.3']);
    assert.deepEqual(textFacts('Parnos shook under a tremor of magnitude of at least 5.7.').all, [
      'magnitude:5.7',
    ]);
    assert.deepEqual(textFacts('It measured magnitude about 4 on the old scale.').all, ['magnitude:4']);
    // A hedge alone is no value.
    assert.deepEqual(textFacts('A magnitude of at least this size is rare.').all, []);
  });

  it('reads no value where no number is next to the word', () => {
    assert.deepEqual(textFacts('The magnitude of the flood in Parnos shocked everyone.').all, []);
    // A sentence that ends on a number, then one that starts with one: not a decimal.
    assert.deepEqual(textFacts('It was a magnitude 6. 12 houses fell.').all, ['magnitude:6']);
  });

  it('tells the lead facts from those further down', () => {
    const text = 'A magnitude 5.1 quake struck Orvel on Monday.';
    const facts = textFacts(`${text} In 1998 a magnitude 6.8 quake razed the town.`, text.length);
    assert.deepEqual(facts.lead, ['magnitude:5.1']);
    assert.deepEqual(facts.all, ['magnitude:5.1', 'magnitude:6.8']);
  });

  it('reads the years a text says, those of its first lines apart', () => {
    const first = 'Posted 14 March 2019 , 08 : 10 / Storm floods Arnsby harbour .';
    const years = textYears(
      `${first} The last flood there , in 2007 , cost 3000 jobs and 1,500 homes .`,
      first.length,
    );
    assert.deepEqual(years.lead, ['2019']);
    // 3000 is out of the years' range, 1,500 a number with a thousands separator read in two.
    assert.deepEqual(years.all, ['2007', '2019']);
    assert.deepEqual(textYears('Room 20190 and the 2019th visitor .').all, []);
    // Two-digit years of dates written in figures, read within a century of the range's start.
    assert.deepEqual(textYears('Updated 3 / 14 / 19 09 : 30 , first posted 30-12-98 .').all, [
      '1998',
      '2019',
    ]);
    // Not a date: the separators differ, or a time of day.
    assert.deepEqual(textYears('Scores of 3-1/2 and 08 . 23 BST .').all, []);
    // A span of years says both; a date in figures that opens with its year says only that one.
    assert.deepEqual(textYears('Their 1999-00 and 2011/12 seasons were poor .').all, [
      '1999',
      '2000',
      '2011',
      '2012',
    ]);
    assert.deepEqual(textYears('Filed 2016-11-03 , again 2016-09-01 .').all, ['2016']);
    assert.deepEqual(textYears('Quarter 2015-07 ended , 2011-13 too .').all, ['2011', '2015']);
  });

  it('compares values of one kind only', () => {
    assert.equal(sameFact('magnitude:6.1', 'magnitude:6.1'), true);
    assert.equal(sameFact('magnitude:6.1', 'magnitude:6'), false);
    assert.equal(sameFact('magnitude:6.1', 'depth:6.1'), false);
  });
});
