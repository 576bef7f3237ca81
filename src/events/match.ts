/** Matching the predicate dictionary's verb and noun patterns against clause frames. */
import type { NounGroup } from '../text/chunks.js';
import type { Doc } from '../text/types.js';
import {
  baseForms,
  type Dictionary,
  type HeadNeeds,
  type NounPattern,
  type VerbPattern,
} from './dictionary.js';
import type { Frame } from './frames.js';

export interface VerbMatch {
  pattern: VerbPattern;
  /** The noun group holding the target, if the pattern names one. */
  target: NounGroup | null;
  /** Where else to look for the target when `target` names no actor, in order. */
  fallbacks: NounGroup[];
  /** The frame index of a consumed complement (+to, +that). */
  complement: number | null;
}

/** Prepositions that may carry a target when a pattern names none, in order of preference. */
const FALLBACK_PREPS = [
  'by',
  'from',
  'of',
  'against',
  'on',
  'with',
  'to',
  'toward',
  'towards',
  'at',
  'into',
  'over',
  'for',
  'in',
];

/** True when some noun, adjective or name in the group has one of the lemmas. */
function groupHas(doc: Doc, lemmas: string[], np: NounGroup, wanted: Set<string>): boolean {
  const lower = doc.lower();
  for (let t = np.first; t < np.end; t++) {
    const w = lower[t];
    const l = lemmas[t] === undefined ? w : lemmas[t].toLowerCase();
    if (wanted.has(l) || wanted.has(w)) return true;
    // Hyphenated words: "cease-fire" may be split in three tokens.
    if (t + 2 < np.end && doc.tokens[t + 1].text === '-') {
      if (wanted.has(`${w}-${lower[t + 2]}`)) return true;
    }
    if (w.endsWith('s') && wanted.has(w.slice(0, -1))) return true;
  }
  return false;
}

/** The best verb pattern for a frame, or null. */
export function matchVerb(
  dict: Dictionary,
  doc: Doc,
  lemmas: string[],
  frames: Frame[],
  f: number,
): VerbMatch | null {
  const fr = frames[f];
  let candidates = dict.verbs.get(fr.lemma);
  // The tagger's lemma may be another word's ("staged" → "stag"): the written form's bases too.
  const written = doc.tokens[fr.vp.head].text.toLowerCase();
  for (const base of candidates ? [] : [...baseForms(fr.lemma), ...baseForms(written)]) {
    candidates = dict.verbs.get(base);
    if (candidates) break;
  }
  if (!candidates) return null;
  for (const p of candidates) {
    const m = tryPattern(doc, lemmas, frames, fr, p);
    if (m) return m;
  }
  return null;
}

