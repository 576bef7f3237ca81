import type { Token } from '../text/types.js';
import { cueAt } from './attribution.js';
import type { CueForm, QuoteLexicon } from './lexicon.js';
import { type MentionRange, mentionAfter } from './mention.js';
import { isCapitalised, isMark, isSentenceEnd, isVerbal, lower } from './tokens.js';

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
  'for',
  'with',
  'by',
]);

/** True when tokens from k read as a finite clause: a subject, then a verb within a few tokens. */
export function clauseAt(tokens: Token[], k: number, end: number, lex: QuoteLexicon): boolean {
  if (k >= end || lower(tokens[k]) === 'what') return false;
  if (!CLAUSE_START.has(tokens[k].pos) && !quantifierAt(tokens, k)) return false;
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

// A subject may open with a quantifier the tagger reads as an adverb ("said none of them",
// "said about half of the voters").
const QUANTIFIERS = new Set(['none', 'half', 'most']);
const APPROXIMATORS = new Set(['about', 'nearly', 'almost', 'roughly', 'some']);

/** A quantifier opening a noun phrase: "none of", "half of", "about half", "nearly 40 percent". */
function quantifierAt(tokens: Token[], k: number): boolean {
  const w = lower(tokens[k]);
  if (QUANTIFIERS.has(w)) return true;
  const next = tokens[k + 1];
  return APPROXIMATORS.has(w) && next !== undefined && (next.pos === 'NUM' || QUANTIFIERS.has(lower(next)));
}

/** "to act", "to sternly fine": a to-infinitive at k, an adverb allowed before its verb. */
function infinitiveAt(tokens: Token[], k: number, end: number): boolean {
  if (k + 1 >= end || lower(tokens[k]) !== 'to') return false;
  const v = tokens[k + 1].pos === 'ADV' && /ly$/.test(lower(tokens[k + 1])) ? k + 2 : k + 1;
  return v < end && tokens[v].pos === 'VERB';
}

/** 1 when a lower-case word carries the sentence's period in its token ("said no."), else 0. */
export function fusedPeriod(t: Token): number {
  return /^\p{Ll}+\.$/u.test(t.text) ? 1 : 0;
}

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);
const OBJECT_PRONOUNS = new Set(['her', 'him', 'them', 'us', 'me', 'you', 'it']);

/** The hearer after a cue that takes one: a mention, or an object pronoun ("told her"). */
export function hearerAfter(tokens: Token[], j: number, end: number, lex: QuoteLexicon): MentionRange | null {
  if (j < end && OBJECT_PRONOUNS.has(lower(tokens[j]))) return { first: j, last: j, kind: 'pronoun' };
  return mentionAfter(tokens, j, end, lex);
}

