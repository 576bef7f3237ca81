import type { Doc, Span, Token } from '../text/types.js';
import { type Attribution, cueAt, speakerOfCue } from './attribution.js';
import type { CueForm, QuoteLexicon } from './lexicon.js';
import { clauseSubject, type MentionRange, mentionAfter } from './mention.js';
import { isCapitalised, isMark, isSentenceEnd, isVerbal, lower } from './tokens.js';

/** Reported content without (or with partial) quotation marks, and what attributes it. */
export interface Report {
  content: Span;
  attribution: Attribution;
  rule: string;
}

const CLAUSE_START = new Set(['DET', 'PRON', 'PROPN', 'NOUN', 'NUM', 'ADJ']);
const PP_START = new Set([
  'in',
  'on',
  'at',
  'during',
  'last',
  'this',
  'earlier',
  'late',
  'after',
  'before',
  'via',
  'to',
  'from',
  'over',
]);

/** True when tokens from k read as a finite clause: a subject, then a verb within a few tokens. */
function clauseAt(tokens: Token[], k: number, end: number, lex: QuoteLexicon): boolean {
  if (k >= end || !CLAUSE_START.has(tokens[k].pos) || lower(tokens[k]) === 'what') return false;
  for (let j = k + 1; j < end && j <= k + 14; j++) {
    const t = tokens[j];
    if (t.text === ',' || isSentenceEnd(t)) return false;
    if (isVerbal(t) && !isCapitalised(t) && (!/ing$/.test(lower(t)) || tokens[j - 1].pos === 'AUX'))
      return true;
    // "the protests demands that ...": a cue verb the tagger read as a noun still makes a clause.
    if (t.pos === 'NOUN' && lex.cues.has(lower(t)) && /s$/.test(lower(t)) && tokens[j + 1]?.pos === 'SCONJ')
      return true;
  }
  return false;
}

/** Where the content after a cue starts: "that ...", or a bare clause, after an object or a PP. */
function contentStart(tokens: Token[], k: number, end: number, form: CueForm, lex: QuoteLexicon): number {
  const takesObject = form.takesObject;
  if (form.infinitive && k + 1 < end && lower(tokens[k]) === 'to' && tokens[k + 1].pos === 'VERB') return k;
  let j = k;
  if (takesObject && j < end && lower(tokens[j]) !== 'that') {
    const obj = mentionAfter(tokens, j, end, lex);
    if (obj) j = obj.last + 1;
  }
  // Adverbs and dates may follow the cue ("said repeatedly that", "said Friday the ...").
  while (
    j < end &&
    (tokens[j].pos === 'ADV' || lex.timeWords.has(lower(tokens[j]))) &&
    lower(tokens[j]) !== 'that'
  )
    j++;
  // One short phrase may stand between cue and content ("said on Tuesday that").
  if (j < end && PP_START.has(lower(tokens[j]))) {
    for (let p = j + 1; p < end && p <= j + 12; p++) {
      if (lower(tokens[p]) === 'that') return p;
      if (isVerbal(tokens[p]) || isMark(tokens[p])) break;
    }
  }
  // "said, that ..." and "Mr. Roe said, a majority ...": a comma before the content.
  if (j < end && tokens[j].text === ',' && j + 1 < end && !isMark(tokens[j + 1])) j++;
  if (j < end && lower(tokens[j]) === 'that' && tokens[j].pos !== 'DET') return j;
  if (j < end && lower(tokens[j]) === 'that' && clauseAt(tokens, j + 1, end, lex)) return j;
  if (clauseAt(tokens, j, end, lex)) return j;
  return -1;
}

/**
 * The content's last token: the sentence end, leaving out final punctuation outside marks, or
 * the end of the first predicate when the subject goes on with another ("... and urged ...").
 */
export function contentEnd(tokens: Token[], start: number, end: number, lex?: QuoteLexicon): number {
  let e = end - 1;
  for (let j = start + 1; j + 1 < end; j++) {
    const t = lower(tokens[j]);
    const next = lower(tokens[j + 1]);
    // A second predicate of the reporting subject: "said X and urged Y" (but not "plans to A and B").
    const predicate = tokens[j + 1].pos === 'VERB' && (/ed$/.test(next) || lex?.cues.has(next) === true);
    if ((t === 'and' || t === 'but') && predicate) {
      e = j - 1;
      break;
    }
    if (t === ';') {
      e = j - 1;
      break;
    }
  }
  while (e > start && tokens[e].pos === 'PUNCT' && !isMark(tokens[e])) e--;
  return e;
}

