import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Extraction } from '../../src/contract/extraction.js';
import { defaultPipeline } from '../../src/pipeline/default.js';
import { schemaErrors } from '../helpers.js';

const pipeline = defaultPipeline();

describe('extraction schema', () => {
  it('accepts what the pipeline produces', () => {
    const ex = pipeline.extract({
      id: 'a',
      date: '2022-02-02',
      text: 'The minister said on Tuesday: “We will talk.”',
    });
    assert.deepEqual(schemaErrors(ex), []);
  });

  const valid: Extraction = {
    id: 'a',
    article: { id: 'a', date: null, text: 'Putin met Orbán.' },
    actors: [
      {
        id: 'person:x',
        name: 'X',
        kind: 'person',
        code: 'RUSGOV',
        mentions: [{ span: [0, 5], text: 'Putin', rule: 'r' }],
      },
    ],
    timexes: [{ span: [0, 1], text: 'P', type: 'DATE', value: '2022-02-01', rule: 'r' }],
    quotes: [{ span: [0, 1], text: 'P', kind: 'direct', speaker: null, rule: 'r' }],
    events: [
      {
        span: [6, 9],
        code: '040',
        plover: 'CONSULT',
        source: { code: 'RUS' },
        target: { code: 'HUN', name: 'Hungary' },
        rule: 'r',
      },
    ],
  };

  it('accepts a hand-built full extraction', () => {
    assert.deepEqual(schemaErrors(valid), []);
  });

  const broken: [string, (e: Extraction) => unknown][] = [
    ['a missing events array', (e) => ({ ...e, events: undefined })],
    ['a span of three numbers', (e) => ({ ...e, timexes: [{ ...e.timexes[0], span: [0, 1, 2] }] })],
    ['an unknown timex type', (e) => ({ ...e, timexes: [{ ...e.timexes[0], type: 'WEEK' }] })],
    ['an unknown quote kind', (e) => ({ ...e, quotes: [{ ...e.quotes[0], kind: 'paraphrase' }] })],
    ['a numeric CAMEO code', (e) => ({ ...e, events: [{ ...e.events[0], code: 40 }] })],
    ['an unknown PLOVER type', (e) => ({ ...e, events: [{ ...e.events[0], plover: 'HUG' }] })],
    ['a bad article date', (e) => ({ ...e, article: { ...e.article, date: '2022-2-1' } })],
  ];
  for (const [what, breakIt] of broken) {
    it(`rejects ${what}`, () => {
      assert.notDeepEqual(schemaErrors(breakIt(structuredClone(valid))), []);
    });
  }
});