/** Where the content after a cue starts: "that ...", or a bare clause, after an object or a PP. */
export function contentStart(
  tokens: Token[],
  k: number,
  end: number,
  form: CueForm,
  lex: QuoteLexicon,
): number {
  const takesObject = form.takesObject;
  if (form.infinitive && infinitiveAt(tokens, k, end)) return k;
  let j = k;
  if (takesObject && j < end && lower(tokens[j]) !== 'that') {
    const obj = hearerAfter(tokens, j, end, lex);
    if (obj) j = obj.last + 1;
    // "urged Congress to act": the hearer and the infinitive after it (who is to act is part of
    // what was urged).
    if (obj && form.infinitive && infinitiveAt(tokens, j, end)) return k;
    // "told The Post and Courier of Charleston on Saturday that ...", "told POLITICO, however,
    // that ...": the rest of the hearer's phrase, without a verb, up to "that".
    if (obj) {
      for (let p = j; p < end && p <= j + 12; p++) {
        if (lower(tokens[p]) === 'that' && (tokens[p].pos === 'SCONJ' || clauseAt(tokens, p + 1, end, lex)))
          return p;
        // "told ABC’s “Good Evening Oslo” that ...": a show's quoted title may name the hearer.
        if (isMark(tokens[p]) && titleAt(tokens, p, end)) {
          p = titleAt(tokens, p, end);
          continue;
        }
        if (
          (isVerbal(tokens[p]) && !isCapitalised(tokens[p])) ||
          isMark(tokens[p]) ||
          isSentenceEnd(tokens[p])
        )
          break;
      }
    }
  }
  // "pointed out that", "spelled out that": a particle before "that".
  if (j + 1 < end && PARTICLES.has(lower(tokens[j])) && lower(tokens[j + 1]) === 'that') j++;
  // Adverbs and dates may follow the cue ("said repeatedly that", "said Friday the ...").
  while (
    j < end &&
    (tokens[j].pos === 'ADV' || lex.timeWords.has(lower(tokens[j]))) &&
    lower(tokens[j]) !== 'that' &&
    !EMBEDDED_QUESTION.has(lower(tokens[j])) &&
    !(form.question && QUESTION_WORDS.has(lower(tokens[j]))) &&
    !(quantifierAt(tokens, j) && clauseAt(tokens, j, end, lex))
  )
    j++;
  // One short phrase may stand between cue and content ("said on Tuesday that").
  if (j < end && PP_START.has(lower(tokens[j]))) {
    for (let p = j + 1; p < end && p <= j + 12; p++) {
      if (lower(tokens[p]) === 'that') return p;
      // "asked on Monday whether ...", "asked during a debate why ...": the question after the phrase.
      const w = lower(tokens[p]);
      if (p > j + 1 && (EMBEDDED_QUESTION.has(w) || (form.question && QUESTION_WORDS.has(w))) && !form.belief)
        return p;
      // "said after the meeting she would not ...": a subject pronoun opens the bare clause.
      if (p > j + 1 && SUBJECT_PRONOUNS.has(lower(tokens[p])) && clauseAt(tokens, p, end, lex)) return p;
      // "said Sunday in Dayton, Ohio, that ...": a state after its city stays inside the phrase.
      if (tokens[p].text === ',' && stateAfterCity(tokens, p, end)) {
        p = tokens[p + 2].text === ',' ? p + 2 : p + 3;
        continue;
      }
      if (isVerbal(tokens[p]) || isMark(tokens[p]) || tokens[p].text === ',') break;
    }
  }
  // "said, however, that ...": an adverb set off by commas before the content.
  if (j + 3 < end && tokens[j].text === ',' && tokens[j + 1].pos === 'ADV' && tokens[j + 2].text === ',')
    j += 2;
  // "said, that ..." and "Mr. Roe said, a majority ...": a comma before the content.
  if (j < end && tokens[j].text === ',' && j + 1 < end && !isMark(tokens[j + 1])) j++;
  // "asked whether ...", "questioned how ...": an embedded question is the content.
  if (j + 1 < end && EMBEDDED_QUESTION.has(lower(tokens[j])) && !form.belief) return j;
  if (j + 1 < end && form.question && QUESTION_WORDS.has(lower(tokens[j]))) return j;
  if (j < end && lower(tokens[j]) === 'that' && tokens[j].pos !== 'DET') return j;
  if (j < end && lower(tokens[j]) === 'that' && clauseAt(tokens, j + 1, end, lex)) return j;
  if (clauseAt(tokens, j, end, lex)) return j;
  return -1;
}

/** The closing mark of a quoted title of capitalised words opening at the mark p (0 when there is none). */
function titleAt(tokens: Token[], p: number, end: number): number {
  for (let q = p + 1; q < end && q <= p + 7; q++) {
    if (isMark(tokens[q])) return q > p + 1 ? q : 0;
    if (
      !isCapitalised(tokens[q]) &&
      tokens[q].pos !== 'ADP' &&
      tokens[q].pos !== 'DET' &&
      tokens[q].pos !== 'CCONJ'
    )
      return 0;
  }
  return 0;
}

