import type { Doc, Span, Token } from '../text/types.js';
import { type Attribution, affiliated, cueAt, participleSubject, speakerOfCue } from './attribution.js';
import {
  contentEnd,
  contentStart,
  EMBEDDED_QUESTION,
  fusedPeriod,
  objectEnd,
  prepositionObject,
  QUESTION_WORDS,
  stanceObject,
} from './boundaries.js';
import type { CueForm, QuoteLexicon } from './lexicon.js';
import { clauseSubject, type MentionRange, mentionAfter, mentionBefore } from './mention.js';
import {
  accordingTo,
  asClause,
  passiveReport,
  readingStart,
  relativeVerb,
  reportBefore,
} from './sentence-reports.js';
import { isMark, isPossessiveMark, isVerbal, lower, opensAdjunct } from './tokens.js';

/** Reported content without (or with partial) quotation marks, and what attributes it. */
export interface Report {
  content: Span;
  attribution: Attribution;
  rule: string;
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
  let subject = mentionAfter(tokens, s, end, lex);
  // "Although Roe said X, at the hearing this week she said Y": an opening phrase before the
  // main clause's subject pronoun.
  for (let p = s; !subject && p < end && p <= s + 8 && tokens[p].text !== ','; p++)
    if (SUBJECT_PRONOUNS.has(lower(tokens[p])) && p > s) subject = { first: p, last: p, kind: 'pronoun' };
  if (!subject) return null;
  let v = subject.last + 1;
  while (v < end && lex.skip.has(lower(tokens[v]))) v++;
  return v < end && isVerbal(tokens[v]) ? { subject, comma: s } : null;
}

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it']);

// Conjunctions opening a subordinate clause before the main one ("Although Roe said ..., ...").
const SUBORDINATORS = new Set([
  'although',
  'though',
  'while',
  'whereas',
  'when',
  'if',
  'as',
  'after',
  'before',
  'because',
  'since',
  'once',
  'until',
  'unless',
]);

/** A relative pronoun opening a clause set off by a comma ("Roe, who said ..."). */
function inAsideRelative(tokens: Token[], m: MentionRange): boolean {
  const w = lower(tokens[m.first]);
  return m.kind === 'pronoun' && (w === 'who' || w === 'which') && tokens[m.first - 1]?.text === ',';
}

/**
 * "Roe, who is running second, stuck to policy, saying ...": a participle shares the main
 * clause's subject, the name before the aside ("Jane Roe of Tarn": the person), not the aside's
 * relative pronoun.
 */
function outsideAside(
  tokens: Token[],
  m: MentionRange | null,
  c: number,
  first: number,
  end: number,
  lex: QuoteLexicon,
): MentionRange | null {
  // A participle inside the aside ("Roe, who went on TV defending ...") is the pronoun's.
  if (!m || !inAsideRelative(tokens, m) || c < asideEnd(tokens, m.last + 1, end, lex)) return m;
  const before = mentionBefore(tokens, m.first - 2, first, lex);
  if (!before || before.last !== m.first - 2 || before.kind === 'pronoun') return m;
  return affiliated(tokens, before, first, lex) ?? before;
}

/** The comma from k on that a verb follows (past adverbs), where an aside gives way to its clause; else end. */
function asideEnd(tokens: Token[], k: number, end: number, lex: QuoteLexicon): number {
  for (let j = k; j + 1 < end; j++) {
    if (tokens[j].text !== ',') continue;
    let v = j + 1;
    while (v < end && (lex.skip.has(lower(tokens[v])) || tokens[v].pos === 'ADV')) v++;
    if (v < end && isVerbal(tokens[v]) && !/ing$/.test(lower(tokens[v]))) return j;
  }
  return end;
}

/** The cue at c closes a clause opened by a subordinator ("after the talks concluded"), with no comma or mark between. */
function inAdverbialClause(tokens: Token[], c: number, first: number): boolean {
  for (let j = c - 1; j >= first; j--) {
    const t = tokens[j];
    if (t.text === ',' || isMark(t)) return j + 1 < c && SUBORDINATORS.has(lower(tokens[j + 1]));
    if (SUBORDINATORS.has(lower(t)) && (t.pos === 'SCONJ' || t.pos === 'ADP' || t.pos === 'ADV')) return true;
  }
  return false;
}

