/** The context a time expression is read in: the tense of its clause and whether it is quoted. */

import { POSSESSIVE_PRONOUNS } from '../text/english.js';
import {
  AMBIGUOUS_PAST,
  CLAUSE_SUBJECT,
  DONE_BY_TRYING,
  FIGURES_NOUNS,
  FIXTURE_VERBS,
  INTENT_NOUNS,
  INTENT_VERBS,
  PARTICIPLES,
  PHRASAL_SCHEDULE,
  pastForm,
  RELEASE_VERBS,
  REPORTED_SPEECH,
  REPORTING,
  regularPast,
} from './cue-words.js';
import type { Lexicon } from './lexicon.js';
import type { Tense } from './resolve.js';
import { lastIsVerb, type Word } from './words.js';

const WINDOW_BEFORE = 12;
const WINDOW_AFTER = 10;

/** Cue words that are also nouns ("the plan"): they count only as verbs. */
const VERB_ONLY = new Set(['plan', 'plans', 'set', 'hope', 'hopes']);

/** A determiner before word k, maybe with one modifier between: "the plan", "an earlier plan". */
function afterDeterminer(words: Word[], k: number): boolean {
  const j = k >= 2 && (words[k - 1].pos === 'ADJ' || words[k - 1].pos === 'ADV') ? k - 2 : k - 1;
  return (
    j >= 0 &&
    words[j].segment === words[k].segment &&
    (FORECAST_DETERMINERS.has(words[j].w) || words[j].w === 'an')
  );
}

/** Words before "forecast" that make it the noun: "the forecast", "its forecast". */
const FORECAST_DETERMINERS = new Set(['the', 'a', 'its', 'his', 'her', 'their', 'our', 'this', 'that']);

/**
 * "his growth forecast to 0.6 percent", "raised its forecast on Tuesday": the noun, which plans
 * nothing ("economists forecast a rebound", "is forecast to rise" are the verb).
 */
function forecastNoun(words: Word[], k: number): boolean {
  if (words[k].w !== 'forecast' && words[k].w !== 'forecasts') return false;
  // "the forecast for Friday": a forecast is of something ahead.
  if (words[k + 1]?.w === 'for') return false;
  const prev = words[k - 1]?.w ?? '';
  if (FORECAST_DETERMINERS.has(prev)) return true;
  const next = words[k + 1];
  if (!next) return true;
  if (next.w === 'to') return words[k + 2]?.pos !== 'VERB';
  return next.pos === 'ADP' || next.pos === 'PUNCT';
}

/** "will be held", "is heard in May": a participle after these carries no tense of its own. */
const PASSIVE_AUX = new Set(['be', 'being', 'is', 'are', "'s", "'re"]);

/**
 * "will close Monday and remain closed Tuesday", "stays shut": a participle after a verb of
 * lasting is a state, told in that verb's tense ("remained closed Wednesday" keeps its past).
 */
const STATE_VERBS = new Set(['remain', 'remains', 'stay', 'stays']);

/** Words that open another clause after a date: its verbs do not tense the date. */
const CLAUSE_OPENERS = new Set([
  'while',
  'whereas',
  'when',
  'because',
  'although',
  'though',
  'after',
  'before',
  'until',
  'since',
  'if',
  'unless',
  // "a question on Sunday about how she would vote": a wh-clause has its own tense
  'how',
  'whether',
  'why',
]);

/**
 * A subordinator, "that" ("said on Tuesday that rates would rise": the verb after it belongs to
 * the reported clause), or "and"/"but" before a verb ("and were planning"; not "Abortion and Rights").
 */
function opensClause(words: Word[], k: number): boolean {
  const w = words[k].w;
  if (CLAUSE_OPENERS.has(w) || w === 'that') return true;
  // "passed its budget on Wednesday, which would balance it": the relative clause has its own tense.
  if (relativeOpener(words, k)) return true;
  const next = words[k + 1];
  return (w === 'and' || w === 'but') && next !== undefined && (next.pos === 'VERB' || next.pos === 'AUX');
}

/** "as early as Tuesday", "as soon as Friday": the earliest date of something still to come. */
const EARLIEST = new Set(['early', 'soon']);

