import type { ActorKind } from '../contract/extraction.js';

/** A person mention as pronoun resolution sees it. */
export interface PersonMention {
  actor: string;
  sentence: number;
  start: number;
  end: number;
  /** Before the sentence's first verb outside quotes. */
  subject: boolean;
  /** Next to a speech verb: "Putin said", "said Putin". */
  speaker: boolean;
  quoted: boolean;
}

/** Any other actor mention, for plural pronouns. */
export interface PlainMention {
  actors: string[];
  kind: ActorKind;
  rule: string;
  sentence: number;
  start: number;
  end: number;
}

export type Gender = 'm' | 'f';

/** What the text and the data tell of a person's gender, strongest first. */
export interface GenderEvidence {
  /** The data, an honorific, a gendered title, or a pronoun nobody else could have meant: a person of the other gender is never a candidate. */
  sure?: Gender;
  /** he/she already linked to the person, a gendered noun describing them ("X, the spokesman"). */
  told?: Gender;
  /** A given name of `data/actors/gender.yaml`: weak, only when the text tells nothing. */
  named?: Gender;
}

/** A person mention as a candidate antecedent. */
export interface Candidate extends Omit<PersonMention, 'actor'> {
  /** null: a description of a person the text does not name ("his mother", "a spokeswoman"). */
  actor: string | null;
  /** The gender of a description (its noun's). */
  gender?: Gender;
  /** "X's", "his": a possessor, not the subject of its clause. */
  possessor: boolean;
}

export interface PronounSite {
  sentence: number;
  token: number;
  quoted: boolean;
  /** "he said", "she added": the pronoun is the subject of a speech verb. */
  speechSubject: boolean;
  /** he/she (not him, his, her, himself, herself). */
  subject: boolean;
  /** himself/herself: bound in its own clause. */
  reflexive: boolean;
}

const WINDOW_SENTENCES = 6;
const WINDOW_MENTIONS = 40;

/** Penalties for gender evidence against a candidate, and for not knowing anything. */
const TOLD_AGAINST = 6;
const NAMED_AGAINST = 3;
const UNKNOWN = 2;
/** A link this far ahead of any other candidate, against no gender evidence, tells the person's gender. */
const SURE_MARGIN = 4;
/** "Roe defended herself": the nearest compatible person of the sentence binds a reflexive. */
const BINDER = 6;

/**
 * "he", "she", "his", "her": the most salient compatible person. Salience falls with sentence
 * distance and rises for subjects and speakers; a pronoun that is itself the subject of a
 * speech verb prefers the last speaker, unless another subject came after that speaker; a
 * mention inside a quotation counts less outside it. Gender the text told (earlier pronouns,
 * gendered nouns) weighs against a candidate of the other gender, a given name weakly; a sure
 * gender rules it out. When the winner is a description with no actor ("his mother"), the
 * pronoun is linked to nobody.
 */
export function resolvePronoun(
  mentions: readonly Candidate[],
  genderOf: (actor: string) => GenderEvidence,
  want: Gender,
  site: PronounSite,
): { actor: string; alone: boolean; sure: boolean } | undefined {
  let best: Candidate | undefined;
  let bestAgainst: 'told' | 'named' | null = null;
  // The best score of another actor (or description), for how sure the choice is.
  let runnerUp = Number.NEGATIVE_INFINITY;
  const candidates = new Set<string | null>();
  let bestScore = Number.NEGATIVE_INFINITY;
  // Subjects seen so far (walking backwards: later in the text): actor and sentence.
  const laterSubjects: { actor: string | null; sentence: number }[] = [];
  let binder = site.reflexive;
  const stop = Math.max(0, mentions.length - WINDOW_MENTIONS);
  for (let m = mentions.length - 1; m >= stop; m--) {
    const p = mentions[m];
    if (p.start >= site.token) continue;
    const distance = site.sentence - p.sentence;
    if (distance > WINDOW_SENTENCES) break;
    const g: GenderEvidence = p.actor === null ? { sure: p.gender } : genderOf(p.actor);
    if (g.sure && g.sure !== want) continue;
    candidates.add(p.actor);
    let score = -4 * distance;
    if (p.subject) score += 2;
    if (p.speaker) {
      // "he said" carries on the last speaker, unless the text turned to another subject since.
      const shifted = laterSubjects.some((s) => s.actor !== p.actor && s.sentence > p.sentence);
      score += site.speechSubject && !shifted ? 5 : 2;
    }
    if (p.quoted !== site.quoted) score -= 3;
    if (binder && distance === 0) score += BINDER;
    binder = false;
    const told = g.sure ?? g.told ?? g.named;
    if (!told) score -= UNKNOWN;
    else if (told !== want) score -= g.told ? TOLD_AGAINST : NAMED_AGAINST;
    if (p.subject && !p.quoted) laterSubjects.push({ actor: p.actor, sentence: p.sentence });
    // Strictly greater: among equals the most recent mention wins (the loop walks backwards).
    if (score > bestScore) {
      if (best && best.actor !== p.actor) runnerUp = bestScore;
      bestScore = score;
      best = p;
      bestAgainst = told !== undefined && told !== want ? (g.told ? 'told' : 'named') : null;
    } else if (best && best.actor !== p.actor && score > runnerUp) runnerUp = score;
  }
  // Nobody but a person the text told to be of the other gender: the pronoun means someone else.
  if (!best?.actor || bestAgainst === 'told') return undefined;
  return {
    actor: best.actor,
    alone: candidates.size === 1,
    sure: !bestAgainst && bestScore - runnerUp >= SURE_MARGIN,
  };
}

