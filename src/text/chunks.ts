/**
 * A shallow chunker over the Doc's POS tags, in the spirit of spaCy's noun_chunks: noun groups
 * (coordinated ones joined), verb groups with their auxiliaries, negation, modals and voice, and
 * prepositions. No parse tree: clause structure is read off the flat chunk sequence by the
 * consumers (subject to the left, object and prepositional phrases to the right).
 */
import {
  APPROXIMATORS,
  CLAUSE_OPENERS,
  IRREGULAR_PARTICIPLES,
  MODALS,
  NEGATORS,
  NOUN_HEAD,
  NOUN_PART,
  PARTICIPLE_PREPOSITIONS,
  POSSESSIVE_PRONOUNS,
  QUANTIFIERS,
  QUOTE_MARKS,
  SUBORDINATORS,
  TEMPORAL,
  TIME_ADJECTIVES,
} from './english.js';
import {
  isAdjectivalParticiple,
  isEdNounVerb,
  isMistaggedVerb,
  isNameWord,
  isPluralAfterVerb,
  isPossessive,
  startsCompound,
} from './tag-repairs.js';
import type { Doc, Span } from './types.js';

export interface NounGroup {
  kind: 'noun';
  /** Token range `[first, end)` in `doc.tokens`. */
  first: number;
  end: number;
  /** The head: the last noun, proper noun or pronoun before any coordination. */
  head: number;
  /** True when it joins several groups with and/or ("Washington and NATO"). */
  coordinated: boolean;
}

export interface VerbGroup {
  kind: 'verb';
  first: number;
  end: number;
  /** The main verb (or the copula when there is none). */
  head: number;
  negated: boolean;
  /** The modal auxiliary's lemma (will, would, can, could, may, might, must, should, shall). */
  modal?: string;
  /** "to" + infinitive. */
  infinitive: boolean;
  /** A form of "be" + past participle. */
  passive: boolean;
  /** had + participle (pluperfect). */
  pluperfect: boolean;
  /** The head ends in -ing with no auxiliary: a participle clause or gerund. */
  gerund: boolean;
}

export interface OtherChunk {
  kind: 'prep' | 'conj' | 'punct' | 'sub' | 'other';
  first: number;
  end: number;
  head: number;
}

export type Chunk = NounGroup | VerbGroup | OtherChunk;

/** Chunks every sentence of the doc; `result[s]` lists sentence s's chunks in text order. */
export function chunkDoc(doc: Doc): Chunk[][] {
  const lemmas = doc.lemmas();
  return doc.sentences.map((s) => chunkRange(doc, lemmas, s.firstToken, s.endToken));
}

