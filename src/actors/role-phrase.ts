// Role phrases: a title with its country or organisation and, when given, the holder's name.
import { TEMPORAL } from '../text/english.js';
import type { PlainMention } from './coref.js';
import { capitalise, foldKey, isCapitalised, slug } from './keys.js';
import type { Pass } from './pass.js';
import { sectorPhrase } from './state-phrases.js';
import { holderOn, tenureOn } from './tenure.js';
import { namedHolder, possessiveQualifier } from './title-parts.js';

const PAST_MODIFIERS = new Set(['former', 'ex', 'late']);
/** Parts of speech after a title that make it part of a longer phrase ("the chief medical officer"). */
const MODIFIED_BY = new Set(['NOUN', 'PROPN', 'ADJ', 'CCONJ', 'NUM']);

// ---- recognisers: each returns the next token index, or null when it does not apply ----

/** "Russian President Vladimir Putin", "the Kremlin leader", "the Prime Minister", "President of Russia". */
export function rolePhrase(p: Pass, i: number, a: number, b: number): number | null {
  let q = p.qualifierAt(i, b) ?? possessiveQualifier(p, i, b);
  let t = i;
  if (q) {
    t = q.item.end;
    if (p.keys[t] === "'s") t++;
  }
  // "South Korean Trade Minister Ana Ruiz", "German defence ministry spokesman Jon Falk": a portfolio
  // between the country and a title with a name after it.
  let portfolio = -1;
  if (q && t < b && !p.itemAt[t]?.hits.some((h) => h.entry.type === 'title')) {
    const j = portfolioEnd(p, t, b);
    if (j > t && namedAfter(p, j, b)) {
      portfolio = t;
      t = j;
    }
  }
  // "Deputy Governor Ana Ruiz", "Norway's deputy governor": a lesser office, kept as said.
  let modifier = -1;
  // ("deputy" alone is a legislator's title, so it may be an item of its own).
  if (
    t + 1 < b &&
    p.k.cues.titleModifier.has(p.keys[t]) &&
    (p.itemAt[t]?.end ?? t + 1) === t + 1 &&
    p.itemAt[t + 1]?.hits.some((h) => h.entry.type === 'title') &&
    !p.quoted[t]
  ) {
    modifier = t;
    t++;
  }
  const titleItem = t < b ? p.itemAt[t] : undefined;
  if (!titleItem) return null;
  const title = titleItem.hits.find((h) => h.entry.type === 'title' || (q && h.entry.type === 'description'));
  if (!title || (title.entry.type !== 'title' && title.entry.type !== 'description')) return null;
  if (modifier >= 0 && title.entry.type !== 'title') return null;
  // "the Belarusian justice system": the title word modifies a thing; no one holds it.
  if (titleItem.end < b && p.k.cues.titleCompound.has(p.keys[titleItem.end])) return null;
  // "4:59 PM EDT": a timestamp word after a number is not the title it spells ("PM").
  if (!q && t > a && p.k.cues.dateline.has(p.keys[t]) && p.doc.tokens[t - 1].type === 'number') return null;
  // "the Hungarian leader": the country's executive role first (the prime minister in parliamentary systems).
  const executive =
    q?.country && title.entry.type === 'description' ? p.k.countries.get(q.country)?.executive : undefined;
  let roles =
    executive && title.entry.roles.includes(executive)
      ? [executive, ...title.entry.roles.filter((r) => r !== executive)]
      : title.entry.roles;
  // "the President" names no King: a strict title wants a holder whose own title says it.
  const titleWords = p.keys.slice(t, titleItem.end).join(' ');
  const holderAt = (role: string, where: string) => {
    const h = holderOn(p.k, role, where, p.day);
    const strict = title.entry.type === 'title' && p.k.cues.strictTitle.has(titleWords);
    return h && (!strict || !h.title || foldKey(h.title).includes(titleWords)) ? h : undefined;
  };
  const sentence = p.doc.tokens[i].sentence;
  let end = titleItem.end;
  // "a spokeswoman for the European Commission": "for" names the body as "of" does.
  let bodyAfter = false;
  if (!q && (p.keys[end] === 'of' || p.keys[end] === 'for')) {
    const q2 = p.qualifierAt(end + 1, b);
    // "the chief of Israel's militia ally" heads something of Israel's, not Israel; "a spokesman for
    // Belarus's State Border Committee" speaks for a state body of Belarus (read next as a body).
    bodyAfter =
      !!q2?.country &&
      p.keys[q2.item.end] === "'s" &&
      p.keys[end] === 'for' &&
      stateBody(p, q2.item.end + 1, b);
    if (
      q2 &&
      (p.keys[q2.item.end] !== "'s" || bodyAfter) &&
      (p.keys[end] === 'of' || q2.where.startsWith('org:') || bodyAfter)
    ) {
      q = q2;
      if (!bodyAfter) end = q2.item.end;
    }
  }
  // An organisation's offices ("governor" of the IMF) come last unless an organisation holds the title.
  if (!q?.where.startsWith('org:')) {
    const igo = (r: string) => p.k.roles.get(r)?.sector === 'IGO';
    roles = [...roles.filter((r) => !igo(r)), ...roles.filter(igo)];
  }
  const said = saidTitle(p, q !== null, modifier, titleItem.start, titleItem.end, a, roles);
  // "[the [US] President]" lends its "the" to the phrase; "President of [the United States]" keeps it.
  // A sector word in the portfolio is a mention of its own ("German defence ministry"), with the country.
  const sectorEmitted = portfolio >= 0 && p.itemAt[portfolio] && sectorPhrase(p, i, a, b) !== null;
  if (q?.hit && !sectorEmitted && !bodyAfter)
    p.emitKnown(q.hit.entry, q.item, sentence, q.item.start < titleItem.start);
  const head =
    q && q.item.start < titleItem.start ? q.item.start : modifier >= 0 ? modifier : titleItem.start;
  let start = p.withArticle(head, a);
  const definite = start < head || p.keys[head] === 'the';
  // "envoy to the UN Sergiy Kyslytsya": a complement between the title and a name.
  let nameAt = end;
  if (p.keys[end] === 'to') {
    const at = end + 1;
    const c = p.qualifierAt(at, b) ?? (p.keys[at] === 'the' ? p.qualifierAt(at + 1, b) : null);
    if (c && p.nameEnd(c.item.end, b) > c.item.end) {
      p.emitKnown(c.hit.entry, c.item, sentence);
      nameAt = c.item.end;
    }
  }
  const titleGender = p.k.cues.genderedTitle.get(p.keys[titleItem.end - 1]);
  let named = namedHolder(p, nameAt, b, roles, q?.where);
  // "Its foreign minister, Viktor Dranko, said": the name in apposition after the title.
  let appositive = false;
  if (!named && p.keys[nameAt] === ',') {
    const after = namedHolder(p, nameAt + 1, b, roles, q?.where);
    const k = after ? p.keys[after.end] : '';
    if (after && (after.end >= b || k === ',' || k === '.' || p.isSpeech(after.end, b))) {
      named = after;
      appositive = true;
    }
  }
  if (named) {
    // "the former prime minister Tony Blair": a named holder keeps "former" in the mention.
    if (start > a && PAST_MODIFIERS.has(p.keys[start - 1])) start = p.withArticle(start - 1, a);
    const known = roles.map((r) => p.k.roles.get(r)).find(Boolean);
    const role = said ?? known;
    let ref = named.ref;
    if (!ref) {
      const name = p.textOf(named.start, named.end);
      const place = q ? (p.k.countries.get(q.where)?.name ?? p.k.actors.get(q.where)?.name) : undefined;
      const code = q
        ? q.where.startsWith('org:')
          ? p.k.actors.get(q.where)!.code
          : `${q.where}${role?.sector ?? ''}`
        : `---${role?.sector ?? ''}`;
      ref = { id: `person:~${slug(name)}`, name, kind: 'person', code };
      if (role) ref.role = place ? `${role.name} of ${place}` : role.name;
      if (known && !said) p.unknownRoles.set(ref.id, known.id);
      // "Foreign Minister Ana Ruiz … Peru's foreign minister, Ana Ruiz,": a later title with a country
      // places the official the text named without one.
      const earlier = p.reg.get(ref.id);
      if (q && earlier?.code.startsWith('---') && !code.startsWith('---')) {
        p.reg.refine(ref.id, { code, role: ref.role });
        p.unplaced.delete(ref.id);
      }
      if (!q && !p.unplaced.has(ref.id)) p.unplaced.set(ref.id, named.start);
      p.docSurnames.set(p.keys[named.end - 1], ref.id);
    }
    if (titleGender && !p.gender.has(ref.id)) p.gender.set(ref.id, titleGender);
    if (appositive) {
      p.emit(ref, start, nameAt, 'coref/apposition', sentence);
      p.emit(ref, named.start, named.end, named.rule, sentence);
    } else p.emit(ref, start, named.end, named.rule, sentence);
    return named.end;
  }
  let before = start > a ? p.keys[start - 1] : '';
  // "Ana Ruiz, a spokeswoman for the EU,": an indefinite apposition describes the person just named.
  const indefiniteApposition =
    (before === 'a' || before === 'an') && start - 1 > a && p.keys[start - 2] === ',' && !!q;
  if (indefiniteApposition) before = ',';
  if (p.k.cues.indefinite.has(before)) return end;
  // "Sergiy Kyslytsya, Ukraine's envoy": an apposition names the person just mentioned.
  const last = p.persons[p.persons.length - 1];
  const comma = indefiniteApposition ? start - 2 : start - 1;
  if (before === ',' && last && last.sentence === sentence && last.end === comma) {
    const actor = p.reg.get(last.actor)!;
    if (actor.id.startsWith('person:~') && said && !q && actor.code === '---')
      p.reg.refine(actor.id, { code: `---${said.sector}`, role: said.name });
    else if (actor.id.startsWith('person:~') && q && roles.length && !said) {
      const role = p.k.roles.get(roles[0]);
      if (role && !q.where.startsWith('org:')) {
        const place = p.k.countries.get(q.where)?.name;
        p.reg.refine(actor.id, { code: `${q.where}${role.sector}`, role: `${role.name} of ${place}` });
      } else if (role && actor.code === '---') {
        // "…, a spokeswoman for the European External Action Service": the organisation's officer.
        const org = p.k.actors.get(q.where)!;
        p.reg.refine(actor.id, { code: org.code, role: `${role.name} of ${org.name}` });
      }
    }
    p.emit(actor, start, end, 'coref/apposition', sentence);
    return end;
  }
  // A lesser or another body's office has no holder in the data: "the deputy governor" is not the governor.
  if (said && !q) return end;
  if (q && said) {
    emitUnfilled(p, said, q.where, start, end, sentence);
    return end;
  }
  if (q) {
    for (const r of roles) {
      const holder = holderAt(r, q.where);
      if (holder) {
        p.emit(p.personRef(holder.person), start, end, 'title/dated-holder', sentence);
        return end;
      }
    }
    const role = p.k.roles.get(roles[0]);
    if (role && title.entry.type === 'title') emitUnfilled(p, role, q.where, start, end, sentence);
    return end;
  }
  if (!definite || title.entry.type !== 'title') return end;
  // "the president of the club", "the King of Pop": an office of something that is no country.
  if (p.keys[end] === 'of') return end;
  // "the Prime Minister": the person of the document who holds the role, else the dominant country's.
  const holder = p.latestPerson((id) => {
    const known = id.startsWith('person:~') ? undefined : tenureOn(p.k, id.slice(7), p.day);
    return (known && roles.includes(known.role)) || roles.includes(p.unknownRoles.get(id) ?? '');
  });
  if (holder) {
    p.emit(p.reg.get(holder)!, start, end, 'coref/title', sentence);
    return end;
  }
  // "The White House said the President had spoken ...", "Vilnius said the Prime Minister would":
  // the office of the country that reports it, before the article's dominant one.
  const speaking = speakingCountry(p, start, sentence) ?? seatCountry(p, start, sentence);
  for (const country of speaking ? [speaking] : [])
    for (const r of roles) {
      const holder = holderAt(r, country);
      if (holder) {
        p.emit(p.personRef(holder.person), start, end, 'title/speaking-country', sentence);
        return end;
      }
    }
  const dominant = p.dominantCountry();
  if (dominant) {
    for (const r of roles) {
      const holder = holderAt(r, dominant);
      if (holder) {
        p.emit(p.personRef(holder.person), start, end, 'title/dominant-country', sentence);
        return end;
      }
    }
  }
  // "the Secretary-General" in a text about the UN: an organisation's office alone (no country
  // holds it), ending its phrase ("the chief medical officer", "the chairman and CEO of" do not),
  // is held at the organisation named last, in this sentence or the one before, that has it.
  const next = p.doc.tokens[end];
  const endsPhrase = !next || !(MODIFIED_BY.has(next.pos) || p.keys[end] === 'of');
  if (endsPhrase && roles.every((r) => p.k.roles.get(r)?.sector === 'IGO')) {
    const near = p.doc.sentences[Math.max(0, sentence - 1)].firstToken;
    const orgs = [...p.lastOrg].filter(([, at]) => at < start && at >= near).sort((x, y) => y[1] - x[1]);
    for (const [org] of orgs)
      for (const r of roles) {
        const holder = holderAt(r, org);
        if (holder) {
          p.emit(p.personRef(holder.person), start, end, 'title/organisation-named', sentence);
          return end;
        }
      }
  }
  return end;
}

