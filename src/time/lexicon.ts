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
}

let cached: Lexicon | null = null;

const phrases = (record: Record<string, string>) =>
  Object.entries(record)
    .map(([k, value]) => ({ words: k.split(' '), value }))
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
  };
  return cached;
}