/**
 * Token c lies inside a quotation of its sentence [first, end): an odd number of quotation marks
 * on each side of it (a quotation begun in an earlier sentence leaves only its closing mark).
 */
function insideQuotation(tokens: Token[], first: number, c: number, end: number): boolean {
  const count = (from: number, to: number) => {
    let marks = 0;
    for (let j = from; j < to; j++) if (isMark(tokens[j]) && !isPossessiveMark(tokens, j)) marks++;
    return marks;
  };
  return count(first, c) % 2 === 1 && count(c + 1, end) % 2 === 1;
}

/**
 * `it was (widely) reported`, `it has been learned`: the pronoun `it` right before a passive cue;
 * with `hearer` (a cue whose object is its hearer: tell, ask, warn ...) any subject (`Roe was told`).
 */
export function impersonalPassive(
  tokens: Token[],
  speaker: MentionRange,
  c: number,
  hearer: boolean,
): boolean {
  const empty = speaker.first === speaker.last && lower(tokens[speaker.first]) === 'it';
  if (!empty && !hearer) return false;
  if (!/(ed|wn|id|ld)$/.test(lower(tokens[c]))) return false;
  let be = false;
  for (let j = speaker.last + 1; j < c; j++) {
    const w = lower(tokens[j]);
    if (PASSIVE_BE.has(w)) be = true;
    else if (!(tokens[j].pos === 'ADV' || w === 'has' || w === 'had')) return false;
  }
  return be;
}

const PASSIVE_BE = new Set(['is', 'are', 'was', 'were', 'been', 'be', 'being']);

/**
 * The cue at c sits in a subordinate clause that opens the sentence from `first`: a subordinator
 * with no comma or mark between it and c, and either no verb before it (`And while ...`, `A few
 * weeks after ...`, `For example, if ...`) or right after `, and` / `, but` (`..., and when Roe
 * said X, the crowd booed`), where a new clause of the writer's begins.
 */
function opensWithSubordinate(tokens: Token[], first: number, c: number): boolean {
  let k = c - 1;
  while (k >= first && !SUBORDINATORS.has(lower(tokens[k]))) {
    if (tokens[k].text === ',' || isMark(tokens[k])) return false;
    k--;
  }
  if (k < first) return false;
  if (k >= first + 2 && /^(and|but)$/.test(lower(tokens[k - 1])) && tokens[k - 2].text === ',') return true;
  for (let j = first; j < k; j++) if (isVerbal(tokens[j]) || isMark(tokens[j])) return false;
  return true;
}

const ATTRIBUTIVE_BEFORE = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'your']);

/** "270 pledged delegates", "the reported deal": a past participle between a determiner and a noun. */
function attributive(tokens: Token[], c: number, first: number): boolean {
  if (c <= first || !/ed$/.test(lower(tokens[c])) || tokens[c + 1]?.pos !== 'NOUN') return false;
  const before = tokens[c - 1];
  return before.pos === 'NUM' || ATTRIBUTIVE_BEFORE.has(lower(before));
}

/**
 * "a group called Tarn Watch", "a new film titled ...": the participle names the indefinite noun
 * (a name in quotation marks stays a quoted report: "a group called the “...”").
 */
function namesNoun(
  tokens: Token[],
  c: number,
  first: number,
  end: number,
  form: CueForm,
  lex: QuoteLexicon,
): boolean {
  if (!lex.naming.has(lower(tokens[c])) || form.prepositions.includes(lower(tokens[c + 1] ?? tokens[c])))
    return false;
  for (let j = c + 1; j < end && j <= c + 8; j++) if (isMark(tokens[j])) return false;
  let k = c - 1;
  while (k > first && /^(NOUN|PROPN|ADJ)$/.test(tokens[k].pos)) k--;
  return k < c - 1 && tokens[c - 1].pos === 'NOUN' && /^(a|an)$/.test(lower(tokens[k]));
}

const AFTER_DURATION = new Set(['after', 'before', 'later', 'earlier', 'ago', 'into', 'since', 'following']);