/**
 * The country whose name, capital or seat speaks right before a title ("The Kremlin said the
 * President ...", "Warsaw announced that the Prime Minister ..."): its mention, a speech verb, an
 * optional "that", then the title.
 */
function speakingCountry(p: Pass, title: number, sentence: number): string | undefined {
  let t = title - 1;
  if (p.keys[t] === 'that') t--;
  // "said on Monday that the President", "said today the Prime Minister"
  if (TEMPORAL.has(p.keys[t]) && p.keys[t - 1] === 'on') t -= 2;
  else if (p.keys[t] === 'today' || p.keys[t] === 'yesterday') t--;
  const b = p.doc.sentences[sentence].endToken;
  if (t < 1 || !p.isSpeech(t, b) || p.quoted[t]) return undefined;
  return latestCountry(p, sentence, (m) => m.end === t);
}

/**
 * "The White House is monitoring the situation. The President has been briefed": the country whose
 * seat of government this sentence (before the title) or the one before in its paragraph names.
 */
function seatCountry(p: Pass, title: number, sentence: number): string | undefined {
  const { sentences } = p.doc;
  const from =
    sentence > 0 && sentences[sentence - 1].paragraph === sentences[sentence].paragraph
      ? sentence - 1
      : sentence;
  return latestCountry(p, from, (m) => m.start < title && m.rule === 'gazetteer/seat');
}

