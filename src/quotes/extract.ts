import type { Quote, QuoteKind } from '../contract/extraction.js';
import type { StageResults } from '../pipeline/stage.js';
import type { Doc, Span } from '../text/types.js';
import {
  type Attribution,
  attributionAfter,
  attributionBefore,
  attributionBeforeAsides,
  cueAt,
  invertedOpening,
  participleSubject,
  speakerOfCue,
} from './attribution.js';
import { findBlocks } from './blocks.js';
import { characterizationOf, complementOf, envelopeAfterCue } from './complement.js';
import { type Draft, overlapping } from './draft.js';
import { evidentialReports } from './evidential.js';
import { headlineReport, transcriptTurns } from './headline.js';
import { findReports, type Report } from './indirect.js';
import type { QuoteLexicon } from './lexicon.js';
import { type Block, findSegments, type Segment } from './marks.js';
import {
  headToken,
  type MentionRange,
  mentionAfter,
  mentionBefore,
  negativePicker,
  sentenceSubject,
} from './mention.js';
import { nameAndDate } from './naming.js';
import { nominalReports } from './nominal.js';
import { lastReportIn, ReportIndex } from './report-index.js';
import { inside, overlap } from './spans.js';
import { isMark, isSentenceEnd, isVerbal, lower, opensAdjunct, tokenAt } from './tokens.js';

/** The whole stage: quoted segments and reports, attributed, named, dated. */
export function extractQuotes(
  doc: Doc,
  earlier: Readonly<Partial<StageResults>>,
  lex: QuoteLexicon,
): Quote[] {
  const blocks = findBlocks(doc);
  const segments = findSegments(doc.text, blocks);
  const reports = new ReportIndex(doc);
  doc.sentences.forEach((_, i) => {
    for (const r of findReports(doc, i, lex)) reports.add(r);
    for (const r of nominalReports(doc, i, lex)) reports.add(r);
    for (const r of evidentialReports(doc, i, lex)) reports.add(r);
  });
  const headline = headlineReport(doc, lex);
  if (headline) reports.add(headline);
  for (const r of transcriptTurns(doc, lex)) reports.add(r);
  // "Nobody in the ministry believes ...": the speaker is nobody in it, not the ministry.
  for (const r of reports.all) {
    const nobody = r.attribution.speaker && negativePicker(doc.tokens, r.attribution.speaker, lex);
    if (nobody) r.attribution.speaker = nobody;
  }
  const drafts = attributeSegments(doc, blocks, segments, reports, lex);
  const quoted = drafts.slice(); // in text order: searched by position below
  const emitted = new Map<string, Span[]>(); // report contents by kind and speaker mention
  for (const r of reports.all) {
    if (r.attribution.speaker?.kind === 'nominal' && reports.isNested(r)) continue;
    // "... that the levy failed: “It is a disaster,” she added": the quotation is not the report's.
    const content = beforeOwnQuotation(doc, r, overlapping(quoted, r.content));
    if (content === null) continue;
    const within = overlapping(quoted, content);
    // "pledged their support for the strike": the noun's report repeats the verb's; list it once
    // (never a quoted passage).
    if (reports.isTailOfVerbal(r) && !within.length) continue;
    // The quote itself is the content ("said that “...”"), unless words of the writer's lead into
    // it ("said he wanted “...”": a mixed report).
    if (wordsOutside(doc.text, content, within) === 0) continue;
    if (within.some((d) => !inside(d.span, content))) continue; // a quote straddles it: not a clause
    // Quoted words the stage reads as a title ("cited his remarks calling her “Miss Tarn”") still
    // make the clause a mixed one: it holds words in quotation marks.
    const marked = DOUBLE_PAIR.test(doc.text.slice(content[0], content[1]));
    const kind = within.length || marked ? 'mixed' : 'indirect';
    // The same clause read twice (after its cue and as the complement a quote completes): once.
    const key = `${kind}:${r.attribution.speaker?.first}:${r.attribution.speaker?.last}`;
    const same = emitted.get(key) ?? [];
    if (same.some((span) => overlap(span, content) > 0)) continue;
    const span =
      kind === 'mixed' && within.length
        ? trimAfterQuotes(doc, content, within[within.length - 1].span[1], lex)
        : content;
    drafts.push({ span, kind, attribution: r.attribution, rule: r.rule });
    emitted.set(key, [...same, content]);
  }
  drafts.sort((a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1]);
  return nameAndDate(doc, drafts, earlier.actors ?? [], earlier.timexes ?? [], lex);
}