/**
 * "until Tuesday", "by February": a deadline, which news mostly gives ahead of time; so is the
 * day a change takes effect ("named chairman, effective Feb. 1").
 */
const DEADLINE = new Set(['until', 'till', 'by', 'effective']);

/** How far before an expression a present-tense verb still schedules it ("opens on Monday"). */
const SCHEDULE_REACH = 5;

function cueOf(words: Word[], k: number, lex: Lexicon, schedules = false): Tense {
  const word = words[k];
  // ..."plans to hold" is the verb, whatever the tagger says.
  if (VERB_ONLY.has(word.w) && word.pos !== 'VERB' && words[k + 1]?.w !== 'to') return null;
  // ...and "an earlier plan", "the new plans" are nouns, whatever the tagger says.
  if (VERB_ONLY.has(word.w) && afterDeterminer(words, k)) return null;
  if (forecastNoun(words, k)) return null;
  // "will last through the weekend", "expected to last": the verb, not the "last" of "was last seen".
  if (lastIsVerb(words, k, lex.numbers)) return null;
  // "were waiting off shore after arriving on Monday": an expectation told in the past progressive
  // does not place the date ahead.
  if (
    lex.futureCues.has(word.w) &&
    word.w.endsWith('ing') &&
    (words[k - 1]?.w === 'was' || words[k - 1]?.w === 'were')
  )
    return null;
  if (lex.futureCues.has(word.w)) return afterPerfect(words, k) ? 'past' : 'future';
  // "could be higher on Saturday": a possibility ahead; "could not be reached Tuesday", "nor his
  // aides could be located Monday": an ability that failed then.
  if (word.w === 'could') return negatedAround(words, k) || afterPerfect(words, k) ? 'past' : 'future';
  // "may be overtaken on Friday": the modal (written in lower case; "May" is the month), unless
  // perfect ("may have met on Monday").
  if (word.w === 'may' && word.raw === 'may') return words[k + 1]?.w === 'have' ? 'past' : 'future';
  // "has called for marches after Friday prayers": what is called for lies ahead.
  if (CALLS.has(word.w) && words[k + 1]?.w === 'for' && words[k + 1].segment === word.segment)
    return 'future';
  // "ahead of Sunday's vote" (but "went ahead on Monday" is past)
  if (word.w === 'ahead' && words[k + 1]?.w === 'of') return 'future';
  const past = pastForm(word, lex);
  // "a show for invited guests on Saturday", "the elected officials": a participle before its noun
  // describes it and tells no time.
  if (past && !lex.pastCues.has(word.w) && attributiveParticiple(words, k)) return null;
  // "will be held", "is to be delayed": a passive participle after "be" carries no tense of its own.
  if (past) {
    if (k >= 1 && STATE_VERBS.has(words[k - 1].w) && word.segment === words[k - 1].segment) return null;
    if (hypothetical(words, k)) return 'future';
    // "will be formally installed": an adverb between the auxiliary and the participle.
    const b = k >= 2 && /[a-z]ly$/.test(words[k - 1].w) && words[k - 1].pos === 'ADV' ? k - 1 : k;
    if (b === 0 || !PASSIVE_AUX.has(words[b - 1].w)) return 'past';
    // ...but "will be named", "is to be held" look ahead through their auxiliary.
    const aux = words[b - 2];
    const ahead =
      words[b - 1].w === 'be' &&
      aux?.segment === word.segment &&
      (aux.w === 'to' || lex.futureCues.has(aux.w));
    return ahead ? 'future' : null;
  }
  if (schedules && presentSchedule(word, words[k - 1], words[k + 1], lex, words[k - 2])) return 'future';
  return null;
}

/** Words of negation that make "could" a failed ability ("could not be reached"). */
const NEGATIONS = new Set(['not', "n't", 'never', 'nor', 'neither', 'no', 'nobody', 'none']);

/** A negation right after word k, or among the few words of its clause before it. */
function negatedAround(words: Word[], k: number): boolean {
  if (NEGATIONS.has(words[k + 1]?.w ?? '')) return true;
  for (let j = k - 1; j >= 0 && j >= k - 6 && words[j].segment === words[k].segment; j--)
    if (NEGATIONS.has(words[j].w)) return true;
  return false;
}