/** Chunks tokens `[first, end)` (one sentence). */
export function chunkRange(doc: Doc, lemmas: string[], first: number, end: number): Chunk[] {
  const toks = doc.tokens;
  const lowered = doc.lower();
  const lower = (i: number) => lowered[i];
  const chunks: Chunk[] = [];
  let i = first;
  while (i < end) {
    const pos = toks[i].pos;
    const w = lower(i);
    // "following a meeting", "including Paris": participles that work as prepositions.
    if (PARTICIPLE_PREPOSITIONS.has(w) && i + 1 < end && NOUN_PART.has(toks[i + 1].pos)) {
      chunks.push({ kind: 'prep', first: i, end: i + 1, head: i });
      i++;
      continue;
    }
    // "About 200 supporters", "some 500,000 workers": an approximation opens the group.
    if (APPROXIMATORS.has(w) && i + 1 < end && toks[i + 1].pos === 'NUM') {
      const ng = readNounGroup(doc, i + 1, end);
      if (ng) {
        chunks.push({ ...ng, first: i });
        i = ng.end;
        continue;
      }
    }
    if (i + 2 < end && toks[i + 2].pos === 'NUM' && QUANTIFIERS.has(`${w} ${lower(i + 1)}`)) {
      const ng = readNounGroup(doc, i + 2, end);
      if (ng) {
        chunks.push({ ...ng, first: i });
        i = ng.end;
        continue;
      }
    }
    if (
      isVerbStart(doc, lemmas, i, end) &&
      !isAdjectivalParticiple(doc, i, end) &&
      !isPrenominalModifier(doc, i, end) &&
      !isPluralAfterVerb(doc, i)
    ) {
      const vg = readVerbGroup(doc, lemmas, i, end);
      chunks.push(vg);
      i = vg.end;
      continue;
    }
    if (
      i > first &&
      isEdNounVerb(doc, i, end) &&
      chunks.length &&
      chunks[chunks.length - 1].kind === 'noun'
    ) {
      // "The militants abducted four aid workers": the tagger read the verb as a noun.
      chunks.push({
        kind: 'verb',
        first: i,
        end: i + 1,
        head: i,
        negated: false,
        infinitive: false,
        passive: false,
        pluperfect: false,
        gerund: false,
      });
      i++;
      continue;
    }
    if (isPluralAfterVerb(doc, i)) {
      // "rejected calls by X": the tagger read the plural noun as a verb.
      const rest = i + 1 < end ? readNounGroup(doc, i + 1, end) : null;
      const own = rest && NOUN_HEAD.has(toks[i + 1].pos) && rest.first === i + 1 ? rest : null;
      chunks.push({
        kind: 'noun',
        first: i,
        end: own ? own.end : i + 1,
        head: own ? own.head : i,
        coordinated: false,
      });
      i = own ? own.end : i + 1;
      continue;
    }
    // "its demand that Israel ease ...": "that" read as a determiner opens a clause when the group
    // after it is followed by a verb.
    if (w === 'that' && (pos === 'DET' || pos === 'PRON') && i + 1 < end) {
      const after = readNounGroup(doc, i + 1, end);
      const next = after && after.first === i + 1 && after.end < end ? toks[after.end].pos : null;
      if (next === 'VERB' || next === 'AUX') {
        chunks.push({ kind: 'sub', first: i, end: i + 1, head: i });
        i++;
        continue;
      }
    }
    if (
      NOUN_PART.has(pos) ||
      isPossessive(doc, i) ||
      isAdjectivalParticiple(doc, i, end) ||
      isPrenominalModifier(doc, i, end) ||
      startsCompound(doc, i, end)
    ) {
      const ng = readNounGroup(doc, i, end, true);
      if (ng && isMistaggedVerb(doc, ng, end)) {
        // "Sudan attacks the towns": the tagger read the verb as a plural noun.
        const last = ng.end - 1;
        let lastHead = -1;
        for (let t = ng.first; t < last; t++) if (NOUN_HEAD.has(toks[t].pos)) lastHead = t;
        if (lastHead >= 0) chunks.push({ ...ng, end: last, head: lastHead });
        else
          for (let t = ng.first; t < last; t++) chunks.push({ kind: 'other', first: t, end: t + 1, head: t });
        chunks.push({
          kind: 'verb',
          first: last,
          end: last + 1,
          head: last,
          negated: false,
          infinitive: false,
          passive: false,
          pluperfect: false,
          gerund: false,
        });
        i = last + 1;
        continue;
      }
      if (ng) {
        chunks.push(ng);
        i = ng.end;
        continue;
      }
    }
    // "as human shields": a preposition before a noun group, not a subordinator.
    if (w === 'as' && i + 1 < end && NOUN_PART.has(toks[i + 1].pos) && toks[i + 1].pos !== 'PRON') {
      chunks.push({ kind: 'prep', first: i, end: i + 1, head: i });
      i++;
      continue;
    }
    const kind: OtherChunk['kind'] =
      (pos === 'ADP' || (pos === 'PART' && w === 'to')) && !CLAUSE_OPENERS.has(w)
        ? w === 'that'
          ? 'sub'
          : 'prep'
        : pos === 'CCONJ'
          ? 'conj'
          : pos === 'PUNCT'
            ? 'punct'
            : pos === 'SCONJ' || SUBORDINATORS.has(w)
              ? 'sub'
              : 'other';
    chunks.push({ kind, first: i, end: i + 1, head: i });
    i++;
  }
  return joinCoordinations(doc, chunks);
}

