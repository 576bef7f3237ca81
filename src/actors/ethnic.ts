// "ethnic Albanians", "ethnic Serb fighters": a people named as a minority lives in another country.
import { slug } from './keys.js';
import type { Pass } from './pass.js';

export interface EthnicMention {
  start: number;
  end: number;
  /** The country whose people are named ("ALB" for "ethnic Albanians"): not where they live. */
  people: string;
  sector?: string;
}

/**
 * "ethnic Albanians", "ethnic Turkish workers": held until the sentence is read, since the country
 * they live in is often named after them ("... in southern Serbia"); see `placeEthnicGroups`.
 */
export function ethnicPhrase(
  p: Pass,
  i: number,
  a: number,
  b: number,
  pending: EthnicMention[],
): number | null {
  if (i <= a || p.keys[i - 1] !== 'ethnic') return null;
  const q = p.qualifierAt(i, b);
  const form = q?.hit.entry.type === 'country' ? q.hit.entry.form : '';
  if (!q?.country || (form !== 'adjective' && form !== 'people')) return null;
  let end = q.item.end;
  const next = end < b ? p.itemAt[end] : undefined;
  const sector = next?.hits.find((h) => h.entry.type === 'sector')?.entry;
  if (next && sector?.type === 'sector') end = next.end;
  pending.push({
    start: p.withArticle(i - 1, a),
    end,
    people: q.country,
    sector: sector?.type === 'sector' ? sector.sector : undefined,
  });
  return end;
}

/**
 * A minority is coded by the country it lives in: the other country of the sentence (or the
 * article's), never its people's own. With none, it is left out.
 */
export function placeEthnicGroups(p: Pass, pending: EthnicMention[], sentence: number): void {
  for (const m of pending) {
    const home = p.countryFor(m.start + 1, m.people);
    if (!home) continue;
    const people = p.k.countries.get(m.people)!;
    const place = p.k.countries.get(home)!;
    const sector = m.sector ? p.k.sectors.get(m.sector) : undefined;
    const name = `${people.adjective} minority in ${place.name}${sector ? ` (${sector.name})` : ''}`;
    const ref = {
      id: `group:~${slug(name)}`,
      name,
      kind: 'group' as const,
      code: `${home}${m.sector ?? ''}`,
    };
    p.emit(ref, m.start, m.end, 'gazetteer/ethnic-minority', sentence);
  }
  pending.length = 0;
}
