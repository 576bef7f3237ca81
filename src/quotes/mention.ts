import { POSSESSIVE_PRONOUNS } from '../text/english.js';
import type { Doc, Token } from '../text/types.js';
import type { QuoteLexicon } from './lexicon.js';
import { isCapitalised, lower } from './tokens.js';

/** A speaker mention: the token range [first, last] and how it names the speaker. */
export interface MentionRange {
  first: number;
  last: number;
  kind: 'name' | 'pronoun' | 'nominal';
}

const NOMINAL_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'NUM', 'PART']);
const MAX_NP = 8;

const NEVER_NAME_POS = new Set([
  'ADP',
  'ADV',
  'SCONJ',
  'CCONJ',
  'AUX',
  'DET',
  'PRON',
  'INTJ',
  'PART',
  'PUNCT',
]);

function nounish(t: Token, next?: Token): boolean {
  if (NOMINAL_POS.has(t.pos) && t.pos !== 'PART') return true;
  // "said Will Brandt", "Mark Roe": a first name the tagger reads as a verb before a surname.
  if (
    isCapitalised(t) &&
    (t.pos === 'AUX' || t.pos === 'VERB') &&
    next?.pos === 'PROPN' &&
    isCapitalised(next)
  )
    return true;
  if (isCapitalised(t)) return !NEVER_NAME_POS.has(t.pos) || /^\p{L}+\.$/u.test(t.text);
  return /^['’]s$/.test(t.text) && t.pos === 'PART';
}

/** Trims a token range to its name: the capitalised run at its end, after any title words. */
function narrow(tokens: Token[], first: number, last: number, lex: QuoteLexicon): MentionRange {
  if (!isCapitalised(tokens[last])) return { first, last, kind: 'nominal' };
  let start = last;
  while (start > first && isCapitalised(tokens[start - 1]) && !/^['’]s$/.test(tokens[start - 1].text))
    start--;
  let name = start;
  for (let k = start; k < last; k++) if (lex.titles.has(lower(tokens[k]))) name = k + 1;
  // "the Daily News": a determiner before a capitalised run belongs to an organisation's name.
  return { first: name, last, kind: 'name' };
}

/** The mention ending at token `end` (inclusive), reading backwards; null when none is there. */
export function mentionBefore(
  tokens: Token[],
  end: number,
  floor: number,
  lex: QuoteLexicon,
): MentionRange | null {
  let e = end;
  // "Jane Roe on Friday said", "Jane Roe last week said": a date is never the speaker.
  while (e >= floor && lex.timeWords.has(lower(tokens[e]))) e--;
  if (e >= floor && /^\d{4}$/.test(tokens[e].text)) e--; // "who in 2010 said"
  if (e < end && e >= floor && /^(on|in|last|this|early|late|earlier)$/.test(lower(tokens[e]))) e--;
  const m = mentionEndingAt(tokens, e, floor, lex);
  // "Senior aides to the mayor said", "members of Congress said": the plural head before the
  // preposition speaks, with its complement.
  const p = m ? m.first - 1 : -1;
  if (m && p - 1 >= floor && PLURAL_LINKS.has(lower(tokens[p]))) {
    const head = mentionEndingAt(tokens, p - 1, floor, lex);
    const word = tokens[p - 1];
    if (head && head.kind === 'nominal' && word.pos === 'NOUN' && /[^s']s$/.test(lower(word)))
      return { first: head.first, last: m.last, kind: 'nominal' };
  }
  // "a source close to her said": an object pronoun ends the link's phrase.
  const object: MentionRange | null =
    e >= floor && /^(her|him|them|us|me)$/.test(lower(tokens[e]))
      ? { first: e, last: e, kind: 'pronoun' }
      : null;
  const tail = m ?? object;
  const linked = tail ? sourceWithLink(tokens, tail, floor, lex) : null;
  return linked ?? m;
}

/**
 * "a source familiar with the talks", "people close to the mayor", "a person with knowledge of
 * the deal": the source before a linking adjective and its preposition speaks, with its phrase.
 */
function sourceWithLink(
  tokens: Token[],
  m: MentionRange,
  floor: number,
  lex: QuoteLexicon,
): MentionRange | null {
  let p = m.first - 1;
  if (p - 1 < floor || !SOURCE_PREPOSITIONS.has(lower(tokens[p]))) return null;
  if (!lex.sourceLinks.has(lower(tokens[p - 1]))) return null;
  p--;
  if (lower(tokens[p]) === 'knowledge' && p - 1 >= floor && lower(tokens[p - 1]) === 'with') p--;
  const head = mentionEndingAt(tokens, p - 1, floor, lex);
  return head && head.kind === 'nominal' ? { first: head.first, last: m.last, kind: 'nominal' } : null;
}

const SOURCE_PREPOSITIONS = new Set(['with', 'to', 'on', 'in', 'of']);

const PLURAL_LINKS = new Set(['to', 'of', 'for', 'close']);

/** The head word of a description: "aides" in "senior aides to the mayor", else its last word. */
export function headToken(tokens: Token[], m: MentionRange): number {
  if (m.kind === 'nominal')
    for (let k = m.first + 1; k < m.last; k++) if (PLURAL_LINKS.has(lower(tokens[k]))) return k - 1;
  return m.last;
}

function mentionEndingAt(
  tokens: Token[],
  end: number,
  floor: number,
  lex: QuoteLexicon,
): MentionRange | null {
  if (end < floor) return null;
  const t = tokens[end];
  if (lex.pronouns.has(lower(t))) return { first: end, last: end, kind: 'pronoun' };
  if (
    lex.quantifiers.has(lower(t)) &&
    (t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'PRON' || t.pos === 'ADV')
  ) {
    // "Some say", "a third said": the group word, with its article, is the mention.
    const first = end - 1 >= floor && lower(tokens[end - 1]) === 'a' ? end - 1 : end;
    return { first, last: end, kind: 'nominal' };
  }
  if (!nounish(t) || t.pos === 'PART') return null;
  const joined = hyphenStart(tokens, end, floor);
  if (joined < end) {
    // "Park Geun-hye": a hyphenated name part is one word with the capitalised part before it.
    const m = mentionEndingAt(tokens, joined, floor, lex);
    if (m?.kind === 'name') return { ...m, last: end };
  }
  let first = end;
  while (first - 1 >= floor && end - first < MAX_NP && nounish(tokens[first - 1], tokens[first])) first--;
  if (first - 1 >= floor && tokens[first - 1].pos === 'DET') first--;
  return narrow(tokens, first, end, lex);
}

/** The first token of a hyphenated word ("Geun-hye") ending at token i, written without spaces. */
function hyphenStart(tokens: Token[], i: number, floor: number): number {
  let k = i;
  while (
    k - 2 >= floor &&
    tokens[k - 1].text === '-' &&
    tokens[k - 1].span[0] === tokens[k - 2].span[1] &&
    tokens[k].span[0] === tokens[k - 1].span[1]
  )
    k -= 2;
  return k;
}

/** The mention starting at token `start`, reading forwards ("said Jane Roe, a lawyer"). */
export function mentionAfter(
  tokens: Token[],
  start: number,
  ceil: number,
  lex: QuoteLexicon,
): MentionRange | null {
  if (start >= ceil) return null;
  const t = tokens[start];
  if (lex.pronouns.has(lower(t))) return { first: start, last: start, kind: 'pronoun' };
  let k = start;
  // "the agency", "his spokesman", "its annual report": a determiner opens the phrase.
  if (t.pos === 'DET' || POSSESSIVE_PRONOUNS.has(lower(t))) k++;
  const head = k;
  while (
    k < ceil &&
    k - head < MAX_NP &&
    nounish(tokens[k], tokens[k + 1]) &&
    !/^['’]s$/.test(tokens[k].text) &&
    !lex.timeWords.has(lower(tokens[k]))
  )
    k++;
  if (k === head) return null;
  const last = k - 1;
  // The name is the first capitalised run; a lower-case head makes it a description.
  if (isCapitalised(tokens[last])) {
    let end = head;
    while (end + 1 <= last && isCapitalised(tokens[end + 1])) end++;
    // "Labour strategist Hans Berg", "Ohio State professor Jane Roe": a description in lower case
    // between two capitalised runs is the title of the name after it.
    if (
      end < last &&
      isCapitalised(tokens[head]) &&
      tokens.slice(end + 1, last).every((x) => x.pos === 'NOUN' || isCapitalised(x))
    )
      return narrow(tokens, start, last, lex);
    return narrow(tokens, start, end, lex);
  }
  return { first: start, last, kind: 'nominal' };
}

/**
 * The subject of the clause that runs up to token `c`: the first name, pronoun or description
 * followed by its verb, past any opening phrase ("Hours later, Jane Roe told ..."). With
 * `nominal` false, descriptions ("the agency") are not taken.
 */
export function clauseSubject(
  tokens: Token[],
  first: number,
  c: number,
  lex: QuoteLexicon,
  nominal = false,
): MentionRange | null {
  let fallback: MentionRange | null = null;
  for (let p0 = first; p0 < c; p0++) {
    if (p0 !== first && tokens[p0 - 1].text !== ',') continue;
    // "Last week Roe ...", "On Monday the board ...": the subject after an opening date.
    const p = pastDate(tokens, p0, c, lex);
    if (p >= c) continue;
    if (tokens[p].pos === 'VERB' || tokens[p].pos === 'ADP' || tokens[p].pos === 'SCONJ') continue;
    const m = mentionAfter(tokens, p, c, lex);
    if (!m || (m.kind === 'nominal' && !nominal)) continue;
    let k = m.last + 1;
    while (k < c && lex.skip.has(lower(tokens[k]))) k++;
    if (k < c && (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX' || tokens[k].pos === 'NOUN')) return m;
    fallback ??= m.kind === 'name' ? m : null;
  }
  return fallback;
}

const DATE_MODIFIERS = new Set([
  'last',
  'this',
  'next',
  'early',
  'earlier',
  'late',
  'later',
  'on',
  'in',
  'that',
]);

/** The token after a date phrase opening at p ("Last week", "On Monday,", "Earlier this month"), else p. */
function pastDate(tokens: Token[], p: number, c: number, lex: QuoteLexicon): number {
  let q = p;
  let dated = false;
  while (
    q < c &&
    (DATE_MODIFIERS.has(lower(tokens[q])) || lex.timeWords.has(lower(tokens[q])) || tokens[q].pos === 'NUM')
  ) {
    dated ||= lex.timeWords.has(lower(tokens[q]));
    q++;
  }
  if (!dated) return p;
  return q < c && tokens[q].text === ',' ? q + 1 : q;
}

/**
 * The subject opening the sentence of token i, when it is a name or a pronoun (with `nominal`,
 * a description too).
 */
export function sentenceSubject(
  doc: Doc,
  i: number,
  lex: QuoteLexicon,
  nominal = false,
): MentionRange | null {
  const s = doc.sentences[doc.tokens[i].sentence];
  return clauseSubject(doc.tokens, s.firstToken, i, lex, nominal);
}
