import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Span } from '../../src/text/types.js';
import { governingDate, timeStage } from '../../src/time/index.js';
import { docOf } from './helpers.js';

/** The span of the first sentence containing `needle`. */
function sentenceSpan(text: string, needle: string): Span {
  const doc = docOf(text);
  const at = text.indexOf(needle);
  const s = doc.sentences.find((x) => x.span[0] <= at && at < x.span[1]);
  assert.ok(s, `no sentence holds ${needle}`);
  return s.span;
}

describe('time: governingDate', () => {
  const text =
    'The envoy arrived in March. He met the rebels at 10:30 a.m. on Tuesday. Talks lasted three days. Nothing was agreed.';
  const doc = docOf(text);
  const timexes = timeStage.run(doc, {});

  it('takes the timex inside the clause, keeping its precision', () => {
    assert.equal(governingDate(doc, timexes, sentenceSpan(text, 'arrived')), '2022-03');
    assert.equal(governingDate(doc, timexes, sentenceSpan(text, 'rebels')), '2022-02-01');
  });

  it('falls back on the utterance date, then the article date; durations never govern', () => {
    assert.equal(governingDate(doc, timexes, sentenceSpan(text, 'lasted')), '2022-02-02');
    assert.equal(governingDate(doc, timexes, sentenceSpan(text, 'Nothing'), '2022-01-30'), '2022-01-30');
  });

  it('is undefined with no timex, no utterance and no article date', () => {
    const undated = docOf('Nothing was agreed.', null);
    assert.equal(governingDate(undated, timeStage.run(undated, {}), [0, 19]), undefined);
  });

  it('the stage is deterministic', () => {
    assert.deepEqual(timeStage.run(docOf(text), {}), timexes);
  });
});
