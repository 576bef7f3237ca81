// The parts around a title: "its" as a qualifier, and the name of the holder after it.
import { resolveNeuter } from './coref.js';
import { isCapitalised } from './keys.js';
import { namesakeStart } from './namesakes.js';
import type { Pass, Qualifier } from './pass.js';
import type { ActorRef } from './registry.js';

/** "its foreign minister": "its" read as the country or organisation it stands for. */
export function possessiveQualifier(p: Pass, i: number, b: number): Qualifier | null {
  if (p.keys[i] === 'the' && !p.quoted[i]) return organisationQualifier(p, i, b);
  if (p.keys[i] !== 'its' || p.quoted[i]) return null;
  const next = i + 1 < b ? p.itemAt[i + 1] : undefined;
  if (!next?.hits.some((h) => h.entry.type === 'title')) return null;
  const sentence = p.doc.tokens[i].sentence;
  const id = resolveNeuter(p.plain, sentence, i, p.subjectEndBefore(i));
  const actor = id ? p.k.actors.get(id) : undefined;
  if (!actor || (actor.kind !== 'country' && actor.kind !== 'organization')) return null;
  p.reg.add(p.reg.get(actor.id)!, p.span(i, i + 1), p.textOf(i, i + 1), 'coref/its');
  const where = actor.kind === 'country' ? actor.code : actor.id;
  return { item: { start: i, end: i + 1, hits: [] }, where, country: actor.country };
}

const ORGANISATION_NOUNS = new Set(['organisation', 'organization']);

/**
 * "the organisation's special envoy": the known organisation named last in this or the two
 * sentences before (a generic noun, so only as a title's possessive).
 */
function organisationQualifier(p: Pass, i: number, b: number): Qualifier | null {
  if (!ORGANISATION_NOUNS.has(p.keys[i + 1]) || p.keys[i + 2] !== "'s" || i + 3 >= b) return null;
  if (!p.itemAt[i + 3]?.hits.some((h) => h.entry.type === 'title')) return null;
  const sentence = p.doc.tokens[i].sentence;
  for (let x = p.plain.length - 1; x >= 0 && p.plain[x].sentence >= sentence - 2; x--) {
    const m = p.plain[x];
    const actor = m.kind === 'organization' ? p.k.actors.get(m.actors[0]) : undefined;
    if (!actor || m.start >= i) continue;
    p.reg.add(p.reg.get(actor.id)!, p.span(i, i + 2), p.textOf(i, i + 2), 'coref/org-anaphor');
    return { item: { start: i, end: i + 2, hits: [] }, where: actor.id, country: actor.country };
  }
  return null;
}

/** The name after a title: a known person (full name or surname) or an unknown one. */
export function namedHolder(
  p: Pass,
  i: number,
  b: number,
  roles: string[],
  where?: string,
): { start: number; end: number; ref?: ActorRef; rule: string } | null {
  const it = i < b ? p.itemAt[i] : undefined;
  if (it) {
    const hit = it.hits[0].entry;
    if (hit.type === 'person')
      return { start: i, end: it.end, ref: p.personRef(hit.person), rule: 'title/named' };
    // "President Levy Mwanawasa": a surname that opens a longer name is someone else's first name.
    if (hit.type === 'surname' && p.nameEnd(i, b) === it.end) {
      const person = p.pickSurname(hit.people, roles, where);
      return { start: i, end: it.end, ref: p.personRef(person), rule: 'title/surname' };
    }
    // "spokesman Major General Ivo Marsh": a rank after the title opens the name.
    const rank = it.hits.some((h) => h.entry.type === 'title') && isRank(p, i, it.end);
    if (rank && p.nameEnd(it.end, b) > it.end) return namedHolder(p, it.end, b, roles, where);
    if (hit.type !== 'surname') return null;
  }
  // A rank or honorific opens the name but is not part of it: "commander Colonel Ann Vale".
  if (i + 1 < b && p.k.cues.honorific.has(p.keys[i]) && isCapitalised(p.doc.tokens[i + 1].text)) {
    return namedHolder(p, i + 1, b, roles, where);
  }
  let end = p.nameEnd(i, b);
  if (end === i) return null;
  // "Foreign Minister Aram Sargsyan": first names the data does not give a known holder of the
  // surname make a namesake, whose name goes on over the surname.
  if (end < b && namesakeStart(p, end) === i) end++;
  const local = end - i === 1 ? p.docSurnames.get(p.keys[i]) : undefined;
  if (local) return { start: i, end, ref: p.reg.get(local), rule: 'coref/surname' };
  return { start: i, end, rule: 'unknown/titled-name' };
}

/** Every word a rank or honorific: "Major General", "Lieutenant Colonel". */
function isRank(p: Pass, from: number, to: number): boolean {
  for (let t = from; t < to; t++)
    if (!p.k.cues.honorific.has(p.keys[t]) && !p.k.cues.namePrefix.has(p.keys[t])) return false;
  return true;
}
