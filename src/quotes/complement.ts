import type { Doc, Token } from '../text/types.js';
import { type Attribution, speakerOfCue } from './attribution.js';
import { commaEndsReport, contentEnd } from './boundaries.js';
import type { Report } from './indirect.js';
import type { QuoteLexicon } from './lexicon.js';
import { clauseSubject, type MentionRange, sentenceSubject } from './mention.js';
import { readingStart } from './sentence-reports.js';
import { isCapitalised, isMark, isVerbal, lower } from './tokens.js';

/**
 * A fragment quoted inside reporting prose is the complement of the verb that governs it
 * ("X called the plan a “disaster”"): the content runs from that verb to the clause end and
 * the verb's subject is the speaker.
 */
export function complementOf(doc: Doc, first: number, lex: QuoteLexicon): Report | null {
  const { tokens } = doc;
  const sentence = doc.sentences[tokens[first].sentence];
  for (let v = first - 1; v >= sentence.firstToken && v >= first - 25; v--) {
    const t = tokens[v];
    if (t.text === ';') return null;
    const prev = v > sentence.firstToken ? tokens[v - 1] : null;
    // The tagger sometimes reads a cue verb as a noun ("the leader accused ...").
    const cueWord =
      lex.cues.has(lower(t)) && prev?.pos !== 'DET' && (prev?.pos !== 'ADJ' || lex.skip.has(lower(prev)));
    if (!cueWord || isCapitalised(t)) continue;
    if (prev && (prev.pos === 'ADP' || lower(prev) === 'to')) continue;
    const form = lex.cues.get(lower(t));
    const speaker =
      speakerOfCue(tokens, v, v, sentence.firstToken, sentence.endToken, null, lex) ??
      (form ? sentenceSubject(doc, v, lex) : null);
    if (!speaker) return null;
    if (quoteIsTheContent(tokens, v + 1, first)) return null;
    const end = clauseEnd(tokens, v + 1, first, sentence.endToken, lex, asideRelative(tokens, speaker));
    const attribution: Attribution = {
      cueFirst: v,
      cueLast: v,
      form: form ?? null,
      speaker,
      tokens: [speaker.first, v + 1],
      rule: 'complement',
    };
    return { content: [tokens[v + 1].span[0], tokens[end].span[1]], attribution, rule: 'report/complement' };
  }
  return null;
}

/**
 * "Reid has been pounding Trump as a “con artist”", "Merkel heralded the deal as a
 * “breakthrough.”": a fragment after "as" characterizes the object of the verb before it, in the
 * words of that verb's subject. The content runs from the object to the clause end (rule
 * `report/characterization`); null when no verb with a named subject governs it.
 */
export function characterizationOf(doc: Doc, first: number, lex: QuoteLexicon): Report | null {
  const { tokens } = doc;
  const sentence = doc.sentences[tokens[first].sentence];
  let as = first - 1;
  if (as > sentence.firstToken && tokens[as].pos === 'DET') as--;
  if (as <= sentence.firstToken || lower(tokens[as]) !== 'as') return null;
  // "Senator Jane Roe (D-Vt.), for her part, has been ...": read on from before the splitter's cut.
  const floor = readingStart(doc, tokens[first].sentence);
  // "a dinner billed as", "known as", "seen as": a participle right before "as" names no speaker.
  const before = lower(tokens[as - 1]);
  if (/(ed|en|wn)$/.test(before) && tokens[as - 1].pos !== 'NOUN' && tokens[as - 1].pos !== 'PROPN')
    return null;
  for (let v = as - 1; v >= floor && v >= as - 12; v--) {
    const t = tokens[v];
    if (t.text === ';' || isMark(t) || lower(t) === 'such') return null;
    if (t.pos !== 'VERB' || isCapitalised(t) || v + 1 >= as) continue;
    // "an event billed as", "is known as": a participle after a noun or "be" names no speaker.
    const prev = tokens[v - 1];
    const passive = prev?.pos === 'AUX' && !/ing$/.test(lower(t)); // "is known as", not "has been pounding"
    if (!prev || prev.pos === 'NOUN' || prev.pos === 'DET' || passive) return null;
    const speaker =
      speakerOfCue(tokens, v, v, floor, sentence.endToken, null, lex) ?? clauseSubject(tokens, floor, v, lex);
    if (!speaker || speaker.last >= v) return null;
    const end = clauseEnd(tokens, v + 1, first, sentence.endToken, lex);
    const attribution: Attribution = {
      cueFirst: v,
      cueLast: v,
      form: lex.cues.get(lower(t)) ?? null,
      speaker,
      tokens: [speaker.first, v + 1],
      rule: 'characterization',
    };
    return {
      content: [tokens[v + 1].span[0], tokens[end].span[1]],
      attribution,
      rule: 'report/characterization',
    };
  }
  return null;
}