/**
 * Indirect and mixed reports in one sentence: `SPEAKER CUE (that) CLAUSE` and
 * `CLAUSE, SPEAKER CUE.` The reported content is returned without the trailing period.
 */
export function findReports(doc: Doc, sentence: number, lex: QuoteLexicon): Report[] {
  const { tokens } = doc;
  const s = doc.sentences[sentence];
  const out: Report[] = [];
  const first = readingStart(doc, sentence);
  const end = s.endToken;
  let lastSpeaker: MentionRange | null = null;
  for (let c = first; c < end; c++) {
    const cue = cueAt(tokens, c, end, lex, true);
    if (!cue) continue;
    if (cue.phrase) {
      const report = accordingTo(tokens, c, cue.last, first, end, lex);
      if (report) out.push(report);
      c = cue.last;
      continue;
    }
    const form = cue.form;
    if (!form) continue;
    let speaker = speakerOfCue(tokens, c, c, first, end, null, lex);
    if (form.participle && (!speaker || tokens[c - 1]?.text === ',')) {
      // "..., the mayor said, adding that ...": the participle shares the clause's speaker.
      speaker = lastSpeaker ?? clauseSubject(tokens, first, c, lex, true);
    }
    if (!speaker && c > first && /^(and|but)$/.test(lower(tokens[c - 1]))) {
      // "Jane Roe met the press and said ...": a coordinated cue shares the clause's subject.
      speaker = lastSpeaker ?? clauseSubject(tokens, first, c, lex, true);
    }
    if (speaker) lastSpeaker = speaker;
    else speaker = null;
    const aside = asClause(tokens, c, first, end, speaker);
    if (aside) {
      out.push(aside);
      continue;
    }
    const clause = form.stance ? -1 : contentStart(tokens, c + 1, end, form, lex);
    const object = clause < 0 && form.objectContent;
    const start = object ? stanceObject(tokens, c + 1, end) : clause;
    // A report whose content runs from `start` to token `last`, attributed to the cue at c.
    const report = (last: number, rule: string) => ({
      content: [tokens[start].span[0], tokens[last].span[1]] as [number, number],
      attribution: {
        cueFirst: c,
        cueLast: c,
        form,
        speaker: speaker!,
        tokens: [first, start] as [number, number],
        rule: '',
      },
      rule,
    });
    if (speaker && start >= 0 && object) {
      out.push(report(objectEnd(tokens, start, end, lex), form.stance ? 'report/stance' : 'report/object'));
      continue;
    }
    if (speaker && start >= 0) {
      const last = contentEnd(tokens, start, end, lex);
      if (last >= start) out.push(report(last, 'report/forward'));
      continue;
    }
    // "CLAUSE, Jane Roe said." / "CLAUSE, said Jane Roe."
    const back = form.participle ? null : reportBefore(tokens, c, first, end, form, lex);
    if (back) {
      out.push(back);
      lastSpeaker = back.attribution.speaker;
    }
  }
  return out;
}

const OBJECT_START = new Set(['DET', 'PROPN', 'NOUN', 'PRON', 'ADJ', 'NUM']);

/** The object of a stance verb, right after it ("backed the levy"); -1 when none is there. */
function stanceObject(tokens: Token[], k: number, end: number): number {
  if (k >= end || tokens[k].pos === 'ADP' || lower(tokens[k]) === 'that') return -1;
  const t = tokens[k];
  return OBJECT_START.has(t.pos) || (t.pos === 'VERB' && /ing$/.test(lower(t))) ? k : -1;
}

/** The object runs to the clause's end: a comma, a semicolon, a coordinated verb or an adverbial clause. */
function objectEnd(tokens: Token[], start: number, end: number, lex: QuoteLexicon): number {
  let e = contentEnd(tokens, start, end, lex);
  for (let j = start + 1; j <= e; j++) {
    const w = lower(tokens[j]);
    if (tokens[j].text === ',' || OBJECT_BREAK.has(w)) {
      e = j - 1;
      break;
    }
  }
  while (e > start && tokens[e].pos === 'PUNCT' && !isMark(tokens[e])) e--;
  return e;
}

