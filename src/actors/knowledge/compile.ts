import type { ActorKind } from '../../contract/extraction.js';
import { type CaseShape, caseShape, foldKey, splitName } from '../keys.js';
import type { Cues, KnowledgeData, PersonEntry, PersonRole, RoleEntry, SectorEntry } from './types.js';

/** A canonical actor the data knows. */
export interface KnownActor {
  id: string;
  name: string;
  kind: ActorKind;
  code: string;
  /** The country code of a country, an outlet, or a national body. */
  country?: string;
}

export type GazEntry =
  | {
      type: 'country';
      form: 'name' | 'alias' | 'adjective' | 'people' | 'capital' | 'seat' | 'city';
      country: string;
      /** The city's own name, for form `city`. */
      place?: string;
    }
  | { type: 'org'; form: 'name' | 'alias' | 'seat'; actor: string }
  | { type: 'outlet'; actor: string }
  | { type: 'person'; person: string }
  | { type: 'surname'; people: string[] }
  | { type: 'title'; roles: string[] }
  | { type: 'description'; roles: string[] }
  | { type: 'sector'; sector: string }
  | { type: 'anaphor'; orgs: string[] };

export interface TrieHit {
  entry: GazEntry;
  shape: CaseShape[];
  /** Every word matches in any case: no check needed. */
  caseless: boolean;
}

export interface TrieNode {
  next: Map<string, TrieNode>;
  hits: TrieHit[];
}

export interface Tenure {
  person: string;
  role: string;
  /** Country code or organisation id. */
  where: string;
  from: string;
  to: string;
  title?: string;
}

export interface Knowledge {
  trie: TrieNode;
  actors: Map<string, KnownActor>;
  countries: Map<string, { name: string; adjective: string; executive?: string }>;
  people: Map<string, PersonEntry>;
  roles: Map<string, RoleEntry>;
  sectors: Map<string, SectorEntry>;
  /** Tenures by `role|where`, and by person. */
  holders: Map<string, Tenure[]>;
  tenures: Map<string, Tenure[]>;
  cues: CompiledCues;
}

export interface CompiledCues {
  honorific: Map<string, 'm' | 'f' | 'any'>;
  genderedTitle: Map<string, 'm' | 'f'>;
  speech: Set<string>;
  orgWord: Map<string, string>;
  placePrep: Set<string>;
  scenePrepositions: Set<string>;
  indefinite: Set<string>;
  namePrefix: Set<string>;
  notName: Set<string>;
  dateline: Set<string>;
  placeWord: Set<string>;
  orgNoun: Map<string, string>;
  contextTitle: Set<string>;
  titleModifier: Set<string>;
  countryBody: Set<string>;
  titleCompound: Set<string>;
  strictTitle: Set<string>;
  pluralEndings: string[];
}

// Within one trie node, earlier kinds win: a full name before a country, a capital before a surname.
const PRIORITY: Record<GazEntry['type'], number> = {
  person: 0,
  org: 1,
  outlet: 2,
  country: 3,
  title: 4,
  description: 5,
  sector: 6,
  anaphor: 7,
  surname: 8,
};
const FORM_PRIORITY: Record<string, number> = {
  name: 0,
  alias: 1,
  adjective: 2,
  people: 3,
  seat: 4,
  capital: 5,
  city: 6,
};

const NAME_SUFFIX = /^(?:[IVX]+|Jr\.?|Sr\.?)$/;
const CASELESS = new Set<GazEntry['type']>(['title', 'description', 'sector', 'anaphor']);

/** Pads partial dates so string comparison works: a start to before its period, an end past it. */
function padFrom(d?: string): string {
  if (!d) return '0000-00-00';
  const s = String(d);
  return s.length === 4 ? `${s}-00-00` : s.length === 7 ? `${s}-00` : s;
}
const padTo = (d?: string) => (d ? (String(d).length === 10 ? String(d) : `${d}-99`) : '9999-99-99');

