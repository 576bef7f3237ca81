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

export interface PronounSite {
  sentence: number;
  token: number;
  quoted: boolean;
  /** "he said", "she added": the pronoun is the subject of a speech verb. */
  speechSubject: boolean;
}

const WINDOW_SENTENCES = 6;
const WINDOW_MENTIONS = 40;

/**
 * "he", "she", "his", "her": the most salient compatible person. Salience falls with sentence
 * distance and rises for subjects and speakers; a pronoun that is itself the subject of a
 * speech verb prefers the last speaker; a mention inside a quotation counts less outside it.
 */
export function resolvePronoun(
  persons: readonly PersonMention[],
  gender: ReadonlyMap<string, 'm' | 'f'>,
  want: 'm' | 'f',
  site: PronounSite,
): { actor: string; alone: boolean } | undefined {
  let best: string | undefined;
  const candidates = new Set<string>();
  let bestScore = Number.NEGATIVE_INFINITY;
  const stop = Math.max(0, persons.length - WINDOW_MENTIONS);
  for (let m = persons.length - 1; m >= stop; m--) {
    const p = persons[m];
    if (p.start >= site.token) continue;
    const distance = site.sentence - p.sentence;
    if (distance > WINDOW_SENTENCES) break;
    const g = gender.get(p.actor);
    if (g && g !== want) continue;
    candidates.add(p.actor);
    let score = -4 * distance;
    if (p.subject) score += 2;
    if (p.speaker) score += site.speechSubject ? 5 : 2;
    if (p.quoted !== site.quoted) score -= 3;
    if (!g) score -= 1;
    // Strictly greater: among equals the most recent mention wins (the loop walks backwards).
    if (score > bestScore) {
      bestScore = score;
      best = p.actor;
    }
  }
  return best === undefined ? undefined : { actor: best, alone: candidates.size === 1 };
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
