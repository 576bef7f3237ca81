// Personal, neuter and plural pronouns resolved against the mentions seen so far.
import { join } from 'node:path';
import { partitionPoint } from '../common/bisect.js';
import { packageRoot } from '../common/package-root.js';
import {
  type Candidate,
  type Gender,
  type GenderEvidence,
  resolveNeuter,
  resolvePlural,
  resolvePronoun,
} from './coref.js';
import { foldKey, isCapitalised } from './keys.js';
import { readYaml } from './knowledge/load.js';
import type { Pass } from './pass.js';
import { MODALS, PRONOUNS } from './signals.js';

export function pronoun(p: Pass, i: number, _a: number, b: number): number | null {
  const kind = PRONOUNS.get(p.keys[i]);
  if (!kind) return null;
  const sentence = p.doc.tokens[i].sentence;
  if (kind === 'n') {
    // "it" only as the subject of saying or intending: "it said", "it would protect" (not "it is clear").
    if (
      p.keys[i] === 'it' &&
      !(p.isSpeech(i + 1, b) || (MODALS.has(p.keys[i + 1]) && p.keys[i + 2] !== 'be'))
    )
      return i + 1;
    const id = p.quoted[i] ? undefined : resolveNeuter(p.plain, sentence, i, p.subjectEndBefore(i));
    if (id) p.reg.add(p.reg.get(id)!, p.span(i, i + 1), p.textOf(i, i + 1), 'coref/its');
    return i + 1;
  }
  if (kind === 'p') {
    if (p.quoted[i]) return i + 1;
    const found = resolvePlural(p.plain, p.keys, sentence, i);
    for (const id of found?.actors ?? []) {
      const ref = p.reg.get(id);
      if (ref) p.reg.add(ref, p.span(i, i + 1), p.textOf(i, i + 1), found!.rule);
    }
    return i + 1;
  }
  const speechSubject = p.isSpeech(i + 1, b) || (p.isSpeech(i + 2, b) && p.doc.tokens[i + 1].pos === 'ADV');
  const state = stateOf(p);
  const quoted = p.quoted[i] === 1;
  const found = resolvePronoun(
    candidatesBefore(p, state, i, quoted),
    (id) => evidenceOf(p, state, id),
    kind,
    {
      sentence,
      token: i,
      quoted,
      speechSubject,
      subject: SUBJECT_PRONOUNS.has(p.keys[i]),
      reflexive: p.keys[i] === 'himself' || p.keys[i] === 'herself',
    },
  );
  if (!found) return i + 1;
  const id = found.actor;
  // A pronoun teaches a person's gender for sure only when nobody else could have been meant;
  // otherwise it is what the text told of them, which later pronouns weigh.
  if (found.alone && !p.gender.has(id)) p.gender.set(id, kind);
  if (found.sure) tell(state, id, kind);
  p.emit(p.reg.get(id)!, i, i + 1, 'coref/pronoun', sentence);
  return i + 1;
}

const SUBJECT_PRONOUNS = new Set(['he', 'she']);
/** Possessive pronouns: a mention by one is a possessor, like "Roe's". */
const POSSESSIVES = new Set(['his', 'her', 'hers']);
const POSSESSIVE_MARKS = new Set(["'s", "'"]);
const SENTENCES_BACK = 6;
/** Tokens after a name that an apposition may run over: "X, the defence ministry spokesman in Minsk,". */
const APPOSITION_TOKENS = 10;

interface GenderWords {
  nouns: Map<string, Gender>;
  names: Map<string, Gender>;
}

let words: GenderWords | null = null;

/** `data/actors/gender.yaml`, read once per process. */
function genderWords(): GenderWords {
  if (words) return words;
  const file = join(packageRoot(), 'data', 'actors', 'gender.yaml');
  const data = readYaml(file) as Record<'nouns' | 'given_names', Partial<Record<Gender, string[]>>>;
  const index = (lists: Partial<Record<Gender, string[]>> | undefined) => {
    const out = new Map<string, Gender>();
    for (const g of ['m', 'f'] as const) for (const w of lists?.[g] ?? []) out.set(foldKey(w), g);
    return out;
  };
  words = { nouns: index(data.nouns), names: index(data.given_names) };
  return words;
}

