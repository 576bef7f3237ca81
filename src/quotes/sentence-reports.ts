import type { Doc, Token } from '../text/types.js';
import { cueAt, speakerOfCue } from './attribution.js';
import { contentEnd, hearerAfter, OBJECT_BREAK } from './boundaries.js';
import type { Report } from './indirect.js';
import type { QuoteLexicon } from './lexicon.js';
import { clauseSubject, type MentionRange, mentionAfter } from './mention.js';
import { DASHES, isCapitalised, isMark, isPossessiveMark, isSentenceEnd, isVerbal, lower } from './tokens.js';

const RELATIVES = new Set(['that', 'which', 'what', 'who']);

/**
 * The verb right after a cue whose speaker opens a relative clause ("a deadline that aides said
 * went unnoticed", "which critics say was the best speech", with no pronoun: "a probe the agency
 * said was ongoing"): the clause's own verb, with no subject of its own, and the speaker without a
 * "that" the tagger read as its determiner ("files that officials said would ..."). Null when the
 * cue is not so placed.
 */
export function relativeVerb(
  tokens: Token[],
  speaker: MentionRange,
  c: number,
  first: number,
  end: number,
  lex: QuoteLexicon,
): { verb: number; speaker: MentionRange } | null {
  let who = speaker;
  if (
    who.last > who.first &&
    lower(tokens[who.first]) === 'that' &&
    who.first > first &&
    tokens[who.first - 1].pos === 'NOUN'
  )
    who = { ...who, first: who.first + 1 };
  const r = who.first - 1;
  if (r <= first) return null;
  // A relative clause without its pronoun opens right after the noun it describes.
  // Only a verb that reports a clause ("said", "believe"), not one taking an object ("the account
  // Roe retweeted was ..."), and never a capitalised word of a name ("the group Autism Speaks is").
  const form = lex.cues.get(lower(tokens[c]));
  const bare =
    !RELATIVES.has(lower(tokens[r])) &&
    tokens[r].pos === 'NOUN' &&
    who.kind !== 'pronoun' &&
    !isCapitalised(tokens[c]) &&
    !!form &&
    (form.inverted || form.belief);
  if (!bare && !RELATIVES.has(lower(tokens[r]))) return null;
  const before = tokens[r - 1];
  if (!bare && before.text !== ',' && !['NOUN', 'PROPN', 'PRON', 'VERB'].includes(before.pos)) return null;
  let v = c + 1;
  while (v < end && lex.skip.has(lower(tokens[v])) && tokens[v].pos !== 'VERB' && tokens[v].pos !== 'AUX')
    v++;
  if (v >= end || (tokens[v].pos !== 'VERB' && tokens[v].pos !== 'AUX')) return null;
  return /ing$/.test(lower(tokens[v])) ? null : { verb: c + 1, speaker: who };
}

/**
 * Where a sentence's subject may start: "Jane Roe (D-Ohio.) said ..." is cut after the
 * parenthesis by the sentence splitter; a sentence opening in lower case goes on from it.
 */
export function readingStart(doc: Doc, sentence: number): number {
  const { tokens } = doc;
  const s = doc.sentences[sentence];
  if (sentence > 0 && s.firstToken < s.endToken && cutInsideParenthesis(doc, sentence))
    return doc.sentences[sentence - 1].firstToken;
  if (sentence === 0 || s.firstToken >= s.endToken || isCapitalised(tokens[s.firstToken]))
    return s.firstToken;
  const before = doc.sentences[sentence - 1];
  const closing = tokens[before.endToken - 1];
  const sameBlock = !/\n/.test(doc.text.slice(closing.span[1], tokens[s.firstToken].span[0]));
  return closing.text === ')' && sameBlock ? before.firstToken : s.firstToken;
}

/**
 * "Sen. Jane Roe (R-S. | C.) said ...": the splitter cut inside a parenthesis (a state written
 * with periods); the sentence before is still open and the parenthesis closes within a few tokens.
 */
function cutInsideParenthesis(doc: Doc, sentence: number): boolean {
  const { tokens } = doc;
  const s = doc.sentences[sentence];
  const before = doc.sentences[sentence - 1];
  let open = false;
  for (let k = before.firstToken; k < before.endToken; k++) {
    if (tokens[k].text === '(') open = true;
    else if (tokens[k].text === ')') open = false;
  }
  if (!open) return false;
  if (/\n/.test(doc.text.slice(tokens[before.endToken - 1].span[1], tokens[s.firstToken].span[0])))
    return false;
  for (let k = s.firstToken; k < s.endToken && k < s.firstToken + 3; k++)
    if (tokens[k].text === ')') return true;
  return false;
}

