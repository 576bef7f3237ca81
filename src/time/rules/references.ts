/** Fixed phrases with a value of their own: now, recently, the future. */
import type { WordCursor } from '../cursor.js';
import type { Match } from '../reading.js';

/** Fixed phrases from the lexicon: now, currently, the past, the future... */
export function phrase(c: WordCursor, i: number): Match | null {
  for (const p of c.lex.references) {
    if (p.words.every((x, k) => c.w(i + k) === x && c.same(i, i + k))) {
      const last = c.ws[i + p.words.length - 1];
      // "current" and "future" only as adjectives; "once" only as an adverb.
      if ((last.w === 'current' || last.w === 'future') && p.words.length === 1 && last.pos !== 'ADJ')
        continue;
      // "the current account deficit", "current assets": terms of economics, no time.
      if (last.w === 'current' && NOT_NOW.has(c.w(i + 1)) && c.same(i, i + 1)) continue;
      // "current and former officials": a standing, as "former" is, not our time.
      if (last.w === 'current' && formerBeside(c, i)) continue;
      if (last.w === 'once' && last.pos !== 'ADV') continue;
      // "Now, he says, ...": a sentence opened by "Now" and a comma turns the account, a discourse
      // marker rather than a time.
      if (p.words.length === 1 && last.w === 'now' && c.w(i + 1) === ',' && sentenceStart(c, i)) continue;
      if (last.w === 'recent' && c.unitAt(i + 1)) continue;
      // "the future of the alliance" is its fate, not a time.
      if (last.w === 'future' && c.isWord(i + p.words.length, 'of') && c.same(i, i + p.words.length))
        continue;
      // "the past three summers": "past" is the direction of a count, not the past itself.
      if (last.w === 'past' && countFollows(c, i + p.words.length)) continue;
      return {
        start: i,
        end: i + p.words.length,
        reading: { k: 'fixed', type: 'DATE', value: p.value },
        rule: `time/ref/${p.words.join('-')}`,
      };
    }
  }
  return null;
}

/** Nouns after which "current" is part of a term, not our time: "current account", "current assets". */
const NOT_NOW = new Set(['account', 'accounts', 'affairs', 'assets', 'liabilities', 'liability']);

/** "current and former", "former or current": "current" paired with "former". */
function formerBeside(c: WordCursor, i: number): boolean {
  const after = c.isWord(i + 1, 'and', 'or') && c.isWord(i + 2, 'former') && c.same(i, i + 2);
  const before = c.isWord(i - 1, 'and', 'or') && c.isWord(i - 2, 'former') && c.same(i - 2, i);
  return after || before;
}

/** A count at word k: "three summers", "few weeks", "five sessions". */
function countFollows(c: WordCursor, k: number): boolean {
  const n = c.number(k);
  if (!n || !c.same(k, n.end)) return false;
  if (c.unitAt(n.end)) return true;
  // "the past five sessions", "the past three games": a count of anything, in a plural noun.
  return /^[a-z]+s$/.test(c.ws[n.end]?.raw ?? '') && c.ws[n.end]?.pos === 'NOUN';
}

/** Word i opens its sentence (quotation marks before it aside). */
function sentenceStart(c: WordCursor, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && c.ws[k].sentence === c.ws[i].sentence && /^["'`“”]+$/.test(c.ws[k].w)) k--;
  return k < 0 || c.ws[k].sentence !== c.ws[i].sentence;
}
