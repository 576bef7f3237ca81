/** Clause-level reading of frames: reported speech, modality cues, and who a group belongs to. */
import type { EventSide, Timex } from '../contract/extraction.js';
import type { Chunk, NounGroup } from '../text/chunks.js';
import type { Doc } from '../text/types.js';
import type { Frame } from './frames.js';
import type { ActorIndex } from './participants.js';
import { earlierYear } from './when.js';

/** Verbs that report speech or thought: their complement clause is the event. */
export const REPORTING = new Set([
  'say',
  'tell',
  'announce',
  'state',
  'add',
  'claim',
  'report',
  'confirm',
  'note',
  'declare',
  'stress',
  'believe',
  'conclude',
  'reiterate',
  'write',
  'argue',
  'acknowledge',
  'admit',
  'indicate',
  'reveal',
  'assert',
  'think',
  'insist',
  'explain',
  'suggest',
  'remark',
]);
export const HYPOTHETICAL_MODALS = new Set(['could', 'might', 'may', 'can']);
export const FUTURE_MODALS = new Set(['will', 'would', 'shall']);
export const OBLIGATION_MODALS = new Set(['must', 'should']);
export const CONDITIONALS = new Set(['if', 'unless', 'whether']);

/** The reporting verb whose complement clause frame f is ("X said (that) ..."), if any. */
export function reportingGovernor(frames: Frame[], f: number): Frame | null {
  const g = frames[f].governor;
  if (g === null) return null;
  const gov = frames[g];
  return gov.thatComplement === f && REPORTING.has(gov.lemma) ? gov : null;
}

/** A later clause of the sentence opens with "unless". */
export function hasUnless(frames: Frame[], f: number): boolean {
  for (let g = f + 1; g < frames.length; g++) if (frames[g].subordinator === 'unless') return true;
  return false;
}

/** Verbs whose infinitive or gerund complement happens when they do: "began collecting". */
const ASPECTUAL = new Set([
  'begin',
  'start',
  'continue',
  'resume',
  'keep',
  'manage',
  'go',
  'proceed',
  'resort',
]);

/**
 * An infinitive the dictionary did not consume is only wanted, planned or forced, unless its
 * governor is aspectual ("wants to force allies to impose sanctions": nothing imposed yet).
 */
export function isUnrealComplement(frames: Frame[], f: number): boolean {
  let g = f;
  for (let guard = 0; guard < 8; guard++) {
    const fr = frames[g];
    if (fr.governor === null || frames[fr.governor].toComplement !== g) return false;
    const gov = frames[fr.governor];
    if (!ASPECTUAL.has(gov.lemma)) return true;
    if (gov.role === 'purpose') return true;
    g = fr.governor;
  }
  return false;
}

/**
 * The phrases right after a group that say whose it is: "members of the Association", "doctors
 * from X", "the demands issued by Moscow".
 */
export function trailingGroups(
  doc: Doc,
  chunks: Chunk[],
  np: NounGroup,
  posted?: ReadonlySet<string>,
): NounGroup[] {
  const k = chunks.indexOf(np);
  // "Negotiators in Geneva": where people posted on another's behalf are, not whose they are.
  const lemma = (doc.lemmas()[np.head] ?? doc.tokens[np.head].text).toLowerCase();
  const isPosted = !!posted && (posted.has(lemma) || posted.has(lemma.replace(/s$/, '')));
  const out: NounGroup[] = [];
  let j = k + 1;
  // A participle modifier: "issued by", "put forward by".
  if (j < chunks.length && chunks[j].kind === 'verb' && chunks[j].first === chunks[j].head) j++;
  // "militants loyal to X", "forces close to X".
  if (
    j + 2 < chunks.length &&
    chunks[j].kind === 'other' &&
    doc.tokens[chunks[j].first].pos === 'ADJ' &&
    chunks[j + 1].kind === 'prep' &&
    doc.tokens[chunks[j + 1].first].text.toLowerCase() === 'to' &&
    chunks[j + 2].kind === 'noun'
  ) {
    out.push(chunks[j + 2] as NounGroup);
    j += 3;
  }
  for (; j + 1 < chunks.length && out.length < 2; j += 2) {
    const p = chunks[j];
    const w = doc.tokens[p.first].text.toLowerCase();
    if (
      p.kind !== 'prep' ||
      !['of', 'from', 'in', 'by', 'for', 'near'].includes(w) ||
      chunks[j + 1].kind !== 'noun'
    )
      break;
    if (isPosted && w === 'in') continue;
    out.push(chunks[j + 1] as NounGroup);
  }
  return out;
}

