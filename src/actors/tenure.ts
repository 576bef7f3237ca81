import type { Knowledge, Tenure } from './knowledge/compile.js';

/** The article date as a comparable key; an undated article is read as "now" (open tenures). */
export const dateKey = (date: string | null) => date ?? '9999-00-00';

const active = (t: Tenure, day: string) => t.from <= day && day < t.to;

/** The person holding `role` in `where` (country code or `org:id`) on `day`, if the data knows. */
export function holderOn(k: Knowledge, role: string, where: string, day: string): Tenure | undefined {
  // When tenures overlap (an open-ended one the data never closed), the latest appointment wins.
  let best: Tenure | undefined;
  for (const t of k.holders.get(`${role}|${where}`) ?? [])
    if (active(t, day) && (!best || t.from > best.from)) best = t;
  return best;
}

/** The tenure a person holds on `day`; the first listed when several overlap. */
export function tenureOn(k: Knowledge, person: string, day: string): Tenure | undefined {
  return k.tenures.get(person)?.find((t) => active(t, day));
}

/** How far a person's tenures are from `day` (0 when in office): ranks namesakes. */
export function distanceFrom(k: Knowledge, person: string, day: string): number {
  let best = Number.POSITIVE_INFINITY;
  const year = Number(day.slice(0, 4));
  for (const t of k.tenures.get(person) ?? []) {
    if (active(t, day)) return 0;
    const from = Number(t.from.slice(0, 4));
    const to = t.to.startsWith('9999') ? year : Number(t.to.slice(0, 4));
    best = Math.min(best, Math.abs(year - from), Math.abs(year - to));
  }
  return best;
}

/** "President of Russia": the displayed role of a tenure. */
export function roleLabel(k: Knowledge, t: Tenure): string {
  const title = t.title ?? k.roles.get(t.role)?.name ?? t.role;
  const place = t.where.startsWith('org:') ? k.actors.get(t.where)?.name : k.countries.get(t.where)?.name;
  return place ? `${title} of ${place}` : title;
}

/** CAMEO code of a tenure's holder: the country plus the role's sector, or the organisation's code. */
export function tenureCode(k: Knowledge, t: Tenure): string {
  if (t.where.startsWith('org:')) return k.actors.get(t.where)?.code ?? 'IGO';
  return `${t.where}${k.roles.get(t.role)?.sector ?? ''}`;
}

/** A known person's code and role on `day`: in office → country + sector; else the last country. */
export function personStanding(k: Knowledge, person: string, day: string): { code: string; role?: string } {
  const now = tenureOn(k, person, day);
  if (now) return { code: tenureCode(k, now), role: roleLabel(k, now) };
  const past = (k.tenures.get(person) ?? [])
    .filter((t) => t.from <= day)
    .sort((a, b) => (a.to < b.to ? 1 : -1))[0];
  const any = past ?? k.tenures.get(person)?.[0];
  if (!any) return { code: '---' };
  return { code: any.where.startsWith('org:') ? (k.actors.get(any.where)?.code ?? 'IGO') : any.where };
}
