import type { Doc, Token } from '../text/types.js';

/** A word as the time grammar sees it: wink tokens, with hyphenated words split into parts. */
export interface Word {
  /** Lower-cased text, a final period of an abbreviation removed ("sept." → "sept"). */
  w: string;
  /** The text as written. */
  raw: string;
  start: number;
  end: number;
  pos: string;
  sentence: number;
  /** The stretch of text read (see `anchorWindows`); expressions never cross one. */
  segment: number;
  /** Joined to the previous word by a hyphen ("third-quarter"). */
  hyphenated: boolean;
}

/**
 * The letter of a quarter or half written number first ("1Q", "2H"), as a token of its own, with
 * the year when written against it ("2Q13", "1H2012": the tokenizer splits off the digit only).
 */
const SHORT_PERIOD_LETTER = /^[QH](\d\d|\d{4})?\.?$/;
const CLOCK_WITH_PERIOD = /^\d{1,2}(:\d\d)?[ap]m\.$/i;
const ISO_LIKE = /^\d{4}-\d{2}(-\d{2})?$/;
const SPLITTABLE = /^[A-Za-z0-9']+(-[A-Za-z0-9']+)+$/;

/**
 * The words of a Doc; hyphens between parts are dropped (adjacency is kept in the offsets).
 * With `keep` (a mask over tokens), only the tokens it marks are read; each run of marked tokens
 * within a sentence is a segment of its own.
 */
export function wordsOf(doc: Doc, keep?: Uint8Array): Word[] {
  const out: Word[] = [];
  let hyphenEnd = -1;
  let segment = -1;
  let lastToken = -2;
  let lastSentence = -1;
  for (let ti = 0; ti < doc.tokens.length; ti++) {
    if (keep && !keep[ti]) continue;
    const t = doc.tokens[ti];
    if (ti !== lastToken + 1 || t.sentence !== lastSentence) segment++;
    lastToken = ti;
    lastSentence = t.sentence;
    readToken(t);
  }
  return out;

  function readToken(t: Token): void {
    if (t.text === '-') {
      const prev = out[out.length - 1];
      if (prev && prev.end === t.span[0]) hyphenEnd = t.span[1];
      return;
    }
    if (t.text === '--') return;
    const joined = hyphenEnd === t.span[0];
    hyphenEnd = -1;
    const [s] = t.span;
    if (t.text.length > 2 && t.text.includes('-') && !ISO_LIKE.test(t.text) && SPLITTABLE.test(t.text)) {
      let at = s;
      t.text.split('-').forEach((part, k) => {
        out.push(word(part, at, t.pos, t.sentence, segment, k > 0 || joined));
        at += part.length + 1;
      });
      return;
    }
    // "1Q", "2H": the tokenizer splits the digit from the letter; the grammar reads them as one.
    const prev = out[out.length - 1];
    if (SHORT_PERIOD_LETTER.test(t.text) && prev && prev.end === s && /^[1-4]$/.test(prev.raw)) {
      out[out.length - 1] = word(
        prev.raw + t.text.replace(/\.$/, ''),
        prev.start,
        'PROPN',
        prev.sentence,
        prev.segment,
        prev.hyphenated,
      );
      return;
    }
    // "10:30pm." at the end of a sentence: the period is not part of the time.
    const text = CLOCK_WITH_PERIOD.test(t.text) ? t.text.slice(0, -1) : t.text;
    out.push(word(text, s, t.pos, t.sentence, segment, joined));
  }
}

/** Words read before an anchor (tense cues, "the early", "more than") and after it: more than
 * `tenseAround`'s own window (context.ts), so that the clause rules reading further back (the past
 * clause an infinitive or a participle hangs on) have that clause in view. */
const BEFORE = 20;
const AFTER = 11;

/**
 * The tokens worth reading: windows around anchors, the words one of which every expression holds
 * (a month, a unit, "today"...: `anchors`) or a date-like number. Written-case variants are in the
 * set, so most tokens cost one look-up and no lower-casing.
 */
export function anchorWindows(doc: Doc, anchors: Set<string>): Uint8Array {
  const tokens = doc.tokens;
  const out = new Uint8Array(tokens.length);
  for (let ti = 0; ti < tokens.length; ti++) {
    if (!isAnchor(tokens[ti].text, anchors) && !shortPeriodAt(doc, ti) && !shortYearAt(doc, ti)) continue;
    const sentence = doc.sentences[tokens[ti].sentence];
    const from = Math.max(sentence.firstToken, ti - BEFORE);
    const to = Math.min(sentence.endToken, ti + AFTER + 1);
    out.fill(1, from, to);
  }
  return out;
}

