// Names the data does not know: unknown people and organisations.
import { capitalise, isCapitalised, slug } from './keys.js';
import { namesakeStart } from './namesakes.js';
import { NAME_CONNECTORS, type Pass } from './pass.js';
import { type ActorRef, orgKind } from './registry.js';

const APPOSITION_STARTERS = new Set(['a', 'an', 'the', 'who', 'whose']);

/** Names the data does not know: "Mr Smith", "Sergiy Kyslytsya said", "the Defence Ministry". */
export function unknownName(p: Pass, i: number, a: number, b: number): number | null {
  const { tokens } = p.doc;
  const cues = p.k.cues;
  const honorific = cues.honorific.get(p.keys[i]);
  let start = i;
  if (honorific) {
    if (i + 1 >= b || !isCapitalised(tokens[i + 1].text) || p.stopsName(i + 1)) return null;
    if (p.itemAt[i + 1]) return i + 1;
    start = i + 1;
  } else if (p.itemAt[i] || !isCapitalised(tokens[i].text) || p.quoted[i] || cues.dateline.has(p.keys[i])) {
    return null;
  } else if (tokens[i].pos !== 'PROPN' && !p.nameLike(i)) {
    // A capitalised adjective may open a name: "Democratic National Committee".
    const next = tokens[i + 1];
    if (tokens[i].pos !== 'ADJ' || i + 1 >= b || next.pos !== 'PROPN' || !isCapitalised(next.text))
      return null;
  }
  // The run: capitalised proper nouns, with "of"/"for" inside organisation names.
  let end = start;
  let orgSector: string | undefined;
  let orgAt = -1;
  let cut = -1;
  while (end < b && end - start < 7) {
    const tok = tokens[end];
    // "the State [Border Guard] Service": a capitalised sector word inside a longer name is part of it.
    const inner = end > start ? innerSectorEnd(p, end, b) : -1;
    if (inner > 0) {
      end = inner;
      continue;
    }
    if ((p.itemAt[end] && !surnameOnly(p, end) && !orgSectorWord(p, end)) || p.quoted[end]) break;
    if (end > start && p.stopsName(end)) break;
    if (
      isCapitalised(tok.text) &&
      (tok.pos === 'PROPN' || tok.pos === 'NOUN' || tok.pos === 'ADJ' || p.nameLike(end))
    ) {
      if (!orgSector && cues.orgWord.has(p.keys[end])) {
        orgSector = cues.orgWord.get(p.keys[end]);
        orgAt = end;
      }
      end++;
      while (p.joinsName(end, b)) end += 2;
      continue;
    }
    if (
      NAME_CONNECTORS.has(p.keys[end]) &&
      end > start &&
      end + 1 < b &&
      isCapitalised(tokens[end + 1].text)
    ) {
      if (cut < 0) cut = end;
      end++;
      continue;
    }
    break;
  }
  if (end === start) return i + 1;
  const sentence0 = tokens[i].sentence;
  // "Zipra said", "Harbour Rovers, the better side,": an organisation named earlier by its marker.
  const orgName = !honorific ? p.docOrgNames.get(p.keys.slice(start, end).join(' ')) : undefined;
  if (orgName) {
    p.emit(p.reg.get(orgName)!, p.withArticle(start, a), end, 'coref/org-name', sentence0);
    return end;
  }
  // "the ride-hailing company Zipra", "the firm Ostwind Partners": a company noun before the name.
  const nounSector = start > a && !honorific ? cues.orgNoun.get(p.keys[start - 1]) : undefined;
  if (nounSector && !orgSector) {
    const name = p.textOf(start, end);
    const ref: ActorRef = { id: `org:~${slug(name)}`, name, kind: 'organization', code: `---${nounSector}` };
    p.emit(ref, start, end, 'unknown/org-noun', sentence0);
    p.docOrgNames.set(p.keys.slice(start, end).join(' '), ref.id);
    return end;
  }
  // "Ministry of Defence" keeps its "of"; "Shares of Northwind Energy" starts after it.
  if (cut > 0 && !orgSector) end = cut;
  else if (cut > 0 && orgAt > cut) start = cut + 1;
  while (end > start && NAME_CONNECTORS.has(p.keys[end - 1])) end--;
  // "Brian Nichols Saturday", "... Wilson July": a date word after a name is not part of it.
  while (end - start > 1 && cues.notName.has(p.keys[end - 1]) && !orgSector) end--;
  const sentence = tokens[i].sentence;
  const before = start > a ? p.keys[start - 1] : '';
  if (orgSector && end - start > 1) {
    const name = p.textOf(start, end);
    const q = p.itemEnding[start] ? p.qualifierAt(p.itemEnding[start]!.start, b) : null;
    const country = q?.country;
    const code =
      orgSector === 'NGO' ? (country ? `${country}NGO` : 'NGO') : `${country ?? '---'}${orgSector}`;
    const full = q ? p.textOf(q.item.start, end) : name;
    const from = p.withArticle(q ? q.item.start : start, a);
    // "the International Labor Office (ILO)": a known acronym in brackets names the organisation.
    const bracket = p.keys[end] === '(' && end + 2 < b ? p.itemAt[end + 1] : undefined;
    const known = bracket && p.keys[bracket.end] === ')' ? bracket.hits[0].entry : undefined;
    if ((known?.type === 'org' || known?.type === 'outlet') && !q) {
      p.emit(p.k.actors.get(known.actor)!, from, end, 'gazetteer/org-acronym', sentence);
      return end;
    }
    const ref: ActorRef = { id: `org:~${slug(full)}`, name: full, kind: orgKind(orgSector), code };
    p.emit(ref, from, end, 'unknown/org', sentence);
    // "FC Harbour Rovers", "Vesta GmbH": a marker at either edge; the rest names the organisation later.
    if (!q) {
      let s0 = start;
      let e0 = end;
      if (orgAt === start && !NAME_CONNECTORS.has(p.keys[start + 1])) s0++;
      else if (cues.orgWord.has(p.keys[end - 1])) e0--;
      if (e0 > s0 && e0 - s0 < end - start) p.docOrgNames.set(p.keys.slice(s0, e0).join(' '), ref.id);
    }
    // "the Ceasefire Monitoring Board (CMB)": the acronym names it later in the text.
    if (
      p.keys[end] === '(' &&
      p.keys[end + 2] === ')' &&
      end + 2 < b &&
      isAcronym(p.doc.tokens[end + 1].text)
    )
      p.docAcronyms.set(p.keys[end + 1], ref.id);
    return end;
  }
  // "Senior Sergeant Ann Vale", "Chief Justice John Roberts": ranks and titles are not the name.
  let ranked = false;
  for (let k = end - 2; k >= start; k--) {
    if (cues.honorific.has(p.keys[k]) || cues.namePrefix.has(p.keys[k])) {
      ranked = true;
      start = k + 1;
      break;
    }
  }
  const name = p.textOf(start, end);
  const speech = p.followedBySpeech(end, b) || (start > a && p.isSpeech(start - 1, b));
  // "Substitute Jonas Vale", "Senior Sergeant Ann Vale": the rank is the unknown person's role, as said.
  const rank = ranked && !honorific && start > i && !gendered(p, start - 1) ? p.textOf(i, start) : undefined;
  if (end - start === 1 && !honorific && !ranked) {
    const local = p.docSurnames.get(p.keys[start]);
    const acronym = p.docAcronyms.get(p.keys[start]);
    if (local) p.emit(p.reg.get(local)!, start, end, 'coref/surname', sentence);
    else if (acronym) p.emit(p.reg.get(acronym)!, p.withArticle(start, a), end, 'coref/acronym', sentence);
    // "Warren said": a lone name speaking is a person, even unnamed before.
    else if (
      speech &&
      loneName(p, start) &&
      !cues.placePrep.has(before) &&
      before !== 'the' &&
      before !== 'of'
    )
      p.emitUnknownPerson(name, i, end, 'unknown/speaker', sentence);
    return end;
  }
  const apposition =
    p.keys[end] === ',' &&
    end + 1 < b &&
    (tokens[end + 1].pos === 'NUM' ||
      APPOSITION_STARTERS.has(p.keys[end + 1]) ||
      !!p.qualifierAt(end + 1, b));
  // After a preposition of place, or "the" ("the Suwalki Gap"), a capitalised pair is a place.
  const place = cues.placePrep.has(before) || before === 'the';
  // "... of the Institute of Regional Security said": the tail of an affiliation is not who speaks.
  const affiliation = before === 'of';
  // "Hillary Clinton is seizing ... Clinton says": the surname speaks elsewhere in the text.
  const speaksLater = end - start <= 3 && p.speakerKeys.has(p.keys[end - 1]);
  // "Reggie Bush": first names before a known surname make a namesake, whatever follows.
  const namesakeAt = end - start >= 2 ? namesakeStart(p, end - 1) : -1;
  const namesake = namesakeAt >= start;
  // "Her Latvian counterpart, Juris Ozols, said": a name set off by commas after a common noun it renames.
  const apposed =
    before === ',' &&
    start - 2 >= a &&
    tokens[start - 2].pos === 'NOUN' &&
    !isCapitalised(tokens[start - 2].text) &&
    p.keys[end] === ',' &&
    end + 1 < b &&
    (p.isSpeech(end + 1, b) || tokens[end + 1].pos === 'VERB');
  const cued =
    honorific || ranked || (!place && !affiliation && (speech || apposition || speaksLater || apposed));
  if (!cued && !namesake) return end;
  // Cued by the known surname alone, the name is its first names and the surname: "Saints RB [Reggie Bush]".
  if (!cued) {
    p.emitUnknownPerson(p.textOf(namesakeAt, end), namesakeAt, end, 'unknown/namesake', sentence);
    return end;
  }
  const rule = honorific
    ? 'unknown/honorific'
    : speech
      ? 'unknown/speaker'
      : apposition || apposed
        ? 'unknown/apposition'
        : 'unknown/named-speaker';
  const id = p.emitUnknownPerson(name, i, end, rule, sentence);
  if (rank && !p.reg.get(id)?.role) p.reg.refine(id, { role: capitalise(rank) });
  // "Her Latvian counterpart, Juris Ozols,": the country word before the noun places the person.
  const q = apposed && p.itemEnding[start - 2] ? p.qualifierAt(p.itemEnding[start - 2]!.start, b) : null;
  if (q?.country && q.hit.entry.type === 'country' && p.reg.get(id)?.code === '---')
    p.reg.refine(id, { code: q.country });
  if (apposed) officerOf(p, id, start - 1);
  placeFromApposition(p, id, end, b);
  if (honorific && honorific !== 'any' && !p.gender.has(id)) p.gender.set(id, honorific);
  return end;
}

