/**
 * The predicate dictionary (data/events/*.yaml), loaded and compiled once per process.
 * Schema: data/events/README.md.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { packageRoot } from '../common/package-root.js';

export type Family = 'intent' | 'threat' | 'refuse' | 'appeal' | 'demand';

/** One step of a verb pattern after the verb itself. */
export type Step =
  | { kind: 'object' }
  | { kind: 'thing'; lemmas: Set<string> }
  | { kind: 'word'; words: Set<string> }
  | { kind: 'to'; lemmas?: Set<string> }
  | { kind: 'that' }
  | { kind: 'noObject' };

export interface VerbPattern {
  /** `verbs/<code>#<n>` */
  rule: string;
  code: string;
  family?: Family;
  verbs: Set<string>;
  steps: Step[];
  /** More steps = more specific; the most specific match wins. */
  weight: number;
  /** Words the sentence must hold for the pattern to match: one of each set (see `needs`). */
  needs: Set<string>[];
}

export interface NounPattern {
  rule: string;
  code: string;
  nouns: Set<string>;
  things: Set<string>[];
  preps: Set<string>;
  needs: Set<string>[];
}

export interface CameoInfo {
  plover: string;
  quad: number;
  goldstein: number;
}

/** What a word could head: the requirement lists of its patterns (empty list: none needed). */
export interface HeadNeeds {
  /** Some pattern needs no particular word. */
  always: boolean;
  /** Per pattern that needs words: one of each set must occur in the sentence. */
  needs: Set<string>[][];
}

export interface Dictionary {
  /** Verb patterns by verb lemma, most specific first. */
  verbs: Map<string, VerbPattern[]>;
  /** Noun patterns by noun lemma, most specific first. */
  nouns: Map<string, NounPattern[]>;
  complements: Record<Family, Record<string, string>>;
  /**
   * Every form that may head a pattern, for the sentence pre-filter: verb and noun lemmas, and
   * the inflected forms whose rough base forms (`baseForms`) are dictionary verbs.
   */
  heads: Map<string, HeadNeeds>;
  /** Every word some pattern requires (`needs`), for the same pre-filter. */
  needWords: Set<string>;
  /** Inflected forms whose rough base forms include a dictionary verb (accused, stopped). */
  inflected: Set<string>;
  cameo(code: string): CameoInfo;
  /** Lemmas of subjects that are no doer: forces of nature, disease, accidents (agents.yaml). */
  nature: Set<string>;
  /** Nouns whose that-clause is wanted, not done: "its demand that Israel ease ..." (agents.yaml). */
  wanted: Set<string>;
  /** Objects of meeting or hosting verbs that are no counterpart: "meet standards" (agents.yaml). */
  unmet: Set<string>;
  /** Verbs whose subject undergoes the deed their object names: "would answer new sanctions". */
  undergo: Set<string>;
  /** Military units and their people: their arrival is a deployment, not a visit (agents.yaml). */
  forces: Set<string>;
  /** People posted somewhere on another's behalf: "diplomats in Vienna" are not Austrian (agents.yaml). */
  posted: Set<string>;
  /** Prepositions after a noun whose group names another side: "crossings *with* Belarus" (agents.yaml). */
  across: Set<string>;
  /**
   * Whether two sides (CAMEO actor codes; a country's sectors count as the country) are allies in
   * the given year (any year when unknown): members of one alliance, or an alliance and a member
   * (alliances.yaml).
   */
  allied(a: string, b: string, year?: number): boolean;
}

interface RawAlliance {
  name: string;
  code?: string;
  members: { code: string; from?: number; to?: number }[];
}

interface RawEntry {
  code: string;
  family?: Family;
  patterns: string[];
}

let loaded: Dictionary | null = null;

/** The dictionary, read from data/events on first use. */
export function dictionary(): Dictionary {
  if (!loaded) loaded = loadDictionary(join(packageRoot(), 'data', 'events'));
  return loaded;
}

