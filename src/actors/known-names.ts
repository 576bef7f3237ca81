// Gazetteer names on their own: countries, organisations, outlets, people, surnames and anaphora.

import { isCapitalised, slug } from './keys.js';
import type { Item } from './match.js';
import { namesakeInText } from './namesakes.js';
import type { Pass } from './pass.js';
import { orgKind } from './registry.js';
import { distanceFrom } from './tenure.js';

const SURNAME_YEARS = 4;
const COMPASS = new Set(['East', 'West', 'North', 'South', 'Eastern', 'Western', 'Northern', 'Southern']);

export function standalone(p: Pass, i: number, a: number, b: number): number | null {
  const it = p.itemAt[i];
  if (!it) return null;
  const sentence = p.doc.tokens[i].sentence;
  const e = it.hits[0].entry;
  // "East Jerusalem", "West Berlin": a part of the city, not the government seated there.
  if (
    e.type === 'country' &&
    (e.form === 'capital' || e.form === 'city') &&
    i > a &&
    COMPASS.has(p.doc.tokens[i - 1].text)
  )
    return it.end;
  if (e.type === 'country' && e.form !== 'adjective' && e.form !== 'people') {
    const named = namedAfterPlace(p, it, e.country, a, b);
    if (named !== null) return named;
  }
  // "Tallinn Harbour beat Riga", "the Moscow Region": a capital opening a longer name is not the
  // government seated there (organisation words were read just above as a body of the country).
  if (e.type === 'country' && e.form === 'capital' && capitalOpensName(p, it, b)) return it.end;
  // "Mr Zelensky": the honorific belongs to the mention of a known person.
  const titled = i > a && p.k.cues.honorific.has(p.keys[i - 1]) && !p.itemEnding[i];
  if (e.type === 'person' && titled) {
    p.emit(p.personRef(e.person), i - 1, it.end, 'gazetteer/person', sentence);
    return it.end;
  }
  if (e.type === 'surname') {
    // "Kim Soo-min": a known surname before a hyphenated given name is a surname-first name of its own.
    const given = it.end - it.start === 1 && !titled ? givenAfterSurname(p, it.end, b) : -1;
    if (given > 0) {
      const id = p.emitUnknownPerson(p.textOf(i, given), i, given, 'unknown/namesake', sentence);
      p.docSurnames.set(p.keys[i], id);
      return given;
    }
  }
  // "the West Bank", "Moro Islamic Liberation Front": a name inside a longer unknown name is not itself.
  if (e.type !== 'country' && embedded(p, it, a, b)) return it.end;
  if (p.emitKnown(e, it, sentence)) return it.end;
  if (e.type === 'surname') {
    // "Bernie Sanders ... Sanders": a namesake the data does not know, named earlier in the text, wins.
    const local = p.docSurnames.get(p.keys[i]);
    if (local?.startsWith('person:~')) {
      p.emit(p.reg.get(local)!, titled ? i - 1 : i, it.end, 'coref/surname', sentence);
      return it.end;
    }
    const person = p.pickSurname(e.people);
    const inText = p.reg.has(`person:${person}`);
    // "Reggie Bush ... Bush": the article's own namesake, even one it names later, wins over the famous one.
    const namesake = inText ? null : namesakeInText(p, i);
    if (namesake) {
      p.emitUnknownPerson(namesake, titled ? i - 1 : i, it.end, 'coref/namesake', sentence);
      return it.end;
    }
    // A bare surname names a known person only around their time in office ("Brown" in 2016 is someone else).
    if (!inText && p.doc.article.date && distanceFrom(p.k, person, p.day) > SURNAME_YEARS) return it.end;
    // "May", "Rice prices": a bare surname that is also a common word needs the person in the text.
    const next = p.doc.tokens[it.end];
    const opener = i === a && !titled && next && next.sentence === p.doc.tokens[i].sentence;
    const common = p.k.cues.notName.has(p.keys[i]) || (opener && (next.pos === 'NOUN' || next.pos === 'ADJ'));
    // "Mr. Sanders" is not a woman of that name; "WALLACE:" is a transcript label, not a name.
    const honorific = titled ? p.k.cues.honorific.get(p.keys[i - 1]) : undefined;
    const gender = p.k.people.get(person)?.gender;
    const clash = honorific && honorific !== 'any' && gender && gender !== honorific;
    const shouting =
      p.doc.tokens[i].text.length > 3 && p.doc.tokens[i].text === p.doc.tokens[i].text.toUpperCase();
    if (!inText && (common || clash || shouting)) return it.end;
    const rule = inText ? 'coref/surname' : 'gazetteer/surname';
    p.emit(p.personRef(person), titled ? i - 1 : i, it.end, rule, sentence);
    return it.end;
  }
  if (e.type === 'anaphor') {
    let best: string | undefined;
    let bestAt = -1;
    for (const org of e.orgs) {
      const at = p.lastOrg.get(org);
      if (at !== undefined && at > bestAt) {
        best = org;
        bestAt = at;
      }
    }
    if (!best || !definiteBefore(p, i, a)) return it.end;
    p.emit(p.k.actors.get(best)!, p.withArticle(i, a), it.end, 'coref/org-anaphor', sentence);
    return it.end;
  }
  return it.end;
}

