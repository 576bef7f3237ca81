// A country's sectors ("Russian troops") and bodies ("the Russian Defence Ministry").
import { isCapitalised, slug } from './keys.js';
import type { Pass } from './pass.js';
import { type ActorRef, orgKind } from './registry.js';

const STATE_SECTORS = new Set(['GOV', 'MIL', 'COP', 'JUD']);

/** "Russian troops", "Ukraine's army": a country's sector. */
export function sectorPhrase(p: Pass, i: number, a: number, b: number): number | null {
  const q = p.qualifierAt(i, b);
  if (!q?.country || q.where.startsWith('org:')) return null;
  let t = q.item.end;
  if (p.keys[t] === "'s") t++;
  // "US and Russian negotiators": the first country shares the second one's sector word.
  let shared = false;
  if (p.keys[t] === 'and' && q.hit.entry.type === 'country') {
    const second = p.qualifierAt(t + 1, b);
    if (second?.country && second.hit.entry.type === 'country' && !second.where.startsWith('org:')) {
      t = second.item.end;
      shared = true;
    }
  }
  const s = t < b ? p.itemAt[t] : undefined;
  const hit = s?.hits.find((h) => h.entry.type === 'sector');
  if (!s || !hit || hit.entry.type !== 'sector') return null;
  const sentence = p.doc.tokens[i].sentence;
  p.emitKnown(q.hit.entry, q.item, sentence, true);
  p.emit(
    sectorRef(p, q.country, hit.entry.sector),
    p.withArticle(q.item.start, a),
    s.end,
    'gazetteer/sector',
    sentence,
  );
  // The second country's own phrase is read next, from its country word.
  return shared ? q.item.end : s.end;
}

/** A country's sector as an actor: "Peruvian government", `PERGOV`. */
export function sectorRef(p: Pass, countryCode: string, sectorCode: string): ActorRef {
  const sector = p.k.sectors.get(sectorCode)!;
  const country = p.k.countries.get(countryCode)!;
  return {
    id: `sector:${countryCode}${sector.code}`,
    name: `${country.adjective} ${sector.name}`,
    kind: 'sector',
    code: `${countryCode}${sector.code}`,
  };
}

/**
 * "The government declared ...": a bare "the" and a country body word (cues.yaml
 * `country_bodies`), not "the government of X" nor "the government's"; its country is placed
 * once the whole text is read (recognise.ts), so it is only noted here.
 */
export function bareBody(p: Pass, i: number, b: number): number | null {
  if (p.keys[i] !== 'the' || i + 1 >= b || p.quoted[i + 1]) return null;
  const it = p.itemAt[i + 1];
  if (!it || it.end !== i + 2 || !p.k.cues.countryBody.has(p.keys[i + 1])) return null;
  const hit = it.hits.find((h) => h.entry.type === 'sector');
  if (hit?.entry.type !== 'sector') return null;
  if (it.end < b && (p.keys[it.end] === 'of' || p.keys[it.end] === "'s")) return null;
  p.bareBodies.push({ start: i, end: it.end, sector: hit.entry.sector });
  return it.end;
}

/**
 * "the Russian Defence Ministry", "Russia's defence ministry", "the US Congress": a country's
 * body, named "Defence Ministry of Russia" so that every wording gets the same id.
 */
export function bodyPhrase(p: Pass, i: number, a: number, b: number): number | null {
  const q = p.qualifierAt(i, b);
  if (!q?.country || q.where.startsWith('org:')) return null;
  // "the Washington Post" is a name, not Washington's post: only country words qualify a body.
  const form = q.hit.entry.type === 'country' ? q.hit.entry.form : '';
  if (form !== 'name' && form !== 'alias' && form !== 'adjective') return null;
  let t = q.item.end;
  if (p.keys[t] === "'s") t++;
  const { tokens } = p.doc;
  let head = -1;
  for (let j = t; j < Math.min(b, t + 4); j++) {
    const pos = tokens[j].pos;
    // An anaphor ("central bank") is a plain phrase here: "the Turkish Central Bank" is Turkey's.
    // A sector word inside a capitalised name is part of it: "Australia's Federal Court".
    const named = p.itemAt[j]?.hits.some(
      (h) => h.entry.type !== 'anaphor' && (h.entry.type !== 'sector' || !isCapitalised(tokens[j].text)),
    );
    if (named || p.quoted[j] || (pos !== 'NOUN' && pos !== 'PROPN' && pos !== 'ADJ')) break;
    if (p.k.cues.orgWord.has(p.keys[j])) head = j;
  }
  if (head < 0) return null;
  const sector = p.k.cues.orgWord.get(p.keys[head])!;
  // Lowercase bodies are state bodies ("defence ministry"); other lowercase heads are common nouns.
  if (!isCapitalised(tokens[head].text) && !STATE_SECTORS.has(sector)) return null;
  const sentence = tokens[i].sentence;
  p.emitKnown(q.hit.entry, q.item, sentence, true);
  // "the Kenya Association of Manufacturers": a capitalised name going on after "of" is a name of its
  // own, kept whole and in order (not "Association of Kenya").
  const end = isCapitalised(tokens[head].text) && t === q.item.end ? p.nameTail(head + 1, b) : head + 1;
  const words = tokens.slice(t, head + 1).map((x) => x.text[0].toUpperCase() + x.text.slice(1));
  const name =
    end > head + 1
      ? p.textOf(q.item.start, end)
      : `${words.join(' ')} of ${p.k.countries.get(q.country)!.name}`;
  const code = sector === 'NGO' ? `${q.country}NGO` : `${q.country}${sector}`;
  const ref: ActorRef = { id: `org:~${slug(name)}`, name, kind: orgKind(sector), code };
  p.emit(ref, p.withArticle(q.item.start, a), end, 'unknown/body', sentence);
  return end;
}