/** An object opening with a span of time: "two days after ...", "hours after", "a few weeks later". */
function opensWithDuration(tokens: Token[], start: number, lex: QuoteLexicon): boolean {
  for (let k = start; k < tokens.length && k <= start + 2; k++) {
    if (lex.durations.has(lower(tokens[k]))) return AFTER_DURATION.has(lower(tokens[k + 1] ?? tokens[k]));
    if (!/^(NUM|DET|ADJ)$/.test(tokens[k].pos)) return false;
  }
  return false;
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
  const words = doc.lower();
  for (let c = first; c < end; c++) {
    // Most words open no cue: two look-ups spare the full test.
    if (!lex.cues.has(words[c]) && !lex.phrasesByFirst.has(words[c])) continue;
    const cue = cueAt(tokens, c, end, lex, true);
    if (!cue) continue;
    if (cue.phrase) {
      // Only a phrase naming its source after it ("according to X") reports here; "shot back",
      // "went on" attribute quotations next to them.
      const report =
        cue.phrase.speaker === 'after' ? accordingTo(tokens, c, cue.last, first, end, lex) : null;
      if (report) out.push(report);
      // "went on to say that ...": the phrase's own speech verb reports like any cue.
      const lastWord = cue.phrase.words[cue.phrase.words.length - 1];
      c = cue.phrase.speaker === 'before' && lex.cues.has(lastWord) ? cue.last - 1 : cue.last;
      continue;
    }
    const form = cue.form;
    if (!form) continue;
    if (attributive(tokens, c, first) || namesNoun(tokens, c, first, end, form, lex)) continue;
    const passive = passiveReport(tokens, c, first, end, lex);
    if (passive) {
      out.push(passive);
      continue;
    }
    let speaker = speakerOfCue(tokens, c, c, first, end, null, lex);
    const impersonalStart =
      speaker && impersonalPassive(tokens, speaker, c, form.takesObject)
        ? contentStart(tokens, c + 1, end, form, lex)
        : -1;
    if (impersonalStart >= 0) {
      // "It was revealed in March that ...": an empty "it" before a passive cue names nobody;
      // "Roe was told that ...", "Roe was asked whether ...": the subject is the hearer, not the
      // speaker, and nobody is named as speaking (an agent, "by X", is read by passiveReport).
      const start = impersonalStart;
      let stop = end;
      if (opensWithSubordinate(tokens, first, c))
        stop = mainSubjectAfter(tokens, c + 1, end, lex)?.comma ?? end;
      let last = Math.min(contentEnd(tokens, start, end, lex), stop - 1);
      while (last > start && tokens[last].pos === 'PUNCT' && !isMark(tokens[last])) last--;
      out.push({
        content: [tokens[start].span[0], tokens[last].span[1] - fusedPeriod(tokens[last])],
        attribution: { cueFirst: c, cueLast: c, form, speaker: null, tokens: [first, start], rule: '' },
        rule: 'report/impersonal',
      });
      continue;
    }
    // "Roe went on to say that ...", "she began by saying that ...": the governing verb's subject.
    if (!speaker && c > first && /^(to|by)$/.test(lower(tokens[c - 1])))
      speaker = participleSubject(tokens, c, first, lex);
    if (form.participle && (!speaker || opensAdjunct(tokens, c, first))) {
      // "..., the mayor said, adding that ...": the participle shares the main clause's speaker,
      // not that of a report nested in it ("Roe said she believes X, saying Y": Roe).
      speaker = outsideAside(
        tokens,
        firstSpeaker ??
          participleSubject(tokens, c, first, lex) ??
          clauseSubject(tokens, first, c, lex, true),
        c,
        first,
        end,
        lex,
      );
    }
    let stop = end; // where the content must end at the latest
    if (form.participle && !speaker && c - 1 === first && ADVERBIAL_OPENERS.has(lower(tokens[first]))) {
      // "After saying X, Roe left.": the subject of the main clause after the comma.
      const main = mainSubjectAfter(tokens, c + 1, end, lex);
      if (main) [speaker, stop] = [main.subject, main.comma];
    }
    if (stop === end && speaker && inAsideRelative(tokens, speaker)) {
      // "Roe, who said the ferry was safe, resigned": the report ends with the relative clause,
      // at the comma before the main clause's verb.
      stop = asideEnd(tokens, c + 1, end, lex);
    }
    if (stop === end && opensWithSubordinate(tokens, first, c)) {
      // "While Roe said the levy would pass, the council voted it down.": the report ends with
      // the subordinate clause it sits in, before the main clause after the comma.
      const main = mainSubjectAfter(tokens, c + 1, end, lex);
      if (main) stop = main.comma;
    }
    let conj = c - 1;
    while (conj > first && lex.skip.has(lower(tokens[conj]))) conj--;
    if (!speaker && conj >= first && /^(and|but)$/.test(lower(tokens[conj]))) {
      // "Jane Roe met the press and (has) said ...": a coordinated cue shares the clause's subject.
      speaker = firstSpeaker ?? clauseSubject(tokens, first, c, lex, true);
    }
    if (speaker) lastSpeaker = speaker;
    // "“We do not see a link,” the mayor said, adding ...": a speaker inside the quotation is
    // not the sentence's.
    if (speaker && !insideQuotation(tokens, first, c, end)) firstSpeaker ??= speaker;
    else speaker = null;
    const aside = asClause(tokens, c, first, end, speaker);
    if (aside.length) {
      out.push(...aside);
      continue;
    }
    // "after the interview concluded, Roe stated ...": a cue closing an adverbial clause before
    // its comma reports nothing; the main clause after the comma is not its content.
    if (tokens[c + 1]?.text === ',' && inAdverbialClause(tokens, c, first)) continue;
    // "Officials who read the report said ...": reading is no report; "the sign read" only quotes.
    if (form.marksOnly) continue;
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
    const relative =
      speaker && clause < 0 && !form.stance ? relativeVerb(tokens, speaker, c, first, end, lex) : null;
    if (relative) {
      const verbAfter = relative.verb;
      // "a deadline that aides said went unnoticed": the rest of the relative clause the cue sits in;
      // "The tax, which the board said was legal, passed.": one set off by a comma ends at the
      // comma before the main clause's verb.
      const pronoun = relative.speaker.first - 1;
      const aside = tokens[pronoun - 1]?.text === ',' ? asideEnd(tokens, verbAfter, end, lex) : end;
      let last = Math.min(contentEnd(tokens, verbAfter, end, lex), stop - 1, aside - 1);
      while (last > verbAfter && tokens[last].pos === 'PUNCT' && !isMark(tokens[last])) last--;
      out.push({
        content: [tokens[verbAfter].span[0], tokens[last].span[1] - fusedPeriod(tokens[last])],
        attribution: {
          cueFirst: c,
          cueLast: c,
          form,
          speaker: relative.speaker,
          tokens: [first, verbAfter],
          rule: '',
        },
        rule: 'report/relative',
      });
      continue;
    }
    if (speaker && start >= 0 && object) {
      // "said two days after the vote", "spoke hours after": a span of time is no content.
      if (opensWithDuration(tokens, start, lex)) continue;
      const last = objectEnd(tokens, start, end, lex);
      // "sees the levy as a tax": a construal states a view only with its "as".
      if (form.construal && !tokens.slice(start, last + 1).some((t) => lower(t) === 'as')) continue;
      const rule =
        viaPreposition >= 0 ? 'report/preposition' : form.stance ? 'report/stance' : 'report/object';
      out.push(report(last, rule));
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
    // "Asked about the levy, Roe said ...": the topic of a question nobody is named as asking.
    const askedAbout = viaPreposition >= 0 && lower(tokens[viaPreposition - 1]) === 'about';
    if (!speaker && start >= 0 && form.question && (question || askedAbout) && askedAside(tokens, c, first)) {
      // "Asked whether he would run, Roe said no.": the question, nobody named as asking it;
      // "Asked by a reporter whether ...": the agent asked it.
      if (lower(tokens[c + 1] ?? tokens[c]) === 'by') speaker = mentionAfter(tokens, c + 2, start, lex);
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