/**
 * A report's content ends before a quotation that has an attribution of its own right after it
 * (`... that the levy had failed: “It is a disaster,” she added`): the quotation is reported by
 * that attribution, and the content is the words before it, past the colon or dash. Null when
 * no words are left.
 */
function beforeOwnQuotation(doc: Doc, r: Report, within: Draft[]): Span | null {
  const { tokens, text } = doc;
  const own = within.find(
    (d) =>
      d.kind === 'direct' &&
      d.attribution?.rule.startsWith('after/') === true &&
      d.span[0] > r.content[0] &&
      /[:—–-]\s*$/u.test(text.slice(r.content[0], d.span[0])) &&
      tokens[d.attribution.cueFirst].span[0] >= d.span[1] &&
      tokens[d.attribution.cueFirst].span[0] < r.content[1] &&
      (d.attribution.cueFirst > r.attribution.cueLast || d.attribution.cueLast < r.attribution.cueFirst),
  );
  if (!own) return r.content;
  const before = text.slice(r.content[0], own.span[0]).replace(/[\s:;,—–-]+$/u, '');
  return /[\p{L}\p{N}]/u.test(before) ? [r.content[0], r.content[0] + before.length] : null;
}

/** A pair of double quotation marks around some words. */
const DOUBLE_PAIR = /["“„«][^"“”„«»]+["”»]/;

/** The words of `content` outside the quoted passages in it, "that" aside. */
function wordsOutside(text: string, content: Span, within: Draft[]): number {
  let rest = '';
  let at = content[0];
  for (const d of within) {
    rest += ` ${text.slice(at, Math.max(at, d.span[0]))}`;
    at = Math.max(at, d.span[1]);
  }
  rest += ` ${text.slice(at, content[1])}`;
  return (rest.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).filter((w) => w.toLowerCase() !== 'that')
    .length;
}

/**
 * A mixed report ends with its last quoted words when a dash or an adverbial clause follows them
 * ("called the plan a “disaster” during a visit"): what follows is the writer's, not the report's.
 */
function trimAfterQuotes(doc: Doc, content: Span, quoteEnd: number, lex: QuoteLexicon): Span {
  const { tokens } = doc;
  const k = tokenAt(tokens, quoteEnd);
  const w = k < tokens.length && tokens[k].span[0] < content[1] ? lower(tokens[k]) : '';
  // A date right after the quoted words ("a “disgrace” Wednesday on ...") is the writer's too.
  return ENDS_REPORT.has(w) || lex.timeWords.has(w) ? [content[0], quoteEnd] : content;
}

// Measured on the train split (during: on dev): after a closing mark these end the report more often than not.
const ENDS_REPORT = new Set(['but', 'while', 'since', 'during', '—', '–', '―', '-']);

function blockTokens(doc: Doc, block: Block): [number, number] {
  return [tokenAt(doc.tokens, block.span[0]), tokenAt(doc.tokens, block.span[1])];
}

/**
 * A quote credited by a line of its own: a paragraph that is only a dash (or a hyphen), a name and maybe a
 * cue or description after a comma (`— Jane Roe, speaking on Sunday`) right after a paragraph the
 * quote fills. (A digest's bracketed tag, `“...” [Outlet.]`, names the outlet that ran the story,
 * not a speaker: left alone.)
 */
function creditLine(
  doc: Doc,
  blocks: Block[],
  segments: Segment[],
  seg: Segment,
  first: number,
  after: number,
  pFirst: number,
  pEnd: number,
  lex: QuoteLexicon,
): Attribution | null {
  const { tokens } = doc;
  const credit = (m: MentionRange, cue: number, end: number): Attribution => ({
    cueFirst: cue,
    cueLast: cue,
    form: null,
    speaker: m,
    tokens: [cue, end],
    rule: 'after/credit',
  });
  const block = blocks[seg.paragraph + 1];
  if (first !== pFirst || after < pEnd || !block) return null;
  if (segments.some((s) => s.paragraph === seg.paragraph + 1)) return null;
  const [nFirst, nEnd] = blockTokens(doc, block);
  if (!/^[―—–-]$/.test(tokens[nFirst]?.text ?? '') || nEnd - nFirst > 14) return null;
  const m = mentionAfter(tokens, nFirst + 1, nEnd, lex);
  if (m?.kind !== 'name') return null;
  if (m.last + 1 < nEnd && tokens[m.last + 1].text !== ',' && tokens[m.last + 1].text !== '.') return null;
  // After the comma a cue or a description, no clause: "speaking on Sunday", "the mayor".
  for (let j = m.last + 1; j < nEnd; j++)
    if (tokens[j].pos === 'AUX' || (tokens[j].pos === 'VERB' && !/(ing|ed)$/.test(lower(tokens[j]))))
      return null;
  return credit(m, nFirst, nEnd);
}

function attributeSegments(
  doc: Doc,
  blocks: Block[],
  segments: Segment[],
  reports: ReportIndex,
  lex: QuoteLexicon,
): Draft[] {
  const { tokens, text } = doc;
  const drafts: Draft[] = [];
  let previous: { seg: Segment; draft: Draft } | null = null;
  segments.forEach((seg, n) => {
    const [pFirst, pEnd] = blockTokens(doc, blocks[seg.paragraph]);
    const first = tokenAt(tokens, seg.span[0]);
    const after = tokenAt(tokens, seg.span[1]);
    const next = segments[n + 1];
    const limit = next && next.paragraph === seg.paragraph ? tokenAt(tokens, next.span[0]) : pEnd;
    const samePara = previous && previous.seg.paragraph === seg.paragraph ? previous : null;
    const floor = samePara ? tokenAt(tokens, samePara.seg.span[1]) : pFirst;
    const inner = innerText(text.slice(seg.span[0], seg.span[1]));
    const endsOpen = /[,?!—–-]\s*$/.test(inner);
    if (STAGE_DIRECTION.test(inner)) return; // "(CROSSTALK.)" in a transcript: nobody's words
    let attribution: Attribution | null = transcriptLabel(doc, first, after);
    let rule = attribution ? 'marks/transcript' : 'marks';
    // A transcript's words start after the speaker's label.
    const span: Span = attribution ? [tokens[attribution.cueLast + 1].span[0], seg.span[1]] : seg.span;
    const tryAfter = () =>
      seg.unclosed || seg.continues ? null : attributionAfter(tokens, after, limit, lex);
    const tryBefore = () => attributionBefore(tokens, first, floor, lex);
    attribution ??= endsOpen ? (tryAfter() ?? tryBefore()) : (tryBefore() ?? tryAfter());
    attribution ??= attributionBeforeAsides(tokens, first, floor, lex);
    attribution ??= invertedOpening(tokens, first, floor, lex);
    // "Roe said the ruling showed that the board “...”": quoted words inside a reported clause are
    // the report's, not those of a subject inside that clause.
    const outer =
      attribution && !isDirect(inner) ? outerReport(doc, reports, seg.span, attribution, lex) : null;
    if (outer) [attribution, rule] = [outer.attribution, 'marks/in-report'];
    // "The court found that X, and that drivers had “...”": the verb of the first that-clause governs the second.
    const coordinated = isDirect(inner) ? null : coordinatedReport(doc, reports, first);
    if (coordinated && (!attribution || attribution.cueFirst < coordinated.and))
      [attribution, rule] = [coordinated.report.attribution, 'marks/in-report'];
    if (attribution?.speaker === null && attribution.rule !== 'before/passive-hearer') {
      // "..., adding: "..."": the speaker of the clause before, else the sentence's subject.
      const carried =
        cueJustBefore(doc, attribution.cueFirst, lex) ??
        // "..., adding: “...”" and "Roe knocked Vale and called him a “...”": the subject of the
        // verb before.
        ((attribution.form?.participle && opensAdjunct(tokens, attribution.cueFirst, 0)) ||
        /^(and|but)$/.test(lower(tokens[attribution.cueFirst - 1] ?? tokens[0]))
          ? participleSubject(tokens, attribution.cueFirst, sentenceStart(doc, attribution.cueFirst), lex)
          : null) ??
        sentenceSubject(doc, attribution.cueFirst, lex, true) ??
        samePara?.draft.attribution?.speaker;
      attribution = carried ? { ...attribution, speaker: carried } : null;
    }
    // A phrase cue set off by a comma ("as X put it in a profile, “...”"): the quote is all it introduces.
    const phraseCue =
      attribution?.form === null && attribution.rule === 'before/subject' && tokens[first - 1]?.text === ',';
    // A title after a cue taking a hearer (told “Morning Tarn” that ...) is the hearer, completing nothing.
    const hearerTitle = isTitle(inner) && attribution?.form?.takesObject === true;
    if (
      attribution &&
      !isDirect(inner) &&
      attribution.rule.startsWith('before/') &&
      !phraseCue &&
      !hearerTitle
    ) {
      // "X called the plan a “disaster”": the quoted words complete the cue's complement.
      const envelope = envelopeAfterCue(doc, attribution, first, lex);
      if (envelope) reports.add(envelope);
    }
    if (!attribution && first === pFirst && seg.paragraph > 0) {
      const [prevFirst, prevEnd] = blockTokens(doc, blocks[seg.paragraph - 1]);
      attribution =
        colonIntro(doc, blocks[seg.paragraph - 1], lex) ?? colonSubject(doc, prevEnd, prevFirst, lex);
      if (attribution) rule = 'marks/colon';
    }
    if (!attribution && isDirect(inner)) {
      attribution = colonSubject(doc, first, floor, lex);
      if (attribution) rule = 'marks/colon';
    }
    if (!attribution && isDirect(inner)) {
      attribution = creditLine(doc, blocks, segments, seg, first, after, pFirst, pEnd, lex);
      if (attribution) rule = 'marks/credit';
    }
    if (!attribution) {
      const report = reports.containing(seg.span);
      if (report) [attribution, rule] = [report.attribution, 'marks/in-report'];
    }
    if (!attribution && !isDirect(inner)) {
      const complement = complementOf(doc, first, lex) ?? characterizationOf(doc, first, lex);
      if (complement) {
        reports.add(complement);
        [attribution, rule] = [complement.attribution, 'marks/in-complement'];
      }
    }
    // `“...,” said Roe, a lawyer, “but ...”`: the previous piece's attribution runs up to this piece.
    const interrupted =
      samePara?.draft.attribution?.rule.startsWith('after/') === true &&
      samePara.draft.attribution.tokens[1] === first;
    if (
      !attribution &&
      (seg.continued || interrupted || (samePara && isDirect(inner))) &&
      previous?.draft.attribution
    ) {
      [attribution, rule] = [previous.draft.attribution, 'marks/carry'];
    }
    if (!attribution) {
      const report = reports
        .inSentence(tokens[first].sentence)
        .find((r) => r.attribution.speaker && r.attribution.cueFirst < first);
      if (report) [attribution, rule] = [report.attribution, 'marks/sentence-cue'];
    }
    if (!attribution && first > pFirst && isDirect(inner) && isSentenceEnd(tokens[first - 1])) {
      // "The plan may fail, Roe said. “The cost is too high.”": the paragraph's speaker goes on.
      const lastReport = lastReportIn(reports, tokens, Math.max(floor, pFirst), first);
      if (lastReport && sentenceJustBefore(doc, lastReport, first)) {
        [attribution, rule] = [lastReport.attribution, 'marks/carry-sentence'];
      } else {
        // "Roe agreed. “The cost is too high.”": a sentence of a speaker and a bare cue.
        attribution = bareCue(doc, first - 1, Math.max(floor, pFirst), lex);
        if (attribution) rule = 'marks/bare-cue';
      }
    }
    if (
      !attribution &&
      /^\p{Ll}/u.test(inner) &&
      samePara?.draft.attribution &&
      samePara.draft.kind === 'direct' &&
      tokens[tokenAt(tokens, samePara.seg.span[1] - 1)].sentence === tokens[first].sentence - 1
    ) {
      // "“It is ambush journalism,” she says. It is “a new kind of journalism.”": words quoted in
      // the sentence after a speaker's quote go on with that speaker.
      [attribution, rule] = [samePara.draft.attribution, 'marks/carry-partial'];
    }
    if (!attribution && first === pFirst && isDirect(inner) && seg.paragraph > 0) {
      // A quote-only paragraph goes on with the last speaker of the paragraph before it.
      const [prevFirst, prevEnd] = blockTokens(doc, blocks[seg.paragraph - 1]);
      const lastReport = lastReportIn(reports, tokens, prevFirst, prevEnd);
      const lastQuote = previous?.seg.paragraph === seg.paragraph - 1 ? previous.draft.attribution : null;
      const carried =
        lastReport && (!lastQuote || lastReport.attribution.cueFirst > lastQuote.cueFirst)
          ? lastReport.attribution
          : lastQuote;
      if (carried) [attribution, rule] = [carried, 'marks/carry-paragraph'];
    }
    const kind: QuoteKind = isDirect(inner) ? 'direct' : 'partial';
    // “The Daily Show”: a name, not speech — unless it opens its sentence and an attribution
    // follows it (“Like Oakland,” Roe said.).
    const opensSentence = sentenceStart(doc, first) === first;
    // The next piece of an interrupted quote (“...,” she said. “The Donald. Big Daddy.”) is speech too.
    const quoteGoesOn = rule === 'marks/carry' && opensSentence;
    // An attributed exclamation or question (chanting “No More Tolls!”) is speech, however capitalised.
    const exclaimed = attribution !== null && /[!?]$/.test(inner.trim());
    // Words right after their cue (singing “It's Our Time,” a hat reading, “Make Tarn Great”) are
    // what the cue reports, however capitalised.
    let gap = first - 1;
    if (tokens[gap]?.text === ',' || tokens[gap]?.text === ':') gap--;
    // A participle naming a thing (a book called “Women at Work”) keeps its title a title, and a
    // cue taking a hearer (told “Morning Tarn”) has a show as its hearer.
    const naming =
      (gap > 0 && /ed$/.test(lower(tokens[gap])) && tokens[gap - 1].pos === 'NOUN') ||
      attribution?.form?.takesObject === true;
    const cued = attribution?.rule.startsWith('before/') === true && attribution.cueLast === gap && !naming;
    if (
      isTitle(inner) &&
      !(opensSentence && attribution?.rule.startsWith('after/')) &&
      !quoteGoesOn &&
      !exclaimed &&
      !cued
    )
      return;
    const draft: Draft = {
      span,
      kind,
      attribution,
      rule: attribution && rule === 'marks' ? `marks/${attribution.rule}` : rule,
    };
    drafts.push(draft);
    previous = { seg, draft };
  });
  return drafts;
}

/**
 * The report whose content holds both the quoted fragment `span` and the cue of its attribution
 * `a` ("Roe said [the ruling showed that the board “...”]"): the fragment is part of what that
 * report's speaker said. Null when `a` is that report's or lies outside every report.
 */
function outerReport(
  doc: Doc,
  reports: ReportIndex,
  span: Span,
  a: Attribution,
  lex: QuoteLexicon,
): Report | null {
  const { tokens } = doc;
  const cue = tokens[a.cueFirst].span;
  // A person or pronoun inside the clause may speak for themselves ("Roe said Vale called it a “sham”").
  if (
    a.speaker &&
    (a.speaker.kind !== 'nominal' || lex.personNouns.has(lower(tokens[headToken(tokens, a.speaker)])))
  )
    return null;
  const r = reports.containing(span);
  if (!r || r.attribution === a || r.attribution.cueLast >= a.cueFirst) return null;
  // A report whose cue stands inside another quotation ("“I think ...,” he said, “...”") holds nothing here.
  for (let k = r.attribution.cueLast + 1; k < a.cueFirst; k++) if (isMark(tokens[k])) return null;
  if (!(r.content[0] <= cue[0] && cue[1] <= r.content[1])) return null;
  // The fragment's cue is the reported clause's own verb: its subject opens the content ("said [the
  // ruling] showed", "said that [the ruling] showed"), not a later clause ("..., a man yelled").
  if (!a.speaker) return null;
  let open = tokenAt(tokens, r.content[0]);
  if (lower(tokens[open]) === 'that') open++;
  return a.speaker.first === open ? r : null;
}

/**
 * "The court found that the fees were unfair, and that drivers had “...”": a fragment in a
 * that-clause coordinated with an earlier one belongs to the report whose content opens with that
 * earlier "that" (the nearest before the "and"); `and` is the conjunction's token.
 */
function coordinatedReport(
  doc: Doc,
  reports: ReportIndex,
  first: number,
): { report: Report; and: number } | null {
  const { tokens } = doc;
  const start = sentenceStart(doc, first);
  for (let k = first - 1; k > start && k >= first - 12; k--) {
    const t = tokens[k];
    if (isMark(t) || t.text === ';' || isSentenceEnd(t)) return null;
    if (lower(t) !== 'that' || !/^(and|or)$/.test(lower(tokens[k - 1]))) continue;
    const and = k - 1;
    let found: Report | null = null;
    for (const r of reports.inSentence(t.sentence)) {
      const a = r.attribution;
      const open = tokenAt(tokens, r.content[0]);
      if (!a.speaker || a.cueLast >= and || lower(tokens[open]) !== 'that' || open >= and) continue;
      if (!found || a.cueFirst > found.attribution.cueFirst) found = r;
    }
    return found ? { report: found, and } : null;
  }
  return null;
}

/**
 * "Jane Roe agreed." ending at the period `stop`: a speech cue closing its sentence with its
 * speaker before it and nothing after it.
 */
function bareCue(doc: Doc, stop: number, floor: number, lex: QuoteLexicon): Attribution | null {
  const { tokens } = doc;
  const start = Math.max(floor, sentenceStart(doc, stop));
  let c = stop - 1;
  // "Roe said in a statement.", "Roe said on Tuesday.": a short phrase may close the sentence
  // after the cue, a preposition or a date opening it, with no verb, comma or mark of its own.
  for (let k = stop - 2; k > start && k >= stop - 7; k--) {
    const t = tokens[k];
    if (isVerbal(t) && cueAt(tokens, k, stop, lex)?.form) {
      const w = tokens[k + 1];
      if (w.pos === 'ADP' || lex.timeWords.has(lower(w))) c = k;
      break;
    }
    if (t.text === ',' || isMark(t) || isVerbal(t)) break;
  }
  if (c <= start) return null;
  const cue = cueAt(tokens, c, stop, lex);
  if (!cue?.form || cue.form.belief) return null;
  const speaker = speakerOfCue(tokens, c, c, start, stop, cue.form, lex);
  if (!speaker || speaker.last >= c) return null;
  return {
    cueFirst: c,
    cueLast: c,
    form: cue.form,
    speaker,
    tokens: [speaker.first, stop],
    rule: 'before/bare',
  };
}

/** The report's cue lies in the sentence right before token `first`. */
function sentenceJustBefore(doc: Doc, r: { attribution: Attribution }, first: number): boolean {
  return doc.tokens[r.attribution.cueFirst].sentence === doc.tokens[first].sentence - 1;
}

const STAGE_DIRECTION = /^\(\p{Lu}[\p{Lu}\s]*\.?\)\.?$/u;

/**
 * A transcript line: `"PENCE: Well, ..."` — a label of capitals and a colon right after the
 * opening mark names the speaker; the label is the attribution.
 */
function transcriptLabel(doc: Doc, first: number, after: number): Attribution | null {
  const { tokens } = doc;
  let k = first;
  if (k < after && /^(?:''|``|["“”„«»‘’'])$/.test(tokens[k].text)) k++;
  const start = k;
  while (k < after && k - start < 3 && /^\p{Lu}[\p{Lu}.'’-]+$/u.test(tokens[k].text)) k++;
  if (k === start || k + 1 >= after || tokens[k].text !== ':') return null;
  const speaker: MentionRange = { first: start, last: k - 1, kind: 'name' };
  return { cueFirst: k, cueLast: k, form: null, speaker, tokens: [start, k + 1], rule: 'transcript' };
}

const OPENING = /^(?:''|``|["“”„«»‘’'])/;
const CLOSING = /(?:''|["“”„«»‘’'])$/;
const innerText = (quoted: string) => quoted.replace(OPENING, '').replace(CLOSING, '');

// Words a title leaves in lower case ("Gone with the Wind").
const TITLE_SMALL_WORDS = new Set(
  'a an the of and or nor but in on at to for by with from as into over per via vs. vs'.split(' '),
);

/** Every word capitalised (small words aside): the title of a work or show, not a quotation. */
function isTitle(inner: string): boolean {
  const all = inner.replace(/[,.!?]+$/, '').split(/\s+/);
  const words = all.filter((w) => !TITLE_SMALL_WORDS.has(w));
  return all.length <= 6 && words.length > 0 && words.every((w) => /^[\p{Lu}\d]/u.test(w));
}

/**
 * "..., Mira Dahl said, adding, “...”": a cue right before the participle's comma gives its speaker,
 * nearer than the sentence's subject.
 */
function cueJustBefore(doc: Doc, participle: number, lex: QuoteLexicon): MentionRange | null {
  const { tokens } = doc;
  const c = participle - 2;
  if (c < 1 || tokens[participle - 1].text !== ',') return null;
  const cue = cueAt(tokens, c, participle, lex);
  if (!cue?.form || cue.form.participle || tokens[c].pos !== 'VERB') return null;
  const start = sentenceStart(doc, c);
  const speaker = speakerOfCue(tokens, c, c, start, participle, cue.form, lex);
  return speaker && speaker.last < c ? speaker : null;
}

/** `The agency released a statement: “...”`: a colon introduces the quote; its clause's subject speaks. */
function colonSubject(doc: Doc, first: number, floor: number, lex: QuoteLexicon): Attribution | null {
  const colon = first - 1;
  if (colon < floor || doc.tokens[colon].text !== ':') return null;
  const named = nameBeforeColon(doc, colon, lex);
  // "HEADLINE - Jane Roe:", "More from Roe:": the credited name, whatever the clause before it.
  const credited = named && /^(?:[-–—―]|from)$/i.test(doc.tokens[named.first - 1]?.text ?? '') ? named : null;
  const speaker = credited ?? sentenceSubject(doc, colon, lex, true) ?? named;
  if (!speaker) return null;
  return {
    cueFirst: colon,
    cueLast: colon,
    form: null,
    speaker,
    tokens: [speaker.first, first],
    rule: 'before/colon',
  };
}

/**
 * `... - Jane Roe: “...”`, `More from Roe: “...”`: with no clause subject, a name right before the
 * colon credits the quote (a capitalised label like `Breaking:` is no name of a speaker).
 */
function nameBeforeColon(doc: Doc, colon: number, lex: QuoteLexicon): MentionRange | null {
  const { tokens } = doc;
  const start = sentenceStart(doc, colon);
  const m = mentionBefore(tokens, colon - 1, start, lex);
  return m && m.kind === 'name' && m.last === colon - 1 && m.first > start ? m : null;
}

/** A whole sentence or more: starts with a capital (or a digit) and runs several words. */
function isDirect(inner: string): boolean {
  // "counted “1,870 break-ins” across the county": a figure opening words that end no
  // sentence is a fragment of the writer's clause.
  if (/^[\s.…]*\d/.test(inner) && !/[.?!…]["”’'»]*\s*$/.test(inner)) return false;
  return /^[\s.…]*[\p{Lu}\d[(]/u.test(inner) && inner.trim().split(/\s+/).length >= 3;
}

/** "Jane Roe said:" ending the previous paragraph introduces the quote that opens this one. */
function colonIntro(doc: Doc, block: Block, lex: QuoteLexicon): Attribution | null {
  const [first, end] = blockTokens(doc, block);
  if (end <= first || doc.tokens[end - 1].text !== ':') return null;
  return attributionBefore(doc.tokens, end, first, lex);
}

const sentenceStart = (doc: Doc, i: number) => doc.sentences[doc.tokens[i].sentence].firstToken;