/** ", Ohio," or ", Wash.," at the comma p: one capitalised word (an abbreviation may add its period) between commas. */
function stateAfterCity(tokens: Token[], p: number, end: number): boolean {
  if (p + 2 >= end || !isCapitalised(tokens[p + 1])) return false;
  if (tokens[p + 2].text === ',') return true;
  return p + 3 < end && tokens[p + 2].text === '.' && tokens[p + 3].text === ',';
}

/**
 * The content's last token: the sentence end, leaving out final punctuation outside marks, or
 * the end of the first predicate when the subject goes on with another ("... and urged ...").
 */
export function contentEnd(tokens: Token[], start: number, end: number, lex?: QuoteLexicon): number {
  let e = end - 1;
  for (let j = start + 1; j + 1 < end; j++) {
    const t = lower(tokens[j]);
    // `as “fantastic,” telling reporters ...`: a comma inside the closing mark is the clause's comma.
    const shut = t === ',' && closingMarkAfter(tokens, j, end) ? 1 : 0;
    // A second predicate of the reporting subject: "said X and urged Y", "urged X but has said Y"
    // (but not "plans to A and B").
    let v = j + 1;
    while (v + 1 < end && lex?.skip.has(lower(tokens[v])) && tokens[v].pos !== 'VERB') v++;
    const verb = lower(tokens[v]);
    const predicate = tokens[v].pos === 'VERB' && (/ed$/.test(verb) || lex?.cues.has(verb) === true);
    if ((t === 'and' || t === 'but') && predicate) {
      e = j - 1;
      break;
    }
    if (t === ';') {
      e = j - 1;
      break;
    }
    // "said no. Sources told ...": a period fused to its word ends a sentence the splitter missed.
    if (fusedPeriod(tokens[j - 1]) && isCapitalised(tokens[j])) {
      e = j - 1;
      break;
    }
    // The writer's additions: a non-restrictive relative ("..., which forced her to leave") and a
    // second clause with its own subject ("..., and the strike is hurting the harbour").
    // "... and Democrats accused the GOP ...": another speaker's report starts.
    if ((t === 'and' || t === 'but') && lex !== undefined && reportStartsAt(tokens, j + 1, end, lex)) {
      e = j - 1;
      break;
    }
    if (t === ',' && commaEndsReport(tokens, start, j, end, lex)) {
      e = shut ? j + 1 : j - 1;
      break;
    }
  }
  while (e > start && tokens[e].pos === 'PUNCT' && !isMark(tokens[e])) e--;
  return e;
}

/**
 * The comma at token j ends a report's content begun at `start`: the writer's additions follow it
 * (a non-restrictive relative, a participle opening the next report, an adverbial clause,
 * `according to`, a clause of its own after `and`/`but`). A closing mark fused to the comma
 * (`“fantastic,” telling ...`) is stepped over.
 */
export function commaEndsReport(
  tokens: Token[],
  start: number,
  j: number,
  end: number,
  lex?: QuoteLexicon,
): boolean {
  const shut = closingMarkAfter(tokens, j, end) ? 1 : 0;
  const next = lower(tokens[j + 1 + shut] ?? tokens[j]);
  return (
    (next === 'which' && hasPredicate(tokens, start, j)) ||
    // "..., who ..." unless it goes on a list of relatives ("people who A, who B").
    (NON_RESTRICTIVE.has(next) &&
      hasPredicate(tokens, start, j) &&
      !tokens.slice(start, j).some((x) => lower(x) === next)) ||
    // "said X, telling reporters that Y": the participle opens the writer's next report.
    lex?.cues.get(next)?.participle === true ||
    CLAUSE_BREAK.has(next) ||
    (next === 'with' && absoluteAt(tokens, j + 2 + shut, end)) ||
    // "..., however the count has since dropped": a clause of the writer's after "however" with no comma.
    (next === 'however' && lex !== undefined && clauseAt(tokens, j + 2 + shut, end, lex)) ||
    // "..., according to X": the phrase names the source of the sentence, the report ends.
    (next === 'according' && lower(tokens[j + 2 + shut] ?? tokens[j]) === 'to') ||
    ((next === 'and' || next === 'but') && lex !== undefined && clauseAt(tokens, j + 2 + shut, end, lex)) ||
    // "..., and when asked why, the nurse replied ...": a subordinate clause opens the writer's next sentence part.
    ((next === 'and' || next === 'but') && AND_SUBORDINATE.has(lower(tokens[j + 2 + shut] ?? tokens[j])))
  );
}

