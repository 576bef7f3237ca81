import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { packageRoot } from '../common/package-root.js';
import type { Extraction } from '../contract/extraction.js';
import type { Doc } from '../text/types.js';
import { textFacts, textYears } from './facts.js';

/**
 * What story clustering compares: content words, name-like tokens (proper nouns and their
 * runs, numbers) and actor ids when the actors stage found some. Term counts only; weights
 * (IDF) are applied by the clusterer, whose document frequencies grow as articles arrive.
 */
export interface ArticleFeatures {
  /** Term → count. Name terms are prefixed `n:`, actor ids `a:`, so they can be weighted apart. */
  terms: Map<string, number>;
  /**
   * Single-word name terms (`n:`) of the article's first sentence, its lead: whom or where the
   * report is about, as opposed to names met further down (a coach quoted, an earlier event).
   */
  lead?: ReadonlySet<string>;
  /**
   * Term counts of the lead sentences alone (the title, when the text opens with it, and the
   * next ones): what happened, to whom, where, before the background that follows.
   */
  leadTerms?: Map<string, number>;
  /**
   * Measured facts (facts.ts, such as magnitudes) the lead states and those the whole text
   * states, `kind:value`: two events of one kind differ in them where their words agree.
   */
  facts?: { lead: string[]; all: string[] };
  /**
   * Years the text says (facts.ts, textYears): those of its first lines (the title, a dateline,
   * the first sentence: sentences up to YEAR_LEAD_SENTENCES) and all of them.
   */
  years?: { lead: string[]; all: string[] };
}

// The lead's last sentence (from 0): the title when the text opens with it, and two more.
const LEAD_SENTENCES = 2;
// The last sentence (from 0) whose years are the lead's: the title when the text opens with it,
// and the first sentence. (Up to the second sentence or the fourth: dev pairwise F1 lower.)
const YEAR_LEAD_SENTENCES = 1;

// Parts of speech that carry topic: function words and punctuation carry none.
const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM']);
const WORD = /^[\p{L}\p{N}][\p{L}\p{N}'.&-]*$/u;

let ignored: Set<string> | null = null;

/** Words clustering ignores (data/stories/ignore.yaml), loaded once per process. */
function ignoredWords(): Set<string> {
  if (!ignored) {
    const data = parse(readFileSync(join(packageRoot(), 'data', 'stories', 'ignore.yaml'), 'utf8')) as Record<
      string,
      string[]
    >;
    ignored = new Set(Object.values(data).flat().map(String));
  }
  return ignored;
}

/** Features of one article from its Doc (and its extraction, when the stages found actors). */
export function articleFeatures(doc: Doc, extraction?: Pick<Extraction, 'actors'>): ArticleFeatures {
  const terms = new Map<string, number>();
  const leadTerms = new Map<string, number>();
  let inLead = false;
  const add = (t: string, n = 1) => {
    terms.set(t, (terms.get(t) ?? 0) + n);
    if (inLead) leadTerms.set(t, (leadTerms.get(t) ?? 0) + n);
  };
  const title = doc.article.title ?? '';
  // The title, when the text does not start with it, is read as words too.
  if (title && !doc.text.startsWith(title)) {
    inLead = true;
    for (const w of title.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []) add(w);
  }
  const toks = doc.tokens;
  const ignore = ignoredWords();
  const lead = new Set<string>();
  let run: string[] = [];
  let runSentence = -1;
  const flushRun = () => {
    // A run of proper nouns is a name: "Costa Rica" is one name, not two words.
    if (run.length > 1) add(`n:${run.join(' ')}`);
    run = [];
  };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const isName = t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text);
    // A name run is flushed before inLead moves on: it belongs to the sentence it was read in.
    if (!isName || t.sentence !== runSentence) flushRun();
    inLead = t.sentence <= LEAD_SENTENCES;
    if (!CONTENT_POS.has(t.pos) || !WORD.test(t.text)) continue;
    const w = t.text.toLowerCase();
    if (t.pos === 'NUM' || t.type === 'number') {
      // Numbers tell two similar events apart (a 6.1 quake from a 7.0 one); one or two bare
      // digits are mostly clock times and days of the month, which the dates say better.
      if (/\d/.test(w) && !/^\d{1,2}$/.test(w)) add(`n:${w}`);
      continue;
    }
    if (w.length < 3 || ignore.has(w)) continue;
    if (isName) {
      add(`n:${w}`);
      if (t.sentence === 0) lead.add(`n:${w}`);
      run.push(w);
      runSentence = t.sentence;
    } else add(w);
  }
  flushRun();
  inLead = false;
  // An actor counts once, however often it is mentioned: with mention counts, pronoun-rich actors
  // outweighed the names and words that tell two similar events apart (dev pairwise F1 76.8 → 86.4).
  for (const actor of extraction?.actors ?? []) add(`a:${actor.id}`, 1);
  return {
    terms,
    lead,
    leadTerms,
    facts: leadAndAll(doc, title, LEAD_SENTENCES, textFacts),
    years: leadAndAll(doc, title, YEAR_LEAD_SENTENCES, textYears),
  };
}

/**
 * What `read` finds in the text (title included) and in its first lines: up to sentence `last`
 * (from 0; the title, when the text does not start with it, is read before the text).
 */
function leadAndAll(
  doc: Doc,
  title: string,
  last: number,
  read: (text: string, leadEnd: number) => { lead: string[]; all: string[] },
): { lead: string[]; all: string[] } {
  const extra = title && !doc.text.startsWith(title) ? `${title}\n` : '';
  const end = doc.sentences[Math.min(last, doc.sentences.length - 1)];
  return read(extra + doc.text, extra.length + (end ? end.span[1] : doc.text.length));
}