/**
 * "A spokesman for the alliance, Anders Lind,": the person named after a title "for"/"of" an
 * organisation (ending at the comma `comma`) is its officer, with its code.
 */
function officerOf(p: Pass, id: string, comma: number): void {
  const m = [...p.plain].reverse().find((x) => x.end === comma && x.kind === 'organization');
  const org = m && p.k.actors.get(m.actors[0]);
  if (!m || !org || (p.keys[m.start - 1] !== 'for' && p.keys[m.start - 1] !== 'of')) return;
  const hit = p.itemEnding[m.start - 1]?.hits.find((h) => h.entry.type === 'title')?.entry;
  const role = hit?.type === 'title' ? p.k.roles.get(hit.roles[0]) : undefined;
  if (role && p.reg.get(id)?.code === '---')
    p.reg.refine(id, { code: org.code, role: `${role.name} of ${org.name}` });
}

/** A single word that can be a person's name: not a day or a party, an acronym, an abbreviation or an organisation word. */
function loneName(p: Pass, t: number): boolean {
  const { text, pos } = p.doc.tokens[t];
  const key = p.keys[t];
  if (
    (pos !== 'PROPN' && !p.nameLike(t)) ||
    text.endsWith('.') ||
    p.k.cues.notName.has(key) ||
    p.k.cues.namePrefix.has(key) ||
    p.k.cues.orgWord.has(key)
  )
    return false;
  if (text.length > 1 && text === text.toUpperCase()) return false;
  // "Analysts warned", "Seismologists said": a plural noun for people.
  if (p.k.cues.pluralEndings.some((e) => key.endsWith(e))) return false;
  // "said Korean investors": a word before a common noun modifies it (a demonym, a brand).
  const next = p.doc.tokens[t + 1];
  return !(
    next &&
    next.sentence === p.doc.tokens[t].sentence &&
    next.pos === 'NOUN' &&
    !isCapitalised(next.text) &&
    !p.k.cues.notName.has(p.keys[t + 1])
  );
}