/**
 * Participles of intransitive verbs that, before a noun, describe it and take no object: "of
 * existing sanctions", "the ruling party", "amid growing unrest" (a transitive gerund, "of
 * violating sanctions", stays a verb).
 */
const DESCRIPTIVE_ING = new Set([
  'existing',
  'remaining',
  'ruling',
  'growing',
  'rising',
  'continuing',
  'emerging',
  'upcoming',
  'outgoing',
  'incoming',
  'neighbouring',
  'neighboring',
  'prevailing',
  'lingering',
  'mounting',
  'looming',
  'deepening',
  'worsening',
  'warring',
  'ongoing',
  'pending',
]);

/**
 * A verb form that modifies the noun after it: a descriptive -ing ("existing sanctions") or an
 * -ed participle after a number ("two detained guards", "three wounded soldiers"): no clause.
 */
function isPrenominalModifier(doc: Doc, i: number, end: number): boolean {
  const t = doc.tokens[i];
  if (t.pos !== 'VERB' || i + 1 >= end) return false;
  const next = doc.tokens[i + 1].pos;
  if (next !== 'NOUN' && next !== 'ADJ' && next !== 'PROPN') return false;
  if (DESCRIPTIVE_ING.has(t.text.toLowerCase())) return true;
  return i > 0 && doc.tokens[i - 1].pos === 'NUM' && /ed$/.test(t.text);
}

function isVerbStart(doc: Doc, lemmas: string[], i: number, end: number): boolean {
  const t = doc.tokens[i];
  if (startsCompound(doc, i, end) || isNameWord(doc, i)) return false;
  if (t.pos === 'VERB' || t.pos === 'AUX') return true;
  // "to" + verb, "not" + verb.
  if (t.pos === 'PART' && i + 1 < end) {
    const w = t.text.toLowerCase();
    if ((w === 'to' || NEGATORS.has(w)) && isVerbStart(doc, lemmas, i + 1, end)) return true;
    if (
      w === 'to' &&
      i + 2 < end &&
      QUOTE_MARKS.has(doc.tokens[i + 1].text) &&
      doc.tokens[i + 2].pos === 'VERB'
    )
      return true;
  }
  return false;
}

