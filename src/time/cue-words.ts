/** Word lists the tense of a clause is read from (context.ts): verbs and nouns by their role. */

import type { Lexicon } from './lexicon.js';
import type { Word } from './words.js';

/**
 * Present-tense verbs that report rather than schedule: "says Tuesday" is no plan for Tuesday.
 * Other present-tense verbs next to a date announce a schedule ("the trial opens Monday").
 */
export const REPORTING = new Set(
  [
    'say',
    'tell',
    'think',
    'believe',
    'know',
    'add',
    'note',
    'write',
    'report',
    'confirm',
    'claim',
    'warn',
    'estimate',
    'insist',
    'deny',
    'admit',
    'suggest',
    'argue',
  ].flatMap((v) => [v, v.endsWith('y') && v !== 'say' ? `${v.slice(0, -1)}ies` : `${v}s`]),
);

/** Past participles that a tagger may read as plain verbs ("the letter written Monday"). */
export const PARTICIPLES = new Set([
  'written',
  'spoken',
  'broken',
  'chosen',
  'driven',
  'eaten',
  'fallen',
  'forgotten',
  'hidden',
  'risen',
  'stolen',
  'shaken',
  'taken',
  'given',
  'seen',
  'beaten',
  'frozen',
  'known',
  'shown',
  'grown',
  'thrown',
  'drawn',
  'flown',
  'sworn',
  'born',
  'worn',
  'torn',
]);

/** Verbs whose past tense is written like the present. */
export const AMBIGUOUS_PAST = new Set([
  'hit',
  'cut',
  'put',
  'set',
  'let',
  'quit',
  'read',
  'shut',
  'spread',
  'cast',
  'cost',
  'hurt',
  'beat',
  'bid',
  'split',
  'burst',
  'bet',
  'upset',
  'broadcast',
  'forecast',
]);

/** Nouns whose infinitive is a plan, an offer or a right: "a deal to buy", "permission to land". */
export const INTENT_NOUNS = new Set(
  [
    'agreement',
    'plan',
    'deal',
    'bid',
    'offer',
    'proposal',
    'decision',
    'effort',
    'move',
    'attempt',
    'vote',
    'order',
    'pledge',
    'promise',
    'commitment',
    'intention',
    'option',
    'approval',
    'permission',
    'right',
    'request',
    'call',
    'threat',
    'contract',
    'accord',
    'deadline',
    'campaign',
    'drive',
    'way',
    'chance',
    'opportunity',
    'time',
    // laws in the making: "approved a bill to keep the government running through Sept. 30"
    'bill',
    'measure',
    'resolution',
    'amendment',
  ].flatMap((n) => [n, `${n}s`]),
);

/** Past reporting verbs that open a clause of their own. */
export const REPORTED_SPEECH = new Set([
  'said',
  'told',
  'announced',
  'reported',
  'added',
  'predicted',
  'warned',
  'estimated',
]);

/** Words that open the subject of a reported clause: "said that", "said its", "said the". */
export const CLAUSE_SUBJECT = new Set([
  'that',
  'its',
  'their',
  'his',
  'her',
  'the',
  'it',
  'they',
  'he',
  'she',
  'we',
]);

/**
 * Verbs that publish the figures of a period: "will report fourth-quarter GDP", "releases its
 * first-quarter results". Such a period has begun by then, whatever the tense of the clause.
 */
export const RELEASE_VERBS = new Set(
  ['report', 'release', 'post', 'announce', 'unveil', 'issue'].flatMap((v) => [v, `${v}s`]),
);

/** Nouns for the published figures of a period: "the February jobs report", "data for March". */
export const FIGURES_NOUNS = new Set([
  'report',
  'data',
  'figures',
  'numbers',
  'statistics',
  'results',
  'reading',
  'survey',
  'index',
  'payrolls',
  'earnings',
]);

/**
 * Verbs of a fixture whose plural present ("United host Arsenal", "Madrid face Porto on Tuesday")
 * the tagger reads as a noun between two team names.
 */
