import type { Doc, Token } from '../text/types.js';
import type { Report } from './indirect.js';
import { objectEnd, stanceObject } from './indirect.js';
import type { QuoteLexicon } from './lexicon.js';
import { mentionBefore } from './mention.js';
import { lower } from './tokens.js';

/**
 * Reports named by a noun: "Roe's criticism of the plan", "concerns about the levy", "calls for a
 * recount" (data/quotes/cues.yaml `nounContent`). The preposition's object is the content; the
 * speaker is the possessor ("Roe's"), else unknown (null): the text does not say who.
 */
export function nominalReports(doc: Doc, sentence: number, lex: QuoteLexicon): Report[] {
  const { tokens } = doc;
  const s = doc.sentences[sentence];
  const out: Report[] = [];
  for (let c = s.firstToken; c + 2 < s.endToken; c++) {
    if (tokens[c].pos !== 'NOUN') continue;
    const preps = lex.nounContent.get(lower(tokens[c]));
    if (!preps?.includes(lower(tokens[c + 1]))) continue;
    const start = stanceObject(tokens, c + 2, s.endToken, lex);
    if (start < 0) continue;
    const last = objectEnd(tokens, start, s.endToken, lex);
    if (last < start) continue;
    out.push({
      content: [tokens[start].span[0], tokens[last].span[1]],
      attribution: {
        cueFirst: c,
        cueLast: c + 1,
        form: null,
        speaker: possessor(tokens, c, s.firstToken, lex),
        tokens: [c, c + 2],
        rule: '',
      },
      rule: 'report/noun',
    });
    c = last;
  }
  return out;
}

/** "Roe's sharp criticism": the name before the possessive, past adjectives. */
function possessor(tokens: Token[], c: number, floor: number, lex: QuoteLexicon) {
  let k = c - 1;
  while (k > floor && tokens[k].pos === 'ADJ') k--;
  if (k <= floor || !/^['’]s$/.test(tokens[k].text)) return null;
  return mentionBefore(tokens, k - 1, floor, lex);
}