/**
 * `with X doing Y` after a comma: an absolute phrase, the writer's comment on the whole sentence
 * (`..., with the mayor taking to radio to deny it`), not part of what was reported.
 */
function absoluteAt(tokens: Token[], k: number, end: number): boolean {
  for (let j = k + 1; j < end && j <= k + 6; j++) {
    const t = tokens[j];
    if (t.text === ',' || isSentenceEnd(t) || t.pos === 'ADP') return false;
    if (isVerbal(t)) return /ing$/.test(lower(t)) && tokens[j - 1].pos !== 'AUX';
  }
  return false;
}

/** A quotation mark closing right on the comma at j (`“fantastic,”`), with more of the sentence after it. */
function closingMarkAfter(tokens: Token[], j: number, end: number): boolean {
  const m = tokens[j + 1];
  return j + 2 < end && isMark(m) && m.span[0] === tokens[j].span[1];
}

/**
 * A verb in tokens [from, to): a relative after a clause's subject alone ("that Roe, who ..., has
 * lost") is part of the content, one after its predicate the writer's addition.
 */
function hasPredicate(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX') return true;
  return false;
}

/** A speaker mention and its cue verb from token k ("Democrats accused", "the mayor also said"). */
function reportStartsAt(tokens: Token[], k: number, end: number, lex: QuoteLexicon): boolean {
  const m = mentionAfter(tokens, k, end, lex);
  if (!m) return false;
  let v = m.last + 1;
  while (v < end && lex.skip.has(lower(tokens[v]))) v++;
  return v < end && tokens[v].pos === 'VERB' && lex.cues.has(lower(tokens[v]));
}

const OBJECT_START = new Set(['DET', 'PROPN', 'NOUN', 'PRON', 'ADJ', 'NUM']);

/** The object of a stance verb, right after it ("backed the levy"); -1 when none is there. */
export function stanceObject(tokens: Token[], k: number, end: number, lex: QuoteLexicon): number {
  // "said Friday", "criticized last week the plan": a date is no object.
  while (
    k < end &&
    (lex.timeWords.has(lower(tokens[k])) ||
      (TIME_MODIFIERS.has(lower(tokens[k])) && lex.timeWords.has(lower(tokens[k + 1] ?? tokens[k]))))
  )
    k++;
  if (k >= end || tokens[k].pos === 'ADP' || lower(tokens[k]) === 'that') return -1;
  if (cueAt(tokens, k, end, lex)?.phrase) return -1; // "said according to Reuters": no object
  const t = tokens[k];
  // "backed raising taxes", "called for increased spending": a gerund, or a participle before its noun.
  const participle = t.pos === 'VERB' && /ed$/.test(lower(t)) && tokens[k + 1]?.pos === 'NOUN';
  return OBJECT_START.has(t.pos) || (t.pos === 'VERB' && /ing$/.test(lower(t))) || participle ? k : -1;
}

/**
 * The object of a cue's preposition ("called on Friday for a recount", "asked her about the
 * emails" → "a recount", "the emails"); -1 when the cue takes no such preposition here.
 */
