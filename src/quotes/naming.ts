import type { Actor, Quote, Timex } from '../contract/extraction.js';
import type { Doc, Span } from '../text/types.js';
import { type Attribution, spanOf } from './attribution.js';
import type { Draft } from './draft.js';
import type { QuoteLexicon } from './lexicon.js';
import { clauseSubject, type MentionRange } from './mention.js';
import { type ResolvedSpeaker, SpeakerNames } from './names.js';
import { findRelay } from './relay.js';
import { isVerbal, lower } from './tokens.js';

/** Turns drafts into quotes: speaker names (actors first), cue, relaying outlet, utterance date. */
export function nameAndDate(
  doc: Doc,
  drafts: Draft[],
  actors: readonly Actor[],
  timexes: readonly Timex[],
  lex: QuoteLexicon,
): Quote[] {
  const names = new SpeakerNames(doc, actors, lex);
  const { tokens, text } = doc;
  const lastDate = new Map<string, string>();
  // Each speaker's last quote dated to a day of the week before the article: the occasion reported.
  const occasion = new Map<string, string>();
  // Words inside quotation marks say what the speaker talks about, never when they spoke.
  const quotedWords = drafts.filter((d) => d.kind !== 'indirect').map((d) => d.span);
  let previous: Attribution | null = null;
  const resolved = new Map<Attribution, ResolvedSpeaker & { mention: MentionRange }>();
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
        const mention = authorOf(doc, a.speaker, a.cueFirst, lex) ?? a.speaker;
        who = { ...names.resolve(mention), mention };
        resolved.set(a, who);
      }
      quote.speaker = { name: who.name, span: spanOf(tokens, who.mention.first, who.mention.last) };
      if (who.actor) quote.speaker.actor = who.actor;
      const relay = findRelay(doc, a, actors, lex);
      if (relay) quote.relayedBy = relay;
      // A quote without a date of its own that carries on (the same attribution, a carried
      // speaker, a pronoun) keeps the date of that speaker's previous quote; a fresh attribution
      // takes the day of the week before the article that speaker's quotes were last dated to,
      // the occasion reported ("Roe on Tuesday said ... Later, Roe said ..."); otherwise it was
      // spoken, as far as the text tells, on the article's date.
      const carriesOn = d.rule.includes('carry') || a.speaker.kind === 'pronoun' || a === previous;
      const date =
        dateOf(doc, a, timexes, [quote.span, ...quotedWords]) ??
        (carriesOn ? lastDate.get(who.name) : occasion.get(who.name)) ??
        doc.article.date ??
        undefined;
      previous = a;
      if (date) {
        quote.date = date;
        lastDate.set(who.name, date);
        if (occasionOf(date, doc.article.date)) occasion.set(who.name, date);
      }
    }
    return quote;
  });
}

const CALENDAR = /^\d{2,4}(-|$)/;
const DAY = /^\d{4}-\d{2}-\d{2}/;
const OCCASION_DAYS = 7;

/** A day in the week up to the article's date: the occasion a report is about, not background. */
function occasionOf(day: string | undefined, articleDate: string | null | undefined): boolean {
  if (!day || !articleDate || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
  const back = (Date.parse(articleDate) - Date.parse(day)) / 86400000;
  return back >= 0 && back <= OCCASION_DAYS;
}

/**
 * The date of the attribution's sentence, from the time stage: a calendar date outside the quoted
 * words ("2014" or "next week" said inside a quote is what the speaker talks about, not when),
 * the one nearest the cue ("In December, the council approved it, and the minister said on
 * Thursday ..." was said on Thursday). In the sentence right after a dateline, the dateline's day
 * beats a mere year ("officials said, ... since the crisis of 2021"): the story was filed, and
 * the words said, about then.
 */
function dateOf(
  doc: Doc,
  a: Attribution,
  timexes: readonly Timex[],
  quoted: readonly Span[],
): string | undefined {
  const index = doc.tokens[a.cueFirst].sentence;
  const s = doc.sentences[index];
  const calendar = (x: Timex) => x.type === 'DATE' && CALENDAR.test(x.value);
  const outside = (x: Timex) => quoted.every((q) => x.span[1] <= q[0] || x.span[0] >= q[1]);
  const cue: Span = [doc.tokens[a.cueFirst].span[0], doc.tokens[a.cueLast].span[1]];
  const distance = (x: Timex) => Math.max(0, cue[0] - x.span[1], x.span[0] - cue[1]);
  let t: Timex | undefined;
  for (const x of timexes) {
    if (!calendar(x) || x.span[0] < s.span[0] || x.span[1] > s.span[1] || !outside(x)) continue;
    if (!t || distance(x) < distance(t)) t = x;
  }
  const date = doc.dateline?.date;
  if (!date || !doc.sentences[index - 1]?.dateline || (t && DAY.test(t.value))) return t?.value;
  const filed = timexes.find((x) => calendar(x) && x.span[0] >= date[0] && x.span[1] <= date[1]);
  return filed?.value ?? t?.value;
}

/** "The council issued a statement calling ...": the author of a statement speaks, not the statement. */
function authorOf(doc: Doc, m: MentionRange, cue: number, lex: QuoteLexicon): MentionRange | null {
  const { tokens } = doc;
  if (m.kind !== 'nominal') return null;
  // The head is the word before the mention's first preposition ("a text message to supporters").
  let head = m.last;
  for (let k = m.first + 1; k <= m.last; k++)
    if (tokens[k].pos === 'ADP') {
      head = k - 1;
      break;
    }
  if (!lex.mediumNouns.has(lower(tokens[head])) && !lex.mediumNouns.has(lower(tokens[m.last]))) return null;
  // A medium that is the subject of its own verb speaks itself ("the statement said", "his first
  // videos show"); one that is an object ("sent out an email saying") or a preposition's ("in a
  // statement credited him") has its clause's subject as author.
  let next = m.last + 1;
  while (next < tokens.length && tokens[next].pos === 'ADV') next++;
  const finite =
    next < tokens.length && (isVerbal(tokens[next]) || next === cue) && !/ing$/.test(lower(tokens[next]));
  if (finite && tokens[m.first - 1]?.pos !== 'ADP') return null;
  const s = doc.sentences[tokens[m.first].sentence];
  const author = clauseSubject(tokens, s.firstToken, m.first, lex, true);
  return author && author.last < m.first && !lex.mediumNouns.has(lower(tokens[author.last])) ? author : null;
}
