import type { Actor } from '../contract/extraction.js';
import type { Doc } from '../text/types.js';
import { type EthnicMention, ethnicPhrase, placeEthnicGroups } from './ethnic.js';
import type { Knowledge } from './knowledge/compile.js';
import { standalone } from './known-names.js';
import { matchTokens } from './match.js';
import { Pass } from './pass.js';
import { pronoun } from './pronouns.js';
import { rolePhrase } from './role-phrase.js';
import { bareBody, bodyPhrase, sectorPhrase, sectorRef } from './state-phrases.js';
import { unknownName } from './unknown-names.js';

/** Recognises and resolves the actors of one document in a single left-to-right pass. */
export function recogniseActors(doc: Doc, k: Knowledge): Actor[] {
  return runPass(new Pass(doc, k));
}

function runPass(p: Pass): Actor[] {
  const { tokens, sentences } = p.doc;
  // All gazetteer matches first: a bare surname looks ahead for the namesake the article introduces.
  for (const { firstToken: a, endToken: b } of sentences)
    for (const it of matchTokens(p.keys, tokens, a, b, p.k.trie)) {
      p.itemAt[it.start] = it;
      p.itemEnding[it.end] = it;
    }
  for (let s = 0; s < sentences.length; s++) {
    const { firstToken: a, endToken: b } = sentences[s];
    let fv = b;
    for (let t = a; t < b; t++) {
      const pos = tokens[t].pos;
      if ((pos === 'VERB' || pos === 'AUX') && !p.quoted[t]) {
        fv = t;
        break;
      }
    }
    p.firstVerb[s] = fv;
    const ethnic: EthnicMention[] = [];
    let i = a;
    while (i < b) {
      i =
        ethnicPhrase(p, i, a, b, ethnic) ??
        rolePhrase(p, i, a, b) ??
        sectorPhrase(p, i, a, b) ??
        bodyPhrase(p, i, a, b) ??
        standalone(p, i, a, b) ??
        unknownName(p, i, a, b) ??
        bareBody(p, i, b) ??
        pronoun(p, i, a, b) ??
        i + 1;
    }
    placeEthnicGroups(p, ethnic, s);
  }
  placeUnknownOfficials(p);
  placeBareBodies(p);
  affiliateUnknownPeople(p);
  return p.reg.result();
}

/**
 * "The government declared a state of emergency": the body of the country an unnamed official
 * of that sentence would serve (its one country named before it, else the sentence before's, else
 * the article's most named, `officialCountries`); none, no actor.
 */
function placeBareBodies(p: Pass): void {
  for (const body of p.bareBodies) {
    const [country] = p.officialCountries([body.start + 1], true).codes;
    if (!country) continue;
    const sentence = p.doc.tokens[body.start].sentence;
    p.emit(sectorRef(p, country, body.sector), body.start, body.end, 'sector/country-of-text', sentence);
  }
}

/**
 * "President Abdelaziz Bouteflika", with no country word before the title: the official takes the
 * one country of their own sentence (not a scene, "in Vienna", nor what they speak of), else of the
 * sentence before in the paragraph, else the country the article names most, else the country named
 * nearest to them. Officials placed by their sentence go first; an office one person of the article
 * already holds ("Foreign Minister of Lithuania") is not given to another, who takes the next country
 * ("Lithuania's foreign minister, Daiva Rimkute … Foreign Minister Viktor Dranko" → the other country).
 */
function placeUnknownOfficials(p: Pass): void {
  const pending: { id: string; tier: number; codes: string[] }[] = [];
  for (const [id, token] of p.unplaced) {
    if (!p.reg.get(id)!.code.startsWith('---')) continue;
    const named = p.plain.filter(
      (m) =>
        m.actors[0] === id &&
        m.start > token &&
        !m.rule.startsWith('coref/pronoun') &&
        m.rule !== 'coref/title',
    );
    pending.push({ id, ...p.officialCountries([token, ...named.map((m) => m.start)]) });
  }
  pending.sort((x, y) => x.tier - y.tier);
  const held = new Map<string, string>();
  for (const a of p.reg.result()) if (a.kind === 'person' && a.role?.includes(' of ')) held.set(a.role, a.id);
  for (const { id, codes } of pending) {
    const actor = p.reg.get(id)!;
    const roleIn = (country: string) => {
      const place = p.k.countries.get(country)?.name;
      return actor.role && place && !actor.role.includes(' of ') ? `${actor.role} of ${place}` : actor.role;
    };
    const country = codes.find((c) => {
      const role = roleIn(c);
      const holder = role ? held.get(role) : undefined;
      return !holder || holder === id;
    });
    if (!country) continue;
    const role = roleIn(country);
    p.reg.refine(id, { code: `${country}${actor.code.slice(3)}`, role });
    if (role?.includes(' of ')) held.set(role, id);
  }
}

/**
 * "said Ana Ruiz of the Lisbon Institute of Maritime Studies", "Ivo Marsh, commander of the Coast
 * Rescue Service,": an unknown person without a code, named (or titled in apposition) right before
 * "of [the] ORGANISATION", takes the organisation's code (its sector alone when it has no country).
 */
function affiliateUnknownPeople(p: Pass): void {
  const after = new Map<number, (typeof p.plain)[number]>();
  for (const m of p.plain) if (m.kind === 'organization' && !after.has(m.start)) after.set(m.start, m);
  for (const m of p.plain) {
    if (m.kind !== 'person' || p.keys[m.end] !== 'of') continue;
    const id = m.actors[0];
    const actor = p.reg.get(id);
    if (!id.startsWith('person:~') || actor?.code !== '---') continue;
    const org = after.get(m.end + 1) ?? (p.keys[m.end + 1] === 'the' ? after.get(m.end + 2) : undefined);
    const code = org && p.reg.get(org.actors[0])?.code;
    if (code && code !== '---') p.reg.refine(id, { code });
  }
}
