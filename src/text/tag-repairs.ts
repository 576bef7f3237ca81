/**
 * Repairs for the POS tagger's commonest misreadings in news text, as predicates the chunker
 * consults: verbs read as nouns ("Sudan attacks the towns"), participles that modify nouns
 * ("proposed changes"), names read as verbs ("Red Cross"), hyphenated compounds.
 */
import type { NounGroup } from './chunks.js';
import { POSSESSIVE_PRONOUNS, TEMPORAL } from './english.js';
import type { Doc } from './types.js';

export function isPossessive(doc: Doc, i: number): boolean {
  const t = doc.tokens[i].text;
  return doc.tokens[i].pos === 'PART' && (t === "'s" || t === '’s' || t === "'");
}

/** "reject proposed changes": a bare -ed form between a verb and a noun modifies the noun. */
export function isAdjectivalParticiple(doc: Doc, i: number, end: number): boolean {
  const t = doc.tokens[i];
  if (t.pos !== 'VERB' || i === 0 || i + 1 >= end) return false;
  const next = doc.tokens[i + 1].pos;
  // "used tear gas": a bare verb form between a verb and a noun is a compound modifier.
  if (!/(?:ed|ing)$/.test(t.text) && doc.tokens[i - 1].pos === 'VERB' && next === 'NOUN') return true;
  if (!/ed$/.test(t.text)) return false;
  let p = i - 1;
  // "the recently imposed state": adverbs between the determiner and the participle.
  while (p > 0 && doc.tokens[p].pos === 'ADV') p--;
  const prev = doc.tokens[p].pos;
  return (
    (prev === 'VERB' || prev === 'DET' || prev === 'ADP' || prev === 'ADJ') &&
    (next === 'NOUN' || next === 'PROPN' || next === 'ADJ')
  );
}

/** A group "Name verbs" right before a determiner: the last word is a present-tense verb. */
export function isMistaggedVerb(doc: Doc, ng: NounGroup, end: number): boolean {
  const last = ng.end - 1;
  if (ng.end >= end) return false;
  const t = doc.tokens[last];
  const after = doc.tokens[ng.end];
  const preceding = ng.first > 0 ? doc.tokens[ng.first - 1] : null;
  // "Greece, like others, plans to impose ...", "Russia plans to": a verb before an infinitive.
  if (
    t.pos === 'NOUN' &&
    /[a-z]s$/.test(t.text) &&
    after.text.toLowerCase() === 'to' &&
    ng.end + 1 < end &&
    doc.tokens[ng.end + 1].pos === 'VERB' &&
    (last > ng.first
      ? doc.tokens[last - 1].pos === 'PROPN' && preceding?.pos !== 'VERB' && preceding?.pos !== 'ADP'
      : preceding?.text === ',')
  )
    return true;
  // "authorities today release a ship": a verb after a date word, before a determiner.
  if (
    t.pos === 'NOUN' &&
    after.pos === 'DET' &&
    ((last > ng.first && TEMPORAL.has(doc.tokens[last - 1].text.toLowerCase())) ||
      (last === ng.first && preceding !== null && TEMPORAL.has(preceding.text.toLowerCase())))
  )
    return true;
  if (last - ng.first < 1) return false;
  const before = doc.tokens[last - 1];
  if (t.pos !== 'NOUN' || (doc.tokens[ng.end].pos !== 'DET' && doc.tokens[ng.end].pos !== 'PROPN'))
    return false;
  // "the port authority later blamed the Navy": an -ed form before a new group.
  if (/[a-z]ed$/.test(t.text)) return true;
  return (
    /[a-z]s$/.test(t.text) &&
    (before.pos === 'PROPN' || before.pos === 'PRON') &&
    doc.tokens[ng.end].pos === 'DET'
  );
}

/** An -ed word tagged as a noun right after a noun and before a new group: a past-tense verb. */
export function isEdNounVerb(doc: Doc, i: number, end: number): boolean {
  const t = doc.tokens[i];
  if (t.pos !== 'NOUN' || !/[a-z]{3}ed$/.test(t.text) || /eed$/.test(t.text) || i + 1 >= end) return false;
  const prev = doc.tokens[i - 1];
  const next = doc.tokens[i + 1].pos;
  return (
    (prev.pos === 'NOUN' || prev.pos === 'PROPN') &&
    (next === 'DET' || next === 'NUM' || next === 'PROPN' || next === 'PRON')
  );
}

/** A plural form right after a finite verb: "rejected calls", "renewed talks". */
export function isPluralAfterVerb(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  if (t.pos !== 'VERB' || i === 0 || !/[^s]s$/.test(t.text)) return false;
  const prev = doc.tokens[i - 1];
  if (prev.sentence !== t.sentence) return false;
  // "rejected calls", "its promises", "Russia's demands", "ask Asian banks".
  const modifierAfterVerb =
    (prev.pos === 'PROPN' || prev.pos === 'ADJ') && i > 1 && doc.tokens[i - 2].pos === 'VERB';
  return (
    prev.pos === 'VERB' ||
    POSSESSIVE_PRONOUNS.has(prev.text.toLowerCase()) ||
    isPossessive(doc, i - 1) ||
    modifierAfterVerb
  );
}

/** The first part of a hyphenated compound: "war-torn", "Israeli-occupied". */
export function startsCompound(doc: Doc, i: number, end: number): boolean {
  if (i + 2 >= end) return false;
  const [a, h, b] = [doc.tokens[i], doc.tokens[i + 1], doc.tokens[i + 2]];
  return (h.text === '-' || h.text === '–') && a.span[1] === h.span[0] && h.span[1] === b.span[0];
}

/** A capitalised word inside a name that the tagger read as a verb: "Red Cross". */
export function isNameWord(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  if (t.pos !== 'VERB' || i === 0 || !/^[A-Z][a-z]/.test(t.text)) return false;
  const prev = doc.tokens[i - 1];
  return (
    prev.sentence === t.sentence && /^[A-Z]/.test(prev.text) && (prev.pos === 'PROPN' || prev.pos === 'ADJ')
  );
}