/** Word k between a preposition, article or possessive and the noun it describes. */
function attributiveParticiple(words: Word[], k: number): boolean {
  const prev = words[k - 1];
  const next = words[k + 1];
  if (!prev || !next || next.segment !== words[k].segment || next.pos !== 'NOUN') return false;
  return (
    prev.pos === 'ADP' || prev.pos === 'SCONJ' || ARTICLES.has(prev.w) || POSSESSIVE_PRONOUNS.has(prev.w)
  );
}

/** A third-person present verb ("opens", "meets", "resumes"), not a reporting one. */
function presentSchedule(
  word: Word,
  prev: Word | undefined,
  next: Word | undefined,
  lex: Lexicon,
  prev2?: Word,
): boolean {
  // "arrived back home on Tuesday": a word after a past verb and its adverb belongs to that verb.
  if (prev && prev2 && (prev.pos === 'ADV' || prev.pos === 'PART') && pastForm(prev2, lex)) return false;
  // "heard cries on Thursday", "saw signs Monday": after a past verb the -s word is its object;
  // "heard her cries", "his returns": after a determiner or a possessive, a noun.
  if (prev && pastForm(prev, lex)) return false;
  if (prev && (ARTICLES.has(prev.w) || POSSESSIVE_PRONOUNS.has(prev.w))) return false;
  // "the deadline is 5 p.m. Monday", "the talks are on Friday"
  if (word.w === 'is' || word.w === 'are') return true;
  if (openOrClose(word, prev, next)) return true;
  if (phrasalAsNoun(word, prev, next)) return true;
  // "United host Arsenal on Saturday": a fixture verb between two names; "Everton, which has not
  // won since 2005, visits Chelsea on Saturday": or after the comma that closes an aside about the
  // subject (the tagger may read "visits" as a noun).
  const fixture =
    FIXTURE_VERBS.has(word.w) || (word.w.endsWith('s') && FIXTURE_VERBS.has(word.w.slice(0, -1)));
  if (fixture && /^[A-Z]/.test(next?.raw ?? '') && (prev?.w === ',' || /^[A-Z]/.test(prev?.raw ?? '')))
    return true;
  // "Fiscal 2013 ends on Sept. 30", "the 2014 season starts in April": after a year the -s word
  // before a preposition is the verb, whatever the tagger says.
  if (
    /^\d{4}$/.test(prev?.w ?? '') &&
    /^[a-z]+[^su]s$/.test(word.w) &&
    next &&
    SCHEDULE_PREPOSITIONS.has(next.w)
  )
    return true;
  // "which reports earnings Tuesday": publishing figures is a schedule, not reported speech.
  if (RELEASE_VERBS.has(word.w) && word.w.endsWith('s') && next && FIGURES_NOUNS.has(next.w)) return true;
  if (word.pos !== 'VERB' || REPORTING.has(word.w)) return false;
  // "if we go back to May", "dates back to June": a look back, not a plan.
  if (next?.w === 'back') return false;
  if (/[a-z][^su]s$/.test(word.w)) return true;
  // "the leaders meet Monday": a plural subject's present, not an infinitive ("to meet") nor a
  // form that is also a past ("hit", "cut") or a participle ("going").
  return (
    /^[a-z]{2,}$/.test(word.w) &&
    !/(ed|ing)$/.test(word.w) &&
    !PARTICIPLES.has(word.w) &&
    !AMBIGUOUS_PAST.has(word.w) &&
    prev !== undefined &&
    // ("the two face off Monday": a number is a subject too)
    (prev.pos === 'NOUN' ||
      prev.pos === 'PROPN' ||
      prev.pos === 'PRON' ||
      prev.pos === 'ADV' ||
      prev.pos === 'NUM')
  );
}

/**
 * "the minister steps down Tuesday", "voters head to the polls Sunday": a schedule verb the tagger
 * reads as a noun, after its subject and before the particle that makes it a verb.
 */