/**
 * The country code of the latest mention read so far, from sentence `from` on, that `pick`
 * accepts; undefined when there is none or it names no country.
 */
function latestCountry(p: Pass, from: number, pick: (m: PlainMention) => boolean): string | undefined {
  for (let i = p.plain.length - 1; i >= 0 && p.plain[i].sentence >= from; i--) {
    const m = p.plain[i];
    if (!pick(m)) continue;
    const id = m.actors[0];
    return m.kind === 'country' && id.startsWith('country:') ? id.slice(8) : undefined;
  }
  return undefined;
}

/**
 * "the Prime Minister of Tarn" with no holder in the data: a person named after the office and its
 * place (a country, or an organisation whose code the officer takes).
 */
function emitUnfilled(
  p: Pass,
  office: { name: string; sector: string },
  where: string,
  start: number,
  end: number,
  sentence: number,
): void {
  const place = p.k.countries.get(where)?.name ?? p.k.actors.get(where)?.name;
  if (!place) return;
  const name = `${office.name} of ${place}`;
  const code = where.startsWith('org:') ? p.k.actors.get(where)!.code : `${where}${office.sector}`;
  p.emit(
    { id: `person:~${slug(name)}`, name, kind: 'person', code, role: name },
    start,
    end,
    'title/unfilled',
    sentence,
  );
}

