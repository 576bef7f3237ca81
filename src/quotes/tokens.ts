import { partitionPoint } from '../common/bisect.js';
import type { Doc, Token } from '../text/types.js';

/** Index of the first token that starts at or after `offset` (tokens.length when none). */
export function tokenAt(tokens: Token[], offset: number): number {
  return partitionPoint(tokens.length, (i) => tokens[i].span[0] < offset);
}

const CAPITAL = /^\p{Lu}/u;
const MARK = /^["“”„«»‘’']+$/;

export const isMark = (t: Token) => MARK.test(t.text);

/** Dashes that set off a phrase ("Roe -- a lawyer -- said"). */
export const DASHES = new Set(['--', '—', '–']);

/**
 * The apostrophe of a plural possessive ("the veterans' families"): fused to a word ending in s
 * and followed by a space. It closes no quotation, so a backward scan may pass it.
 */
export function isPossessiveMark(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const before = tokens[i - 1];
  const next = tokens[i + 1];
  return (
    /^['’]$/.test(t.text) &&
    !!before &&
    before.span[1] === t.span[0] &&
    /[sS]$/.test(before.text) &&
    (!next || next.span[0] > t.span[1])
  );
}
export const lower = (t: Token) => t.text.toLowerCase();
export const isCapitalised = (t: Token) => CAPITAL.test(t.text) && t.pos !== 'PRON';
export const isVerbal = (t: Token) => t.pos === 'VERB' || t.pos === 'AUX';
export const isSentenceEnd = (t: Token) => t.pos === 'PUNCT' && /^[.!?]+$/.test(t.text);

/** A sentence end that really ends: not the period of "R-Ky.," or "D.C. officials". */
export function endsSentence(tokens: Token[], i: number): boolean {
  if (!isSentenceEnd(tokens[i])) return false;
  const next = tokens[i + 1];
  return !next || !(next.text === ',' || /^\p{Ll}/u.test(next.text));
}

/** The token range of the sentence holding token i: [first, end). */
export function sentenceOf(doc: Doc, i: number): [number, number] {
  const s = doc.sentences[doc.tokens[i].sentence];
  return [s.firstToken, s.endToken];
}

/**
 * `..., at one point calling`, `..., recently telling`: the participle at c opens a free adjunct
 * after a comma, past adverbs and one short prepositional phrase (its subject is the clause's).
 */
export function opensAdjunct(tokens: Token[], c: number, floor: number): boolean {
  let j = c - 1;
  while (j >= floor && tokens[j].pos === 'ADV') j--;
  if (j >= floor && tokens[j].text === ',') return true;
  let k = j;
  while (k >= floor && k > j - 4 && /^(NOUN|PROPN|NUM|ADJ|DET)$/.test(tokens[k].pos)) k--;
  // A phrase of time or place ("at one point", "in May"); "with X saying", "from X calling" name the subject.
  if (k === j || k < floor || !/^(at|in|on|during|after|before|over|throughout)$/i.test(tokens[k].text))
    return false;
  k--;
  while (k >= floor && tokens[k].pos === 'ADV') k--;
  return k >= floor && tokens[k].text === ',';
}