function phrasalAsNoun(word: Word, prev: Word | undefined, next: Word | undefined): boolean {
  return (
    word.pos === 'NOUN' &&
    prev !== undefined &&
    // "the fleet sails": the tagger may take the subject for an adjective as well; not after a
    // pronoun ("his return to Rome on Monday": the tagger reads "he returns" as a verb anyway).
    (prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.pos === 'ADJ' || prev.pos === 'NUM') &&
    next !== undefined &&
    PHRASAL_SCHEDULE.get(word.w)?.has(next.w) === true
  );
}

/** Prepositions after "close"/"open" that make them the verbs of a schedule: "close at", "open on". */
const SCHEDULE_PREPOSITIONS = new Set(['at', 'on', 'in', 'until', 'from']);

/**
 * "Polls close at 8 p.m. Sunday", "markets open on Monday": the tagger reads "close" and "open"
 * as adjectives; after a plural noun and before a preposition they are the verbs of a schedule.
 */
function openOrClose(word: Word, prev: Word | undefined, next: Word | undefined): boolean {
  return (
    (word.w === 'close' || word.w === 'open' || word.w === 'reopen') &&
    prev !== undefined &&
    (prev.pos === 'NOUN' || prev.pos === 'PROPN') &&
    /[a-z]s$/.test(prev.w) &&
    !/ss$/.test(prev.w) &&
    next !== undefined &&
    SCHEDULE_PREPOSITIONS.has(next.w)
  );
}

/** A plan in the past perfect is over: "had been due to expire Friday", "had planned to meet". */
function afterPerfect(words: Word[], k: number): boolean {
  const segment = words[k].segment;
  for (let j = k - 1; j >= 0 && j >= k - 3 && words[j].segment === segment; j--) {
    if (words[j].w === 'had') return true;
  }
  return false;
}

function pastPerfectAround(words: Word[], start: number, end: number): boolean {
  const segment = words[start].segment;
  const from = Math.max(0, start - WINDOW_BEFORE);
  const to = Math.min(words.length, end + WINDOW_AFTER);
  for (let k = from; k < to; k++) if (words[k].segment === segment && words[k].w === 'had') return true;
  return false;
}

/** Words just before a date that make it lie ahead: "ahead of", "upcoming". */
function lookingAhead(words: Word[], start: number, segment: number): boolean {
  for (let k = start - 1; k >= 0 && k >= start - 2 && words[k].segment === segment; k--) {
    const w = words[k].w;
    if (w === 'upcoming' || (w === 'of' && words[k - 1]?.w === 'ahead')) return true;
  }
  return false;
}

/**
 * "staged celebrations to mark the entry on Friday": an infinitive after a noun says what a past
 * act was for, and happens with it; only a verb before "to" ("plans to", "agreed to") looks ahead.
 */
function purposeInPast(words: Word[], to: number, lex: Lexicon): boolean {
  const noun = words[to - 1];
  // ("asked for $2 billion to fight it in February": an amount is such a noun too)
  const nounLike = noun && (noun.pos === 'NOUN' || noun.pos === 'PROPN' || noun.pos === 'NUM');
  if (!nounLike || noun.segment !== words[to].segment) return false;
  // "announced an agreement to acquire it in January": the noun's own plan, still ahead; "agreed
  // Tuesday to step down in September": a day, not a noun the infinitive serves.
  if (INTENT_NOUNS.has(noun.w) || dayWord(noun, lex)) return false;
  for (let k = to - 2; k >= 0 && k >= to - WINDOW_BEFORE && words[k].segment === words[to].segment; k--) {
    if (CLAUSE_OPENERS.has(words[k].w) || isQuoteMark(words, k) || words[k].w === 'to') return false;
    const c = cueOf(words, k, lex);
    if (c) return c === 'past';
  }
  return false;
}

/**
 * "declined to comment Wednesday", "began to gather Sunday", "was forced to land Tuesday", "were
 * unable to reach it Monday": a past verb right before the infinitive (not one of intent, "agreed
 * to meet Friday") says the infinitive's act was done, or not, then.
 */
