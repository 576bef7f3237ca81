import assert from 'node:assert/strict';
import type { Timex } from '../../src/contract/extraction.js';
import { buildDoc } from '../../src/text/doc.js';
import type { Doc } from '../../src/text/types.js';
import { findTimexes } from '../../src/time/index.js';

/** A Wednesday: "Tuesday" in a past clause is the day before, in a future one six days later. */
export const WEDNESDAY = '2022-02-02';

export const docOf = (text: string, date: string | null = WEDNESDAY): Doc =>
  buildDoc({ id: 't', date, text });

export const timexesOf = (text: string, date: string | null = WEDNESDAY): Timex[] =>
  findTimexes(docOf(text, date));

/** The one timex whose text is `phrase` (fails when there is none or several). */
export function timexOf(text: string, phrase: string, date: string | null = WEDNESDAY): Timex {
  const found = timexesOf(text, date).filter((t) => t.text === phrase);
  const all = timexesOf(text, date).map((t) => `${t.text}=${t.value}`);
  assert.equal(found.length, 1, `expected one timex "${phrase}" in: ${all.join(', ') || 'none'}`);
  return found[0];
}

/** Asserts the phrase is found with this type, value and (when given) mod. */
export function expectTimex(
  text: string,
  phrase: string,
  type: string,
  value: string,
  mod?: string,
  date?: string | null,
) {
  const t = timexOf(text, phrase, date === undefined ? WEDNESDAY : date);
  assert.equal(t.type, type, `type of "${phrase}"`);
  assert.equal(t.value, value, `value of "${phrase}"`);
  assert.equal(t.mod, mod, `mod of "${phrase}"`);
  assert.equal(t.text, phrase);
  assert.ok(t.rule.startsWith('time/'), 'every timex names its rule');
}