/**
 * The office as said, when the data has none for it: a title after a modifier ("Deputy Governor",
 * with the sector of the office it deputises), or a title of another body ("the union's national
 * secretary": labour, from the sector word before it), or a title that names a government office
 * only with a country ("Secretary" alone: no sector).
 */
function saidTitle(
  p: Pass,
  qualified: boolean,
  modifier: number,
  start: number,
  end: number,
  a: number,
  roles: string[],
): { name: string; sector: string } | undefined {
  const role = p.k.roles.get(roles[0]);
  if (modifier >= 0)
    return role ? { name: capitalise(p.textOf(modifier, end)), sector: role.sector } : undefined;
  if (qualified) return undefined;
  // "the union's [national] secretary", "the company's chairman": the body before the title.
  let k = start;
  while (k > a && k > start - 3 && p.doc.tokens[k - 1].pos === 'ADJ' && !p.itemAt[k - 1]) k--;
  if (k - 2 >= a && p.keys[k - 1] === "'s") {
    const body = p.itemEnding[k - 1];
    const hit = body?.hits.find((h) => h.entry.type === 'sector')?.entry;
    const sector = hit?.type === 'sector' ? hit.sector : p.k.cues.orgNoun.get(p.keys[k - 2]);
    if (sector && !['GOV', 'MIL', 'COP', 'JUD', 'LEG'].includes(sector))
      return { name: capitalise(p.textOf(k, end)), sector };
  }
  if (end - start === 1 && p.k.cues.contextTitle.has(p.keys[start]))
    return { name: capitalise(p.textOf(start, end)), sector: '' };
  return undefined;
}