/**
 * The actor of the noun groups before a subject, across participle modifiers only ("British
 * aircraft using precision guided missiles"): stops at a finite verb, a clause opener or a comma.
 */
export function actorBeforeSubject(
  doc: Doc,
  index: ActorIndex,
  chunks: Chunk[],
  subject: NounGroup,
): EventSide[] {
  let found: EventSide[] = [];
  for (let j = chunks.indexOf(subject) - 1; j >= 0; j--) {
    const c = chunks[j];
    if (c.kind === 'verb') {
      const participle = c.first === c.head && /(?:ed|ing)$/.test(doc.tokens[c.head].text);
      if (!participle) break;
      continue;
    }
    if (c.kind === 'sub' || c.kind === 'punct' || c.kind === 'conj') break;
    if (c.kind === 'noun') {
      const sides = index.sides(doc, c);
      if (sides.length) found = sides;
    }
  }
  return found;
}

/** The prepositional phrases right after noun group j: "a meeting in the capital with X". */
export function followingPhrases(doc: Doc, chunks: Chunk[], j: number): { prep: string; np: NounGroup }[] {
  const out: { prep: string; np: NounGroup }[] = [];
  for (let k = j + 1; k + 1 < chunks.length && out.length < 4; k += 2) {
    if (chunks[k].kind !== 'prep' || chunks[k + 1].kind !== 'noun') break;
    out.push({ prep: doc.tokens[chunks[k].first].text.toLowerCase(), np: chunks[k + 1] as NounGroup });
  }
  return out;
}

/**
 * A date before the article's in the clause: a time expression from the time stage ("in 2014",
 * "last March" resolved), else a bare year among the words. Returns its value, precision kept.
 */
export function clausePast(
  doc: Doc,
  chunks: Chunk[],
  fr: Frame,
  timexes: readonly Timex[],
  articleDate: string | null,
): string | null {
  if (!articleDate) return null;
  const start = doc.tokens[fr.vp.first].span[0];
  let endChunk = fr.chunk + 1;
  while (endChunk < chunks.length && chunks[endChunk].kind !== 'verb') endChunk++;
  const end = doc.tokens[chunks[endChunk - 1].end - 1].span[1];
  for (const t of timexes) {
    if (t.span[0] < start || t.span[1] > end || !/^\d{4}/.test(t.value)) continue;
    if (isBackground(t.value, articleDate)) return t.value;
  }
  return earlierYear(clauseWords(doc, chunks, fr), articleDate);
}

/**
 * Background, not news: a date in an earlier year, or at least two months before the article
 * ("on Tuesday" is the news itself; "in 2014" or "last March" is background).
 */
function isBackground(value: string, articleDate: string): boolean {
  const year = Number(value.slice(0, 4));
  const articleYear = Number(articleDate.slice(0, 4));
  if (year !== articleYear) return year < articleYear;
  const month = /^\d{4}-(\d{2})/.exec(value);
  return month !== null && Number(articleDate.slice(5, 7)) - Number(month[1]) >= 2;
}

/** The words of a clause: from the verb to the next verb. */
export function clauseWords(doc: Doc, chunks: Chunk[], fr: Frame): string[] {
  const words: string[] = [];
  for (let j = fr.chunk + 1; j < chunks.length && chunks[j].kind !== 'verb'; j++)
    for (let t = chunks[j].first; t < chunks[j].end; t++) words.push(doc.tokens[t].text);
  return words;
}
