// Namesakes of known people: "Reggie Bush" is not George W. Bush, and neither is a later bare "Bush".
import { foldKey, isCapitalised } from './keys.js';
import type { Pass } from './pass.js';
import { surnameOnly } from './unknown-names.js';

const MAX_FIRST_NAMES = 3;

/**
 * Start of the first names before a known surname at `t` ("Reggie Bush" → the token of "Reggie"),
 * when they are not the first name of a known holder of the surname ("George Bush"); -1 otherwise.
 */
export function namesakeStart(p: Pass, t: number): number {
  if (!surnameOnly(p, t) || p.titleCase[t]) return -1;
  const { tokens } = p.doc;
  const sentence = tokens[t].sentence;
  const a = p.doc.sentences[sentence].firstToken;
  let s = t;
  while (s > a && t - s < MAX_FIRST_NAMES && firstNameAt(p, s - 1, s)) s--;
  if (s === t) return -1;
  const first = p.keys[s];
  for (const hit of p.itemAt[t]!.hits) {
    if (hit.entry.type !== 'surname') continue;
    for (const person of hit.entry.people) {
      const known = p.k.people.get(person);
      const names = [known?.name ?? '', ...(known?.aliases ?? [])];
      if (names.some((n) => foldKey(n.split(/\s+/)[0] ?? '') === first)) return -1;
    }
  }
  return s;
}

/** A capitalised name word at `j`, on the same line as the name word after it. */
function firstNameAt(p: Pass, j: number, next: number): boolean {
  const tok = p.doc.tokens[j];
  const cues = p.k.cues;
  const key = p.keys[j];
  return (
    isCapitalised(tok.text) &&
    tok.text !== tok.text.toUpperCase() &&
    tok.type === 'word' &&
    (tok.pos === 'PROPN' || (tok.pos !== 'ADJ' && p.nameLike(j))) &&
    !p.itemAt[j] &&
    !p.itemEnding[j + 1] &&
    !p.quoted[j] &&
    !p.stopsName(next) &&
    !cues.dateline.has(key) &&
    !cues.honorific.has(key) &&
    !cues.namePrefix.has(key) &&
    !cues.notName.has(key) &&
    !cues.placeWord.has(key) &&
    !cues.orgWord.has(key)
  );
}

/**
 * The first namesake the article introduces with the surname at `t`: its name, or null. Body text
 * looks back only ("Bush met Blair ... First lady Laura Bush" keeps the president); a headline line
 * may look ahead, since headlines use the surnames of people the body names later.
 */
export function namesakeInText(p: Pass, t: number): string | null {
  const key = p.keys[t];
  const end = p.titleCase[t] ? p.keys.length : t;
  for (let j = 0; j < end; j++) {
    if (j === t || p.keys[j] !== key) continue;
    const s = namesakeStart(p, j);
    if (s >= 0) return p.textOf(s, j + 1);
  }
  return null;
}