function doneInPast(words: Word[], to: number, lex: Lexicon): boolean {
  // "went back to work Tuesday", "came out to vote Sunday": the verb before its particle.
  // ("agreed Tuesday to step down": the day told between the verb and its infinitive)
  const between = words[to - 1];
  const particle = between && (PARTICLES.has(between.w) || dayWord(between, lex)) ? 1 : 0;
  const v = words[to - 1 - particle];
  if (!v || v.segment !== words[to].segment) return false;
  const aux = words[to - 2 - particle]?.segment === v.segment ? words[to - 2 - particle].w : '';
  // "is supposed to", "are required to", "was slated to": a participle after "be" is a plan or a
  // duty, still ahead; only "was forced to", "were unable to" tell what happened then.
  if (BE_FORMS.has(aux)) return (aux === 'was' || aux === 'were') && DONE_WHEN_MADE.has(v.w);
  if (DONE_BY_TRYING.has(v.w)) return true;
  if (v.w === 'was' || v.w === 'were' || lex.futureCues.has(v.w) || INTENT_VERBS.has(v.w)) return false;
  return pastForm(v, lex);
}

/** A weekday, "today" or "yesterday": the day a verb is told on. */
function dayWord(word: Word, lex: Lexicon): boolean {
  return lex.weekdays.has(word.w) || word.w === 'today' || word.w === 'yesterday';
}

/** Particles between a verb and "to": "went back to", "came out to". */
const PARTICLES = new Set(['back', 'out', 'home', 'up', 'down', 'off', 'away', 'over', 'in']);

const BE_FORMS = new Set(['is', 'are', 'am', "'s", "'re", 'be', 'been', 'being', 'was', 'were']);

/** Words after "was"/"were" whose infinitive was done then: "was forced to land", "were unable to". */
const DONE_WHEN_MADE = new Set([
  'forced',
  'compelled',
  'able',
  'unable',
  'made',
  'allowed',
  'permitted',
  // "was found to be ill on Saturday": what was found then
  'found',
  'confirmed',
  'discovered',
]);

/** Participles after a date's possessive that make it a plan: "Friday's planned protests". */
const PLANNED = new Set(['planned', 'scheduled', 'expected', 'proposed', 'upcoming']);

/**
 * "how trade would fare if he won the vote on Nov. 8": a past form after "if" and its subject,
 * with "would" before the "if" in the sentence, is a condition still ahead.
 */
function hypothetical(words: Word[], k: number): boolean {
  const at = words[k - 1]?.w === 'if' ? k - 1 : words[k - 2]?.w === 'if' ? k - 2 : -1;
  if (at < 0) return false;
  for (let j = at - 1; j >= 0 && j >= at - 8 && words[j].sentence === words[k].sentence; j--)
    if (words[j].w === 'would') return true;
  return false;
}

/** Verbs of demand: "called for", "calls for", "calling for". */
const CALLS = new Set(['call', 'calls', 'called', 'calling']);

/** "to" before a verb looks ahead: "is to resume trading Tuesday". */
function infinitive(words: Word[], k: number): boolean {
  // ("agreed to not run again in September": a split infinitive)
  const v = words[k + 1]?.w === 'not' || words[k + 1]?.w === 'never' ? k + 2 : k + 1;
  return words[k].w === 'to' && v < words.length && (words[v].pos === 'VERB' || words[v].w === 'be');
}

const ARTICLES = new Set(['the', 'a', 'an']);

