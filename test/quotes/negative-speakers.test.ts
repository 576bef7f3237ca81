import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultPipeline } from '../../src/pipeline/default.js';
import { reportOf } from './helpers.js';

const pipeline = defaultPipeline();
const quotesOf = (text: string) => pipeline.extract({ id: 't', date: '2025-04-02', text }).quotes;

describe('speakers that pick nobody from a group or a place', () => {
  it('credits "few in Riga" and "nobody in the ministry", not Latvia or the ministry', () => {
    const text =
      'Few in Riga expected the dock strike to last a week. Nobody in the Latvian transport ministry believes the deal will hold.';
    const quotes = quotesOf(text);
    const few = reportOf(quotes, 'the dock strike to last a week');
    assert.equal(few.speaker?.name, 'Few in Riga');
    assert.equal(few.speaker?.actor, undefined);
    const nobody = reportOf(quotes, 'the deal will hold');
    assert.match(nobody.speaker?.name ?? '', /^Nobody in /);
    assert.equal(nobody.speaker?.actor, undefined);
  });

  it('leaves "a few" in the town as somebody', () => {
    const text = 'A few in Riga said the strike would end soon.';
    const q = reportOf(quotesOf(text), 'the strike would end soon');
    assert.doesNotMatch(q.speaker?.name ?? '', /^Few/);
  });
});