/** The end of a capitalised sector word at `t` with more of a capitalised name after it, else -1. */
function innerSectorEnd(p: Pass, t: number, b: number): number {
  const it = p.itemAt[t];
  if (!it?.hits.every((h) => h.entry.type === 'sector') || it.end >= b) return -1;
  for (let j = t; j < it.end; j++) if (!isCapitalised(p.doc.tokens[j].text) || p.quoted[j]) return -1;
  const next = p.doc.tokens[it.end];
  if (!isCapitalised(next.text) || next.type !== 'word' || p.itemAt[it.end] || p.quoted[it.end]) return -1;
  return p.stopsName(it.end) ? -1 : it.end;
}

/**
 * "Norges Bank", "Kestrel Company": a capitalised business sector word that is also a company word
 * goes on a name. ("Students at Ankara Plain University" keep reading the sector word alone: a
 * school after "at" is more often where people are than an actor.)
 */
function orgSectorWord(p: Pass, t: number): boolean {
  const it = p.itemAt[t];
  return (
    !!it &&
    it.end === t + 1 &&
    isCapitalised(p.doc.tokens[t].text) &&
    p.k.cues.orgWord.get(p.keys[t]) === 'BUS' &&
    it.hits.every((h) => h.entry.type === 'sector')
  );
}