export function loadDictionary(dir: string): Dictionary {
  const read = (name: string) => parse(readFileSync(join(dir, name), 'utf8'));
  const verbs = compileVerbs(read('verbs.yaml') as RawEntry[]);
  const nouns = compileNouns(read('nouns.yaml') as RawEntry[]);
  const complements = read('complements.yaml') as Record<Family, Record<string, string>>;
  const tables = read('cameo.yaml') as {
    roots: Record<string, { plover: string; quad: number; goldstein: number }>;
    codes: Record<string, { plover?: string; goldstein?: number }>;
  };
  const cache = new Map<string, CameoInfo>();
  const cameo = (code: string): CameoInfo => {
    let info = cache.get(code);
    if (info) return info;
    const root = tables.roots[code.slice(0, 2)];
    if (!root) throw new Error(`events: unknown CAMEO root in code ${code}`);
    const parent = tables.codes[code.slice(0, 3)] ?? {};
    const own = tables.codes[code] ?? {};
    info = {
      plover: own.plover ?? parent.plover ?? root.plover,
      quad: root.quad,
      goldstein: own.goldstein ?? parent.goldstein ?? root.goldstein,
    };
    cache.set(code, info);
    return info;
  };
  const heads = compileHeads(verbs, nouns);
  const needWords = new Set<string>();
  for (const h of heads.values())
    for (const needs of h.needs) for (const set of needs) for (const w of set) needWords.add(w);
  const inflected = new Set<string>();
  for (const form of heads.keys()) if (baseForms(form).some((b) => verbs.has(b))) inflected.add(form);
  const agents = read('agents.yaml') as {
    nature: string[];
    wanted: string[];
    unmet?: string[];
    undergo?: string[];
    forces?: string[];
    posted?: string[];
    across?: string[];
  };
  const alliances = read('alliances.yaml') as RawAlliance[];
  const allied = (a: string, b: string, year?: number): boolean => {
    const member = (al: RawAlliance, code: string) =>
      al.members.some(
        (m) =>
          code.slice(0, 3) === m.code &&
          (year === undefined || ((m.from ?? 0) <= year && (m.to === undefined || year < m.to))),
      );
    const side = (al: RawAlliance, code: string) => (!!al.code && code === al.code) || member(al, code);
    return a.slice(0, 3) !== b.slice(0, 3) && alliances.some((al) => side(al, a) && side(al, b));
  };
  // YAML may read a listed word as a number or a boolean: every entry is taken as lowercase text.
  const words = (list: unknown[] = []) => new Set(list.map((w) => String(w).toLowerCase()));
  return {
    verbs,
    nouns,
    complements,
    cameo,
    heads,
    needWords,
    inflected,
    nature: words(agents.nature),
    wanted: words(agents.wanted),
    unmet: words(agents.unmet),
    undergo: words(agents.undergo),
    forces: words(agents.forces),
    posted: words(agents.posted),
    across: words(agents.across),
    allied,
  };
}

function compileHeads(
  verbs: Map<string, VerbPattern[]>,
  nouns: Map<string, NounPattern[]>,
): Map<string, HeadNeeds> {
  const heads = new Map<string, HeadNeeds>();
  const add = (form: string, patterns: readonly { needs: Set<string>[] }[]) => {
    let h = heads.get(form);
    if (!h) {
      h = { always: false, needs: [] };
      heads.set(form, h);
    }
    for (const p of patterns) {
      if (p.needs.length) h.needs.push(p.needs);
      else h.always = true;
    }
  };
  for (const [lemma, patterns] of verbs) {
    add(lemma, patterns);
    // Forms whose rough base forms include the verb: accused, stopped, carries, tries.
    const last = lemma.slice(-1);
    const forms = [`${lemma}d`, `${lemma}ed`, `${lemma}${last}ed`, `${lemma}s`, `${lemma}es`];
    if (last === 'y') forms.push(`${lemma.slice(0, -1)}ied`, `${lemma.slice(0, -1)}ies`);
    for (const form of forms) if (baseForms(form).includes(lemma)) add(form, patterns);
  }
  for (const [lemma, patterns] of nouns) add(lemma, patterns);
  return heads;
}