export function prepositionObject(
  tokens: Token[],
  k: number,
  end: number,
  form: CueForm,
  lex: QuoteLexicon,
): number {
  if (!form.prepositions.length) return -1;
  let j = k;
  // Adverbs, dates and particles ("spoke out on Tuesday about").
  const skippable = (t: Token) => t.pos === 'ADV' || lex.timeWords.has(lower(t)) || PARTICLES.has(lower(t));
  for (;;) {
    while (j < end && skippable(tokens[j]) && !form.prepositions.includes(lower(tokens[j]))) j++;
    // "called on Friday for ...": a date phrase, even one opened by a listed preposition.
    if (j + 1 < end && tokens[j].pos === 'ADP' && lex.timeWords.has(lower(tokens[j + 1]))) j += 2;
    else break;
  }
  if (j < end && form.takesObject && !form.prepositions.includes(lower(tokens[j]))) {
    const hearer = hearerAfter(tokens, j, end, lex);
    if (hearer) j = hearer.last + 1;
  }
  if (j + 1 >= end || !form.prepositions.includes(lower(tokens[j]))) return -1;
  const t = tokens[j + 1];
  if (QUESTION_WORDS.has(lower(t))) return j + 1;
  return stanceObject(tokens, j + 1, end, lex);
}

const TIME_MODIFIERS = new Set(['last', 'this', 'next', 'early', 'late', 'earlier', 'later']);
const PARTICLES = new Set(['out', 'up', 'back', 'again']);
export const EMBEDDED_QUESTION = new Set(['whether', 'if', 'how', 'why']);
export const QUESTION_WORDS = new Set([
  'how',
  'what',
  'why',
  'whether',
  'who',
  'whom',
  'when',
  'where',
  'which',
]);

/** The object runs to the clause's end: a comma, a semicolon, a coordinated verb or an adverbial clause. */
export function objectEnd(tokens: Token[], start: number, end: number, lex: QuoteLexicon): number {
  let e = contentEnd(tokens, start, end, lex);
  for (let j = start + 1; j <= e; j++) {
    const w = lower(tokens[j]);
    // "accused Roe on Tuesday of lying": the day sits inside the object, which goes on at "of".
    const dayThenOf = MEDIUM_PREPOSITIONS.has(w) && lex.timeWords.has(lower(tokens[j + 1]));
    if (j + 2 <= e && dayThenOf && lower(tokens[j + 2]) === 'of') {
      j += 2;
      continue;
    }
    // "endorsed Roe last week": a date closing the object is the report's, not the object's.
    const dated = j + 1 === e && TIME_MODIFIERS.has(w) && lex.timeWords.has(lower(tokens[j + 1]));
    if (tokens[j].text === ',' || OBJECT_BREAK.has(w) || dated || mediumPhraseAt(tokens, j, e, lex)) {
      e = j - 1;
      break;
    }
  }
  while (e > start && tokens[e].pos === 'PUNCT' && !isMark(tokens[e])) e--;
  return e;
}

/**
 * "criticized the levy in a statement on Friday", "attacked Roe in early-morning tweets": a
 * phrase naming the medium or the day of the report is the writer's, not part of its object.
 */
function mediumPhraseAt(tokens: Token[], j: number, e: number, lex: QuoteLexicon): boolean {
  if (!MEDIUM_PREPOSITIONS.has(lower(tokens[j]))) return false;
  for (let k = j + 1; k <= e && k <= j + 4; k++) {
    const w = lower(tokens[k]);
    if (lex.mediumNouns.has(w) || (k === j + 1 && lex.timeWords.has(w))) return true;
    if (tokens[k].pos === 'ADP' || tokens[k].pos === 'VERB') return false;
  }
  return false;
}

const MEDIUM_PREPOSITIONS = new Set(['in', 'on', 'via', 'during', 'through']);

export const OBJECT_BREAK = new Set([
  'during',
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

// "..., who/whose ...": a non-restrictive relative is the writer's addition.
const NON_RESTRICTIVE = new Set(['who', 'whom', 'whose']);
// After a comma these open the writer's adverbial clause, not more of the report.
const CLAUSE_BREAK = new Set(['although', 'though', 'while', 'whereas', 'as']);
const AND_SUBORDINATE = new Set(['when', 'after', 'once', 'because', 'although', 'though', 'while']);