/** The end of a portfolio before a title: one or two capitalised words ("Trade", "Cabinet"), or a sector word ("defence ministry"). */
function portfolioEnd(p: Pass, t: number, b: number): number {
  let j = t;
  while (j < b && j - t < 3 && !p.quoted[j]) {
    const it = p.itemAt[j];
    if (it?.hits.some((h) => h.entry.type === 'title')) return j;
    if (it) {
      if (j > t || !it.hits.every((h) => h.entry.type === 'sector')) return t;
      j = it.end;
      continue;
    }
    const tok = p.doc.tokens[j];
    if (!isCapitalised(tok.text) || (tok.pos !== 'NOUN' && tok.pos !== 'PROPN' && tok.pos !== 'ADJ'))
      return t;
    j++;
  }
  return p.itemAt[j]?.hits.some((h) => h.entry.type === 'title') ? j : t;
}

/** A title at `t` with a name after it, or after a comma ("Trade Secretary, Joyce Ama,"). */
function namedAfter(p: Pass, t: number, b: number): boolean {
  const it = p.itemAt[t];
  if (!it) return false;
  let e = it.end;
  if (p.keys[e] === ',') e++;
  // "spokesman Major General Ivo Marsh": ranks open the name.
  while (e < b && e - it.end < 3 && (p.k.cues.honorific.has(p.keys[e]) || p.k.cues.namePrefix.has(p.keys[e])))
    e++;
  return p.nameEnd(e, b) > e + 1;
}

/** "State Border Committee": capitalised words ending in an organisation word of a state sector. */
function stateBody(p: Pass, t: number, b: number): boolean {
  for (let j = t; j < Math.min(b, t + 5); j++) {
    if (!isCapitalised(p.doc.tokens[j].text) || p.itemAt[j]) return false;
    const sector = p.k.cues.orgWord.get(p.keys[j]);
    if (sector === 'GOV' || sector === 'MIL' || sector === 'COP' || sector === 'JUD') return true;
  }
  return false;
}
