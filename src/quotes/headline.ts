import type { Doc } from '../text/types.js';
import type { Report } from './indirect.js';
import type { QuoteLexicon } from './lexicon.js';
import { isMark, isVerbal, lower } from './tokens.js';

const MAX_SPEAKER_WORDS = 4;
const MAX_HEADLINE_CHARS = 160;
// Parts of speech a headline's speaker never has: "Stealth Over Health:", "Clinton Wades In:".
const NOT_IN_SPEAKER = new Set(['VERB', 'AUX', 'ADP', 'ADV', 'SCONJ', 'CCONJ', 'DET', 'INTJ', 'PRON']);

/**
 * A headline that credits its words with a colon, `Roe: Levy Will Sink the Port` (rule
 * `report/headline`): the speaker is the short run of capitalised words before the colon, the
 * content the rest of the line. Only the article's first paragraph, when it is one short line.
 * Labels such as `Breaking:` or `The Latest:` are no speakers (data/quotes/speakers.yaml,
 * `headlineLabels`); neither is a run in capitals ("BOOM:") nor a possessive ("Monday's Email:").
 */
export function headlineReport(doc: Doc, lex: QuoteLexicon): Report | null {
  const p = doc.paragraphs[0];
  if (!p || doc.paragraphs.length < 2) return null;
  const line = doc.text.slice(p.span[0], p.span[1]);
  if (line.length > MAX_HEADLINE_CHARS || line.includes('\n')) return null;
  const { tokens } = doc;
  const first = doc.sentences[p.firstSentence]?.firstToken ?? -1;
  const end = doc.sentences[p.endSentence - 1]?.endToken ?? -1;
  if (first < 0 || end <= first) return null;
  let colon = first;
  while (colon < end && colon - first <= MAX_SPEAKER_WORDS && tokens[colon].text !== ':') colon++;
  if (colon === first || colon >= end || tokens[colon].text !== ':') return null;
  for (let k = first; k < colon; k++) {
    const t = tokens[k];
    // "Varga camp:", "Herald editorial:": a noun in lower case after the name names its side.
    const sideNoun = k > first && t.pos === 'NOUN' && /^\p{Ll}+$/u.test(t.text);
    if (sideNoun) continue;
    if (!/^\p{Lu}/u.test(t.text) || NOT_IN_SPEAKER.has(t.pos) || lex.headlineLabels.has(lower(t)))
      return null;
    if (/^['’]s$/.test(tokens[k + 1]?.text ?? '')) return null;
  }
  const only = tokens[first];
  if (colon === first + 1 && only.text.length > 3 && only.text === only.text.toUpperCase()) return null;
  let last = end - 1;
  while (last > colon && tokens[last].pos === 'PUNCT' && !isMark(tokens[last])) last--;
  // A question is the headline's own ("Roe: Reformer or Career Politician?").
  if (last <= colon || tokens[last + 1]?.text === '?') return null;
  return colonReport(doc, first, colon, last, 'report/headline');
}

/** `Name: content`: the name before the colon speaks the tokens after it, up to `last`. */
function colonReport(doc: Doc, first: number, colon: number, last: number, rule: string): Report {
  const { tokens } = doc;
  return {
    content: [tokens[colon + 1].span[0], tokens[last].span[1]],
    attribution: {
      cueFirst: colon,
      cueLast: colon,
      form: null,
      speaker: { first, last: colon - 1, kind: 'name' },
      tokens: [first, colon + 1],
      rule: '',
    },
    rule,
  };
}

/**
 * Transcript turns without quotation marks, `Matthews: Well, the plan is bad.` (rule
 * `report/turn`): a paragraph after the first that opens with a name of one to three capitalised
 * words (no label from `headlineLabels`; one word only when it recurs outside the paragraph) and a
 * colon, without quotation marks; the content is the rest of the paragraph.
 */
export function transcriptTurns(doc: Doc, lex: QuoteLexicon): Report[] {
  const { tokens } = doc;
  const out: Report[] = [];
  for (const p of doc.paragraphs.slice(1)) {
    const first = doc.sentences[p.firstSentence]?.firstToken ?? -1;
    const end = doc.sentences[p.endSentence - 1]?.endToken ?? -1;
    if (first < 0 || end <= first) continue;
    let colon = first;
    while (colon < end && colon - first < 3 && tokens[colon].pos === 'PROPN') colon++;
    if (colon === first || colon + 1 >= end || tokens[colon].text !== ':') continue;
    if (tokens.slice(first, colon).some((t) => lex.headlineLabels.has(lower(t)) || !/^\p{Lu}/u.test(t.text)))
      continue;
    let last = end - 1;
    while (last > colon && tokens[last].pos === 'PUNCT' && !isMark(tokens[last])) last--;
    // A turn holds no quotation; a one-word speaker is named elsewhere in the article too
    // ("Superdelegates:" heads a section).
    if (last <= colon || tokens.slice(colon + 1, last + 1).some(isMark)) continue;
    // A turn says or asks something: a verb or a question mark ("Clinton: 547." and "Iowa: Ann Lee,
    // Bo Roe" are tallies and lists; "Q: Why not a wall?" is asked).
    const asked = tokens.slice(last + 1, end).some((t) => t.text === '?');
    if (!asked && !tokens.slice(colon + 1, last + 1).some(isVerbal)) continue;
    const word = tokens[first].text;
    if (colon === first + 1 && !tokens.some((t, k) => (k < first || k > last) && t.text === word)) continue;
    out.push(colonReport(doc, first, colon, last, 'report/turn'));
  }
  return out;
}
