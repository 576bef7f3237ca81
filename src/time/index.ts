import type { Timex } from '../contract/extraction.js';
import type { Stage } from '../pipeline/stage.js';
import type { Doc } from '../text/types.js';
import { addDays, parseDay, readValue, shift, valueAt } from './calendar.js';
import { insideSpans, quotedSpans, tenseAround } from './context.js';
import { regularPast } from './cue-words.js';
import { Grammar, type Match } from './grammar.js';
import { type Grain, type Lexicon, lexicon } from './lexicon.js';
import { type Anchoring, resolve, type Tense } from './resolve.js';
import { anchorWindows, type Word, wordsOf } from './words.js';

export { governingDate } from './governing-date.js';

/** A quotation's "today" is the day it was spoken when the narrative dated it this recently. */
const UTTERANCE_MAX_DAYS = 7;
/** ...and when that date was given in the quote's paragraph or the two before it. */
const UTTERANCE_MAX_PARAGRAPHS = 2;

/** Finds and resolves the time expressions of a Doc (TIMEX3 type, value, mod). */
export function findTimexes(doc: Doc): Timex[] {
  const lex = lexicon();
  const words = wordsOf(doc, anchorWindows(doc, lex.anchors));
  const grammar = new Grammar(lex, words);
  const dct = parseDay(doc.article.date);
  const quotes = quotedSpans(doc.text);
  const cursor = { i: 0 };
  const paragraphOf = (sentence: number) => doc.sentences[sentence]?.paragraph ?? 0;
  let last: Anchoring['last'] = null;
  let lastSentence = -1;
  let narrativeDay: { day: Date; paragraph: number } | null = null;
  // A yearless date opening a range ("from January to March"): its index in `out` and where the
  // second date must start.
  let range: { index: number; end: number } | null = null;
  // The last weekday read, where it ends and the tense it took.
  let lastWeekday: { end: number; tense: Tense } | null = null;
  let lastTensed: { end: number; tense: Tense } | null = null;
  const out: Timex[] = [];
  let prevSentence = -1;
  // The year of a dated season or event ("the 2014 season") and its sentence.
  let datedEvent: { y: number; sentence: number } | null = null;
  for (let i = 0; i < words.length; ) {
    const m = grammar.matchAt(i);
    if (!m) {
      i++;
      continue;
    }
    const span: [number, number] = [words[m.start].start, words[m.end - 1].end];
    const quoted = insideSpans(quotes, span[0], cursor);
    const paragraph = paragraphOf(words[m.start].sentence);
    let anchor = dct;
    if (quoted && dct && narrativeDay && paragraph - narrativeDay.paragraph <= UTTERANCE_MAX_PARAGRAPHS) {
      const age = (dct.getTime() - narrativeDay.day.getTime()) / 86400000;
      if (age > 0 && age <= UTTERANCE_MAX_DAYS) anchor = narrativeDay.day;
    }
    // '"... tomorrow," the minister said on Monday': the attribution after the quote dates it.
    // '"... divided." Her office said on Wednesday ...': a quote closed by a full stop ends its
    // sentence; a day said after it belongs to the next sentence, not to the quote.
    const closed = quoted && /\.\W{0,2}$/.test(doc.text.slice(quotes[cursor.i][0], quotes[cursor.i][1]));
    const spoken =
      quoted && dct && !closed
        ? saidOn(grammar, words, m.start, quotes[cursor.i][1], dct, paragraph, paragraphOf)
        : null;
    if (spoken) anchor = spoken;
    // "go to the polls Sunday and Monday": a weekday joined to the one before shares its tense.
    const before = lastWeekday as { end: number; tense: Tense } | null;
    const tense: Tense =
      m.reading.k === 'weekday' &&
      before?.end === m.start - 1 &&
      before.tense !== null &&
      WEEKDAY_JOINERS.has(words[m.start - 1].w)
        ? before.tense
        : (tenseAround(words, m.start, m.end, lex) ??
          (yearlessDate(m) ? frontedMainTense(doc, words, m.start, m.end, lex) : null) ??
          (m.reading.k === 'weekday' ? coordinatedTense(words, lastTensed, m.start) : null));
    // ("tomorrow or Friday": a day before or after today passes its direction on too)
    const dayOff = m.reading.k === 'deictic' && m.reading.grain === 'day' ? m.reading.offset : 0;
    lastWeekday =
      m.reading.k === 'weekday'
        ? { end: m.end, tense }
        : dayOff
          ? { end: m.end, tense: dayOff > 0 ? 'future' : 'past' }
          : null;
    // Only days pass their tense on: a month or a year named beside a day ("in September and
    // on Monday") keeps its own nearest-occurrence reading.
    const day = m.reading.k === 'weekday' || (m.reading.k === 'deictic' && m.reading.grain === 'day');
    if (tense) lastTensed = day ? { end: m.end, tense } : null;
    // A part of the day or a clock time falls on the narrative's day, within the same reach.
    const near = narrativeDay && paragraph - narrativeDay.paragraph <= UTTERANCE_MAX_PARAGRAPHS;
    const lastDay = !quoted && near ? narrativeDay?.day : null;
    const sentence = words[m.start].sentence;
    const ofEvent = datedEvent?.sentence === sentence && yearlessDate(m) ? withYear(m, datedEvent.y) : m;
    const resolved = resolve(sameYearAsFirst(ofEvent, out[out.length - 1]), {
      anchor,
      dct,
      tense,
      last,
      lastDay,
      lastNear: sentence - lastSentence <= 1,
    });
    // "The 2014 season starts in April": a year before a noun of a dated season or event.
    const y = m.rule === 'time/year' && m.reading.k === 'fixed' ? Number(m.reading.value) : Number.NaN;
    if (!Number.isNaN(y) && m.end < words.length && words[m.end].sentence === sentence)
      datedEvent = lex.datedEventNouns.has(words[m.end].w) ? { y, sentence } : datedEvent;
    else datedEvent = null;
    i = m.end;
    if (!resolved) continue;
    const timex: Timex = {
      span,
      text: doc.text.slice(span[0], span[1]),
      type: resolved.type,
      value: resolved.value,
      rule: m.rule,
    };
    if (m.mod) timex.mod = m.mod;
    if (afterMidnight(words, m, tense, lastDay !== null && lastDay !== undefined))
      timex.value = timex.value.replace(/T24:00$/, 'T00:00');
    // "made landfall Monday evening and weakened overnight": after an evening or a night told in
    // the same sentence, "overnight" is the night that follows it, not the one before.
    const prev = out[out.length - 1];
    if (
      m.reading.k === 'same' &&
      m.reading.nightBefore === true &&
      prev &&
      prevSentence === words[m.start].sentence &&
      EVENING.test(prev.value)
    )
      timex.value = `${prev.value.slice(0, 10)}TNI`;
    // "from Monday to Friday", "Thursday through Sunday": a range of weekdays goes forward in time;
    // told in the past it ends on the later day (its start moves back a week), else it starts on the
    // first (its end moves ahead).
    if (
      m.reading.k === 'weekday' &&
      m.reading.rel === null &&
      prev &&
      (before?.end === m.start - 1 || (before?.end === m.start && words[m.start].hyphenated)) &&
      (before.end === m.start || RANGE_JOINERS.has(words[m.start - 1].w))
    )
      orderWeekdays(prev, timex, tense === 'past', dct);
    const yearless = yearlessDate(m);
    if (yearless && range && range.end === m.start && dct) orderRange(out[range.index], timex, dct);
    range = yearless && rangeJoiner(words, m.start, m.end) ? { index: out.length, end: m.end + 1 } : null;
    // "Oct. 2 to 4, 2011": the year written after the second day is the first one's too.
    if (m.rule === 'time/day-after-date' && m.end - m.start > 1 && prev && /^\d{4}-/.test(prev.value))
      prev.value = `${timex.value.slice(0, 4)}${prev.value.slice(4)}`;
    out.push(timex);
    prevSentence = words[m.start].sentence;
    const read = resolved.type === 'DATE' || resolved.type === 'TIME' ? readValue(timex.value) : null;
    // Relative readings ("a year earlier", "the year-ago quarter") do not become the new reference;
    // "the quarter", "the latest period" do: "a year ago" after them is that quarter a year before.
    const r = m.reading;
    // "up from the prior quarter" is a comparison too: the reported quarter stays the reference.
    const relative =
      r.k === 'shift' ||
      (r.k === 'lastQuarter' && (r.yearBack !== 0 || r.y !== undefined)) ||
      m.rule === 'time/anaphoric-quarter';
    // A quarter in a future clause ("a charge in the fourth quarter") is a forecast, not the
    // period being reported: "the latest quarter" after it is still the reported one.
    const forecast =
      read?.grain === 'quarter' && tense === 'future' && dct !== null && shift(read.day, 'quarter', 1) > dct;
    // "After a flat second quarter, the company ...": a quarter in a fronted subordinate clause is
    // background; the period being reported is named in the main clause.
    const background = read?.grain === 'quarter' && inFrontedClause(doc, words[m.start].sentence, span[0]);
    if (read && !relative && !forecast && !background) {
      last = { day: read.day, grain: read.grain as Grain };
      lastSentence = words[m.start].sentence;
      // "overnight" is read from the narrative's day: it does not move it, or a second "overnight"
      // would fall a night earlier still.
      const overnight = r.k === 'same' && r.nightBefore === true;
      if (!quoted && !overnight && read.grain === 'day' && dct && read.day <= addDays(dct, 0))
        narrativeDay = { day: read.day, paragraph };
    }
  }
  return joinedDurations(doc.text, out);
}