function readVerbGroup(doc: Doc, lemmas: string[], start: number, end: number): VerbGroup {
  const toks = doc.tokens;
  let i = start;
  let negated = false;
  let modal: string | undefined;
  let infinitive = false;
  let sawBe = false;
  let sawHad = false;
  let auxCount = 0;
  let head = -1;
  while (i < end) {
    const t = toks[i];
    const w = t.text.toLowerCase();
    const lemma = (lemmas[i] ?? w).toLowerCase();
    if (t.pos === 'AUX') {
      if (MODALS.has(w)) modal = w === 'wo' ? 'will' : w === 'ca' ? 'can' : w;
      else if (lemma === 'be') sawBe = true;
      else if (w === 'had' || w === "'d") sawHad = true;
      // "'ll" is tagged AUX with lemma will.
      if (lemma === 'will' && !modal) modal = 'will';
      auxCount++;
      head = i;
      i++;
      continue;
    }
    // Scare quotes inside the group: has “conned”, to “draw”.
    if (
      QUOTE_MARKS.has(t.text) &&
      i + 1 < end &&
      (toks[i + 1].pos === 'VERB' || toks[i + 1].pos === 'AUX') &&
      i > start
    ) {
      i++;
      continue;
    }
    if (t.pos === 'PART' && (NEGATORS.has(w) || w === 'to')) {
      if (w === 'to') infinitive = true;
      else negated = true;
      i++;
      continue;
    }
    if (w === 'never') {
      negated = true;
      i++;
      continue;
    }
    // Adverbs between auxiliary and verb: "has once again rejected", "will soon meet", and
    // "since" there, which the tagger reads as a subordinator ("has since begun").
    const adverb = (k: number) => toks[k].pos === 'ADV' || toks[k].text.toLowerCase() === 'since';
    if (adverb(i) && head >= 0 && toks[head].pos === 'AUX' && i + 1 < end) {
      let j = i;
      while (j < end && adverb(j)) j++;
      if (j < end && (toks[j].pos === 'VERB' || toks[j].pos === 'AUX')) {
        for (let k = i; k < j; k++) if (NEGATORS.has(toks[k].text.toLowerCase())) negated = true;
        i = j;
        continue;
      }
      break;
    }
    if (t.pos === 'VERB') {
      head = i;
      i++;
      // Verb chains: "began collecting", "continued to send" stay separate groups; stop here.
      break;
    }
    break;
  }
  if (head < 0) head = start;
  const headText = toks[head].text.toLowerCase();
  const participle =
    toks[head].pos === 'VERB' && (/(?:ed|en|wn)$/.test(headText) || IRREGULAR_PARTICIPLES.has(headText));
  return {
    kind: 'verb',
    first: start,
    end: Math.max(i, head + 1),
    head,
    negated,
    modal,
    infinitive,
    passive: sawBe && participle && toks[head].pos === 'VERB',
    pluperfect: sawHad && participle,
    gerund: auxCount === 0 && !infinitive && headText.endsWith('ing'),
  };
}