/** The complement of a cue that a quoted fragment completes, from the cue to the clause end. */
export function envelopeAfterCue(doc: Doc, a: Attribution, first: number, lex: QuoteLexicon): Report | null {
  const { tokens } = doc;
  const sentence = doc.sentences[tokens[first].sentence];
  if (tokens[a.cueLast].sentence !== tokens[first].sentence) return null;
  const start = a.cueLast + 1;
  if (quoteIsTheContent(tokens, start, first)) return null;
  const aside = a.speaker !== null && asideRelative(tokens, a.speaker);
  const end = clauseEnd(tokens, start, first, sentence.endToken, lex, aside);
  return { content: [tokens[start].span[0], tokens[end].span[1]], attribution: a, rule: 'report/complement' };
}

const CLAUSE_BREAK = new Set(['but', 'during', 'after', 'before', 'when', 'while', 'because', 'since', ';']);

/**
 * The last token of a complement holding a quote that opens at token `first`: the clause runs
 * past the quote's closing mark up to a comma, a coordinated predicate or an adverbial.
 */
function clauseEnd(
  tokens: Token[],
  start: number,
  first: number,
  end: number,
  lex: QuoteLexicon,
  aside = false,
): number {
  let k = first + 1;
  while (k < end && !isMark(tokens[k])) k++; // the closing mark
  // "Roe, who calls the plan a “sham,” said ...": the relative clause ends at the comma before
  // the main clause's verb.
  if (aside && tokens[k - 1]?.text === ',' && k + 1 < end && finiteVerb(tokens[k + 1])) return k;
  // `as “superb,” telling reporters ...`: a comma inside the closing mark ends the clause there
  // when the writer's addition follows it, as after any comma ending a report.
  if (tokens[k - 1]?.text === ',' && commaEndsReport(tokens, start, k - 1, end, lex)) return k;
  for (let j = k + 1; j < end; j++) {
    const t = tokens[j];
    const w = lower(t);
    if (isMark(t) && j + 1 < end) {
      k = j; // a later quoted piece of the same clause
      continue;
    }
    if (
      t.text === ',' ||
      CLAUSE_BREAK.has(w) ||
      lex.timeWords.has(w) ||
      ((w === 'and' || w === 'or') && j + 1 < end && isVerbal(tokens[j + 1]))
    ) {
      return Math.max(k, j - 1);
    }
  }
  return Math.max(start, contentEnd(tokens, start, end));
}

/** A relative pronoun opening a clause set off by a comma: "Roe, who calls ...". */
function asideRelative(tokens: Token[], m: MentionRange): boolean {
  const w = lower(tokens[m.first]);
  return m.kind === 'pronoun' && (w === 'who' || w === 'which') && tokens[m.first - 1]?.text === ',';
}

/** A verb form that is no participle: "said", "has", "will". */
function finiteVerb(t: Token): boolean {
  return t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/.test(lower(t)) && !isCapitalised(t));
}

/**
 * "told reporters, “...”", "according to a statement by X, “...”": only a hearer or a source and a
 * comma (or colon) between the cue and the quotation, so the quotation is the content and there is
 * no clause of the writer's to report.
 */
function quoteIsTheContent(tokens: Token[], start: number, first: number): boolean {
  if (first - 1 <= start || !/^[,:]$/.test(tokens[first - 1].text)) return false;
  for (let k = start; k < first - 1; k++)
    if (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX') return false;
  return true;
}
