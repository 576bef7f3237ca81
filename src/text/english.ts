/** Closed-class English words the chunker reads structure from (function words, not knowledge). */

export const NOUN_HEAD = new Set(['NOUN', 'PROPN', 'PRON']);
export const NOUN_PART = new Set(['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'X', 'SYM']);
/** Date words that never extend a name before them. */
export const TEMPORAL = new Set([
  'today',
  'yesterday',
  'tomorrow',
  'tonight',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]);
export const TIME_ADJECTIVES = new Set([
  'last',
  'next',
  'this',
  'past',
  'previous',
  'coming',
  'same',
  'early',
  'late',
]);
/** Words that always open a clause, whatever their tag. */
export const CLAUSE_OPENERS = new Set([
  'if',
  'unless',
  'whether',
  'because',
  'although',
  'though',
  'whereas',
]);
export const PARTICIPLE_PREPOSITIONS = new Set([
  'following',
  'including',
  'regarding',
  'concerning',
  'during',
  'pending',
]);
export const QUOTE_MARKS = new Set(['"', '“', '”', '‘', '’', "'", '«', '»', '``', "''", '`']);
export const POSSESSIVE_PRONOUNS = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);
export const APPROXIMATORS = new Set([
  'about',
  'around',
  'some',
  'nearly',
  'almost',
  'roughly',
  'approximately',
  'over',
]);
/** Quantifier phrases that open a noun group before a number: "up to 16", "more than 100". */
export const QUANTIFIERS = new Set(['up to', 'more than', 'at least', 'less than', 'fewer than', 'as many']);
export const MODALS = new Set([
  'will',
  'would',
  'can',
  'could',
  'may',
  'might',
  'must',
  'should',
  'shall',
  'wo',
  'ca',
]);
export const NEGATORS = new Set(['not', "n't", 'never', 'no longer']);
/** Words that open a subordinate clause (tagged SCONJ, or a relative pronoun). */
export const SUBORDINATORS = new Set([
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'if',
  'unless',
  'whether',
  'because',
  'while',
  'although',
  'though',
  'when',
  'after',
  'before',
  'until',
  'as',
  'since',
]);
/** Past participles that do not end in -ed or -en. */
export const IRREGULAR_PARTICIPLES = new Set([
  'held',
  'met',
  'made',
  'sent',
  'built',
  'hit',
  'put',
  'set',
  'shot',
  'struck',
  'found',
  'told',
  'sold',
  'paid',
  'brought',
  'bought',
  'fought',
  'caught',
  'kept',
  'left',
  'led',
  'fed',
  'cut',
  'shut',
  'spread',
  'won',
  'hung',
  'run',
  'begun',
  'done',
  'gone',
  'seen',
  'said',
  'thought',
  'sought',
  'taught',
  'swept',
  'slain',
  'dealt',
  'meant',
  'felt',
  'lost',
  'burnt',
  'quit',
  'bid',
]);
