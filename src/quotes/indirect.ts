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

const ADVERBIAL_OPENERS = new Set(['after', 'before', 'while', 'when', 'since', 'upon', 'besides']);

/**
 * The subject of the main clause after the first comma from k (a closing mark may follow the
 * comma), when a verb follows it; `comma` is where the clause before it ends.
 */
function mainSubjectAfter(
  tokens: Token[],
  k: number,
  end: number,
  lex: QuoteLexicon,
): { subject: MentionRange; comma: number } | null {
  let comma = k;
  while (comma < end && tokens[comma].text !== ',') comma++;
  let s = comma + 1;
  while (s < end && isMark(tokens[s])) s++;
  const subject = mentionAfter(tokens, s, end, lex);
  if (!subject) return null;
  let v = subject.last + 1;
  while (v < end && lex.skip.has(lower(tokens[v]))) v++;
  return v < end && isVerbal(tokens[v]) ? { subject, comma: s } : null;
}

/** 1 when a lower-case word carries the sentence's period in its token ("said no."), else 0. */
function fusedPeriod(t: Token): number {
  return /^\p{Ll}+\.$/u.test(t.text) ? 1 : 0;
}

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);
const OBJECT_PRONOUNS = new Set(['her', 'him', 'them', 'us', 'me', 'you', 'it']);

/** The hearer after a cue that takes one: a mention, or an object pronoun ("told her"). */
function hearerAfter(tokens: Token[], j: number, end: number, lex: QuoteLexicon): MentionRange | null {
  if (j < end && OBJECT_PRONOUNS.has(lower(tokens[j]))) return { first: j, last: j, kind: 'pronoun' };
  return mentionAfter(tokens, j, end, lex);
}

/** Where the content after a cue starts: "that ...", or a bare clause, after an object or a PP. */
function contentStart(tokens: Token[], k: number, end: number, form: CueForm, lex: QuoteLexicon): number {
  const takesObject = form.takesObject;
  if (form.infinitive && infinitiveAt(tokens, k, end)) return k;
  let j = k;
  if (takesObject && j < end && lower(tokens[j]) !== 'that') {
    const obj = mentionAfter(tokens, j, end, lex);
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
        if (
          (isVerbal(tokens[p]) && !isCapitalised(tokens[p])) ||
          isMark(tokens[p]) ||
          isSentenceEnd(tokens[p])
        )
          break;
      }
    }
  }
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
      // "said after the meeting she would not ...": a subject pronoun opens the bare clause.
      if (p > j + 1 && SUBJECT_PRONOUNS.has(lower(tokens[p])) && clauseAt(tokens, p, end, lex)) return p;
      if (isVerbal(tokens[p]) || isMark(tokens[p]) || tokens[p].text === ',') break;
    }
  }
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

/**
 * The content's last token: the sentence end, leaving out final punctuation outside marks, or
 * the end of the first predicate when the subject goes on with another ("... and urged ...").
 */