/** "As Jane Roe observed, CLAUSE.": the aside opens the sentence and the clause follows its comma. */
export function asClause(
  tokens: Token[],
  c: number,
  first: number,
  end: number,
  speaker: MentionRange | null,
): Report[] {
  const as = speaker ? speaker.first - 1 : -1;
  if (!speaker || as < first || lower(tokens[as]) !== 'as') return [];
  const attribution = {
    cueFirst: c,
    cueLast: c,
    form: null,
    speaker,
    tokens: [as, c + 1] as [number, number],
    rule: '',
  };
  const piece = (start: number, last: number): Report => ({
    content: [tokens[start].span[0], tokens[last].span[1]],
    attribution,
    rule: 'report/as',
  });
  const tail = () => {
    const last = contentEnd(tokens, c + 2, end);
    return last >= c + 2 ? [piece(c + 2, last)] : [];
  };
  if (as <= first + 1) return tokens[c + 1]?.text === ',' ? tail() : []; // "As Roe noted, CLAUSE."
  // "CLAUSE, as Roe noted." and "The island, as Roe noted, rarely floods.": the clause around it.
  if (tokens[as - 1].text !== ',' || as - 2 < first) return [];
  let start = first;
  while (start < as - 1 && tokens[start].pos === 'PUNCT' && !isMark(tokens[start])) start++;
  if (start > as - 2) return [];
  const head = piece(start, as - 2);
  const next = tokens[c + 1];
  if (!next || isSentenceEnd(next)) return [head];
  return next.text === ',' ? [head, ...tail()] : [];
}

/**
 * "CLAUSE, Jane Roe said." and the clause it interrupts: "The plan, Roe said, would fail." (two
 * pieces, as for an interrupted quotation).
 */
/** Token k is a quotation mark closing right on a comma (`“shrewd,”`). */
function closesOnComma(tokens: Token[], k: number): boolean {
  const m = tokens[k];
  const comma = tokens[k - 1];
  return !!m && !!comma && isMark(m) && comma.text === ',' && m.span[0] === comma.span[1];
}

/**
 * The quotation closing on the comma at `comma` opens after a colon or a comma inside the clause
 * from `start`: `CLAUSE: “...,”` / `CLAUSE, “...,”`.
 */
function introducedQuotation(tokens: Token[], start: number, comma: number): boolean {
  for (let o = comma - 1; o > start; o--) {
    if (!isMark(tokens[o]) || isPossessiveMark(tokens, o)) continue;
    return tokens[o - 1].text === ':';
  }
  return false;
}

export function reportBefore(
  tokens: Token[],
  c: number,
  first: number,
  end: number,
  form: NonNullable<ReturnType<typeof cueAt>>['form'],
  lex: QuoteLexicon,
): Report[] {
  if (form?.belief) return [];
  const speaker = speakerOfCue(tokens, c, c, first, end, form, lex);
  if (!speaker) return [];
  let attrStart = Math.min(speaker.first, c);
  // "..., Former White House Doctor Says.": title words before the name are the attribution's too.
  // "..., the OECD said.": the name is "OECD"; its determiner is the attribution's too.
  while (
    attrStart - 1 > first &&
    (lex.titles.has(lower(tokens[attrStart - 1])) || tokens[attrStart - 1].pos === 'DET')
  )
    attrStart--;
  // `... may be “shrewd,” Roe said.`: the clause's comma sits inside the closing mark.
  const shut = closesOnComma(tokens, attrStart - 1) ? 1 : 0;
  const comma = attrStart - 1 - shut;
  if (comma <= first || tokens[comma].text !== ',') return [];
  // After the attribution only adverbials may follow up to the sentence end: "..., Roe said on
  // Monday." but not "..., Roe called the plan a failure." (an object: the clause is not content).
  let after = Math.max(speaker.last, c) + 1;
  if (form?.takesObject) after = (hearerAfter(tokens, after, end, lex)?.last ?? after - 1) + 1; // "told reporters", "told her"
  const next = tokens[after];
  // "..., Roe told aides as she left.": a subordinate clause may follow the attribution.
  const subordinate = next !== undefined && SUBORDINATORS.has(lower(next));
  if (next && !isSentenceEnd(next) && next.text !== ',' && next.pos !== 'ADP' && next.pos !== 'ADV') {
    if (!lex.timeWords.has(lower(next)) && !subordinate) return [];
  }
  let start = first;
  while (start < comma && tokens[start].pos === 'PUNCT' && !isMark(tokens[start])) start++;
  // `Roe listed her aims: “Win the seat,” she said.`: a quotation opened after a colon or comma is
  // what the cue attributes; the writer's words before it are not its report.
  if (shut && introducedQuotation(tokens, start, comma)) return [];
  const rest = interruptedRest(tokens, start, comma, after, end, lex);
  if (rest < 0 && comma <= first + 2) return [];
  // A verb right after the attribution makes it a clause of its own; past a comma it belongs to an
  // appositive ("said Roe, who runs ...") or an adverbial clause ("Roe said, as she left").
  if (rest < 0 && !subordinate)
    for (let j = after; j < end && tokens[j].text !== ','; j++) if (isVerbal(tokens[j])) return [];
  const attribution = {
    cueFirst: c,
    cueLast: c,
    form,
    speaker,
    tokens: [attrStart, rest < 0 ? end : after] as [number, number],
    rule: '',
  };
  const head: Report = {
    content: [tokens[start].span[0], tokens[shut ? comma + 1 : comma - 1].span[1]],
    attribution,
    rule: 'report/backward',
  };
  if (rest < 0) return [head];
  // "The plan, Roe said, would fail.": one report over the whole clause, attribution and all, so
  // that no half of it ("The plan") stands alone as something said. A quotation before the
  // attribution is a report of its own, apart from the clause after it.
  const last = contentEnd(tokens, rest, end, lex);
  const tail: Report = {
    content: [tokens[rest].span[0], tokens[last].span[1]],
    attribution,
    rule: 'report/interrupted',
  };
  for (let j = start; j < comma; j++)
    if (isMark(tokens[j])) return [{ ...head, rule: 'report/interrupted' }, tail];
  return [{ ...tail, content: [head.content[0], tail.content[1]] }];
}