/** The tense of the nearest cue word of the sentence around words [start, end). */
export function tenseAround(words: Word[], start: number, end: number, lex: Lexicon): Tense {
  const segment = words[start].segment;
  // "follows Tuesday's vote": the weekday dates a noun, not the verb.
  // "the October slaying", "the late-November trip": a date before a noun dates it the same way.
  const attributive =
    start > 0 &&
    end < words.length &&
    ARTICLES.has(words[start - 1].w) &&
    words[end].pos === 'NOUN' &&
    /^[a-z]/.test(words[end].raw) &&
    words[end].segment === segment;
  const possessive = (end < words.length && words[end].w === "'s") || attributive;
  // "ahead of Sunday's vote", "the upcoming Sunday's vote"
  if (possessive && lookingAhead(words, start, segment)) return 'future';
  // "Friday's planned protests", "Monday's scheduled vote": the noun's own plan.
  const owned = end < words.length && words[end].w === "'s" ? words[end + 1] : undefined;
  if (owned && owned.segment === segment && PLANNED.has(owned.w)) return 'future';
  // "as early as Tuesday", "as soon as next week"
  if (start >= 3 && words[start - 1].w === 'as' && EARLIEST.has(words[start - 2].w)) {
    if (words[start - 3].w === 'as' && words[start - 3].segment === segment) return 'future';
  }
  // ...unless the clause is in the past perfect: "had filed by Wednesday"; nor is "by" before a
  // date that qualifies a noun a deadline ("depressed by overnight losses").
  const qualifies =
    end < words.length &&
    words[end].pos === 'NOUN' &&
    /^[a-z]/.test(words[end].raw) &&
    words[end].segment === segment &&
    // "by Friday noon", "by Monday evening" are still deadlines
    !lex.dayParts.has(words[end].w) &&
    !lex.units.has(words[end].w) &&
    words[end].w !== 'noon' &&
    words[end].w !== 'midnight';
  if (reachedBy(words, start, end, lex)) return 'past';
  if (start >= 1 && DEADLINE.has(words[start - 1].w) && words[start - 1].segment === segment && !qualifies) {
    if (!pastPerfectAround(words, start, end)) return 'future';
  }
  let afterOpen = true;
  let beforeOpen = true;
  // "King, who steps down at the end of June, said...": the comma closes the relative clause.
  const relative = inRelativeClause(words, start);
  let pastComma = false;
  let attribution: Tense = null;
  let mainAfter: Tense = null;
  // "the company said its second-quarter profit would fall": a past reporting verb whose clause
  // holds the date gives way to a cue in that clause after the date.
  let reported: Tense = null;
  for (let d = 1; d <= WINDOW_BEFORE; d++) {
    if (reported) {
      const after = end - 1 + d;
      if (!afterOpen || d > WINDOW_AFTER || after >= words.length || words[after].segment !== segment) break;
      if (opensClause(words, after) || isQuoteMark(words, after)) break;
      const c = cueOf(words, after, lex);
      if (c) return c;
      continue;
    }
    const before = start - d;
    // A quotation mark closes the clause: '"...leave at 4 a.m. Thursday," he said' is not past.
    if (beforeOpen && before >= 0 && isQuoteMark(words, before)) beforeOpen = false;
    // "the plant must be sold, and named Friday as the closing date": the date is the second
    // verb's, whose clause opens at "and"; the first verb's tense is not its own.
    if (
      beforeOpen &&
      before >= 0 &&
      d > 1 &&
      (words[before].w === 'and' || words[before].w === 'but') &&
      opensClause(words, before)
    )
      beforeOpen = false;
    if (beforeOpen && before >= 0 && words[before].segment === segment) {
      // A date owning a noun ("get around Wednesday's ruling", "would appeal Monday's verdict")
      // names something done unless a firm cue says otherwise: an infinitive or "would" is not one.
      const toVerb = infinitive(words, before);
      const weak = possessive && (toVerb || words[before].w === 'would');
      const c = weak
        ? null
        : toVerb
          ? afterPerfect(words, before) || purposeInPast(words, before, lex) || doneInPast(words, before, lex)
            ? 'past'
            : 'future'
          : cueOf(words, before, lex, d <= SCHEDULE_REACH && !possessive);
      if (c === 'past' && reportsClause(words, before, start)) reported = c;
      // "which was expected to get snow Wednesday evening, he said", "who planned to attend the
      // Tuesday protests, disagreed": a plan told in the past yields to the past verb after the comma.
      else if (c === 'future' && (attribution ?? mainAfter) === 'past' && planInPast(words, before))
        return 'past';
      else if (c) return c;
      // "will spend three days there, meeting Netanyahu on Wednesday": a participle after a comma
      // takes the tense of the clause it hangs on.
      const main = participleAfterComma(words, before) ? mainClauseTense(words, before - 2, lex) : null;
      if (main) return main;
    }
    const after = end - 1 + d;
    if (afterOpen && d <= WINDOW_AFTER && after < words.length && words[after].segment === segment) {
      // "planned a rally on Saturday and were planning to...": the next clause has its own tense.
      if (opensClause(words, after) || isQuoteMark(words, after)) afterOpen = false;
      if (words[after].w === ',') pastComma = true;
      const c = afterOpen ? cueOf(words, after, lex) : null;
      // '...arrive in Baghdad on Sunday, officials said': a trailing attribution tenses the date only
      // when its own clause has no cue ('On Sunday, officials said...'). The main verb after a
      // relative clause ('King, who steps down at the end of June, said') only outweighs a plan
      // told in the past.
      if (c && relative && pastComma) {
        mainAfter = c;
        afterOpen = false;
      } else if (c && pastComma && REPORTED_SPEECH.has(words[after].w)) {
        attribution = c;
        afterOpen = false;
      } else if (c) return c;
    }
  }
  // "with preorders starting Friday", "Beginning Monday, drivers must pay", "funds the agency
  // through Sept. 30": with no verb in reach to tell, the start or end of something is still ahead.
  if (!reported && !attribution && start >= 1 && START_OR_END.has(words[start - 1].w)) {
    if (words[start - 1].segment === segment) return 'future';
  }
  return reported ?? attribution;
}

