// Role phrases: a title with its country or organisation and, when given, the holder's name.
import { slug } from './keys.js';
import type { Pass } from './pass.js';
import { holderOn, tenureOn } from './tenure.js';
import { namedHolder, possessiveQualifier } from './title-parts.js';

const PAST_MODIFIERS = new Set(['former', 'ex', 'late']);

// ---- recognisers: each returns the next token index, or null when it does not apply ----

/** "Russian President Vladimir Putin", "the Kremlin leader", "the Prime Minister", "President of Russia". */
export function rolePhrase(p: Pass, i: number, a: number, b: number): number | null {
  let q = p.qualifierAt(i, b) ?? possessiveQualifier(p, i, b);
  let t = i;
  if (q) {
    t = q.item.end;
    if (p.keys[t] === "'s") t++;
  }
  const titleItem = t < b ? p.itemAt[t] : undefined;
  if (!titleItem) return null;
  const title = titleItem.hits.find((h) => h.entry.type === 'title' || (q && h.entry.type === 'description'));
  if (!title || (title.entry.type !== 'title' && title.entry.type !== 'description')) return null;
  // "4:59 PM EDT": a timestamp word after a number is not the title it spells ("PM").
  if (!q && t > a && p.k.cues.dateline.has(p.keys[t]) && p.doc.tokens[t - 1].type === 'number') return null;
  // "the Hungarian leader": the country's executive role first (the prime minister in parliamentary systems).
  const executive =
    q?.country && title.entry.type === 'description' ? p.k.countries.get(q.country)?.executive : undefined;
  const roles =
    executive && title.entry.roles.includes(executive)
      ? [executive, ...title.entry.roles.filter((r) => r !== executive)]
      : title.entry.roles;
  const sentence = p.doc.tokens[i].sentence;
  let end = titleItem.end;
  if (!q && p.keys[end] === 'of') {
    const q2 = p.qualifierAt(end + 1, b);
    // "the chief of Israel's militia ally" heads something of Israel's, not Israel.
    if (q2 && p.keys[q2.item.end] !== "'s") {
      q = q2;
      end = q2.item.end;
    }
  }
  // "[the [US] President]" lends its "the" to the phrase; "President of [the United States]" keeps it.
  if (q?.hit) p.emitKnown(q.hit.entry, q.item, sentence, q.item.start < titleItem.start);
  const head = q && q.item.start < titleItem.start ? q.item.start : titleItem.start;
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
    const role = roles.map((r) => p.k.roles.get(r)).find(Boolean);
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
      if (role) p.unknownRoles.set(ref.id, role.id);
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
  const before = start > a ? p.keys[start - 1] : '';
  if (p.k.cues.indefinite.has(before)) return end;
  // "Sergiy Kyslytsya, Ukraine's envoy": an apposition names the person just mentioned.
  const last = p.persons[p.persons.length - 1];
  if (before === ',' && last && last.sentence === sentence && last.end === start - 1) {
    const actor = p.reg.get(last.actor)!;
    if (actor.id.startsWith('person:~') && q && roles.length) {
      const role = p.k.roles.get(roles[0]);
      if (role && !q.where.startsWith('org:')) {
        const place = p.k.countries.get(q.where)?.name;
        p.reg.refine(actor.id, { code: `${q.where}${role.sector}`, role: `${role.name} of ${place}` });
      }
    }
    p.emit(actor, start, end, 'coref/apposition', sentence);
    return end;
  }
  if (q) {
    for (const r of roles) {
      const holder = holderOn(p.k, r, q.where, p.day);
      if (holder) {
        p.emit(p.personRef(holder.person), start, end, 'title/dated-holder', sentence);
        return end;
      }
    }
    const role = p.k.roles.get(roles[0]);
    const place = p.k.countries.get(q.where)?.name ?? p.k.actors.get(q.where)?.name;
    if (role && place && title.entry.type === 'title') {
      const name = `${role.name} of ${place}`;
      const code = q.where.startsWith('org:') ? p.k.actors.get(q.where)!.code : `${q.where}${role.sector}`;
      p.emit(
        { id: `person:~${slug(name)}`, name, kind: 'person', code, role: name },
        start,
        end,
        'title/unfilled',
        sentence,
      );
    }
    return end;
  }
  if (!definite || title.entry.type !== 'title') return end;
  // "the Prime Minister": the person of the document who holds the role, else the dominant country's.
  const holder = p.latestPerson((id) => {
    const known = id.startsWith('person:~') ? undefined : tenureOn(p.k, id.slice(7), p.day);
    return (known && roles.includes(known.role)) || roles.includes(p.unknownRoles.get(id) ?? '');
  });
  if (holder) {
    p.emit(p.reg.get(holder)!, start, end, 'coref/title', sentence);
    return end;
  }
  const dominant = p.dominantCountry();
  if (dominant) {
    for (const r of roles) {
      const holder = holderOn(p.k, r, dominant, p.day);
      if (holder) {
        p.emit(p.personRef(holder.person), start, end, 'title/dominant-country', sentence);
        return end;
      }
    }
  }
  return end;
}
