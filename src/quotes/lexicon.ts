import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { packageRoot } from '../common/package-root.js';

/** What a cue form means, read from data/quotes/cues.yaml. */
export interface CueForm {
  /** The lemma-like key, used in rule ids (`cues/say`). */
  verb: string;
  belief: boolean;
  takesObject: boolean;
  /** The content may be a to-infinitive ("declined to comment"). */
  infinitive: boolean;
  inverted: boolean;
  participle: boolean;
  /** A stance taken towards what the object names ("endorsed Roe"): the object is the content. */
  stance: boolean;
  /** A judging verb whose object may be the content when no clause follows ("criticized the plan"). */
  objectContent: boolean;
  /** Prepositions whose object is the content ("called for a recount", "talked about jobs"). */
  prepositions: string[];
  /** Its content may be an embedded wh-question ("asked what the plan costs"). */
  question: boolean;
  /** Attributes only words in quotation marks, never a clause ("The sign read: “...”"). */
  marksOnly: boolean;
  /** A stance stated only as "X as Y" ("sees the levy as a tax"); without "as" no report. */
  construal: boolean;
}

export interface CuePhrase {
  words: string[];
  speaker: 'after' | 'before';
}

export interface RelayPattern {
  words: string[];
  anyName: boolean;
  index: number;
}

export interface QuoteLexicon {
  cues: Map<string, CueForm>;
  phrases: CuePhrase[];
  /** The phrases by their first word, in file order: `cueAt` tries only those a token can open. */
  phrasesByFirst: Map<string, CuePhrase[]>;
  /** Nouns naming a report, with the prepositions that introduce its content ("criticism of"). */
  nounContent: Map<string, string[]>;
  /** Verbs whose subject meets a report named by their object ("faced criticism"): not its speaker. */
  nounReceivers: Set<string>;
  /** The writer's hedges and forecasts ("seems", "expected"): form → its key in cues.yaml. */
  evidential: Map<string, string>;
  pronouns: Set<string>;
  titles: Set<string>;
  personNouns: Set<string>;
  /** Things that carry words ("a statement saying ..."): their author speaks, not they. */
  mediumNouns: Set<string>;
  skip: Set<string>;
  /** past participles picking out a polled group: "those surveyed say" */
  groupParticiples: Set<string>;
  /** group words that speak: "some say", "a third said" */
  quantifiers: Set<string>;
  /** words picking nobody (or few) from a group: "nobody in the ministry", "few in the town" */
  negatives: Set<string>;
  /** Last words of an organisation's name that take an "of" complement ("Ministry of Defence"). */
  organisationHeads: Set<string>;
  /** adjectives linking a source to what it knows: "a source familiar with the talks said" */
  sourceLinks: Set<string>;
  timeWords: Set<string>;
  /** Participles naming an indefinite noun before them ("a group called ..."). */
  naming: Set<string>;
  /** Nouns of a span of time ("two days after"): an object opening with one is no content. */
  durations: Set<string>;
  /** Words opening a headline before a colon that name no speaker ("Breaking:", "The Latest:"). */
  headlineLabels: Set<string>;
  relays: RelayPattern[];
  /** Fallback outlet names, lower-cased, used only when no media actor is known. */
  outlets: Set<string>;
}

interface CuesFile {
  speech: Record<string, string[]>;
  belief: Record<string, string[]>;
  stance: Record<string, string[]>;
  construal: Record<string, string[]>;
  prepositional: Record<string, string[]>;
  objectContent: string[];
  prepositionContent: Record<string, string[]>;
  nounContent: Record<string, string[]>;
  evidential: Record<string, string[]>;
  nounReceivers: string[];
  object: string[];
  infinitive: string[];
  inverted: string[];
  question: string[];
  marksOnly?: string[];
  naming: string[];
  durations: string[];
  phrases: { words: string[]; speaker: 'after' | 'before' }[];
}

interface SpeakersFile {
  pronouns: string[];
  titles: string[];
  personNouns: string[];
  mediumNouns: string[];
  skip: string[];
  groupParticiples: string[];
  quantifiers: string[];
  negatives: string[];
  organisationHeads: string[];
  sourceLinks: string[];
  timeWords: string[];
  headlineLabels: string[];
}

interface RelaysFile {
  patterns: { words: string[]; anyName?: boolean }[];
  outlets: string[];
}

function readYaml<T>(name: string): T {
  return parse(readFileSync(join(packageRoot(), 'data', 'quotes', name), 'utf8')) as T;
}

function buildLexicon(): QuoteLexicon {
  const c = readYaml<CuesFile>('cues.yaml');
  const s = readYaml<SpeakersFile>('speakers.yaml');
  const r = readYaml<RelaysFile>('relays.yaml');
  const cues = new Map<string, CueForm>();
  const add = (
    group: Record<string, string[]>,
    belief: boolean,
    stance = false,
    objectContent = stance,
    construal = false,
  ) => {
    for (const [verb, forms] of Object.entries(group)) {
      for (const form of forms) {
        cues.set(form, {
          verb,
          belief,
          takesObject: c.object.includes(verb),
          infinitive: c.infinitive.includes(verb),
          inverted: c.inverted.includes(verb) && !form.endsWith('ing'),
          participle: form.endsWith('ing'), // "..., adding ...", "..., praising ..."
          stance,
          objectContent:
            objectContent || c.objectContent.includes(verb) || (!belief && !c.object.includes(verb)),
          prepositions: c.prepositionContent[verb] ?? [],
          question: c.question.includes(verb),
          marksOnly: c.marksOnly?.includes(verb) ?? false,
          construal,
        });
      }
    }
  };
  add(c.speech, false);
  add(c.belief, true);
  add(c.stance, true, true);
  add(c.construal, true, true, true, true);
  add(c.prepositional, true, true, false); // only their preposition's object is content
  const lower = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));
  return {
    cues,
    phrases: c.phrases,
    phrasesByFirst: byFirstWord(c.phrases),
    nounContent: new Map(Object.entries(c.nounContent)),
    nounReceivers: new Set(c.nounReceivers),
    evidential: new Map(
      Object.entries(c.evidential).flatMap(([key, forms]) => forms.map((f) => [f, key] as const)),
    ),
    pronouns: lower(s.pronouns),
    titles: lower(s.titles),
    personNouns: lower(s.personNouns),
    mediumNouns: lower(s.mediumNouns),
    skip: lower(s.skip),
    groupParticiples: lower(s.groupParticiples),
    quantifiers: lower(s.quantifiers),
    negatives: lower(s.negatives),
    organisationHeads: lower(s.organisationHeads),
    sourceLinks: lower(s.sourceLinks),
    timeWords: lower(s.timeWords),
    naming: lower(c.naming),
    durations: lower(c.durations),
    headlineLabels: lower(s.headlineLabels),
    relays: r.patterns.map((p, index) => ({ words: p.words, anyName: p.anyName === true, index })),
    outlets: lower(r.outlets),
  };
}

/** Groups phrases by their first word, keeping their order within each group. */
function byFirstWord(phrases: CuePhrase[]): Map<string, CuePhrase[]> {
  const out = new Map<string, CuePhrase[]>();
  for (const p of phrases) {
    const group = out.get(p.words[0]);
    if (group) group.push(p);
    else out.set(p.words[0], [p]);
  }
  return out;
}

let cached: QuoteLexicon | null = null;

/** The quote lexicon, loaded once per process. */
export function quoteLexicon(): QuoteLexicon {
  cached ??= buildLexicon();
  return cached;
}