/** The gender a singular noun tells of the person it describes ("mother" → f), if any. */
export function genderOfNoun(word: string): Gender | undefined {
  return genderWords().nouns.get(foldKey(word));
}

/** The gender a full name's given name usually has ("Ana Roe" → f); none for a lone word. */
export function genderOfGivenName(name: string): Gender | undefined {
  const words = name.split(/\s+/);
  return words.length > 1 ? genderWords().names.get(foldKey(words[0])) : undefined;
}

/** What pronoun resolution keeps over one pass. */
interface CorefState {
  /** he/she linked to each person and gendered nouns describing them: counts per gender. */
  told: Map<string, { m: number; f: number }>;
  /** Tokens of gendered nouns that describe a named person (an apposition, a word before the name). */
  describing: Set<number>;
  /** Person mentions already searched for describing nouns. */
  scanned: number;
  /** Tokens that are gendered nouns ("mother", "spokesman") tagged NOUN or PROPN, ascending. */
  gendered: number[];
}

const states = new WeakMap<Pass, CorefState>();

function stateOf(p: Pass): CorefState {
  let s = states.get(p);
  if (!s) {
    s = { told: new Map(), describing: new Set(), scanned: 0, gendered: genderedTokens(p) };
    states.set(p, s);
  }
  return s;
}

/** The tokens a description of an unnamed person may stand on, found once per pass. */
function genderedTokens(p: Pass): number[] {
  const { nouns } = genderWords();
  const { tokens } = p.doc;
  const out: number[] = [];
  for (let t = 0; t < tokens.length; t++) {
    const pos = tokens[t].pos;
    if ((pos === 'NOUN' || pos === 'PROPN') && nouns.has(p.keys[t])) out.push(t);
  }
  return out;
}

function tell(state: CorefState, id: string, g: Gender): void {
  const counts = state.told.get(id) ?? { m: 0, f: 0 };
  counts[g]++;
  state.told.set(id, counts);
}

function evidenceOf(p: Pass, state: CorefState, id: string): GenderEvidence {
  const sure = p.gender.get(id);
  if (sure) return { sure };
  const counts = state.told.get(id);
  const told = counts && counts.m !== counts.f ? (counts.m > counts.f ? 'm' : 'f') : undefined;
  const name = p.reg.get(id)?.name.split(/\s+/) ?? [];
  // A given name only opens a full name: a lone word may be a surname.
  const named = name.length > 1 ? genderWords().names.get(foldKey(name[0])) : undefined;
  return { told, named };
}

/**
 * Gendered nouns next to the person mentions not searched yet: "X, the ministry spokesman," and
 * "actress X" tell X's gender, and the noun is no other person.
 */
function scanDescriptions(p: Pass, state: CorefState): void {
  const { nouns } = genderWords();
  const { tokens } = p.doc;
  for (; state.scanned < p.persons.length; state.scanned++) {
    const m = p.persons[state.scanned];
    if (m.end - m.start === 1 && PRONOUNS.has(p.keys[m.start])) continue;
    const { firstToken: a, endToken: b } = p.doc.sentences[m.sentence];
    // "actress Jane Roe": the noun before the name, or before the first name of a bare surname mention.
    let before = m.start - 1;
    while (
      before > a &&
      before >= m.start - 2 &&
      isCapitalised(tokens[before].text) &&
      tokens[before].pos === 'PROPN'
    )
      before--;
    if (before >= a && nouns.has(p.keys[before]) && tokens[before].pos === 'NOUN') {
      state.describing.add(before);
      tell(state, m.actor, nouns.get(p.keys[before])!);
    }
    if (p.keys[m.end] !== ',') continue;
    for (let t = m.end + 1; t < Math.min(b, m.end + 1 + APPOSITION_TOKENS); t++) {
      const pos = tokens[t].pos;
      if (p.keys[t] === ',' || pos === 'VERB' || pos === 'AUX' || pos === 'PRON') break;
      const g = nouns.get(p.keys[t]);
      if (g && pos === 'NOUN') {
        state.describing.add(t);
        tell(state, m.actor, g);
        break;
      }
    }
  }
}

