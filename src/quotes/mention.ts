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
  if (t.text === '%') return true; // "42% say": the sign is the share's noun, like "percent".
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
  // "the Prime Minister said": a run of titles alone names the office, all of it.
  if (name === last && name > start && lex.titles.has(lower(tokens[last]))) name = start;
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
  const m = possessedName(tokens, mentionEndingAt(tokens, e, floor, lex), floor, lex);
  // "Senior aides to the mayor said", "A spokeswoman for his office said", "a resident of Tarn
  // said": the head noun before the preposition speaks, with its complement.
  let p = m ? m.first - 1 : -1;
  if (p - 1 >= floor && lower(tokens[p]) === 'the') p--; // "for the Harbour Board": the name starts after "the"

  if (m && m.kind !== 'pronoun' && p - 1 >= floor && LINKS.has(lower(tokens[p]))) {
    const head = mentionEndingAt(tokens, p - 1, floor, lex);
    const word = tokens[p - 1];
    if (head && head.kind === 'nominal' && head.last === p - 1 && word.pos === 'NOUN')
      return { first: head.first, last: m.last, kind: 'nominal' };
    // "The Tarn Association of Millers", "the Ministry of Defence": an organisation's name runs on over "of".
    if (head?.kind === 'name' && m.kind === 'name' && lower(tokens[p]) === 'of' && orgHead(tokens, head, lex))
      return { first: head.first, last: m.last, kind: 'name' };
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

const LINKS = new Set(['to', 'of', 'for', 'close']);

/**
 * "Tarn's Harbour Board said": a name (no title stripped from it) with the name that owns it;
 * any other mention as it is.
 */
function possessedName(
  tokens: Token[],
  m: MentionRange | null,
  floor: number,
  lex: QuoteLexicon,
): MentionRange | null {
  const s = m ? m.first - 1 : -1;
  if (m?.kind !== 'name' || s - 1 < floor || !/^['’]s$/.test(tokens[s].text)) return m;
  const owner = mentionEndingAt(tokens, s - 1, floor, lex);
  return owner?.kind === 'name' && owner.last === s - 1 ? { ...m, first: owner.first } : m;
}

/** The capitalised run ends in a word that heads an organisation's name ("Ministry", "Association"). */
function orgHead(tokens: Token[], m: MentionRange, lex: QuoteLexicon): boolean {
  return lex.organisationHeads.has(lower(tokens[m.last]));
}

/** Determiners that open a speaker's description; wh-words open a clause instead ("what analysts called"). */
const isDeterminer = (t: Token) =>
  (t.pos === 'DET' && !WH_DETERMINERS.has(lower(t))) || POSSESSIVE_PRONOUNS.has(lower(t));
const WH_DETERMINERS = new Set(['what', 'which', 'whose', 'whatever', 'whichever']);

/**
 * "a source familiar with the talks", "people close to the mayor", "a person with knowledge of
 * the deal": the source before a linking adjective and its preposition speaks, with its phrase.
 * Any adjective links with "with" after a noun ("two officials pleased with the plan said"),
 * unless the phrase ends in a pronoun.
 */
function sourceWithLink(
  tokens: Token[],
  m: MentionRange,
  floor: number,
  lex: QuoteLexicon,
): MentionRange | null {
  let p = m.first - 1;
  if (p - 1 < floor || !SOURCE_PREPOSITIONS.has(lower(tokens[p]))) return null;
  const anyAdjective =
    m.kind !== 'pronoun' &&
    lower(tokens[p]) === 'with' &&
    tokens[p - 1].pos === 'ADJ' &&
    p - 2 >= floor &&
    tokens[p - 2].pos === 'NOUN';
  if (!anyAdjective && !lex.sourceLinks.has(lower(tokens[p - 1]))) return null;
  p--;
  if (lower(tokens[p]) === 'knowledge' && p - 1 >= floor && lower(tokens[p - 1]) === 'with') p--;
  const head = mentionEndingAt(tokens, p - 1, floor, lex);
  return head && head.kind === 'nominal' ? { first: head.first, last: m.last, kind: 'nominal' } : null;
}

const SOURCE_PREPOSITIONS = new Set(['with', 'to', 'on', 'in', 'of']);

/** The head word of a description: "aides" in "senior aides to the mayor", else its last word. */
export function headToken(tokens: Token[], m: MentionRange): number {
  if (m.kind === 'nominal')
    for (let k = m.first + 1; k < m.last; k++) if (LINKS.has(lower(tokens[k]))) return k - 1;
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
    if (m?.kind === 'name' || (m && isCapitalised(tokens[joined]))) return { ...m, last: end };
  }
  let first = end;
  while (first - 1 >= floor && end - first < MAX_NP && nounish(tokens[first - 1], tokens[first])) {
    // "a decision Tarn officials have cited": an adjective or a capitalised word after a common noun
    // opens a new phrase (a relative clause without "that"; "the union Unite" names the union).
    const opens =
      tokens[first].pos === 'ADJ' || (tokens[first].pos === 'PROPN' && isCapitalised(tokens[first]));
    if (opens && tokens[first - 1].pos === 'NOUN' && !isCapitalised(tokens[first - 1])) break;
    first--;
  }
  if (first - 1 >= floor && isDeterminer(tokens[first - 1])) first--;
  return narrow(tokens, first, end, lex);
}

/** A hyphen written without spaces inside a word ("right-hand"). */
function fusedHyphen(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return (
    t.text === '-' &&
    i + 1 < tokens.length &&
    tokens[i - 1].span[1] === t.span[0] &&
    tokens[i + 1].span[0] === t.span[1]
  );
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
  complement = false,
): MentionRange | null {
  if (start >= ceil) return null;
  const t = tokens[start];
  if (lex.pronouns.has(lower(t))) return { first: start, last: start, kind: 'pronoun' };
  let k = start;
  // "the agency", "his spokesman", "its annual report": a determiner opens the phrase.
  if (t.pos === 'DET' || POSSESSIVE_PRONOUNS.has(lower(t))) k++;
  const head = k;
  for (;;) {
    while (
      k < ceil &&
      k - head < MAX_NP &&
      (nounish(tokens[k], tokens[k + 1]) ||
        (k > head &&
          fusedHyphen(tokens, k) &&
          nounish(tokens[k + 1]) &&
          !lex.timeWords.has(lower(tokens[k + 1])))) &&
      !/^['’]s$/.test(tokens[k].text) &&
      !lex.timeWords.has(lower(tokens[k]))
    )
      k++;
    // "said Tarn's foreign minister": a possessor before the head it owns.
    if (k === head || k + 1 >= ceil || !/^['’]s$/.test(tokens[k].text) || !nounish(tokens[k + 1])) break;
    k++;
  }
  if (k === head) return null;
  let last = k - 1;
  const possessive = tokens.slice(head, last).some((t) => /^['’]s$/.test(t.text));
  if (possessive && !isCapitalised(tokens[last])) {
    // "said Tarn's foreign minister, Ada Vell": the name in the appositive.
    const name = k + 1 < ceil && tokens[k].text === ',' ? mentionAfter(tokens, k + 1, ceil, lex) : null;
    if (name?.kind === 'name' && lex.personNouns.has(lower(tokens[last]))) return name;
    return { first: start, last, kind: 'nominal' };
  }
  if (possessive) return narrow(tokens, start, last, lex); // "said Tarn's Harbour Board"
  // The name is the first capitalised run, or the last one after title words ("EU spokeswoman Ada
  // Vell"); a lower-case head makes it a description.
  if (isCapitalised(tokens[last])) {
    let end = head;
    while (end + 1 <= last && isCapitalised(tokens[end + 1])) end++;
    let after = end + 1;
    while (after < last && !isCapitalised(tokens[after]) && lex.titles.has(lower(tokens[after]))) after++;
    if (after > end + 1 && after <= last && isCapitalised(tokens[after]))
      return narrow(tokens, after, last, lex);
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
  // "two diplomats familiar with the talks": an adjective after the head noun, with its complement.
  if (last > head && tokens[last].pos === 'ADJ' && tokens[last - 1].pos === 'NOUN') {
    let j = k + 1;
    if (k < ceil && lower(tokens[k]) === 'with') {
      if (j < ceil && isDeterminer(tokens[j])) j++;
      const from = j;
      while (j < ceil && j - from < MAX_NP && nounish(tokens[j], tokens[j + 1])) j++;
      if (j > from) return { first: start, last: j - 1, kind: 'nominal' };
    }
    last--;
  }
  // "said the owner of a haulage firm", "according to a member of the board": a head noun with its
  // of/for/to complement (only where no clause goes on after the mention).
  if (
    complement &&
    tokens[last].pos === 'NOUN' &&
    k + 1 < ceil &&
    last === k - 1 &&
    LINKS.has(lower(tokens[k])) &&
    lower(tokens[k]) !== 'close'
  ) {
    let j = k + 1;
    if (isDeterminer(tokens[j]) || tokens[j].pos === 'NUM') j++;
    const from = j;
    while (
      j < ceil &&
      j - from < MAX_NP &&
      nounish(tokens[j], tokens[j + 1]) &&
      !/^['’]s$/.test(tokens[j].text)
    )
      j++;
    if (j > from && tokens[j - 1].pos !== 'ADJ' && !(j < ceil && /^['’]s$/.test(tokens[j].text)))
      return { first: start, last: j - 1, kind: 'nominal' };
  }
  return { first: start, last, kind: 'nominal' };
}

/** "Jane Roe's chief of staff": a description whose possessor is a name. */
function ownedByName(tokens: Token[], m: MentionRange): boolean {
  return m.first + 1 < m.last && isCapitalised(tokens[m.first]) && /^['’]s$/.test(tokens[m.first + 1].text);
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
    const m = mentionAfter(tokens, p, c, lex, true);
    if (!m || (m.kind === 'nominal' && !nominal && !ownedByName(tokens, m))) continue;
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

/** Prepositions joining a negative word to the group or place it picks from: "none of them". */
const PICKED_FROM = new Set(['of', 'in', 'at', 'among', 'from', 'within']);

/**
 * "Nobody in [the ministry] believes", "few in [Tarvo] expected": the speaker mention widened to
 * the negative word that picks nobody (or few) from the group or place, so that the report is
 * not credited to the ministry or the town. "Few" counts only without "a" before it ("a few in
 * the party said" is somebody). Null when the mention has no such word before it.
 */
export function negativePicker(tokens: Token[], m: MentionRange, lex: QuoteLexicon): MentionRange | null {
  const k = m.first - 2;
  if (k < 0 || !PICKED_FROM.has(lower(tokens[m.first - 1]))) return null;
  const w = lower(tokens[k]);
  if (!lex.negatives.has(w)) return null;
  if (w === 'few' && k > 0 && /^(a|quite)$/.test(lower(tokens[k - 1]))) return null;
  return { first: k, last: m.last, kind: 'nominal' };
}
