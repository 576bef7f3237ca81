/** Fixed words of the grammar's own rules, and the set of words an expression may start with. */
import type { Lexicon } from './lexicon.js';

export const SPOKEN_DECADES: Record<string, string> = {
  twenties: '2',
  thirties: '3',
  forties: '4',
  fifties: '5',
  sixties: '6',
  seventies: '7',
  eighties: '8',
  nineties: '9',
};
export const YEAR_OFFSETS: Record<string, number> = { this: 0, last: -1, next: 1 };
export const DAY_OFFSETS: Record<string, number> = { today: 0, yesterday: -1, tomorrow: 1, tonight: 0 };
export const DEICTIC_OFFSETS: Record<string, number> = {
  this: 0,
  last: -1,
  next: 1,
  past: -1,
  coming: 1,
  previous: -1,
  current: 0,
};
export const ANAPHORIC_OFFSETS: Record<string, number> = {
  previous: -1,
  prior: -1,
  preceding: -1,
  next: 1,
  following: 1,
  same: 0,
};
export const DIRECTIONS = new Set([
  'past',
  'last',
  'next',
  'coming',
  'previous',
  'first',
  'following',
  'recent',
  'final',
  'latest',
]);
/** "the final three months", "the latest nine months" count like "the first nine months": only with a number. */
export const dirOf = (w: string) =>
  w === 'first' || w === 'final' || w === 'latest'
    ? 'first'
    : w === 'next' || w === 'following'
      ? 'next'
      : w === 'coming'
        ? 'coming'
        : 'past';
export const STARTS_WITH_DIGIT = /^'?\d/;

/** Words the grammar's own rules start with, beside the lexicon's. */
const GRAMMAR_STARTERS = [
  "'", // "in '02": a year short of its century
  'the',
  'a',
  'an',
  'this',
  'last',
  'next',
  'past',
  'coming',
  'previous',
  'prior',
  'preceding',
  'current',
  'following',
  'same',
  // "the very next day", "that very evening"
  'very',
  'recent',
  'today',
  'yesterday',
  'tomorrow',
  'tonight',
  'overnight',
  'that',
  'every',
  'once',
  'twice',
  'thrice',
  'each',
  'per',
  'noon',
  'midday',
  'midnight',
  'fiscal',
  'full',
  'calendar',
  'year',
  'fy',
  'latest',
  'q1',
  'q2',
  'q3',
  'q4',
  'h1',
  'h2',
  'nineteen',
  'eighteen',
  'two',
  'earlier',
  'later',
  'half',
  'another',
  'final',
  // "the comparable period a year earlier", "the corresponding quarter last year"
  'comparable',
  'corresponding',
  'daylong',
  'weeklong',
  'monthlong',
  'yearlong',
];

const startersCache = new WeakMap<Lexicon, Set<string>>();

/** Every word that may open a time expression, computed once per lexicon. */
export function startersOf(lex: Lexicon): Set<string> {
  const cached = startersCache.get(lex);
  if (cached) return cached;
  const out = new Set<string>(GRAMMAR_STARTERS);
  const add = (words: Iterable<string>) => {
    for (const w of words) out.add(w);
  };
  add(lex.months.keys());
  add(lex.weekdays.keys());
  for (const w of lex.weekdays.keys()) out.add(`${w}s`);
  add(lex.seasons.keys());
  add(lex.dayParts.keys()); // "(in) the morning", "mid-afternoon"
  add(lex.numbers.keys());
  add(lex.vagueQuantities);
  add(lex.ordinals.keys());
  for (const u of lex.units.keys()) add([u, `${u}s`]);
  add(['centuries']);
  add(lex.sets.keys());
  add(lex.mods.keys());
  add(Object.keys(SPOKEN_DECADES));
  for (const p of lex.references) add(p.words);
  for (const list of [lex.quantityMods, lex.holidays]) for (const p of list) out.add(p.words[0]);
  // "the holidays": the article opens an expression only before a starter
  for (const p of lex.holidays) if (p.words[0] === 'the') out.add(p.words[1]);
  startersCache.set(lex, out);
  return out;
}