/** A day's evening or night, or a clock time from 6 p.m. on: "Monday evening", "2013-03-11T21:30". */
const EVENING = /^\d{4}-\d{2}-\d{2}T(EV|NI|1[89]:|2\d:)/;

/** A month or day named without a year ("January", "March 28"), which anchoring places. */
function yearlessDate(m: Match): boolean {
  const r = m.reading;
  return (
    r.k === 'date' &&
    r.m !== undefined &&
    r.y === undefined &&
    r.yOffset === undefined &&
    r.rel === undefined &&
    r.easter === undefined &&
    r.nth === undefined
  );
}

/** Words that join the two ends of a range: "from January to March", "March 4-8", "through June". */
const RANGE_JOINERS = new Set(['to', 'through', 'until', 'till', '-', '–']);

/** Words joining two weekdays of one plan or one account: "Sunday and Monday", "Monday or Tuesday". */
const WEEKDAY_JOINERS = new Set(['and', 'or', 'through', 'to']);

/** How many words a date may lie after the tensed date it is coordinated with. */
const COORDINATION_REACH = 12;

/**
 * "will hold talks in Rome on Thursday evening and travel to Milan on Friday morning": a weekday
 * whose words tell no tense, after an "and" that follows a day of the same clause told in a
 * tense, shares it (the verb's tense cue lies too far back to be read).
 */
