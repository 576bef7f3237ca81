import type { Doc, Token } from '../text/types.js';
import { participleSubject, speakerOfCue } from './attribution.js';
import { clauseAt, contentEnd, objectEnd, stanceObject } from './boundaries.js';
import type { Report } from './indirect.js';
import type { QuoteLexicon } from './lexicon.js';
import { type MentionRange, mentionBefore } from './mention.js';
import { isMark, isPossessiveMark, isVerbal, lower } from './tokens.js';

/**
 * Reports named by a noun: "Roe's criticism of the plan", "concerns about the levy", "calls for a
 * recount", "her claim that the port lost money" (data/quotes/cues.yaml `nounContent`). The
 * preposition's object (or the that-clause) is the content; the speaker is the possessor ("Roe's"),
 * else unknown (null): the text does not say who.
 */
export function nominalReports(doc: Doc, sentence: number, lex: QuoteLexicon): Report[] {
  const { tokens } = doc;
  const s = doc.sentences[sentence];
  const out: Report[] = [];
  const words = doc.lower();
  for (let c = s.firstToken; c + 2 < s.endToken; c++) {
    // A noun, or a capitalised one opening the sentence ("Concerns about ...").
    if (tokens[c].pos !== 'NOUN' && !(c === s.firstToken && tokens[c].pos === 'PROPN')) continue;
    const preps = lex.nounContent.get(words[c]);
    if (!preps?.includes(words[c + 1])) continue;
    // "a pledge to cut taxes": an infinitive is content with its "to".
    const infinitive = lower(tokens[c + 1]) === 'to' && tokens[c + 2].pos === 'VERB';
    // "her claim that the port is losing money": a that-clause is content with its "that".
    // ("her statement that night was short": "that" before a noun of time is its determiner)
    const clause =
      words[c + 1] === 'that' && !lex.durations.has(words[c + 2]) && clauseAt(tokens, c + 2, s.endToken, lex);
    if (words[c + 1] === 'that' && !clause) continue;
    const start = infinitive || clause ? c + 1 : stanceObject(tokens, c + 2, s.endToken, lex);
    if (start < 0) continue;
    let last = clause
      ? contentEnd(tokens, start, s.endToken, lex)
      : objectEnd(tokens, start, s.endToken, lex);
    // "criticism of the budget was sharp", "concerns about the dam grew": the noun phrase ends
    // before the main verb (not before a gerund or an infinitive: "calls for Roe to resign"); a
    // that-clause after the clause's own verb ("the claim that Roe lied was false").
    let from = start + 1;
    if (clause) {
      while (from <= last && !isVerbal(tokens[from])) from++;
      while (
        from <= last &&
        (isVerbal(tokens[from]) || tokens[from].pos === 'ADV' || tokens[from].pos === 'PART')
      )
        from++;
    }
    for (let j = from; j <= last; j++) {
      const prev = tokens[j - 1].pos;
      // "the claim that Roe “lied,” drew a rebuke": a closing mark ends the clause's last noun too.
      const afterNoun = prev === 'NOUN' || prev === 'PROPN' || (clause && isMark(tokens[j - 1]));
      const finite = tokens[j].pos === 'VERB' && !/ing$/.test(lower(tokens[j])) && afterNoun;
      if ((tokens[j].pos === 'AUX' && (clause ? afterNoun : prev !== 'PRON')) || finite) {
        last = j - 1;
        break;
      }
    }
    if (last < start) continue;
    const speaker =
      possessor(tokens, c, s.firstToken, lex) ?? verbSubject(tokens, c, s.firstToken, s.endToken, lex);
    // "accusations that the mayor ran a “rigged” tender": with nobody named, the quoted
    // words keep their own attribution rather than a mixed report of no one.
    if (clause && !speaker && QUOTED.test(doc.text.slice(tokens[start].span[0], tokens[last].span[1])))
      continue;
    out.push({
      content: [tokens[start].span[0], tokens[last].span[1]],
      attribution: {
        cueFirst: c,
        cueLast: c + 1,
        form: null,
        speaker,
        tokens: [c, c + 2],
        rule: '',
      },
      rule: 'report/noun',
    });
    c = last;
  }
  return out;
}

/**
 * "Roe's sharp criticism", "his plan", "her nuanced views", "the senators' demands": the possessor
 * before the noun, past adjectives (a participle or an adverb among them).
 */
function possessor(tokens: Token[], c: number, floor: number, lex: QuoteLexicon): MentionRange | null {
  let k = c - 1;
  while (k > floor && (tokens[k].pos === 'ADJ' || tokens[k].pos === 'ADV' || modifierParticiple(tokens[k])))
    k--;
  if (k >= floor && POSSESSIVE_PRONOUNS.has(lower(tokens[k])))
    return possessorsSubject(tokens, k, floor, lex) ?? { first: k, last: k, kind: 'pronoun' };
  if (k <= floor || !(/^['’]s$/.test(tokens[k].text) || isPossessiveMark(tokens, k))) return null;
  return mentionBefore(tokens, k - 1, floor, lex);
}

/** "nuanced", "renewed": a past participle modifying the report noun. */
const modifierParticiple = (t: Token) => t.pos === 'VERB' && /ed$/.test(lower(t));

const QUOTED = /["“”„«»]/;

const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its']);

/**
 * "Senators have signaled their support for", "Roe is doubling down on his plan to": a possessive
 * pronoun in the predicate of a clause stands for that clause's subject, which is named as the
 * speaker (the mention an analyst reads), unless the verb receives the report ("faced their
 * criticism", `nounReceivers`). Looks back at most six tokens for the verb, never past a comma,
 * a quotation mark or another noun.
 */
function possessorsSubject(
  tokens: Token[],
  k: number,
  floor: number,
  lex: QuoteLexicon,
): MentionRange | null {
  for (let v = k - 1; v > floor && v >= k - 6; v--) {
    const t = tokens[v];
    if (t.pos === 'PUNCT' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON') return null;
    if (t.pos !== 'VERB' && t.pos !== 'AUX') continue;
    if (lex.nounReceivers.has(lower(t)) || (/ing$/.test(lower(t)) && tokens[v - 1]?.text === ','))
      return null;
    // the finite verb's subject: back over auxiliaries and adverbs
    let a = v;
    while (
      a - 1 > floor &&
      (tokens[a - 1].pos === 'AUX' || tokens[a - 1].pos === 'ADV' || tokens[a - 1].pos === 'VERB')
    )
      a--;
    const m = speakerOfCue(tokens, a, a, floor, k, null, lex);
    return m && m.last < a ? m : null;
  }
  return null;
}

const MODIFIERS = new Set(['DET', 'ADJ', 'NUM', 'ADV']);

/**
 * "Roe raised questions about the dam", "she has made comments on the levy": a report noun with
 * no possessor, the object of a verb, is the words of that verb's subject — unless the verb
 * receives it ("faced criticism of", cues.yaml `nounReceivers`).
 */
function verbSubject(
  tokens: Token[],
  c: number,
  floor: number,
  end: number,
  lex: QuoteLexicon,
): MentionRange | null {
  let k = c - 1;
  while (k > floor && MODIFIERS.has(tokens[k].pos) && c - k <= 4) k--;
  if (k <= floor || tokens[k].pos !== 'VERB' || lex.nounReceivers.has(lower(tokens[k]))) return null;
  if (/ing$/.test(lower(tokens[k])) && tokens[k - 1].text === ',')
    return participleSubject(tokens, k, floor, lex);
  const m = speakerOfCue(tokens, k, k, floor, end, null, lex);
  return m && m.last < k ? m : null;
}
