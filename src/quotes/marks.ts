import type { Span } from '../text/types.js';

/** A block of text marks are paired in: a paragraph, or a line of one (see blocks.ts). */
export interface Block {
  span: Span;
}

/** One run of quoted text, marks included. A quote crossing paragraphs is several segments. */
export interface Segment {
  span: Span;
  paragraph: number;
  /** Double marks (“ ” " « » „) or single ones (‘ ’ '). */
  double: boolean;
  /** Left open at the end of its paragraph, continued by the next one. */
  continues: boolean;
  /** Continues a segment of the previous paragraph. */
  continued: boolean;
  /** The closing mark is missing: the segment ends with its paragraph. */
  unclosed: boolean;
}

// Two apostrophes or backticks stand for a double mark in some archives ('' ... '').
const DOUBLE = /''|``|["“”„«»]/g;
const SINGLE = /['‘’]/g;
const LETTER = /[\p{L}\p{N}$]/u;
const OPEN_BEFORE = /[\s([{\-–—/:;,]/u;

/**
 * The matches of a global regex inside [start, end), with offsets into the whole text. It reads
 * the slice only: a regex run on the whole text from `start` would scan to the end of the article
 * for every mark-less paragraph, quadratic on articles with many paragraphs.
 */
function* matchesIn(
  re: RegExp,
  text: string,
  start: number,
  end: number,
): Generator<{ index: number; mark: string }> {
  const slice = text.slice(start, end);
  re.lastIndex = 0;
  for (let m = re.exec(slice); m; m = re.exec(slice)) yield { index: start + m.index, mark: m[0] };
}

const isLetter = (ch: string | undefined) => ch !== undefined && LETTER.test(ch);
const isSpace = (ch: string | undefined) => ch === undefined || /\s/.test(ch);

/** Whether a mark at i reads as an opening mark from its neighbours. */
function opensHere(text: string, i: number, start: number, width = 1): boolean {
  const before = i > start ? text[i - 1] : undefined;
  const after = text[i + width];
  return (before === undefined || OPEN_BEFORE.test(before) || /["“„«‘']/.test(before)) && !isSpace(after);
}

function closesHere(text: string, i: number, start: number, end: number, width = 1): boolean {
  const before = i > start ? text[i - 1] : undefined;
  const after = i + width < end ? text[i + width] : undefined;
  return before !== undefined && !isSpace(before) && !isLetter(after);
}

interface Pairing {
  spans: Span[];
  /** Where a mark was left open at the paragraph's end, or -1. */
  openAt: number;
}

/** Pairs double marks in one paragraph; mismatched curly/straight pairs are accepted. */
function pairDouble(text: string, start: number, end: number): Pairing {
  const spans: Span[] = [];
  let open = -1;
  let nested = false; // inside curly marks nested in a straight-quoted passage
  for (const m of matchesIn(DOUBLE, text, start, end)) {
    const i = m.index;
    const ch = m.mark;
    const w = ch.length;
    if (nested) {
      nested = ch !== '”';
      continue;
    }
    const opener = ch === '“' || ch === '„' || ch === '«' || (ch !== '»' && opensHere(text, i, start, w));
    const closer =
      ch === '”' || ch === '»' || (ch !== '«' && ch !== '„' && closesHere(text, i, start, end, w));
    if (open >= 0 && text[open] === '"' && ch === '“' && nestedInStraight(text, i, end)) {
      // "He read the question: “Do you agree?” Most said yes.": curly marks nested in straight ones.
      nested = true;
      continue;
    }
    if (open < 0) {
      if (opener && !(ch === '”' && closesHere(text, i, start, end))) open = i;
    } else if (closer || !opener) {
      spans.push([open, i + w]);
      open = -1;
    } else {
      open = i; // two openers in a row: the first was never closed
    }
  }
  return { spans, openAt: open };
}

/** A curly pair opening at i is closed, and a straight mark follows it to close the outer quote. */
function nestedInStraight(text: string, i: number, end: number): boolean {
  const close = text.indexOf('”', i + 1);
  if (close < 0 || close >= end) return false;
  const straight = text.indexOf('"', close + 1);
  return straight >= 0 && straight < end && text.slice(i + 1, close).indexOf('“') < 0;
}

/** Pairs single marks in one paragraph; an apostrophe inside a word never opens or closes. */
function pairSingle(text: string, start: number, end: number): Span[] {
  const spans: Span[] = [];
  let open = -1;
  for (const m of matchesIn(SINGLE, text, start, end)) {
    const i = m.index;
    const before = i > start ? text[i - 1] : undefined;
    const after = i + 1 < end ? text[i + 1] : undefined;
    if (isLetter(before) && isLetter(after)) continue; // don't, Russia’s
    const opener = !isLetter(before) && (isLetter(after) || after === '"' || after === '“');
    const closer = !isSpace(before) && !isLetter(after);
    if (open < 0) {
      if (opener && m.mark !== '’') open = i;
      else if (opener && m.mark === '’' && isSpace(before)) open = i;
    } else if (closer) {
      // "the farmers’ union": a plural possessive, when a later mark can still close the quote.
      const possessive = before === 's' && after === ' ' && /\p{Ll}/u.test(text[i + 2] ?? '');
      if (possessive && /['’]/.test(text.slice(i + 1, end))) continue;
      if (i > open + 1) spans.push([open, i + 1]);
      open = -1;
    }
  }
  return spans;
}

const startsWithOpener = (text: string, p: Block) =>
  /^(?:["“„«]|''|``)/.test(text.slice(p.span[0], p.span[0] + 2));

/**
 * Finds quoted segments paragraph by paragraph. A paragraph that leaves a mark open continues in
 * the next one only when that one opens with a mark (the news convention); any other unclosed
 * mark ends with its paragraph when it opened it, and is dropped otherwise, so an unbalanced
 * mark never swallows the rest of the article. Single marks count as quotation marks only in a
 * document that uses no double marks (elsewhere they are nested quotes or apostrophes).
 */
export function findSegments(text: string, paragraphs: Block[]): Segment[] {
  const out: Segment[] = [];
  DOUBLE.lastIndex = 0;
  const useSingle = !DOUBLE.test(text);
  let carried = false;
  paragraphs.forEach((p, k) => {
    const [start, end] = p.span;
    if (useSingle) {
      for (const span of pairSingle(text, start, end)) out.push(segment(span, k, false, false, false, false));
      return;
    }
    const { spans, openAt } = pairDouble(text, start, end);
    // A continued paragraph re-opens with a mark of its own, so its pairing is already right.
    const continued = carried && startsWithOpener(text, p);
    spans.forEach((span, i) => {
      out.push(segment(span, k, true, false, continued && i === 0 && span[0] === start, false));
    });
    carried = false;
    if (openAt >= 0) {
      const next = paragraphs[k + 1];
      const goesOn = next !== undefined && startsWithOpener(text, next);
      if (goesOn || openAt === start || /[:,]\s*$/.test(text.slice(Math.max(start, openAt - 3), openAt))) {
        out.push(segment([openAt, end], k, true, goesOn, continued && openAt === start, !goesOn));
        carried = goesOn;
      }
    }
  });
  return out;
}

function segment(
  span: Span,
  paragraph: number,
  double: boolean,
  continues: boolean,
  continued: boolean,
  unclosed: boolean,
): Segment {
  return { span, paragraph, double, continues, continued, unclosed };
}
