import type { Actor, Quote, QuoteKind, Timex } from '../contract/extraction.js';
import type { StageResults } from '../pipeline/stage.js';
import type { Doc, Span, Token } from '../text/types.js';
import {
  type Attribution,
  attributionAfter,
  attributionBefore,
  spanOf,
  speakerOfCue,
} from './attribution.js';
import { findBlocks } from './blocks.js';
import { contentEnd, findReports, type Report } from './indirect.js';
import type { QuoteLexicon } from './lexicon.js';
import { type Block, findSegments, type Segment } from './marks.js';
import { clauseSubject, type MentionRange } from './mention.js';
import { SpeakerNames } from './names.js';
import { findRelay } from './relay.js';
import { isCapitalised, isMark, isVerbal, lower, tokenAt } from './tokens.js';

/** A quote before naming: its content, kind and the attribution it got (if any). */
interface Draft {
  span: Span;
  kind: QuoteKind;
  attribution: Attribution | null;
  rule: string;
}

const inside = (a: Span, b: Span) => a[0] >= b[0] && a[1] <= b[1];
const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));

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
  });
  const drafts = attributeSegments(doc, blocks, segments, reports, lex);
  const quoted = drafts.slice(); // in text order: searched by position below
  for (const r of reports.all) {
    if (r.attribution.speaker?.kind === 'nominal' && reports.isNested(r)) continue;
    const within = overlapping(quoted, r.content);
    const covered = within.reduce((n, d) => n + overlap(d.span, r.content), 0);
    if (covered >= 0.8 * (r.content[1] - r.content[0])) continue; // the quote itself is the content
    if (within.some((d) => !inside(d.span, r.content))) continue; // a quote straddles it: not a clause
    drafts.push({
      span: r.content,
      kind: within.length ? 'mixed' : 'indirect',
      attribution: r.attribution,
      rule: r.rule,
    });
  }
  drafts.sort((a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1]);
  return nameAndDate(doc, drafts, earlier.actors ?? [], earlier.timexes ?? [], lex);
}

/** A report whose cue lies inside another report's content ("X said the plan, which critics call ..."). */
/** Reports by the sentence they lie in, so that every look-up stays local. */
class ReportIndex {
  readonly all: Report[] = [];
  private readonly bySentence = new Map<number, Report[]>();

  constructor(private readonly doc: Doc) {}

  add(r: Report): void {
    this.all.push(r);
    const s = this.sentenceOf(r.content[0]);
    const list = this.bySentence.get(s);
    if (list) list.push(r);
    else this.bySentence.set(s, [r]);
  }

  inSentence(s: number): Report[] {
    return this.bySentence.get(s) ?? [];
  }

  /** The first report whose content holds the span. */
  containing(span: Span): Report | undefined {
    return this.inSentence(this.sentenceOf(span[0])).find((r) => inside(span, r.content));
  }

  /** A report whose cue lies inside another report's content ("X said the plan, which critics call ..."). */
  isNested(r: Report): boolean {
    const at = this.doc.tokens[r.attribution.cueFirst].span[0];
    return this.inSentence(this.sentenceOf(r.content[0])).some(
      (o) => o !== r && o.content[0] <= at && at < o.content[1],
    );
  }

  private sentenceOf(offset: number): number {
    const { tokens } = this.doc;
    const i = Math.min(tokenAt(tokens, offset), tokens.length - 1);
    return i >= 0 ? tokens[i].sentence : 0;
  }
}

/** The last report with a speaker whose cue lies in the token range [first, end). */
function lastReportIn(reports: ReportIndex, tokens: Token[], first: number, end: number): Report | undefined {
  if (end <= first) return undefined;
  let found: Report | undefined;
  for (let s = tokens[first].sentence; s <= tokens[end - 1].sentence; s++) {
    for (const r of reports.inSentence(s)) {
      const c = r.attribution.cueFirst;
      if (r.attribution.speaker && c >= first && c < end && (!found || c > found.attribution.cueFirst))
        found = r;
    }
  }
  return found;
}

/** The drafts (sorted by start, not overlapping each other) that overlap a span. */
function overlapping(sorted: Draft[], span: Span): Draft[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].span[1] <= span[0]) lo = mid + 1;
    else hi = mid;
  }
  const out: Draft[] = [];
  for (let k = lo; k < sorted.length && sorted[k].span[0] < span[1]; k++) {
    if (overlap(sorted[k].span, span) > 0) out.push(sorted[k]);
  }
  return out;
}