export const FIXTURE_VERBS = new Set(['host', 'visit', 'face', 'play', 'meet', 'entertain', 'welcome']);

/** Words of a game: "the first half", "the fourth quarter" near them are parts of a match, not of a year. */
export const SPORTS_WORDS = new Set([
  'scored',
  'scores',
  'scoring',
  'match',
  'halftime',
  'half-time',
  'penalty',
  'touchdown',
  'touchdowns',
  'rebounds',
  'innings',
  'striker',
  'midfielder',
  'quarterback',
  'coach',
  'equaliser',
  'equalizer',
]);

/**
 * Past verbs whose infinitive was carried out (or not) then: "declined to comment Wednesday",
 * "tried to flee Sunday" are past, unlike "agreed to meet Friday".
 */
export const DONE_BY_TRYING = new Set([
  'declined',
  'refused',
  'failed',
  'tried',
  'attempted',
  'managed',
  'sought',
  'rushed',
  'scrambled',
  'struggled',
  'helped',
]);

/**
 * Past verbs of intent: their infinitive still lies ahead ("agreed to meet Friday", "voted to hold
 * elections in May").
 */
export const INTENT_VERBS = new Set([
  'agreed',
  'decided',
  'promised',
  'pledged',
  'vowed',
  'hoped',
  'wanted',
  'threatened',
  'offered',
  'proposed',
  'intended',
  'aimed',
  'prepared',
  'asked',
  'arranged',
  'volunteered',
  'resolved',
  'opted',
  'chose',
  'needed',
  'urged',
  'ordered',
  'told',
  'called',
  'invited',
  'allowed',
  'authorized',
  'approved',
  'voted',
  'moved',
]);

/**
 * Present verbs of a schedule that the tagger reads as nouns, each with the particles or
 * prepositions that show it is the verb: "the minister steps down Tuesday", "voters head to the
 * polls Sunday", "the fleet sails for Hawaii on Monday". The particle is required, so that nouns
 * ("tax returns in April", "the party's steps in May") keep their reading.
 */
export const PHRASAL_SCHEDULE = new Map<string, Set<string>>([
  ['steps', new Set(['down', 'aside', 'up'])],
  ['step', new Set(['down', 'aside', 'up'])],
  ['heads', new Set(['to', 'for', 'into', 'home'])],
  ['head', new Set(['to', 'for', 'into', 'home'])],
  ['sails', new Set(['for', 'to', 'into'])],
  ['sail', new Set(['for', 'to', 'into'])],
  ['lands', new Set(['in', 'at'])],
  ['flies', new Set(['to', 'into', 'home'])],
  ['travels', new Set(['to'])],
  ['travel', new Set(['to'])],
  ['returns', new Set(['to', 'home'])],
  ['return', new Set(['to', 'home'])],
  ['faces', new Set(['off'])],
  ['face', new Set(['off'])],
  ['kicks', new Set(['off'])],
  ['kick', new Set(['off'])],
  ['wraps', new Set(['up'])],
  ['wrap', new Set(['up'])],
  ['winds', new Set(['up', 'down'])],
  ['sets', new Set(['off', 'out', 'sail'])],
  ['takes', new Set(['over', 'office'])],
  // not "vote": "lost a confidence vote on Monday" is the noun
  ['votes', new Set(['on'])],
]);

/**
 * A regular past form: "-ed" ("agreed", "freed" and "guaranteed" too), but not the presents in
 * "-eed" ("succeed", "proceed", "need", "speed").
 */
export function regularPast(w: string): boolean {
  return /[a-z]ed$/.test(w) && !/[^rt]eed$/.test(w);
}

/** A past form: a listed irregular one, or a regular "-ed" verb. */
export function pastForm(word: Word, lex: Lexicon): boolean {
  return lex.pastCues.has(word.w) || ((word.pos === 'VERB' || word.pos === 'AUX') && regularPast(word.w));
}