function readNounGroup(doc: Doc, start: number, end: number, skipFirst = false): NounGroup | null {
  const toks = doc.tokens;
  let i = start;
  // A leading participle modifier ("proposed changes") is read as an adjective.
  if (skipFirst && toks[i].pos === 'VERB') i++;
  let head = -1;
  let afterPossessive = false;
  while (i < end) {
    const t = toks[i];
    // "promises in the 1990s that NATO would ...": a complementizer never sits inside a group.
    if (i > start && (t.text.toLowerCase() === 'that' || t.text.toLowerCase() === 'which')) break;
    // Scare quotes inside a group: a ``special law''.
    if (QUOTE_MARKS.has(t.text) && i > start && head < 0) {
      // A run of marks: `` is often two tokens.
      let j = i + 1;
      while (j < end && QUOTE_MARKS.has(toks[j].text)) j++;
      if (j < end && NOUN_PART.has(toks[j].pos)) {
        i = j;
        continue;
      }
    }
    if (i > start && isNameWord(doc, i)) {
      head = i;
      i++;
      continue;
    }
    if (i > start && head >= 0 && isEdNounVerb(doc, i, end)) break;
    // "two detained guards": the participle stays inside the group.
    if (i > start && isPrenominalModifier(doc, i, end)) {
      i++;
      continue;
    }
    if (NOUN_HEAD.has(t.pos)) {
      // "visited Russia today": a date word after a head starts a group of its own; so does a
      // pronoun ("on Wednesday they").
      if (head >= 0 && (TEMPORAL.has(t.text.toLowerCase()) || t.pos === 'PRON')) break;
      head = i;
      afterPossessive = t.pos === 'PRON' && POSSESSIVE_PRONOUNS.has(t.text.toLowerCase());
      i++;
      // A pronoun ends its group ("he", "they"), except a possessive one before a noun.
      if (t.pos === 'PRON' && !(i < end && NOUN_PART.has(toks[i].pos) && toks[i].pos !== 'PRON')) break;
      continue;
    }
    if (isPossessive(doc, i)) {
      afterPossessive = true;
      i++;
      continue;
    }
    // After a head noun only nouns continue the group ("NATO last week" is two groups), unless a
    // possessive opened a new modifier run ("Russia's new demands").
    // "Nigerian junior foreign minister": adjectives after a name adjective, before a noun.
    const nameAdjective =
      t.pos === 'ADJ' &&
      head >= 0 &&
      toks[head].pos === 'PROPN' &&
      !TIME_ADJECTIVES.has(t.text.toLowerCase()) &&
      i + 1 < end &&
      (toks[i + 1].pos === 'NOUN' || toks[i + 1].pos === 'ADJ');
    // "lent the Gambia 3.4 million euros": a number after a name starts a new group.
    const quantityAfterName =
      t.pos === 'NUM' &&
      head >= 0 &&
      toks[head].pos === 'PROPN' &&
      i + 1 < end &&
      /^(?:NUM|NOUN)$/.test(toks[i + 1].pos);
    if (quantityAfterName) break;
    if (NOUN_PART.has(t.pos) && (head < 0 || afterPossessive || t.pos === 'NUM' || nameAdjective)) {
      i++;
      continue;
    }
    // Hyphenated or dotted compounds inside a name: "Mi-26", "al-Qaeda".
    if (t.pos === 'PUNCT' && (t.text === '-' || t.text === '–') && i > start && i + 1 < end) {
      const next = toks[i + 1];
      const joined = next.span[0] === t.span[1] && t.span[0] === toks[i - 1].span[1];
      if (joined && (NOUN_PART.has(next.pos) || next.pos === 'VERB')) {
        // "day-old", "Israeli-occupied": the compound is one modifier (or head, if a noun).
        if (NOUN_HEAD.has(next.pos)) head = i + 1;
        i += 2;
        continue;
      }
    }
    break;
  }
  // Trailing determiners or adjectives without a noun are not a group of their own here.
  while (
    i > start &&
    head >= 0 &&
    head < i - 1 &&
    !NOUN_HEAD.has(toks[i - 1].pos) &&
    !isPossessive(doc, i - 1)
  )
    i--;
  // "the Czech premier said": a tagger that read every word as an adjective still leaves a
  // subject when a verb follows.
  if (
    head < 0 &&
    i > start &&
    i < end &&
    (toks[i].pos === 'VERB' || toks[i].pos === 'AUX') &&
    toks[i - 1].pos === 'ADJ'
  )
    head = i - 1;
  // "$2 billion": an amount is a group headed by its number.
  if (head < 0 && i > start && toks[i - 1].pos === 'NUM') head = i - 1;
  if (head < 0) return null;
  return { kind: 'noun', first: start, end: i, head, coordinated: false };
}

/** Joins "NP (, NP)* and|or NP" into one coordinated noun group. */
function joinCoordinations(doc: Doc, chunks: Chunk[]): Chunk[] {
  const out: Chunk[] = [];
  for (let k = 0; k < chunks.length; k++) {
    const c = chunks[k];
    if (c.kind !== 'noun') {
      out.push(c);
      continue;
    }
    // Find the end of a list: NP , NP , NP and NP
    let j = k;
    let last = k;
    while (j + 2 < chunks.length) {
      const sep = chunks[j + 1];
      const next = chunks[j + 2];
      if (next.kind !== 'noun') break;
      const w = doc.tokens[sep.first].text.toLowerCase();
      if (sep.kind === 'conj' && (w === 'and' || w === 'or')) {
        last = j + 2;
        break;
      }
      if (sep.kind === 'punct' && w === ',') {
        j += 2;
        continue;
      }
      break;
    }
    if (last === k) {
      out.push(c);
      continue;
    }
    out.push({ kind: 'noun', first: c.first, end: chunks[last].end, head: c.head, coordinated: true });
    k = last;
  }
  return out;
}

/** The text span of a chunk. */
export function chunkSpan(doc: Doc, c: { first: number; end: number }): Span {
  return [doc.tokens[c.first].span[0], doc.tokens[c.end - 1].span[1]];
}