/** Words before a date that name the start or end of something: "starting Friday", "through May 1". */
const START_OR_END = new Set(['starting', 'beginning', 'through', 'thru']);

/** Words that may open a sentence before a fronted "By Tuesday,". */
const FRONT_JOINS = new Set(['and', 'but', 'yet', 'so']);

/**
 * "By Tuesday, the crew had run out of food", "and by October, sales fell": a fronted "by" and a
 * comma tell when a state was reached: in the past when the clause after the comma is past (an
 * aside such as "we were told" skipped); otherwise "by" stays a deadline ("By Friday, we will...").
 */
function reachedBy(words: Word[], start: number, end: number, lex: Lexicon): boolean {
  const segment = words[start].segment;
  if (start < 1 || words[start - 1].w !== 'by' || words[end]?.w !== ',') return false;
  const before = words[start - 2];
  const fronted =
    !before ||
    before.sentence !== words[start].sentence ||
    (FRONT_JOINS.has(before.w) && words[start - 3]?.w !== ',');
  if (!fronted) return false;
  for (let k = end + 1; k < words.length && k <= end + WINDOW_AFTER && words[k].segment === segment; k++) {
    if (opensClause(words, k) || isQuoteMark(words, k)) return false;
    // "By the spring, officials hoped, the road would be ...": an aside.
    if (REPORTED_SPEECH.has(words[k].w) || REPORTED_SPEECH.has(words[k + 1]?.w ?? '')) continue;
    const c = cueOf(words, k, lex);
    if (c) return c === 'past';
  }
  return false;
}

/** A cue of intent written in the past: "planned", "was expected to", "were due to". */
function planInPast(words: Word[], k: number): boolean {
  const segment = words[k].segment;
  const cue = words[k].w === 'to' ? k - 1 : k;
  for (let j = cue - 1; j >= 0 && j >= cue - 2 && words[j].segment === segment; j--) {
    if (words[j].w === 'was' || words[j].w === 'were') return true;
    // "is scheduled to", "are expected to": a plan in the present.
    if (PASSIVE_AUX.has(words[j].w)) return false;
  }
  return cue >= 0 && regularPast(words[cue].w);
}

/** A present participle opening a clause after a comma: ", meeting ...", ", leaving ...". */
function participleAfterComma(words: Word[], k: number): boolean {
  return (
    k >= 1 &&
    words[k - 1].w === ',' &&
    (words[k].pos === 'VERB' || words[k].pos === 'NOUN') &&
    /[a-z]ing$/.test(words[k].w)
  );
}

/** Words that close the clause a participle hangs on, looking back from it: another clause lies before them. */
const CLAUSE_JOINS = new Set([',', 'but', 'and', 'so', ';']);

/** The tense of the nearest cue before `from`, within the sentence and its quotation. */
function mainClauseTense(words: Word[], from: number, lex: Lexicon): Tense {
  const segment = words[from + 1].segment;
  for (let k = from; k >= 0 && k > from - WINDOW_BEFORE && words[k].segment === segment; k--) {
    // ("the ferry is still docked, but then, starting on Friday the crews were paid...": another clause)
    if (isQuoteMark(words, k) || CLAUSE_JOINS.has(words[k].w)) return null;
    const c = infinitive(words, k) ? 'future' : cueOf(words, k, lex);
    if (c) return c;
  }
  return null;
}