/**
 * "The plan, Roe said, would fail.": the clause goes on past the attribution's closing comma with
 * its verb, or the piece before the attribution has no verb of its own. The continuation's first
 * token, or -1.
 */
function interruptedRest(
  tokens: Token[],
  start: number,
  comma: number,
  after: number,
  end: number,
  lex: QuoteLexicon,
): number {
  if (tokens[after]?.text !== ',' || after + 3 >= end) return -1;
  const k = after + 1;
  const t = tokens[k];
  if (isMark(t) || isCapitalised(t) || lex.cues.has(lower(t)) || /ing$/.test(lower(t))) return -1;
  if (t.pos === 'SCONJ' || t.pos === 'CCONJ' || t.pos === 'ADP' || OBJECT_BREAK.has(lower(t))) return -1;
  let headVerb = false;
  for (let j = start; j < comma; j++) if (isVerbal(tokens[j])) headVerb = true;
  if (isVerbal(t)) return k;
  if (!headVerb) {
    for (let j = k; j < end && j < k + 6; j++) if (isVerbal(tokens[j])) return k;
  }
  return -1;
}

const SUBORDINATORS = new Set(['as', 'while', 'when', 'after', 'before', 'because', 'since', 'during']);

const BE = new Set(['is', 'was', 'were', 'are', 'been', 'being', 'be', "'s", '’s']);

/**
 * "The plan was endorsed by Jane Roe": a cue in the passive with its agent after "by"; the
 * clause's subject is the content.
 */
export function passiveReport(
  tokens: Token[],
  c: number,
  first: number,
  end: number,
  lex: QuoteLexicon,
): Report | null {
  let aux = c - 1;
  while (
    aux > first &&
    (tokens[aux].pos === 'ADV' || lex.skip.has(lower(tokens[aux]))) &&
    !BE.has(lower(tokens[aux]))
  )
    aux--;
  if (aux <= first || !BE.has(lower(tokens[aux]))) return null;
  // The agent follows the cue, perhaps past adverbs or a short complement ("was called a
  // charlatan by fellow physicians"), within the clause.
  let by = c + 1;
  while (
    by < end &&
    by <= c + 8 &&
    lower(tokens[by]) !== 'by' &&
    tokens[by].text !== ',' &&
    !isVerbal(tokens[by])
  )
    by++;
  if (by >= end || lower(tokens[by]) !== 'by') return null;
  const speaker = mentionAfter(tokens, by + 1, end, lex);
  if (!speaker) return null;
  // The subject: back over auxiliaries, adverbs and a comma-enclosed aside ("Roe, meanwhile, is").
  let last = aux - 1;
  while (
    last > first &&
    (lex.skip.has(lower(tokens[last])) || tokens[last].pos === 'ADV' || tokens[last].text === ',')
  )
    last--;
  const subject = clauseSubject(tokens, first, last + 1, lex, true);
  const start = subject && subject.first <= last ? subject.first : first;
  if (tokens[start].pos === 'PUNCT' || last < start) return null;
  return {
    content: [tokens[start].span[0], tokens[last].span[1]],
    attribution: {
      cueFirst: c,
      cueLast: c,
      form: lex.cues.get(lower(tokens[c])) ?? null,
      speaker,
      tokens: [aux, speaker.last + 1],
      rule: '',
    },
    rule: 'report/passive',
  };
}

