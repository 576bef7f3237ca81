/** The context a time expression is read in: the tense of its clause and whether it is quoted. */
import type { Lexicon } from './lexicon.js';
import type { Tense } from './resolve.js';
import type { Word } from './words.js';

const WINDOW_BEFORE = 12;
const WINDOW_AFTER = 6;

/** Cue words that are also nouns ("the plan"): they count only as verbs. */
const VERB_ONLY = new Set(['plan', 'plans', 'set', 'hope', 'hopes']);

function cueOf(word: Word, lex: Lexicon): Tense {
  if (VERB_ONLY.has(word.w) && word.pos !== 'VERB') return null;
  if (lex.futureCues.has(word.w)) return 'future';
  if (lex.pastCues.has(word.w)) return 'past';
  if ((word.pos === 'VERB' || word.pos === 'AUX') && /[a-z]ed$/.test(word.w)) return 'past';
  return null;
}

/** "to" before a verb looks ahead: "is to resume trading Tuesday". */
function infinitive(words: Word[], k: number): boolean {
  return words[k].w === 'to' && k + 1 < words.length && words[k + 1].pos === 'VERB';
}

/** The tense of the nearest cue word of the sentence around words [start, end). */
export function tenseAround(words: Word[], start: number, end: number, lex: Lexicon): Tense {
  const segment = words[start].segment;
  for (let d = 1; d <= WINDOW_BEFORE; d++) {
    const before = start - d;
    if (before >= 0 && words[before].segment === segment) {
      const c = infinitive(words, before) ? 'future' : cueOf(words[before], lex);
      if (c) return c;
    }
    const after = end - 1 + d;
    if (d <= WINDOW_AFTER && after < words.length && words[after].segment === segment) {
      const c = cueOf(words[after], lex);
      if (c) return c;
    }
  }
  return null;
}

const QUOTE_MARK = /[“”«»„"\n]|``|''/g;

/**
 * Quoted stretches of `text` as sorted [start, end) spans. Straight double quotes toggle;
 * typographic and TeX-style (`` '') quotes open and close. An unclosed quote ends at its paragraph.
 */
export function quotedSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  let open = -1;
  QUOTE_MARK.lastIndex = 0;
  for (let m = QUOTE_MARK.exec(text); m; m = QUOTE_MARK.exec(text)) {
    const i = m.index;
    const c = m[0];
    if (c === '\n') {
      if (text[i + 1] === '\n' && open >= 0) {
        out.push([open, i]);
        open = -1;
      }
    } else if (c === '“' || c === '«' || c === '„' || c === '``') {
      if (open < 0) open = i;
    } else if (c === '”' || c === '»' || c === "''") {
      if (open >= 0) out.push([open, i + c.length]);
      open = -1;
    } else if (open < 0) open = i;
    else {
      out.push([open, i + 1]);
      open = -1;
    }
  }
  if (open >= 0) out.push([open, text.length]);
  return out;
}

/** Whether offset `at` lies in one of the sorted spans; `from` is a cursor for in-order calls. */
export function insideSpans(spans: [number, number][], at: number, cursor: { i: number }): boolean {
  while (cursor.i < spans.length && spans[cursor.i][1] <= at) cursor.i++;
  return cursor.i < spans.length && spans[cursor.i][0] <= at;
}
