import type { Doc } from '../text/types.js';
import { isCapitalised } from './keys.js';

/** Third-person pronouns by what they can refer to: m(ale), f(emale), p(lural), n(euter). */
export const PRONOUNS = new Map<string, 'm' | 'f' | 'p' | 'n'>([
  ['it', 'n'],
  ['its', 'n'],
  ['itself', 'n'],
  ['he', 'm'],
  ['him', 'm'],
  ['his', 'm'],
  ['himself', 'm'],
  ['she', 'f'],
  ['her', 'f'],
  ['hers', 'f'],
  ['herself', 'f'],
  ['they', 'p'],
  ['them', 'p'],
  ['their', 'p'],
  ['theirs', 'p'],
  ['themselves', 'p'],
]);
export const OPEN_QUOTES = new Set(['\u201c', '\u00ab', '\u201e']);
export const CLOSE_QUOTES = new Set(['\u201d', '\u00bb']);
export const MODALS = new Set([
  'would',
  'will',
  'could',
  'can',
  'should',
  'wants',
  'wanted',
  'plans',
  'planned',
  'intends',
]);

/** Marks the tokens inside double quotation marks (the marks included); a paragraph closes any quotation. */
export function findQuoted(doc: Doc): Uint8Array {
  const { tokens } = doc;
  const q = new Uint8Array(tokens.length);
  let inside = false;
  let paragraph = -1;
  for (const sentence of doc.sentences) {
    if (sentence.paragraph !== paragraph) {
      paragraph = sentence.paragraph;
      inside = false;
    }
    for (let t = sentence.firstToken; t < sentence.endToken; t++) {
      const x = tokens[t].text;
      if (x.length !== 1) {
        q[t] = inside ? 1 : 0;
        continue;
      }
      if (OPEN_QUOTES.has(x)) inside = true;
      else if (x === '"') inside = !inside;
      q[t] = inside || CLOSE_QUOTES.has(x) || x === '"' ? 1 : 0;
      if (CLOSE_QUOTES.has(x)) inside = false;
    }
  }
  return q;
}

/** Capitalised words right before or after a speech verb anywhere in the text ("Clinton says"). */
export function findSpeakerKeys(
  doc: Doc,
  keys: string[],
  quoted: Uint8Array,
  speech: Set<string>,
  /** Speech verbs that say nothing: "Posted Oct 26", a headline's "Added". */
  silent: (t: number) => boolean = () => false,
): Set<string> {
  const out = new Set<string>();
  const { tokens } = doc;
  for (let t = 1; t < tokens.length; t++) {
    if (!speech.has(keys[t]) || quoted[t] || silent(t)) continue;
    const before = tokens[t - 1];
    if (before.pos === 'PROPN' && isCapitalised(before.text) && before.sentence === tokens[t].sentence)
      out.add(keys[t - 1]);
    const after = tokens[t + 1];
    if (
      after &&
      after.pos === 'PROPN' &&
      isCapitalised(after.text) &&
      after.sentence === tokens[t].sentence
    ) {
      let e = t + 1;
      while (
        e + 1 < tokens.length &&
        tokens[e + 1].pos === 'PROPN' &&
        tokens[e + 1].sentence === after.sentence
      )
        e++;
      out.add(keys[e]);
    }
  }
  return out;
}
