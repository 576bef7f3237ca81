import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { packageRoot } from '../common/package-root.js';

/** A calendar unit as data/time/lexicon.yaml describes it. */
export interface UnitInfo {
  letter: string;
  clock?: boolean;
  times?: number;
  grain?: Grain;
}

export type Grain = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'year' | 'decade' | 'century';

/** The time lexicon (data/time/lexicon.yaml), loaded once per process. */
export interface Lexicon {
  months: Map<string, number>;
  weekdays: Map<string, number>;
  seasons: Map<string, string>;
  dayParts: Map<string, string>;
  numbers: Map<string, number>;
  vagueQuantities: Set<string>;
  ordinals: Map<string, number>;
  units: Map<string, UnitInfo>;
  /** Phrases as word arrays, longest first. */
  references: { words: string[]; value: string }[];
  sets: Map<string, string>;
  mods: Map<string, string>;
  quantityMods: { words: string[]; value: string }[];
  holidays: { words: string[]; value: string }[];
  futureCues: Set<string>;
  pastCues: Set<string>;
  /** Nouns after which "today's" means "nowadays" ("today's youth"), no date. */
  genericNowNouns: Set<string>;
  /** Nouns of a dated season or event: a yearless month after "the 2014 season" is of 2014. */
  datedEventNouns: Set<string>;
  /** Holidays (their first word) read only when capitalised: "Election Day", not "election day". */
  namedHolidays: Set<string>;
  /** Days named for a past event, by `MM-DD`: the year, and the nouns that name the event. */
  eventDays: Map<string, { year: number; nouns: Set<string> }>;
  /** Words one of which every expression holds (besides digits); see `sentencesWithAnchors`. */
  anchors: Set<string>;
}

let cached: Lexicon | null = null;

const phrases = (record: Record<string, string>) =>
  Object.entries(record)
    // wink splits the possessive: "valentine's day" is read as valentine 's day, "presidents' day"
    // as presidents ' day.
    .map(([k, value]) => ({
      words: k
        .replace(/'s\b/g, " 's")
        .replace(/s'(?= |$)/g, "s '")
        .split(' '),
      value,
    }))
    .sort((a, b) => b.words.length - a.words.length);

export function lexicon(): Lexicon {
  if (cached) return cached;
  const raw = parse(readFileSync(join(packageRoot(), 'data', 'time', 'lexicon.yaml'), 'utf8'));
  const map = <V>(r: Record<string, V>) => new Map(Object.entries(r).map(([k, v]) => [String(k), v]));
  cached = {
    months: map(raw.months),
    weekdays: map(raw.weekdays),
    seasons: map(raw.seasons),
    dayParts: map(raw.dayParts),
    numbers: map(raw.numbers),
    vagueQuantities: new Set(raw.vagueQuantities),
    ordinals: map(raw.ordinals),
    units: map(raw.units),
    references: phrases(raw.references),
    sets: map(raw.sets),
    mods: map(raw.mods),
    quantityMods: phrases(raw.quantityMods),
    holidays: phrases(raw.holidays),
    futureCues: new Set(raw.futureCues),
    pastCues: new Set(raw.pastCues),
    genericNowNouns: new Set(raw.genericNowNouns ?? []),
    datedEventNouns: new Set(raw.datedEventNouns ?? []),
    namedHolidays: new Set(raw.namedHolidays ?? []),
    eventDays: new Map(
      Object.entries((raw.eventDays ?? {}) as Record<string, { year: number; nouns: string[] }>).map(
        ([k, v]) => [k, { year: v.year, nouns: new Set(v.nouns) }],
      ),
    ),
    anchors: new Set(),
  };
  cached.anchors = anchorsOf(cached, raw.anchors ?? []);
  return cached;
}

/** Anchor words in lower case, with a final period (abbreviations) and plural variants. */
function anchorsOf(lex: Lexicon, extra: string[]): Set<string> {
  const base = new Set<string>(extra);
  const add = (words: Iterable<string>) => {
    for (const w of words) base.add(w);
  };
  add(lex.months.keys());
  add(lex.weekdays.keys());
  add(lex.seasons.keys());
  add(lex.dayParts.keys());
  add(lex.units.keys());
  add(lex.sets.keys());
  for (const p of lex.references) base.add(p.words[p.words.length - 1]);
  // "9/11": an event's day written in figures (see `numericDate`)
  for (const key of lex.eventDays.keys()) {
    const [m, d] = key.split('-').map(Number);
    base.add(`${m}/${d}`);
  }
  for (const p of lex.holidays) base.add(p.words[0]);
  const out = new Set<string>();
  for (const w of base) {
    for (const v of [w, `${w}s`, `${w}.`]) {
      out.add(v);
      out.add(v[0].toUpperCase() + v.slice(1));
    }
  }
  return out;
}