function tryPattern(
  doc: Doc,
  lemmas: string[],
  frames: Frame[],
  fr: Frame,
  p: VerbPattern,
): VerbMatch | null {
  const passive = fr.vp.passive;
  const object = passive ? fr.subject : fr.object;
  let objectUsed = false;
  let lastNp: NounGroup | null = null;
  let target: NounGroup | null = null;
  let complement: number | null = null;
  let hasObjectStep = false;
  let thingNp: NounGroup | null = null;
  for (const [si, step] of p.steps.entries()) {
    switch (step.kind) {
      case 'object': {
        // "call on X to ...": after a preposition, * is that preposition's group.
        if (lastNp) {
          target = lastNp;
          hasObjectStep = true;
          lastNp = null;
          break;
        }
        if (!object) return null;
        target = object;
        objectUsed = true;
        hasObjectStep = true;
        lastNp = null;
        break;
      }
      case 'thing': {
        const np: NounGroup | null = lastNp ?? (!objectUsed ? object : passive ? null : fr.object2);
        // "remained on alert": the thing may be a bare word after the verb.
        if (!np && [...fr.after, ...fr.particles].some((w) => step.lemmas.has(w))) break;
        if (!np) return null;
        // "ordered snap military drills": a group the chunker split in two ("snap" | "military
        // drills") holds the thing in its second half, right after the first.
        const split =
          np === object && fr.object2 && fr.object2.first === np.end && !passive ? fr.object2 : null;
        if (split && !groupHas(doc, lemmas, np, step.lemmas) && groupHas(doc, lemmas, split, step.lemmas)) {
          objectUsed = true;
          thingNp = thingNp ?? split;
          break;
        }
        if (!groupHas(doc, lemmas, np, step.lemmas)) {
          // "delivery of additional aid": the thing may sit in the of-phrase.
          const i = fr.pps.findIndex((x) => x.np === np);
          // "$2 billion in reconstruction aid": likewise an in-phrase after a quantity.
          const of = i >= 0 ? fr.pps[i + 1] : fr.pps.find((x) => x.prep === 'of' || x.prep === 'in');
          if ((of?.prep !== 'of' && of?.prep !== 'in') || !groupHas(doc, lemmas, of.np, step.lemmas))
            return null;
        }
        if (!lastNp) objectUsed = np === object || objectUsed;
        thingNp = thingNp ?? np;
        // "speak by phone with X": the group a preposition gave as the target is the thing; the
        // next preposition's group, when the pattern has one, is the target.
        if (target === np && !hasObjectStep && p.steps.slice(si + 1).some((x) => x.kind === 'word'))
          target = null;
        break;
      }
      case 'word': {
        const pp = fr.pps.find((x) => step.words.has(x.prep));
        if (pp) {
          lastNp = pp.np;
          if (!hasObjectStep && !target) target = pp.np;
        } else if ([...fr.after, ...fr.particles].some((w) => step.words.has(w))) {
          lastNp = null;
        } else return null;
        break;
      }
      case 'to': {
        if (fr.toComplement === null) return null;
        const comp = frames[fr.toComplement];
        if (step.lemmas && !step.lemmas.has(comp.lemma)) return null;
        complement = fr.toComplement;
        break;
      }
      case 'that': {
        if (fr.thatComplement === null) return null;
        complement = fr.thatComplement;
        break;
      }
      case 'noObject': {
        // "workers struck" is a strike; "rounds struck a watchtower", "struck a tone" are not.
        if (object) return null;
        break;
      }
    }
  }
  // "rejected an Indian proposal", "rejected calls by Belarus": the thing's modifiers, then
  // the prepositional phrases of the clause.
  const fallbacks: NounGroup[] = [];
  if (thingNp && thingNp !== target) fallbacks.push(thingNp);
  // With a direct object, a from- or by-phrase names a source, not a target ("received a letter
  // from X").
  const rest = hasObjectStep ? fr.pps.filter((pp) => pp.prep !== 'from' && pp.prep !== 'by') : fr.pps;
  fallbacks.push(...fallbackTargets({ ...fr, pps: rest }).filter((np) => np !== target && np !== thingNp));
  return { pattern: p, target, fallbacks, complement };
}

export function fallbackTargets(fr: Frame): NounGroup[] {
  const out: NounGroup[] = [];
  for (const prep of FALLBACK_PREPS) for (const pp of fr.pps) if (pp.prep === prep) out.push(pp.np);
  return out;
}

export interface NounMatch {
  pattern: NounPattern;
  target: NounGroup | null;
  fallbacks: NounGroup[];
}

/**
 * A noun-event pattern for a noun group (the frame's object or another group), with its target
 * from the prepositional phrases that follow it in the frame.
 */
export function matchNoun(
  dict: Dictionary,
  doc: Doc,
  lemmas: string[],
  np: NounGroup,
  following: { prep: string; np: NounGroup }[],
): NounMatch | null {
  const head = (lemmas[np.head] ?? doc.tokens[np.head].text).toLowerCase();
  const candidates = dict.nouns.get(head);
  if (!candidates) return null;
  for (const p of candidates) {
    if (
      p.things.some(
        (set) => !groupHas(doc, lemmas, np, set) && !following.some((f) => groupHas(doc, lemmas, f.np, set)),
      )
    )
      continue;
    const fallbacks = [np, ...following.map((f) => f.np)];
    if (p.preps.size === 0) return { pattern: p, target: null, fallbacks };
    const pp = following.find((f) => p.preps.has(f.prep));
    if (pp) return { pattern: p, target: pp.np, fallbacks };
  }
  return null;
}