function blockTokens(doc: Doc, block: Block): [number, number] {
  return [tokenAt(doc.tokens, block.span[0]), tokenAt(doc.tokens, block.span[1])];
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
    let attribution: Attribution | null = null;
    let rule = 'marks';
    const tryAfter = () =>
      seg.unclosed || seg.continues ? null : attributionAfter(tokens, after, limit, lex);
    const tryBefore = () => attributionBefore(tokens, first, floor, lex);
    attribution = endsOpen ? (tryAfter() ?? tryBefore()) : (tryBefore() ?? tryAfter());
    if (attribution?.speaker === null) {
      // "..., adding: "..."": the speaker of the clause before, else the sentence's subject.
      const carried =
        sentenceSubject(doc, attribution.cueFirst, lex, true) ?? samePara?.draft.attribution?.speaker;
      attribution = carried ? { ...attribution, speaker: carried } : null;
    }
    if (attribution && !isDirect(inner) && attribution.rule.startsWith('before/')) {
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
    if (!attribution) {
      const report = reports.containing(seg.span);
      if (report) [attribution, rule] = [report.attribution, 'marks/in-report'];
    }
    if (!attribution && !isDirect(inner)) {
      const complement = complementOf(doc, first, lex);
      if (complement) {
        reports.add(complement);
        [attribution, rule] = [complement.attribution, 'marks/in-complement'];
      }
    }
    if (!attribution && (seg.continued || (samePara && isDirect(inner))) && previous?.draft.attribution) {
      [attribution, rule] = [previous.draft.attribution, 'marks/carry'];
    }
    if (!attribution) {
      const report = reports
        .inSentence(tokens[first].sentence)
        .find((r) => r.attribution.speaker && r.attribution.cueFirst < first);
      if (report) [attribution, rule] = [report.attribution, 'marks/sentence-cue'];
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
    if (isTitle(inner)) return; // “The Daily Show”: a name, not speech
    const draft: Draft = {
      span: seg.span,
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
 * A fragment quoted inside reporting prose is the complement of the verb that governs it
 * ("X called the plan a “disaster”"): the content runs from that verb to the clause end and
 * the verb's subject is the speaker.
 */
function complementOf(doc: Doc, first: number, lex: QuoteLexicon): Report | null {
  const { tokens } = doc;
  const sentence = doc.sentences[tokens[first].sentence];
  for (let v = first - 1; v >= sentence.firstToken && v >= first - 25; v--) {
    const t = tokens[v];
    if (t.text === ';') return null;
    const prev = v > sentence.firstToken ? tokens[v - 1] : null;
    // The tagger sometimes reads a cue verb as a noun ("the leader accused ...").
    const cueWord =
      lex.cues.has(lower(t)) && prev?.pos !== 'DET' && (prev?.pos !== 'ADJ' || lex.skip.has(lower(prev)));
    if (!cueWord || isCapitalised(t)) continue;
    if (prev && (prev.pos === 'ADP' || lower(prev) === 'to')) continue;
    const form = lex.cues.get(lower(t));
    const speaker =
      speakerOfCue(tokens, v, v, sentence.firstToken, sentence.endToken, null, lex) ??
      (form ? sentenceSubject(doc, v, lex) : null);
    if (!speaker) return null;
    const end = clauseEnd(tokens, v + 1, first, sentence.endToken, lex);
    const attribution: Attribution = {
      cueFirst: v,
      cueLast: v,
      form: form ?? null,
      speaker,
      tokens: [speaker.first, v + 1],
      rule: 'complement',
    };
    return { content: [tokens[v + 1].span[0], tokens[end].span[1]], attribution, rule: 'report/complement' };
  }
  return null;
}

const OPENING = /^(?:''|``|["“”„«»‘’'])/;
const CLOSING = /(?:''|["“”„«»‘’'])$/;
const innerText = (quoted: string) => quoted.replace(OPENING, '').replace(CLOSING, '');

/** Every word capitalised (small words aside): the title of a work or show, not a quotation. */
function isTitle(inner: string): boolean {
  const all = inner.replace(/[,.!?]+$/, '').split(/\s+/);
  const words = all.filter((w) => w.length > 3 || /^\p{Lu}/u.test(w));
  return all.length <= 6 && words.length > 0 && words.every((w) => /^[\p{Lu}\d]/u.test(w));
}

/** The complement of a cue that a quoted fragment completes, from the cue to the clause end. */
function envelopeAfterCue(doc: Doc, a: Attribution, first: number, lex: QuoteLexicon): Report | null {
  const { tokens } = doc;
  const sentence = doc.sentences[tokens[first].sentence];
  if (tokens[a.cueLast].sentence !== tokens[first].sentence) return null;
  const start = a.cueLast + 1;
  const end = clauseEnd(tokens, start, first, sentence.endToken, lex);
  return { content: [tokens[start].span[0], tokens[end].span[1]], attribution: a, rule: 'report/complement' };
}

const CLAUSE_BREAK = new Set(['but', 'during', 'after', 'before', 'when', 'while', 'because', 'since', ';']);

/**
 * The last token of a complement holding a quote that opens at token `first`: the clause runs
 * past the quote's closing mark up to a comma, a coordinated predicate or an adverbial.
 */
function clauseEnd(tokens: Token[], start: number, first: number, end: number, lex: QuoteLexicon): number {
  let k = first + 1;
  while (k < end && !isMark(tokens[k])) k++; // the closing mark
  for (let j = k + 1; j < end; j++) {
    const t = tokens[j];
    const w = lower(t);
    if (isMark(t) && j + 1 < end) {
      k = j; // a later quoted piece of the same clause
      continue;
    }
    if (
      t.text === ',' ||
      CLAUSE_BREAK.has(w) ||
      lex.timeWords.has(w) ||
      ((w === 'and' || w === 'or') && j + 1 < end && isVerbal(tokens[j + 1]))
    ) {
      return Math.max(k, j - 1);
    }
  }
  return Math.max(start, contentEnd(tokens, start, end));
}

/** The subject opening the sentence of token i, when it is a name or a pronoun. */
function sentenceSubject(doc: Doc, i: number, lex: QuoteLexicon, nominal = false): MentionRange | null {
  const s = doc.sentences[doc.tokens[i].sentence];
  return clauseSubject(doc.tokens, s.firstToken, i, lex, nominal);
}

/** `The agency released a statement: “...”`: a colon introduces the quote; its clause's subject speaks. */
function colonSubject(doc: Doc, first: number, floor: number, lex: QuoteLexicon): Attribution | null {
  const colon = first - 1;
  if (colon < floor || doc.tokens[colon].text !== ':') return null;
  const speaker = sentenceSubject(doc, colon, lex, true);
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

/** A whole sentence or more: starts with a capital (or a digit) and runs several words. */
function isDirect(inner: string): boolean {
  return /^[\s.…]*[\p{Lu}\d[]/u.test(inner) && inner.trim().split(/\s+/).length >= 3;
}

/** "Jane Roe said:" ending the previous paragraph introduces the quote that opens this one. */
function colonIntro(doc: Doc, block: Block, lex: QuoteLexicon): Attribution | null {
  const [first, end] = blockTokens(doc, block);
  if (end <= first || doc.tokens[end - 1].text !== ':') return null;
  return attributionBefore(doc.tokens, end, first, lex);
}

function nameAndDate(
  doc: Doc,
  drafts: Draft[],
  actors: readonly Actor[],
  timexes: readonly Timex[],
  lex: QuoteLexicon,
): Quote[] {
  const names = new SpeakerNames(doc, actors, lex);
  const { tokens, text } = doc;
  const lastDate = new Map<string, string>();
  let previous: Attribution | null = null;
  const resolved = new Map<Attribution, ReturnType<SpeakerNames['resolve']>>();
  return drafts.map((d) => {
    const quote: Quote = {
      span: d.span,
      text: text.slice(d.span[0], d.span[1]),
      kind: d.kind,
      speaker: null,
      rule: d.rule,
    };
    const a = d.attribution;
    if (!a) return quote;
    quote.cue = {
      span: spanOf(tokens, a.cueFirst, a.cueLast),
      text: text.slice(tokens[a.cueFirst].span[0], tokens[a.cueLast].span[1]),
    };
    if (a.speaker) {
      let who = resolved.get(a);
      if (!who) {
        who = names.resolve(a.speaker);
        resolved.set(a, who);
      }
      quote.speaker = { name: who.name, span: spanOf(tokens, a.speaker.first, a.speaker.last) };
      if (who.actor) quote.speaker.actor = who.actor;
      const relay = findRelay(doc, a, actors, lex);
      if (relay) quote.relayedBy = relay;
      // A quote that carries on (the same attribution, a carried speaker, a pronoun) keeps the
      // date of that speaker's previous quote; a fresh attribution without a date has none.
      const carriesOn = d.rule.includes('carry') || a.speaker.kind === 'pronoun' || a === previous;
      const date = dateOf(doc, a, timexes) ?? (carriesOn ? lastDate.get(who.name) : undefined);
      previous = a;
      if (date) {
        quote.date = date;
        lastDate.set(who.name, date);
      }
    }
    return quote;
  });
}

/** The date of the attribution's sentence, from the time stage. */
function dateOf(doc: Doc, a: Attribution, timexes: readonly Timex[]): string | undefined {
  const s = doc.sentences[doc.tokens[a.cueFirst].sentence];
  const t = timexes.find((x) => x.type === 'DATE' && x.span[0] >= s.span[0] && x.span[1] <= s.span[1]);
  return t?.value;
}
