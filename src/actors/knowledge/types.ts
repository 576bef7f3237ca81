/** The actor data files (data/actors/*.yaml), as documented in docs/actors-data.md. */

export interface CountryEntry {
  code: string;
  name: string;
  aliases?: string[];
  adjectives?: string[];
  people?: string[];
  capitals?: string[];
  seats?: string[];
  /** Major non-capital cities and regions: a mention names the country as a place. */
  cities?: string[];
  /** The role meant by "the Hungarian leader": head-of-government in parliamentary systems (default head-of-state). */
  executive?: string;
}

/** Organisations and groups share one shape. */
export interface OrgEntry {
  id: string;
  name: string;
  code: string;
  aliases?: string[];
  anaphora?: string[];
  seats?: string[];
}

export interface OutletEntry {
  id: string;
  name: string;
  country?: string;
  aliases?: string[];
}

export interface SectorEntry {
  code: string;
  name: string;
  words: string[];
}

export interface RoleEntry {
  id: string;
  name: string;
  sector: string;
  titles: string[];
  descriptions?: string[];
}

export interface PersonRole {
  role: string;
  country?: string;
  org?: string;
  from?: string;
  to?: string;
  title?: string;
}

export interface PersonEntry {
  id: string;
  name: string;
  aliases?: string[];
  gender?: 'm' | 'f';
  roles?: PersonRole[];
}

/** Cue words for names the data does not know (data/actors/cues.yaml). */
export interface Cues {
  honorifics: { m?: string[]; f?: string[]; any?: string[] };
  gendered_titles: { m?: string[]; f?: string[] };
  speech_verbs: string[];
  org_words: Record<string, string[]>;
  place_prepositions: string[];
  indefinite: string[];
  /** Words before a rank or title that are not part of a name: "Senior Sergeant", "Deputy Governor". */
  name_prefixes?: string[];
  /** Capitalised words that are never a person's name on their own: days, months, parties. */
  not_names?: string[];
  /** Words of datelines, bylines and timestamps ("Published", "EDT", "a.m.", weekdays): never inside a name. */
  dateline_words?: string[];
  /** Words that open a place's name ("Mount", "Port"): the name is no person. */
  place_words?: string[];
  /** Lowercase nouns that make the capitalised name after them an organisation, by sector: "the ride-hailing company Zipra". */
  org_nouns?: Record<string, string[]>;
  /** Title words that name a government role only with a country or organisation: "the union's secretary" is no minister. */
  context_titles?: string[];
  /** Titles that fit only a holder whose own title, when the data gives one, contains them. */
  strict_titles?: string[];
  /** Words before a title that make a lesser role of it, kept as said: "Deputy Governor". */
  title_modifiers?: string[];
  /** Sector words that after a bare "the" name a country's own body: "the government". */
  country_bodies?: string[];
  /** Nouns after a title word that make it a modifier of a thing: "the justice system". */
  title_compounds?: string[];
  /** Prepositions of a scene ("in Vienna"): a place after them is where something happens, not whose official someone is. */
  scene_prepositions?: string[];
  /** Endings of plural common nouns for people ("Analysts", "Seismologists"): never a lone name. */
  plural_endings?: string[];
}

export interface KnowledgeData {
  countries: CountryEntry[];
  organizations: OrgEntry[];
  groups: OrgEntry[];
  outlets: OutletEntry[];
  sectors: SectorEntry[];
  roles: RoleEntry[];
  people: PersonEntry[];
  cues: Cues;
}

export type KnowledgeSection = Exclude<keyof KnowledgeData, 'cues'>;

export const SECTIONS: readonly KnowledgeSection[] = [
  'countries',
  'organizations',
  'groups',
  'outlets',
  'sectors',
  'roles',
  'people',
];