export function contentEnd(tokens: Token[], start: number, end: number, lex?: QuoteLexicon): number {
  let e = end - 1;
  for (let j = start + 1; j + 1 < end; j++) {
    const t = lower(tokens[j]);
    const next = lower(tokens[j + 1]);
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
    const clauseAfter =
      t === ',' &&
      ((next === 'which' && hasPredicate(tokens, start, j)) ||
        // "..., who ..." unless it goes on a list of relatives ("people who A, who B").
        (NON_RESTRICTIVE.has(next) &&
          hasPredicate(tokens, start, j) &&
          !tokens.slice(start, j).some((x) => lower(x) === next)) ||
        // "said X, telling reporters that Y": the participle opens the writer's next report.
        lex?.cues.get(next)?.participle === true ||
        CLAUSE_BREAK.has(next) ||
        // "..., according to X": the phrase names the source of the sentence, the report ends.
        (next === 'according' && lower(tokens[j + 2] ?? tokens[j]) === 'to') ||
        ((next === 'and' || next === 'but') && lex !== undefined && clauseAt(tokens, j + 2, end, lex)) ||
        // "..., and when asked why, the nurse replied ...": a subordinate clause opens the writer's next sentence part.
        ((next === 'and' || next === 'but') && AND_SUBORDINATE.has(lower(tokens[j + 2] ?? tokens[j]))));
    if (clauseAfter) {
      e = j - 1;
      break;
    }
  }
  while (e > start && tokens[e].pos === 'PUNCT' && !isMark(tokens[e])) e--;
  return e;
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
  let firstSpeaker: MentionRange | null = null;
  for (let c = first; c < end; c++) {
    const cue = cueAt(tokens, c, end, lex, true);
    if (!cue) continue;
    if (cue.phrase) {
      // Only a phrase naming its source after it ("according to X") reports here; "shot back",
      // "went on" attribute quotations next to them.
      const report =
        cue.phrase.speaker === 'after' ? accordingTo(tokens, c, cue.last, first, end, lex) : null;
      if (report) out.push(report);
      c = cue.last;
      continue;
    }
    const form = cue.form;
    if (!form) continue;
    const passive = passiveReport(tokens, c, first, end, lex);
    if (passive) {
      out.push(passive);
      continue;
    }
    let speaker = speakerOfCue(tokens, c, c, first, end, null, lex);
    if (form.participle && (!speaker || tokens[c - 1]?.text === ',')) {
      // "..., the mayor said, adding that ...": the participle shares the main clause's speaker,
      // not that of a report nested in it ("Roe said she believes X, saying Y": Roe).
      speaker = firstSpeaker ?? clauseSubject(tokens, first, c, lex, true);
    }
    let stop = end; // where the content must end at the latest
    if (form.participle && !speaker && c - 1 === first && ADVERBIAL_OPENERS.has(lower(tokens[first]))) {
      // "After saying X, Roe left.": the subject of the main clause after the comma.
      const main = mainSubjectAfter(tokens, c + 1, end, lex);
      if (main) [speaker, stop] = [main.subject, main.comma];
    }
    let conj = c - 1;
    while (conj > first && lex.skip.has(lower(tokens[conj]))) conj--;
    if (!speaker && conj >= first && /^(and|but)$/.test(lower(tokens[conj]))) {
      // "Jane Roe met the press and (has) said ...": a coordinated cue shares the clause's subject.
      speaker = firstSpeaker ?? clauseSubject(tokens, first, c, lex, true);
    }
    if (speaker) lastSpeaker = speaker;
    if (speaker) firstSpeaker ??= speaker;
    else speaker = null;
    const aside = asClause(tokens, c, first, end, speaker);
    if (aside.length) {
      out.push(...aside);
      continue;
    }
    const clause = form.stance ? -1 : contentStart(tokens, c + 1, end, form, lex);
    const viaPreposition = clause < 0 ? prepositionObject(tokens, c + 1, end, form, lex) : -1;
    const object = clause < 0 && (form.objectContent || viaPreposition >= 0);
    const start =
      viaPreposition >= 0 ? viaPreposition : object ? stanceObject(tokens, c + 1, end, lex) : clause;
    // A report whose content runs from `start` to token `last`, attributed to the cue at c.
    const report = (last: number, rule: string) => ({
      content: [tokens[start].span[0], tokens[last].span[1] - fusedPeriod(tokens[last])] as [number, number],
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
    const verbAfter =
      speaker && clause < 0 && !form.stance ? relativeVerb(tokens, speaker, c, first, end, lex) : -1;
    if (verbAfter >= 0) {
      // "a deadline that aides said went unnoticed": the rest of the relative clause the cue sits in.
      let last = Math.min(contentEnd(tokens, verbAfter, end, lex), stop - 1);
      while (last > verbAfter && tokens[last].pos === 'PUNCT' && !isMark(tokens[last])) last--;
      out.push({
        content: [tokens[verbAfter].span[0], tokens[last].span[1] - fusedPeriod(tokens[last])],
        attribution: {
          cueFirst: c,
          cueLast: c,
          form,
          speaker: speaker!,
          tokens: [first, verbAfter],
          rule: '',
        },
        rule: 'report/relative',
      });
      continue;
    }
    if (speaker && start >= 0 && object) {
      const rule =
        viaPreposition >= 0 ? 'report/preposition' : form.stance ? 'report/stance' : 'report/object';
      out.push(report(objectEnd(tokens, start, end, lex), rule));
      continue;
    }
    if (speaker && start >= 0) {
      let last = Math.min(contentEnd(tokens, start, end, lex), stop - 1);
      while (last > start && tokens[last].pos === 'PUNCT' && !isMark(tokens[last])) last--;
      if (last >= start) out.push(report(last, 'report/forward'));
      continue;
    }
    const question =
      start >= 0 && (QUESTION_WORDS.has(lower(tokens[start])) || EMBEDDED_QUESTION.has(lower(tokens[start])));
    if (!speaker && start >= 0 && form.question && question && askedAside(tokens, c, first)) {
      // "Asked whether he would run, Roe said no.": the question, nobody named as asking it.
      const last = objectEnd(tokens, start, end, lex);
      if (last >= start) out.push(report(last, 'report/asked'));
      continue;
    }
    // "CLAUSE, Jane Roe said." / "CLAUSE, said Jane Roe."
    const back = form.participle ? [] : reportBefore(tokens, c, first, end, form, lex);
    if (back.length) {
      out.push(...back);
      lastSpeaker = back[0].attribution.speaker;
      firstSpeaker ??= lastSpeaker;
    }
  }
  return out;
}

const RELATIVES = new Set(['that', 'which', 'what', 'who']);

/**
 * The verb right after a cue whose speaker opens a relative clause ("a deadline that aides said
 * went unnoticed", "which critics say was the best speech"): the clause's own verb, with no
 * subject of its own. -1 when the cue is not so placed.
 */
function relativeVerb(
  tokens: Token[],
  speaker: MentionRange,
  c: number,
  first: number,
  end: number,
  lex: QuoteLexicon,
): number {
  const r = speaker.first - 1;
  if (r <= first || !RELATIVES.has(lower(tokens[r]))) return -1;
  const before = tokens[r - 1];
  if (before.text !== ',' && !['NOUN', 'PROPN', 'PRON', 'VERB'].includes(before.pos)) return -1;
  let v = c + 1;
  while (v < end && lex.skip.has(lower(tokens[v])) && tokens[v].pos !== 'VERB' && tokens[v].pos !== 'AUX')
    v++;
  if (v >= end || (tokens[v].pos !== 'VERB' && tokens[v].pos !== 'AUX')) return -1;
  return /ing$/.test(lower(tokens[v])) ? -1 : c + 1;
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
function prepositionObject(
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

/** "Asked ..." opening the sentence, or "when/after/if asked ...": a passive with no asker named. */
function askedAside(tokens: Token[], c: number, first: number): boolean {
  if (c === first) return true;
  const before = lower(tokens[c - 1]);
  return (
    before === ',' ||
    before === 'when' ||
    before === 'after' ||
    before === 'if' ||
    before === 'once' ||
    before === 'as'
  );
}

const TIME_MODIFIERS = new Set(['last', 'this', 'next', 'early', 'late', 'earlier', 'later']);
const PARTICLES = new Set(['out', 'up', 'back', 'again']);
const EMBEDDED_QUESTION = new Set(['whether', 'if', 'how', 'why']);
const QUESTION_WORDS = new Set(['how', 'what', 'why', 'whether', 'who', 'whom', 'when', 'where', 'which']);

/** The object runs to the clause's end: a comma, a semicolon, a coordinated verb or an adverbial clause. */
export function objectEnd(tokens: Token[], start: number, end: number, lex: QuoteLexicon): number {
  let e = contentEnd(tokens, start, end, lex);
  for (let j = start + 1; j <= e; j++) {
    const w = lower(tokens[j]);
    if (tokens[j].text === ',' || OBJECT_BREAK.has(w) || mediumPhraseAt(tokens, j, e, lex)) {
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

const OBJECT_BREAK = new Set([
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
function asClause(
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
function reportBefore(
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
  const comma = attrStart - 1;
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
    content: [tokens[start].span[0], tokens[comma - 1].span[1]],
    attribution,
    rule: 'report/backward',
  };
  if (rest < 0) return [head];
  const last = contentEnd(tokens, rest, end, lex);
  const tail: Report = {
    content: [tokens[rest].span[0], tokens[last].span[1]],
    attribution,
    rule: 'report/interrupted',
  };
  return [{ ...head, rule: 'report/interrupted' }, tail];
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
function passiveReport(
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

/** "According to X, CLAUSE." and "CLAUSE, according to X." */
function accordingTo(
  tokens: Token[],
  c: number,
  last: number,
  first: number,
  end: number,
  lex: QuoteLexicon,
): Report | null {
  const speaker = mentionAfter(tokens, last + 1, end, lex) ?? sourcePhrase(tokens, last + 1, end);
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
  // "CLAUSE, according to X." and "CLAUSE according to X." closing the sentence.
  const comma = tokens[c - 1].text === ',' || DASHES.has(tokens[c - 1].text);
  const closes = speaker.last + 1 >= end || isSentenceEnd(tokens[speaker.last + 1]);
  const before = comma ? c - 2 : c - 1;
  // "..., Roe said, according to AP.": the phrase names who relayed Roe's words, not a speaker.
  // ("declined to renew the lease, according to X": an infinitive's cue is no such attribution.)
  for (let j = before; j >= first && j > before - 5; j--)
    if (cueAt(tokens, j, end, lex)?.form && lower(tokens[j + 1]) !== 'to') return null;
  const resumes = comma && !closes && tokens[speaker.last + 1].text === ',';
  if (resumes && before <= first + 1 && before >= first) {
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

const DASHES = new Set(['—', '–', '--']);

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
  for (let j = k; j < e; j++)
    if (/^(NOUN|PROPN)$/.test(tokens[j].pos)) return { first: k, last: e - 1, kind: 'nominal' };
  return null;
}

// "..., who/whose ...": a non-restrictive relative is the writer's addition.
const NON_RESTRICTIVE = new Set(['who', 'whom', 'whose']);
// After a comma these open the writer's adverbial clause, not more of the report.
const CLAUSE_BREAK = new Set(['although', 'though', 'while', 'whereas', 'as']);
const AND_SUBORDINATE = new Set(['when', 'after', 'once', 'because', 'although', 'though', 'while']);
