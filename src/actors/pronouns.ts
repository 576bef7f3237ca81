// Personal, neuter and plural pronouns resolved against the mentions seen so far.
import { resolveNeuter, resolvePlural, resolvePronoun } from './coref.js';
import type { Pass } from './pass.js';
import { MODALS, PRONOUNS } from './signals.js';

export function pronoun(p: Pass, i: number, _a: number, b: number): number | null {
  const kind = PRONOUNS.get(p.keys[i]);
  if (!kind) return null;
  const sentence = p.doc.tokens[i].sentence;
  if (kind === 'n') {
    // "it" only as the subject of saying or intending: "it said", "it would protect" (not "it is clear").
    if (
      p.keys[i] === 'it' &&
      !(p.isSpeech(i + 1, b) || (MODALS.has(p.keys[i + 1]) && p.keys[i + 2] !== 'be'))
    )
      return i + 1;
    const id = p.quoted[i] ? undefined : resolveNeuter(p.plain, sentence, i, p.subjectEndBefore(i));
    if (id) p.reg.add(p.reg.get(id)!, p.span(i, i + 1), p.textOf(i, i + 1), 'coref/its');
    return i + 1;
  }
  if (kind === 'p') {
    if (p.quoted[i]) return i + 1;
    const found = resolvePlural(p.plain, p.keys, sentence, i);
    for (const id of found?.actors ?? []) {
      const ref = p.reg.get(id);
      if (ref) p.reg.add(ref, p.span(i, i + 1), p.textOf(i, i + 1), found!.rule);
    }
    return i + 1;
  }
  const speechSubject = p.isSpeech(i + 1, b) || (p.isSpeech(i + 2, b) && p.doc.tokens[i + 1].pos === 'ADV');
  const found = resolvePronoun(p.persons, p.gender, kind, {
    sentence,
    token: i,
    quoted: p.quoted[i] === 1,
    speechSubject,
  });
  if (!found) return i + 1;
  const id = found.actor;
  // A pronoun teaches a person's gender only when nobody else could have been meant.
  if (found.alone && !p.gender.has(id)) p.gender.set(id, kind);
  p.emit(p.reg.get(id)!, i, i + 1, 'coref/pronoun', sentence);
  return i + 1;
}