/** The end of a hyphenated given name right after a surname ("Kim [Soo-min]"), else -1. */
function givenAfterSurname(p: Pass, t: number, b: number): number {
  const tok = p.doc.tokens[t];
  if (
    t + 2 >= b ||
    !isCapitalised(tok.text) ||
    tok.type !== 'word' ||
    p.itemAt[t] ||
    p.quoted[t] ||
    p.stopsName(t) ||
    tok.span[0] !== p.doc.tokens[t - 1].span[1] + 1 ||
    !p.joinsName(t + 1, b)
  )
    return -1;
  return t + 3;
}

/** A capitalised common noun right after a capital, not a title, day or other known word: "Tallinn [Harbour]". */
function capitalOpensName(p: Pass, it: Item, b: number): boolean {
  const next = it.end < b ? p.doc.tokens[it.end] : undefined;
  return (
    !!next &&
    next.type === 'word' &&
    isCapitalised(next.text) &&
    (next.pos === 'NOUN' || next.pos === 'PROPN') &&
    !p.itemAt[it.end] &&
    !p.quoted[it.end] &&
    !p.stopsName(it.end) &&
    !p.k.cues.notName.has(p.keys[it.end]) &&
    !p.k.cues.namePrefix.has(p.keys[it.end]) &&
    !p.k.cues.speech.has(p.keys[it.end])
  );
}

function embedded(p: Pass, it: Item, a: number, b: number): boolean {
  const { tokens } = p.doc;
  const next = it.end < b ? tokens[it.end] : undefined;
  const nounish = next && (next.pos === 'PROPN' || next.pos === 'NOUN');
  // A capitalised common word after it ("West Bank") continues the name; a title after it does not.
  const after = p.itemAt[it.end];
  const plain = !after || after.hits.every((h) => h.entry.type === 'sector');
  if (next && plain && nounish && isCapitalised(next.text) && !p.quoted[it.end]) return true;
  if (it.end - it.start > 1 || it.start === a) return false;
  const prev = tokens[it.start - 1];
  const named = prev.pos === 'PROPN' && isCapitalised(prev.text);
  return named && !p.itemEnding[it.start] && !p.k.cues.honorific.has(p.keys[it.start - 1]);
}

/** "the Washington Post", "Moscow City Court": a place name opening an organisation's name. */
function namedAfterPlace(p: Pass, it: Item, country: string, a: number, b: number): number | null {
  const { tokens } = p.doc;
  let head = -1;
  for (let j = it.end; j < Math.min(b, it.end + 3); j++) {
    const pos = tokens[j].pos;
    if (p.itemAt[j] || !isCapitalised(tokens[j].text) || (pos !== 'PROPN' && pos !== 'NOUN')) break;
    if (p.k.cues.orgWord.has(p.keys[j])) head = j;
  }
  if (head < 0) return null;
  const sector = p.k.cues.orgWord.get(p.keys[head])!;
  const end = p.nameTail(head + 1, b);
  const name = p.textOf(it.start, end).replace(/^the\s+/i, '');
  const code = sector === 'NGO' ? `${country}NGO` : `${country}${sector}`;
  const start = p.withArticle(it.start, a);
  p.emit(
    { id: `org:~${slug(name)}`, name, kind: orgKind(sector), code },
    start,
    end,
    'unknown/org',
    tokens[it.start].sentence,
  );
  return end;
}

/** "the alliance", "the [NATO] bloc", "the US-led alliance": a "the" a few tokens back, no comma between. */
function definiteBefore(p: Pass, i: number, a: number): boolean {
  for (let t = i - 1; t >= Math.max(a, i - 5); t--) {
    const k = p.keys[t];
    if (k === 'the') return true;
    if (k === ',' || k === '.' || k === ';' || p.doc.tokens[t].pos === 'ADP') return false;
  }
  return false;
}
