import type { Actor } from '../contract/extraction.js';
import type { Doc } from '../text/types.js';
import type { Attribution } from './attribution.js';
import type { QuoteLexicon } from './lexicon.js';
import { isCapitalised, isMark, isSentenceEnd, lower } from './tokens.js';

/**
 * The outlet that relayed a quote: a relay pattern in the attribution's sentence ("as quoted by
 * CNN", "told Reuters") followed by a name that is an outlet (a media actor, or the fallback list
 * when no media actor is known). Never the speaker itself.
 */
export function findRelay(
  doc: Doc,
  a: Attribution,
  actors: readonly Actor[],
  lex: QuoteLexicon,
): string | undefined {
  const { tokens, text } = doc;
  const s = doc.sentences[tokens[a.cueFirst].sentence];
  const media = actors.filter((x) => x.kind === 'media');
  for (let i = a.cueFirst; i < s.endToken; i++) {
    if (i > a.cueLast + 12 || isMark(tokens[i]) || (i > a.cueFirst && isSentenceEnd(tokens[i]))) break;
    for (const p of lex.relays) {
      if (i + p.words.length >= s.endToken) continue;
      if (!p.words.every((w, k) => lower(tokens[i + k]) === w)) continue;
      let k = i + p.words.length;
      if (lower(tokens[k]) === 'the' && k + 1 < s.endToken) k++;
      if (!isCapitalised(tokens[k])) continue;
      let e = k;
      while (e + 1 < s.endToken && isCapitalised(tokens[e + 1])) e++;
      const span: [number, number] = [tokens[k].span[0], tokens[e].span[1]];
      if (a.speaker && span[0] <= tokens[a.speaker.last].span[0] && tokens[a.speaker.first].span[0] < span[1])
        continue;
      const name = text.slice(span[0], span[1]).replace(/['’]s$/, '');
      const actor = media.find((m) => m.mentions.some((mm) => mm.span[0] < span[1] && span[0] < mm.span[1]));
      if (actor) return actor.name;
      if (p.anyName || (media.length === 0 && lex.outlets.has(name.toLowerCase()))) return name;
    }
  }
  return undefined;
}