/** Token ti is the two figures of "'02", "’98" (written against the apostrophe). */
function shortYearAt(doc: Doc, ti: number): boolean {
  const t = doc.tokens[ti];
  const prev = doc.tokens[ti - 1];
  return /^\d\d$/.test(t.text) && prev?.span[1] === t.span[0] && (prev.text === "'" || prev.text === '’');
}

/** Token ti is the letter of "1Q", "2H" (written against its digit). */
function shortPeriodAt(doc: Doc, ti: number): boolean {
  const t = doc.tokens[ti];
  const prev = doc.tokens[ti - 1];
  return SHORT_PERIOD_LETTER.test(t.text) && prev?.span[1] === t.span[0] && /^[1-4]$/.test(prev.text);
}

function isAnchor(text: string, anchors: Set<string>): boolean {
  const c = text.charCodeAt(0);
  if (c >= 48 && c <= 57) return DATE_LIKE_NUMBER.test(text) || anchors.has(text);
  if (text.length < 2) return false;
  if (c === 39) return text.length > 2 && text.charCodeAt(1) >= 48 && text.charCodeAt(1) <= 57;
  if (anchors.has(text)) return true;
  if (FISCAL_YEAR.test(text)) return true;
  if (isCapital(text.charCodeAt(1)) && anchors.has(text.toLowerCase())) return true;
  return (
    text.includes('-') &&
    text.split('-').some((p) => anchors.has(p.toLowerCase()) || DATE_LIKE_NUMBER.test(p))
  );
}

/**
 * Numbers that can hold an expression on their own: years, clock times, ISO dates, decades. Other
 * numbers ("15 years", "Oct. 23", "5 p.m.") come with an anchor word.
 */
const DATE_LIKE_NUMBER =
  /^(\d{4}(s|'s|-\d\d.*|\/\d\d|\/\d{4})?|\d{1,2}:\d\d.*|\d{1,2}(am|pm)|\d{3}0'?s|\d{1,2}\/\d{1,2}\/\d{2,4})$/;

/** A fiscal year in one word: "FY2013", "FY13". */
export const FISCAL_YEAR = /^FY(\d\d|\d{4})$/i;

const isCapital = (c: number) => c >= 65 && c <= 90;

function word(
  raw: string,
  start: number,
  pos: string,
  sentence: number,
  segment: number,
  hyphenated: boolean,
): Word {
  let w = raw.toLowerCase();
  if (w.includes('’') || w.includes('‘')) w = w.replace(/[’‘]/g, "'");
  if (w.endsWith('.') && /^[a-z]{2,}\.$/.test(w)) w = w.slice(0, -1);
  return { w, raw, start, end: start + raw.length, pos, sentence, segment, hyphenated };
}

/** Words after which "last" is the verb: "to last", "will last", "could last". */
const LAST_AS_VERB_AFTER = new Set([
  'to',
  'will',
  'would',
  "'ll",
  'could',
  'can',
  'may',
  'might',
  'should',
  'must',
  'shall',
]);
/** Words after a verb "last" joined by "and": "and last 48 hours", "and last for a week", "and last until May". */
const LAST_VERB_OBJECTS = new Set([
  'for',
  'until',
  'till',
  'through',
  'into',
  'beyond',
  'about',
  'around',
  'up',
]);

/**
 * Word k is the verb "last": after "to" or a modal ("will last through the weekend"), or after
 * "and"/"or" before a count or a preposition of time ("will begin on Sunday and last 48 hours";
 * not "and last week").
 */
export function lastIsVerb(words: Word[], k: number, numbers: Map<string, number>): boolean {
  if (words[k]?.w !== 'last' || k === 0) return false;
  const prev = words[k - 1].w;
  if (LAST_AS_VERB_AFTER.has(prev)) return true;
  if (prev !== 'and' && prev !== 'or') return false;
  const next = words[k + 1];
  if (!next || next.segment !== words[k].segment) return false;
  return (
    /^\d/.test(next.w) ||
    (numbers.has(next.w) && next.w !== 'a' && next.w !== 'an') ||
    LAST_VERB_OBJECTS.has(next.w)
  );
}