/** Rough base forms for a verb the tagger missed (so no lemma): accused → accuse, abducted → abduct. */
export function baseForms(word: string): string[] {
  if (word.endsWith('ied') || word.endsWith('ies')) return [`${word.slice(0, -3)}y`];
  if (word.endsWith('ed')) {
    const stem = word.slice(0, -2);
    const undoubled = /([b-df-hj-np-tv-z])\1$/.test(stem) ? [stem.slice(0, -1)] : [];
    return [word.slice(0, -1), stem, ...undoubled];
  }
  if (word.endsWith('es')) return [word.slice(0, -1), word.slice(0, -2)];
  if (word.endsWith('s')) return [word.slice(0, -1)];
  return [];
}

const alternatives = (word: string) => new Set(word.split('|').map((w) => w.toLowerCase()));

function compileVerbs(entries: RawEntry[]): Map<string, VerbPattern[]> {
  const byVerb = new Map<string, VerbPattern[]>();
  for (const entry of entries) {
    entry.patterns.forEach((text, k) => {
      const words = text.trim().split(/\s+/);
      const verbs = alternatives(words[0]);
      const steps: Step[] = [];
      for (const w of words.slice(1)) {
        if (w === '*') steps.push({ kind: 'object' });
        else if (w.startsWith('{')) steps.push({ kind: 'thing', lemmas: alternatives(w.slice(1, -1)) });
        else if (w === '+that') steps.push({ kind: 'that' });
        else if (w === '!obj') steps.push({ kind: 'noObject' });
        else if (w.startsWith('+to')) {
          const lemmas = w.includes(':') ? alternatives(w.slice(w.indexOf(':') + 1)) : undefined;
          steps.push({ kind: 'to', lemmas });
        } else steps.push({ kind: 'word', words: alternatives(w) });
      }
      const weight = steps.reduce(
        (s, st) =>
          s + (st.kind === 'noObject' ? 0 : st.kind === 'thing' || (st.kind === 'to' && st.lemmas) ? 2 : 1),
        0,
      );
      const pattern: VerbPattern = {
        rule: `verbs/${entry.code}#${k + 1}`,
        code: entry.code,
        family: entry.family,
        verbs,
        steps,
        weight,
        needs: steps.flatMap((st) =>
          st.kind === 'thing'
            ? [st.lemmas]
            : st.kind === 'word'
              ? [st.words]
              : st.kind === 'to' && st.lemmas
                ? [st.lemmas]
                : [],
        ),
      };
      for (const v of verbs) {
        const list = byVerb.get(v) ?? [];
        list.push(pattern);
        byVerb.set(v, list);
      }
    });
  }
  // Stable sort: most specific first, file order among equals.
  for (const list of byVerb.values()) list.sort((a, b) => b.weight - a.weight);
  return byVerb;
}

function compileNouns(entries: RawEntry[]): Map<string, NounPattern[]> {
  const byNoun = new Map<string, NounPattern[]>();
  for (const entry of entries) {
    entry.patterns.forEach((text, k) => {
      const words = text.trim().split(/\s+/);
      const nouns = alternatives(words[0]);
      const things: Set<string>[] = [];
      let preps = new Set<string>();
      for (const w of words.slice(1)) {
        if (w.startsWith('{')) things.push(alternatives(w.slice(1, -1)));
        else preps = alternatives(w);
      }
      const pattern: NounPattern = {
        rule: `nouns/${entry.code}#${k + 1}`,
        code: entry.code,
        nouns,
        things,
        preps,
        needs: preps.size ? [...things, preps] : things,
      };
      for (const n of nouns) {
        const list = byNoun.get(n) ?? [];
        list.push(pattern);
        byNoun.set(n, list);
      }
    });
  }
  const weight = (p: NounPattern) => p.things.length * 2 + (p.preps.size ? 1 : 0);
  for (const list of byNoun.values()) list.sort((a, b) => weight(b) - weight(a));
  return byNoun;
}

/** Maps a complement's code through a family table: full code, then 3 digits, then root. */
export function refine(dict: Dictionary, family: Family, code: string, fallback: string): string {
  const table = dict.complements[family];
  return table[code] ?? table[code.slice(0, 3)] ?? table[code.slice(0, 2)] ?? fallback;
}