const OBJECT_BREAK = new Set([
  'because',
  'while',
  'when',
  'after',
  'before',
  'since',
  'but',
  'although',
  'though',
  '—',
  '–',
]);

/**
 * Where a sentence's subject may start: "Jane Roe (D-Ohio.) said ..." is cut after the
 * parenthesis by the sentence splitter; a sentence opening in lower case goes on from it.
 */
function readingStart(doc: Doc, sentence: number): number {
  const { tokens } = doc;
  const s = doc.sentences[sentence];
  if (sentence === 0 || s.firstToken >= s.endToken || isCapitalised(tokens[s.firstToken]))
    return s.firstToken;
  const before = doc.sentences[sentence - 1];
  const closing = tokens[before.endToken - 1];
  const sameBlock = !/\n/.test(doc.text.slice(closing.span[1], tokens[s.firstToken].span[0]));
  return closing.text === ')' && sameBlock ? before.firstToken : s.firstToken;
}

/** "As Jane Roe observed, CLAUSE.": the aside opens the sentence and the clause follows its comma. */
function asClause(
  tokens: Token[],
  c: number,
  first: number,
  end: number,
  speaker: MentionRange | null,
): Report | null {
  if (!speaker || speaker.first - 1 < first || lower(tokens[speaker.first - 1]) !== 'as') return null;
  if (speaker.first - 1 > first + 1 || tokens[c + 1]?.text !== ',') return null;
  const start = c + 2;
  const last = contentEnd(tokens, start, end);
  if (last < start) return null;
  const attribution = {
    cueFirst: c,
    cueLast: c,
    form: null,
    speaker,
    tokens: [speaker.first - 1, c + 1] as [number, number],
    rule: '',
  };
  return { content: [tokens[start].span[0], tokens[last].span[1]], attribution, rule: 'report/as' };
}

function reportBefore(
  tokens: Token[],
  c: number,
  first: number,
  end: number,
  form: NonNullable<ReturnType<typeof cueAt>>['form'],
  lex: QuoteLexicon,
): Report | null {
  if (form?.belief) return null;
  const speaker = speakerOfCue(tokens, c, c, first, end, form, lex);
  if (!speaker) return null;
  const attrStart = Math.min(speaker.first, c);
  const comma = attrStart - 1;
  if (comma <= first + 2 || tokens[comma].text !== ',') return null;
  // After the attribution only adverbials may follow up to the sentence end: "..., Roe said on
  // Monday." but not "..., Roe called the plan a failure." (an object: the clause is not content).
  let after = Math.max(speaker.last, c) + 1;
  if (form?.takesObject) after = (mentionAfter(tokens, after, end, lex)?.last ?? after - 1) + 1; // "told reporters"
  const next = tokens[after];
  if (next && !isSentenceEnd(next) && next.text !== ',' && next.pos !== 'ADP' && next.pos !== 'ADV') {
    if (!lex.timeWords.has(lower(next))) return null;
  }
  for (let j = after; j < end; j++) if (isVerbal(tokens[j])) return null;
  let start = first;
  while (start < comma && tokens[start].pos === 'PUNCT' && !isMark(tokens[start])) start++;
  const attribution = {
    cueFirst: c,
    cueLast: c,
    form,
    speaker,
    tokens: [attrStart, end] as [number, number],
    rule: '',
  };
  return {
    content: [tokens[start].span[0], tokens[comma - 1].span[1]],
    attribution,
    rule: 'report/backward',
  };
}

/** "According to X, CLAUSE." and "CLAUSE, according to X." */
function accordingTo(
  tokens: Token[],
  c: number,
  last: number,
  first: number,
  end: number,
  lex: QuoteLexicon,
): Report | null {
  const speaker = mentionAfter(tokens, last + 1, end, lex);
  if (!speaker) return null;
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
  if (tokens[c - 1].text === ',' && c - 2 > first) {
    let start = first;
    while (start < c - 1 && tokens[start].pos === 'PUNCT' && !isMark(tokens[start])) start++;
    return {
      content: [tokens[start].span[0], tokens[c - 2].span[1]],
      attribution,
      rule: 'report/according-after',
    };
  }
  return null;
}