/**
 * The person mentions before token `i` in the window, with descriptions of people the text does
 * not name ("his mother", "a spokeswoman") among them, in text order.
 */
function candidatesBefore(p: Pass, state: CorefState, i: number, quoted: boolean): Candidate[] {
  scanDescriptions(p, state);
  const { tokens, sentences } = p.doc;
  const sentence = tokens[i].sentence;
  const from = Math.max(0, sentence - SENTENCES_BACK);
  const out: Candidate[] = [];
  let firstPerson = p.persons.length;
  while (firstPerson > 0 && p.persons[firstPerson - 1].sentence >= from) firstPerson--;
  const covered = new Set<number>();
  for (let x = firstPerson; x < p.persons.length; x++) {
    const m = p.persons[x];
    for (let t = m.start; t < m.end; t++) covered.add(t);
    const single = m.end - m.start === 1 ? p.keys[m.start] : '';
    const pronounForm = PRONOUNS.has(single);
    const possessor = POSSESSIVE_MARKS.has(p.keys[m.end]) || POSSESSIVES.has(single);
    out.push({
      ...m,
      // A possessor, an object pronoun or, for a pronoun outside, a mention inside a quotation is
      // not the subject of the clause. A speaker counts as one only on the same side of the
      // quotation marks: inside them the speaker is "I", and "he" is somebody else.
      subject:
        m.subject && !possessor && (quoted || !m.quoted) && (!pronounForm || SUBJECT_PRONOUNS.has(single)),
      speaker: m.speaker && !possessor && quoted === (m.quoted === true),
      possessor,
    });
  }
  const { nouns } = genderWords();
  // Only gendered nouns can describe an unnamed person: walk those in the window, in text order.
  const { gendered } = state;
  const firstToken = sentences[from].firstToken;
  for (let g = partitionPoint(gendered.length, (k) => gendered[k] < firstToken); g < gendered.length; g++) {
    const t = gendered[g];
    if (t >= i) break;
    const s = tokens[t].sentence;
    const { firstToken: a, endToken: b } = sentences[s];
    if (s < from || s > sentence || t < a || t >= b) continue;
    const gender = nouns.get(p.keys[t])!;
    if (covered.has(t) || state.describing.has(t)) continue;
    const tok = tokens[t];
    // A capitalised word inside a sentence is a name ("King said"), unless a name follows it ("Mrs Vale").
    if (t > a && isCapitalised(tok.text) && !(t + 1 < b && isCapitalised(tokens[t + 1].text))) continue;
    const possessor = POSSESSIVE_MARKS.has(p.keys[t + 1]);
    const subject = t <= p.firstVerb[s] && !p.quoted[t] && !possessor;
    const speaker = !possessor && (p.followedBySpeech(t + 1, b) || (t > a && p.isSpeech(t - 1, b)));
    // Only the subject or the speaker of its clause competes ("his father" in passing does not),
    // and not when it may describe a person of its gender who was a subject just before
    // ("Ivanka Roe ... The president's daughter said").
    if (!(subject || speaker) || describesKnown(p, state, out, gender, s)) continue;
    out.push({
      actor: null,
      gender,
      sentence: s,
      start: t,
      end: t + 1,
      subject,
      speaker,
      quoted: p.quoted[t] === 1,
      possessor,
    });
  }
  return out.sort((x, y) => x.start - y.start);
}

/** A person of gender `g` (for sure or as the text told) was a subject in sentence `s` or the two before. */
function describesKnown(
  p: Pass,
  state: CorefState,
  mentions: readonly Candidate[],
  g: Gender,
  s: number,
): boolean {
  return mentions.some((m) => {
    if (m.actor === null || !m.subject || m.sentence < s - 2 || m.sentence > s) return false;
    const e = evidenceOf(p, state, m.actor);
    return (e.sure ?? e.told) === g;
  });
}