/**
 * True when the sentence `[first, end)` may yield an event; sentences without are not chunked.
 * Two conditions: some word is one the dictionary knows (a verb or noun by lemma, by form, or by
 * a rough base form, or a modal of obligation for a speaker's "X must ..."; the copula alone
 * does not qualify), and some word of any kind heads a pattern whose required words (things,
 * particles, prepositions, complement verbs) all occur somewhere in the sentence. The second is
 * a necessary condition for any pattern to match, so it drops no event.
 */
export function mayHoldEvent(
  dict: Dictionary,
  doc: Doc,
  lemmas: string[],
  first: number,
  end: number,
): boolean {
  return knowsSomeWord(dict, doc, lemmas, first, end) && somePatternFits(dict, doc, lemmas, first, end);
}

const lowered = new WeakMap<string[], string[]>();

/** The lemmas lower-cased, computed once per Doc's lemma array. */
function lowerLemmas(lemmas: string[]): string[] {
  let out = lowered.get(lemmas);
  if (!out) {
    out = lemmas.map((l) => l.toLowerCase());
    lowered.set(lemmas, out);
  }
  return out;
}

/** Some content word is a dictionary verb or noun (by lemma, form or base form), or must/should. */
function knowsSomeWord(dict: Dictionary, doc: Doc, lemmas: string[], first: number, end: number): boolean {
  const low = lowerLemmas(lemmas);
  for (let t = first; t < end; t++) {
    const pos = doc.tokens[t].pos;
    if (pos !== 'VERB' && pos !== 'NOUN' && pos !== 'AUX' && pos !== 'ADJ' && pos !== 'PROPN') continue;
    const lemma = low[t] ?? '';
    // The copula alone ("be willing to") always comes with a word of its own that decides.
    if (lemma === 'be') continue;
    if (dict.verbs.has(lemma) || dict.nouns.has(lemma)) return true;
    const word = doc.lower()[t];
    if (word === 'must' || word === 'should' || dict.verbs.has(word)) return true;
    if (pos !== 'VERB' && pos !== 'AUX' && dict.inflected.has(word)) return true;
    // A verb whose lemma the tagger got wrong ("staged" → "stag"): its written form's bases.
    if (pos === 'VERB' && !dict.verbs.has(lemma) && baseForms(word).some((b) => dict.verbs.has(b)))
      return true;
  }
  return false;
}

/** Some word of any kind heads a pattern whose required words all occur in the sentence. */
function somePatternFits(dict: Dictionary, doc: Doc, lemmas: string[], first: number, end: number): boolean {
  const toks = doc.tokens;
  const lower = doc.lower();
  const conditional: HeadNeeds[] = [];
  const present = new Set<string>();
  const see = (w: string) => {
    if (dict.needWords.has(w)) present.add(w);
  };
  const low = lowerLemmas(lemmas);
  for (let t = first; t < end; t++) {
    const word = lower[t];
    const lemma = low[t];
    // A modal of obligation: a speaker's "X must ...".
    if (word === 'must' || word === 'should') return true;
    // Heads: by form and by lemma (a form's base forms are among the heads' keys).
    const byWord = dict.heads.get(word);
    if (byWord?.always) return true;
    if (byWord) conditional.push(byWord);
    if (lemma !== undefined && lemma !== word) {
      const byLemma = dict.heads.get(lemma);
      if (byLemma?.always) return true;
      if (byLemma) conditional.push(byLemma);
    }
    // The words patterns look for: form, lemma, form without a plural s, hyphenated compound.
    see(word);
    if (lemma !== undefined && lemma !== word) see(lemma);
    if (word.endsWith('s')) see(word.slice(0, -1));
    if (t + 2 < end && toks[t + 1].text === '-') see(`${word}-${lower[t + 2]}`);
  }
  for (const head of conditional) if (fits(head, present)) return true;
  return false;
}

/** Some pattern of the head has all its required words among the sentence's. */
function fits(head: HeadNeeds, keys: Set<string>): boolean {
  for (const needs of head.needs) {
    let all = true;
    for (const alternatives of needs) {
      let found = false;
      for (const w of alternatives) {
        if (keys.has(w)) {
          found = true;
          break;
        }
      }
      if (!found) {
        all = false;
        break;
      }
    }
    if (all) return true;
  }
  return false;
}
