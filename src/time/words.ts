import type { Doc } from '../text/types.js';

/** A word as the time grammar sees it: wink tokens, with hyphenated words split into parts. */
export interface Word {
  /** Lower-cased text, a final period of an abbreviation removed ("sept." → "sept"). */
  w: string;
  /** The text as written. */
  raw: string;
  start: number;
  end: number;
  pos: string;
  sentence: number;
  /** Joined to the previous word by a hyphen ("third-quarter"). */
  hyphenated: boolean;
}

const ISO_LIKE = /^\d{4}-\d{2}(-\d{2})?$/;
const SPLITTABLE = /^[A-Za-z0-9']+(-[A-Za-z0-9']+)+$/;

/** The words of a Doc; hyphens between parts are dropped (adjacency is kept in the offsets). */
export function wordsOf(doc: Doc): Word[] {
  const out: Word[] = [];
  let hyphenEnd = -1;
  for (const t of doc.tokens) {
    if (t.text === '-') {
      const prev = out[out.length - 1];
      if (prev && prev.end === t.span[0]) hyphenEnd = t.span[1];
      continue;
    }
    if (t.text === '--') continue;
    const joined = hyphenEnd === t.span[0];
    hyphenEnd = -1;
    const [s] = t.span;
    if (t.text.length > 2 && t.text.includes('-') && !ISO_LIKE.test(t.text) && SPLITTABLE.test(t.text)) {
      let at = s;
      t.text.split('-').forEach((part, k) => {
        out.push(word(part, at, t.pos, t.sentence, k > 0 || joined));
        at += part.length + 1;
      });
      continue;
    }
    out.push(word(t.text, s, t.pos, t.sentence, joined));
  }
  return out;
}

function word(raw: string, start: number, pos: string, sentence: number, hyphenated: boolean): Word {
  let w = raw.toLowerCase();
  if (w.includes('’') || w.includes('‘')) w = w.replace(/[’‘]/g, "'");
  if (w.endsWith('.') && /^[a-z]{2,}\.$/.test(w)) w = w.slice(0, -1);
  return { w, raw, start, end: start + raw.length, pos, sentence, hyphenated };
}