const PLURAL_KINDS = new Set<ActorKind>(['group', 'sector']);

/**
 * "they": the actors of the last conjunction ("Washington and NATO") in this or the previous
 * sentence, each of which gets the mention; else the last plural actor (a group, a sector,
 * a country's people).
 */
export function resolvePlural(
  plain: readonly PlainMention[],
  keys: readonly string[],
  sentence: number,
  token: number,
): { actors: string[]; rule: string } | null {
  let m = plain.length - 1;
  while (m >= 0 && plain[m].start >= token) m--;
  for (let x = m; x > 0 && plain[x].sentence >= sentence - 1; x--) {
    const chain = [plain[x]];
    let y = x - 1;
    while (y >= 0 && joined(keys, plain[y].end, chain[chain.length - 1].start)) {
      chain.push(plain[y]);
      y--;
    }
    if (chain.length > 1)
      return {
        actors: [...new Set(chain.flatMap((c) => c.actors))].reverse(),
        rule: 'coref/plural-conjunction',
      };
  }
  for (let x = m; x >= 0 && plain[x].sentence >= sentence - 1; x--) {
    const p = plain[x];
    if (PLURAL_KINDS.has(p.kind) || p.rule === 'gazetteer/people')
      return { actors: p.actors, rule: 'coref/plural' };
  }
  return null;
}

/** Tokens between two mentions are only "and", "or" or a comma. */
function joined(keys: readonly string[], end: number, start: number): boolean {
  if (start <= end || start - end > 2) return false;
  for (let t = end; t < start; t++)
    if (keys[t] !== 'and' && keys[t] !== ',' && keys[t] !== 'or') return false;
  return true;
}

const NEUTER_KINDS = new Set<ActorKind>(['country', 'organization', 'group', 'media', 'sector']);

/**
 * "its": the last country, organisation or outlet in this sentence, else in the previous one; a
 * pronoun opening its sentence (`subjectEnd`: the previous sentence's first verb) takes that
 * sentence's subject first.
 */
export function resolveNeuter(
  plain: readonly PlainMention[],
  sentence: number,
  token: number,
  subjectEnd = -1,
): string | undefined {
  // "Minsk, for its part, accused Lithuania. Its foreign minister …": opening its sentence, the
  // pronoun continues the previous sentence's subject (a mention before that sentence's first verb).
  if (subjectEnd >= 0) {
    let first: PlainMention | undefined;
    for (let x = plain.length - 1; x >= 0 && plain[x].sentence >= sentence - 1; x--) {
      const p = plain[x];
      if (p.sentence === sentence - 1 && p.start < subjectEnd && NEUTER_KINDS.has(p.kind)) first = p;
    }
    if (first && first.rule !== 'gazetteer/adjective') return first.actors[0];
  }
  for (let x = plain.length - 1; x >= 0 && plain[x].sentence >= sentence - 1; x--) {
    const p = plain[x];
    if (p.start < token && NEUTER_KINDS.has(p.kind) && p.rule !== 'gazetteer/adjective') return p.actors[0];
  }
  return undefined;
}