/** ", which", ", who" at k: a relative clause opened after a comma. */
function relativeOpener(words: Word[], k: number): boolean {
  const w = words[k].w;
  return (w === 'which' || w === 'who') && words[k - 1]?.w === ',';
}

/** Whether the date at `start` sits in a relative clause opened after a comma (", who steps down in June"). */
function inRelativeClause(words: Word[], start: number): boolean {
  const segment = words[start].segment;
  for (let k = start - 1; k >= 1 && k >= start - WINDOW_BEFORE && words[k].segment === segment; k--) {
    if (words[k].w === ',' || isQuoteMark(words, k)) return false;
    if (relativeOpener(words, k)) return true;
  }
  return false;
}

/** Whether the verb at k reports a clause that holds the date at `start` ("said its Q2 would"). */
function reportsClause(words: Word[], k: number, start: number): boolean {
  if (!REPORTED_SPEECH.has(words[k].w)) return false;
  for (let j = k + 1; j < start; j++) if (CLAUSE_SUBJECT.has(words[j].w)) return true;
  return false;
}

const QUOTE_WORDS = new Set(['"', "''", '``', '“', '”', '«', '»', '„']);

/** A quotation mark as a word; TeX-style '' and `` come as two one-character words. */
function isQuoteMark(words: Word[], k: number): boolean {
  const w = words[k].w;
  if (QUOTE_WORDS.has(w)) return true;
  if (w !== "'" && w !== '`') return false;
  return words[k - 1]?.w === w || words[k + 1]?.w === w;
}

const QUOTE_MARK = /[“”«»„"\n]|``|''/g;

/**
 * Quoted stretches of `text` as sorted [start, end) spans. Straight double quotes toggle;
 * typographic and TeX-style (`` '') quotes open and close. An unclosed quote ends at its paragraph.
 */
export function quotedSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  let open = -1;
  QUOTE_MARK.lastIndex = 0;
  for (let m = QUOTE_MARK.exec(text); m; m = QUOTE_MARK.exec(text)) {
    const i = m.index;
    const c = m[0];
    if (c === '\n') {
      if (text[i + 1] === '\n' && open >= 0) {
        out.push([open, i]);
        open = -1;
      }
    } else if (c === '“' || c === '«' || c === '„' || c === '``') {
      if (open < 0) open = i;
    } else if (c === '”' || c === '»' || c === "''") {
      if (open >= 0) out.push([open, i + c.length]);
      open = -1;
    } else if (open < 0) {
      // A stray closing mark ('recovery." The') opens nothing.
      if (!closesHere(text, i)) open = i;
    } else if (opensHere(text, i)) {
      // '... flu. "The partner ...': a new quote opens while one runs on unclosed, as in a quote
      // carried on from a paragraph, whose breaks the text may have lost; the first ends here.
      out.push([open, i]);
      open = i;
    } else {
      out.push([open, i + 1]);
      open = -1;
    }
  }
  if (open >= 0) out.push([open, text.length]);
  return out;
}

/** A straight quote after a space and before a letter or digit opens a quote. */
function opensHere(text: string, i: number): boolean {
  return /\s/.test(text[i - 1] ?? ' ') && /[\p{L}\p{N}]/u.test(text[i + 1] ?? '');
}

/** A straight quote after a word or a stop and before a space (or the end) closes one. */
function closesHere(text: string, i: number): boolean {
  return /[\p{L}\p{N}.,!?]/u.test(text[i - 1] ?? ' ') && /\s/.test(text[i + 1] ?? ' ');
}

/** Whether offset `at` lies in one of the sorted spans; `from` is a cursor for in-order calls. */
export function insideSpans(spans: [number, number][], at: number, cursor: { i: number }): boolean {
  while (cursor.i < spans.length && spans[cursor.i][1] <= at) cursor.i++;
  return cursor.i < spans.length && spans[cursor.i][0] <= at;
}