export function surnameOnly(p: Pass, t: number): boolean {
  const it = p.itemAt[t];
  return !!it && it.end === t + 1 && it.hits.every((h) => h.entry.type === 'surname');
}

/**
 * "Ana Petrescu, a Romanian lawyer,", "Tomas Varga, Hungary's best-known activist,": an unknown
 * person takes the country (and the sector, when a sector word follows) of the apposition.
 * Titles ("Ukraine's envoy") are read by the role phrase instead.
 */
function placeFromApposition(p: Pass, id: string, end: number, b: number): void {
  if (p.keys[end] !== ',' || !p.reg.get(id)?.code.startsWith('---')) return;
  let t = end + 1;
  if (p.keys[t] === 'a' || p.keys[t] === 'an' || p.keys[t] === 'the') t++;
  const q = p.qualifierAt(t, b);
  if (!q?.country || q.where.startsWith('org:') || q.hit.entry.type !== 'country') return;
  t = q.item.end;
  if (p.keys[t] === "'s") t++;
  let sector: string | undefined;
  for (let j = t; j < Math.min(b, t + 7); j++) {
    const hit = p.itemAt[j]?.hits[0]?.entry;
    if (hit?.type === 'sector') sector = hit.sector;
    if (hit || p.keys[j] === ',' || p.keys[j] === '.') break;
  }
  p.reg.refine(id, { code: `${q.country}${sector ?? ''}` });
}

const isAcronym = (text: string) => /^[A-Z][A-Z0-9]{1,7}$/.test(text);

/** "Mr", "Mrs", "Lady": an honorific that tells a gender is no rank or role. */
const gendered = (p: Pass, t: number) => {
  const g = p.k.cues.honorific.get(p.keys[t]);
  return g === 'm' || g === 'f';
};