export function compileKnowledge(data: KnowledgeData): Knowledge {
  const root: TrieNode = { next: new Map(), hits: [] };
  const add = (phrase: string, entry: GazEntry) => {
    addWords(splitName(String(phrase)), entry);
    // "Co-operation" is one token in the text when the tokenizer keeps the hyphenated word whole.
    if (/\S[-\u2010\u2011]\S/.test(String(phrase))) addWords(splitName(String(phrase), true), entry);
  };
  const addWords = (words: string[], entry: GazEntry) => {
    if (!words.length) return;
    let node = root;
    for (const w of words) {
      const k = foldKey(w);
      let child = node.next.get(k);
      if (!child) {
        child = { next: new Map(), hits: [] };
        node.next.set(k, child);
      }
      node = child;
    }
    const shape: CaseShape[] = CASELESS.has(entry.type) ? words.map(() => 'any') : words.map(caseShape);
    // A surname or short form is always written with a capital: "in" is never "Jae-in".
    if (entry.type === 'surname' && shape[0] === 'any') shape[0] = 'capital';
    node.hits.push({ entry, shape, caseless: shape.every((x) => x === 'any') });
  };

  const actors = new Map<string, KnownActor>();
  const countries = new Map<string, { name: string; adjective: string; executive?: string }>();
  for (const c of data.countries) {
    const code = String(c.code);
    const id = `country:${code}`;
    actors.set(id, { id, name: c.name, kind: 'country', code, country: code });
    countries.set(code, { name: c.name, adjective: c.adjectives?.[0] ?? c.name, executive: c.executive });
    add(c.name, { type: 'country', form: 'name', country: code });
    for (const a of c.aliases ?? []) add(a, { type: 'country', form: 'alias', country: code });
    for (const a of c.adjectives ?? []) add(a, { type: 'country', form: 'adjective', country: code });
    for (const a of c.people ?? []) add(a, { type: 'country', form: 'people', country: code });
    for (const a of c.capitals ?? []) add(a, { type: 'country', form: 'capital', country: code });
    for (const a of c.seats ?? []) add(a, { type: 'country', form: 'seat', country: code });
    for (const a of c.cities ?? [])
      add(a, { type: 'country', form: 'city', country: code, place: String(a) });
  }
  const anaphora = new Map<string, string[]>();
  const addOrgs = (list: KnowledgeData['organizations'], prefix: 'org' | 'group') => {
    for (const o of list) {
      const id = `${prefix}:${o.id}`;
      const kind: ActorKind = prefix === 'org' ? 'organization' : 'group';
      const code = String(o.code);
      actors.set(id, {
        id,
        name: o.name,
        kind,
        code,
        country: countries.has(code.slice(0, 3)) ? code.slice(0, 3) : undefined,
      });
      add(o.name, { type: 'org', form: 'name', actor: id });
      for (const a of o.aliases ?? []) add(a, { type: 'org', form: 'alias', actor: id });
      for (const a of o.seats ?? []) add(a, { type: 'org', form: 'seat', actor: id });
      for (const a of o.anaphora ?? []) {
        // Indexed by the noun phrase without its article: "the [NATO] bloc" still ends in "bloc".
        const head = String(a).replace(/^(the|this|that)\s+/i, '');
        anaphora.set(head, [...(anaphora.get(head) ?? []), id]);
      }
    }
  };
  addOrgs(data.organizations, 'org');
  addOrgs(data.groups, 'group');
  for (const [head, orgs] of anaphora) add(head, { type: 'anaphor', orgs });
  for (const o of data.outlets) {
    const id = `media:${o.id}`;
    const country = o.country ? String(o.country) : undefined;
    actors.set(id, { id, name: o.name, kind: 'media', code: `${country ?? '---'}MED`, country });
    add(o.name, { type: 'outlet', actor: id });
    for (const a of o.aliases ?? []) add(a, { type: 'outlet', actor: id });
  }
  const sectors = new Map<string, SectorEntry>();
  for (const s of data.sectors) {
    sectors.set(String(s.code), s);
    for (const w of s.words) add(w, { type: 'sector', sector: String(s.code) });
  }
  const roles = new Map<string, RoleEntry>();
  const titleRoles = new Map<string, string[]>();
  const descRoles = new Map<string, string[]>();
  for (const r of data.roles) {
    roles.set(r.id, r);
    for (const t of r.titles) titleRoles.set(t, [...(titleRoles.get(t) ?? []), r.id]);
    for (const t of r.descriptions ?? []) descRoles.set(t, [...(descRoles.get(t) ?? []), r.id]);
  }
  for (const [t, ids] of titleRoles) add(t, { type: 'title', roles: ids });
  for (const [t, ids] of descRoles) add(t, { type: 'description', roles: ids });

  const people = new Map<string, PersonEntry>();
  const surnames = new Map<string, string[]>();
  const holders = new Map<string, Tenure[]>();
  const tenures = new Map<string, Tenure[]>();
  for (const p of data.people) {
    people.set(p.id, p);
    const short = (form: string) => surnames.set(form, [...(surnames.get(form) ?? []), p.id]);
    for (const n of [p.name, ...(p.aliases ?? [])]) {
      const words = splitName(n);
      if (words.length === 1) short(n);
      else add(n, { type: 'person', person: p.id });
    }
    // The surname is the last word of the name, hyphenated parts kept together ("Moon Jae-in" → "Jae-in").
    // A name ending in a regnal number or a suffix ("Charles III", "John Roberts Jr.") has no surname to derive from it.
    const spaced = p.name.trim().split(/\s+/);
    const last = spaced[spaced.length - 1];
    if (spaced.length > 1 && !NAME_SUFFIX.test(last)) short(last);
    for (const r of p.roles ?? []) {
      const t = tenureOf(p.id, r);
      const key = `${t.role}|${t.where}`;
      holders.set(key, [...(holders.get(key) ?? []), t]);
      tenures.set(p.id, [...(tenures.get(p.id) ?? []), t]);
    }
  }
  for (const [form, ids] of surnames) add(form, { type: 'surname', people: [...new Set(ids)] });
  sortHits(root);
  return {
    trie: root,
    actors,
    countries,
    people,
    roles,
    sectors,
    holders,
    tenures,
    cues: compileCues(data.cues),
  };
}