/** Parts of speech a clause cannot end on ("and", "to", "the", "was", "that"). */
const OPEN_ENDS = new Set(['CCONJ', 'SCONJ', 'ADP', 'DET', 'AUX', 'PART']);

/** "According to X, CLAUSE." and "CLAUSE, according to X." */
export function accordingTo(
  tokens: Token[],
  c: number,
  last: number,
  first: number,
  end: number,
  lex: QuoteLexicon,
): Report | null {
  let speaker = mentionAfter(tokens, last + 1, end, lex, true) ?? sourcePhrase(tokens, last + 1, end);
  if (!speaker) return null;
  // "according to media buying sources": a gerund inside the phrase, before its head noun.
  const g = speaker.last + 1;
  if (
    g + 1 < end &&
    tokens[g].pos === 'VERB' &&
    /ing$/.test(lower(tokens[g])) &&
    tokens[g + 1].pos === 'NOUN'
  )
    speaker = sourcePhrase(tokens, last + 1, end) ?? speaker;
  const attribution = {
    cueFirst: c,
    cueLast: last,
    form: null,
    speaker,
    tokens: [c, speaker.last + 1] as [number, number],
    rule: '',
  };
  if (c === first || (c === first + 1 && tokens[first].pos !== 'PUNCT')) {
    let k = speaker.last + 1;
    while (k < end && (tokens[k].text === ',' || lex.skip.has(lower(tokens[k])))) k++;
    // Skip the rest of the "according to" phrase up to its comma.
    if (k < end && tokens[k].text !== ',') {
      for (let j = k; j < end && j < k + 8; j++) {
        if (tokens[j].text === ',') {
          k = j + 1;
          break;
        }
      }
    }
    const e = contentEnd(tokens, k, end, lex);
    if (k <= e)
      return {
        content: [tokens[k].span[0], tokens[e].span[1]],
        attribution,
        rule: 'report/according-before',
      };
    return null;
  }
  // "CLAUSE, according to X." and "CLAUSE according to X." closing the sentence.
  const comma = tokens[c - 1].text === ',' || DASHES.has(tokens[c - 1].text);
  const closes = speaker.last + 1 >= end || isSentenceEnd(tokens[speaker.last + 1]);
  const before = comma ? c - 2 : c - 1;
  // "..., Roe said, according to AP.": the phrase names who relayed Roe's words, not a speaker.
  // ("declined to renew the lease, according to X": an infinitive's cue is no such attribution.)
  for (let j = before; j >= first && j > before - 5; j--)
    if (cueAt(tokens, j, end, lex)?.form && lower(tokens[j + 1]) !== 'to') return null;
  const resumes = comma && !closes && tokens[speaker.last + 1].text === ',';
  // "The board met and, according to a statement, agreed ...": the words before the phrase end on
  // one that cannot close a clause, so the sentence goes on after it.
  const unfinished = before >= first && OPEN_ENDS.has(tokens[before].pos);
  if (resumes && ((before <= first + 1 && before >= first) || unfinished)) {
    // "Ticket sales, according to the club, have doubled.": the phrase interrupts the sentence
    // right after its opening word(s); the whole sentence is the content.
    const e = contentEnd(tokens, speaker.last + 2, end, lex);
    if (e > speaker.last + 1)
      return {
        content: [tokens[first].span[0], tokens[e].span[1]],
        attribution,
        rule: 'report/according-inside',
      };
  }
  if ((comma || closes) && before > first + 1) {
    let start = first;
    while (start < before && tokens[start].pos === 'PUNCT' && !isMark(tokens[start])) start++;
    return {
      content: [tokens[start].span[0], tokens[before].span[1]],
      attribution,
      rule: 'report/according-after',
    };
  }
  return null;
}

/**
 * A source that is no plain mention ("according to exit polls", "according to the most recent
 * data available from the FBI"): the phrase up to the next comma, dash or sentence end, when it
 * holds a noun.
 */
function sourcePhrase(tokens: Token[], k: number, end: number): MentionRange | null {
  let e = k;
  while (
    e < end &&
    e < k + 15 &&
    tokens[e].text !== ',' &&
    !DASHES.has(tokens[e].text) &&
    !isSentenceEnd(tokens[e])
  )
    e++;
  if (e === k || e === k + 15) return null;
  // A plural the tagger reads as a verb after "to" ("according to sources") is still a noun.
  for (let j = k; j < e; j++)
    if (/^(NOUN|PROPN)$/.test(tokens[j].pos) || (tokens[j].pos === 'VERB' && /[^s]s$/.test(lower(tokens[j]))))
      return { first: k, last: e - 1, kind: 'nominal' };
  return null;
}