function coordinatedTense(words: Word[], prev: { end: number; tense: Tense } | null, start: number): Tense {
  if (!prev || start - prev.end > COORDINATION_REACH || prev.end > start) return null;
  let and = false;
  for (let k = prev.end; k < start; k++) {
    const w = words[k];
    if (w.segment !== words[start].segment) return null;
    // (", and" may join the two; any other comma closes the clause.)
    if ((w.w === ',' && words[k + 1]?.w !== 'and') || w.w === ';' || w.w === 'but' || QUOTE_LIKE.test(w.w))
      return null;
    if (w.w === 'and') and = true;
  }
  return and ? prev.tense : null;
}

const QUOTE_LIKE = /^["“”«»„`']+$/;

/** "January to March", "between March 4 and March 8": the date after word `end` closes a range. */
function rangeJoiner(words: Word[], start: number, end: number): boolean {
  const w = words[end]?.w;
  if (w === undefined || words[end].segment !== words[end - 1].segment) return false;
  return w === 'and' ? words[start - 1]?.w === 'between' : RANGE_JOINERS.has(w);
}

/**
 * The two ends of a yearless range go forward in time: "the data cover the period from January to
 * March" (a present that looks ahead) is not next January to this March. A range within a year
 * keeps one year: the first end moves back when it lies after the article date, else the second
 * moves to the first's year; a range over the new year ("December to February") ends the year after.
 */
function orderRange(first: Timex, second: Timex, dct: Date): void {
  const shape = /^\d{4}-\d{2}(-\d{2})?$/;
  if (!shape.test(first.value) || !shape.test(second.value)) return;
  const y1 = Number(first.value.slice(0, 4));
  const y2 = Number(second.value.slice(0, 4));
  const withYear = (v: string, y: number) => `${String(y).padStart(4, '0')}${v.slice(4)}`;
  if (first.value.slice(5) > second.value.slice(5)) {
    if (y2 !== y1 + 1) second.value = withYear(second.value, y1 + 1);
    return;
  }
  if (y1 === y2) return;
  const firstDay = parseDay(first.value.length === 7 ? `${first.value}-01` : first.value);
  if (firstDay && firstDay > dct) first.value = withYear(first.value, y2);
  else second.value = withYear(second.value, y1);
}

/**
 * Moves one end of a range of two weekdays by a week when the second does not come after the
 * first: the start back in a past clause, unless it is the article's day (the range starts then).
 */
function orderWeekdays(first: Timex, second: Timex, past: boolean, dct: Date | null): void {
  const day = /^\d{4}-\d{2}-\d{2}/;
  if (!day.test(first.value) || !day.test(second.value)) return;
  const a = parseDay(first.value.slice(0, 10));
  const b = parseDay(second.value.slice(0, 10));
  if (!a || !b || b > a) return;
  if (past && dct && a < dct) first.value = `${valueAt(addDays(a, -7), 'day')}${first.value.slice(10)}`;
  else second.value = `${valueAt(addDays(b, 7), 'day')}${second.value.slice(10)}`;
}

/** Verbs of saying that date a quotation when a day follows them: "said Monday", "told ... on Friday". */
const SAYING = new Set(['said', 'says', 'told', 'added', 'declared', 'announced', 'insisted', 'wrote']);
/** How many words after a closing quote its attribution may run: '," the foreign minister said'. */
const ATTRIBUTION_WORDS = 8;

/**
 * The day an attribution right after a quote names ("he said Monday"), within a week of `dct`.
 * `from` is a word inside the quote: the words, in text order, are read on from there.
 */
function saidOn(
  grammar: Grammar,
  words: Word[],
  from: number,
  quoteEnd: number,
  dct: Date,
  paragraph: number,
  paragraphOf: (sentence: number) => number,
): Date | null {
  let k = from;
  while (k < words.length && words[k].start < quoteEnd) k++;
  for (let j = k; j < words.length && j < k + ATTRIBUTION_WORDS; j++) {
    if (paragraphOf(words[j].sentence) !== paragraph || /^[.!?]$/.test(words[j].w)) return null;
    if (!SAYING.has(words[j].w)) continue;
    // "said Monday", "said on Monday", "told reporters on Monday"
    let m: Match | null = null;
    for (let at = j + 1; at <= j + 3 && !m && at < words.length && grammar.same(j, at); at++)
      m = grammar.matchAt(at);
    const r = m?.reading;
    const dayLike = r && (r.k === 'weekday' || (r.k === 'deictic' && r.grain === 'day' && r.offset <= 0));
    if (!m || !dayLike) return null;
    const read = readValue(resolve(m, { anchor: dct, dct, tense: 'past', last: null })?.value ?? '');
    const age = read ? (dct.getTime() - read.day.getTime()) / 86400000 : -1;
    return read && read.grain === 'day' && age >= 0 && age <= UTTERANCE_MAX_DAYS ? read.day : null;
  }
  return null;
}

/** A sentence opened by a subordinator, up to its first comma: "After a flat quarter, ...". */
const FRONTED_CLAUSE =
  /^\W*(after|while|although|though|since|before|when|because|despite|following)\b[^,;:]*$/i;

function inFrontedClause(doc: Doc, sentence: number, at: number): boolean {
  const s = doc.sentences[sentence];
  return s !== undefined && FRONTED_CLAUSE.test(doc.text.slice(s.span[0], at));
}

/** Words before a fronted date: none, or one preposition ("In May, ..."). */
const FRONTED_DATE = /^\W*(in|on|during|by)?\s*$/i;
/** How many words the main clause's subject may span before its verb. */
const MAIN_VERB_REACH = 15;

/**
 * "In May, two days after the verdict, a fire in the old town destroyed the archive": a date
 * fronted before a comma, when the words around it tell no tense, takes that of the main clause's
 * first verb, read past a verbless apposition between commas (which may lie beyond the words read
 * around anchors).
 */
function frontedMainTense(doc: Doc, words: Word[], start: number, end: number, lex: Lexicon): Tense {
  const s = doc.sentences[words[start].sentence];
  if (!s || !FRONTED_DATE.test(doc.text.slice(s.span[0], words[start].start))) return null;
  let t = s.firstToken;
  while (t < s.endToken && doc.tokens[t].span[0] < words[end - 1].end) t++;
  if (t >= s.endToken || doc.tokens[t].text !== ',') return null;
  // a capitalised word is a name whatever the tagger says ("the Gray vs. Swim judgment")
  const isVerb = (k: number) =>
    (doc.tokens[k].pos === 'VERB' || doc.tokens[k].pos === 'AUX') && /^[a-z]/.test(doc.tokens[k].text);
  // "In May, two days after the verdict, ...": skip the apposition when it has no verb of its own.
  let from = t + 1;
  for (let k = t + 1; k < s.endToken && k <= t + MAIN_VERB_REACH; k++) {
    if (isVerb(k)) break;
    if (doc.tokens[k].text === ',') {
      from = k + 1;
      break;
    }
  }
  for (let k = from; k < s.endToken && k <= from + MAIN_VERB_REACH; k++) {
    const tok = doc.tokens[k];
    if (tok.text === '"' || tok.text === '``' || tok.text === ';') return null;
    if (!isVerb(k)) continue;
    const w = tok.text.toLowerCase();
    if (lex.futureCues.has(w)) return 'future';
    return lex.pastCues.has(w) || regularPast(w) ? 'past' : null;
  }
  return null;
}

/**
 * Time expressions (TIMEX3 type, value, mod), anchored on the article or utterance date.
 */
export const timeStage: Stage<'timexes'> = {
  name: 'timexes',
  run: (doc) => findTimexes(doc),
};

const withYear = (m: Match, y: number): Match =>
  m.reading.k === 'date' ? { ...m, reading: { ...m.reading, y } } : m;

/**
 * "shortly after midnight" told in the past (no day told before), "just after midnight on Tuesday":
 * the small hours that begin the day (T00:00), not the midnight that ends it (T24:00).
 */
function afterMidnight(words: Word[], m: Match, tense: Tense, narrative: boolean): boolean {
  if (words[m.start].w !== 'midnight' || m.start === 0 || words[m.start - 1].w !== 'after') return false;
  // After a day the narrative told ("on Tuesday ... shortly after midnight"), it is the night after.
  return m.end - m.start > 1 || (tense === 'past' && !narrative);
}

/** "April 24 and 25": the second day, written without month or year, takes the first one's year. */
function sameYearAsFirst(m: Match, previous: Timex | undefined): Match {
  if (m.rule !== 'time/day-after-date' || m.reading.k !== 'date' || m.reading.y !== undefined) return m;
  const first = /^(\d{4})-(\d\d)-\d\d$/.exec(previous?.value ?? '');
  if (!first || Number(first[2]) !== m.reading.m) return m;
  return { ...m, reading: { ...m.reading, y: Number(first[1]) } };
}

/** A duration's one count and unit: "PT27M" → minutes 27, "P2Y" → years 2; rank 0 is the largest. */
function durationPart(t: Timex): { n: string; unit: string; rank: number } | null {
  if (t.type !== 'DURATION' || t.mod) return null;
  const m = /^P(T?)(\d+)([YMWDHS])$/.exec(t.value);
  if (!m) return null;
  const unit = m[1] ? `T${m[3]}` : m[3];
  const rank = ['Y', 'M', 'W', 'D', 'TH', 'TM', 'TS'].indexOf(unit);
  return rank < 0 ? null : { n: m[2], unit, rank };
}

/**
 * "27 minutes 21 seconds", "two hours and 15 minutes", "3 years, 4 months": counts of ever smaller
 * units side by side are one length of time (`PT27M21S`), as TimeML marks them.
 */
function joinedDurations(text: string, out: Timex[]): Timex[] {
  const joined: Timex[] = [];
  const parts: { n: string; unit: string; rank: number }[][] = [];
  for (const t of out) {
    const part = durationPart(t);
    const prev = joined[joined.length - 1];
    const prevParts = parts[parts.length - 1];
    const last = prevParts?.[prevParts.length - 1];
    if (
      part &&
      prev &&
      last &&
      last.rank < part.rank &&
      /^(,? and |, | )$/.test(text.slice(prev.span[1], t.span[0]))
    ) {
      const all = [...prevParts, part];
      const date = all.filter((p) => !p.unit.startsWith('T')).map((p) => `${p.n}${p.unit}`);
      const time = all.filter((p) => p.unit.startsWith('T')).map((p) => `${p.n}${p.unit.slice(1)}`);
      prev.span = [prev.span[0], t.span[1]];
      prev.text = text.slice(prev.span[0], prev.span[1]);
      prev.value = `P${date.join('')}${time.length ? `T${time.join('')}` : ''}`;
      parts[parts.length - 1] = all;
      continue;
    }
    joined.push(t);
    parts.push(part ? [part] : []);
  }
  return joined;
}