function tenureOf(person: string, r: PersonRole): Tenure {
  return {
    person,
    role: r.role,
    where: r.org ? `org:${r.org}` : String(r.country ?? '---'),
    from: padFrom(r.from),
    to: padTo(r.to),
    title: r.title,
  };
}

function sortHits(node: TrieNode): void {
  node.hits.sort(
    (a, b) =>
      PRIORITY[a.entry.type] - PRIORITY[b.entry.type] ||
      (FORM_PRIORITY[(a.entry as { form?: string }).form ?? ''] ?? 0) -
        (FORM_PRIORITY[(b.entry as { form?: string }).form ?? ''] ?? 0),
  );
  for (const child of node.next.values()) sortHits(child);
}

function compileCues(c: Cues): CompiledCues {
  const honorific = new Map<string, 'm' | 'f' | 'any'>();
  for (const g of ['m', 'f', 'any'] as const)
    for (const w of c.honorifics[g] ?? []) honorific.set(foldKey(w), g);
  const genderedTitle = new Map<string, 'm' | 'f'>();
  for (const g of ['m', 'f'] as const)
    for (const w of c.gendered_titles[g] ?? []) genderedTitle.set(foldKey(w), g);
  const orgWord = new Map<string, string>();
  for (const [sector, words] of Object.entries(c.org_words))
    for (const w of words) orgWord.set(foldKey(w), sector);
  const orgNoun = new Map<string, string>();
  for (const [sector, words] of Object.entries(c.org_nouns ?? {}))
    for (const w of words) orgNoun.set(foldKey(w), sector);
  return {
    honorific,
    genderedTitle,
    speech: new Set(c.speech_verbs.map(foldKey)),
    orgWord,
    placePrep: new Set(c.place_prepositions.map(foldKey)),
    scenePrepositions: new Set((c.scene_prepositions ?? []).map(foldKey)),
    indefinite: new Set(c.indefinite.map(foldKey)),
    namePrefix: new Set((c.name_prefixes ?? []).map(foldKey)),
    notName: new Set((c.not_names ?? []).map(foldKey)),
    dateline: new Set((c.dateline_words ?? []).map(foldKey)),
    placeWord: new Set((c.place_words ?? []).map(foldKey)),
    orgNoun,
    contextTitle: new Set((c.context_titles ?? []).map(foldKey)),
    titleModifier: new Set((c.title_modifiers ?? []).map(foldKey)),
    countryBody: new Set((c.country_bodies ?? []).map(foldKey)),
    titleCompound: new Set((c.title_compounds ?? []).map(foldKey)),
    strictTitle: new Set((c.strict_titles ?? []).map(foldKey)),
    pluralEndings: (c.plural_endings ?? []).map(foldKey),
  };
}
