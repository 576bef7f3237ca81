import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { packageRoot } from '../../src/common/package-root.js';

/** One entry of a data/actors file, as parsed: the test checks the fields, so they are untyped here. */
export type Entry = Record<string, unknown>;

export function loadActorFile(name: string): Entry[] {
  const text = readFileSync(join(packageRoot(), 'data', 'actors', `${name}.yaml`), 'utf8');
  const data: unknown = parse(text);
  if (!Array.isArray(data)) throw new Error(`data/actors/${name}.yaml is not a YAML list`);
  return data as Entry[];
}

/** A data-file date (YYYY, YYYY-MM or YYYY-MM-DD; YAML may hand a bare year over as a number). */
export function parseDataDate(value: unknown): Date | undefined {
  const text = typeof value === 'number' ? String(value) : value;
  if (typeof text !== 'string') return undefined;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2] ?? 1), Number(match[3] ?? 1)];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Rejects 2021-02-30 and the like, which Date would silently roll over.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return undefined;
  }
  return date;
}

export function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

export interface PersonRole {
  person: string;
  role: string;
  where: string;
  from: Date;
  to?: Date;
  title?: string;
}

/** Every dated role of every person, flattened; where = country code or `org:<id>`. */
export function personRoles(people: Entry[]): PersonRole[] {
  const out: PersonRole[] = [];
  for (const person of people) {
    for (const role of (person.roles as Entry[] | undefined) ?? []) {
      const from = parseDataDate(role.from);
      if (!from) continue;
      out.push({
        person: String(person.id),
        role: String(role.role),
        where: role.org ? `org:${role.org}` : String(role.country),
        from,
        to: role.to === undefined ? undefined : parseDataDate(role.to),
        title: typeof role.title === 'string' ? role.title : undefined,
      });
    }
  }
  return out;
}

/** The people holding a role of a country (or `org:<id>`) on a day, as the actors stage will look them up. */
export function holdersOn(roles: PersonRole[], role: string, where: string, day: string): string[] {
  const when = parseDataDate(day)!;
  return roles
    .filter((r) => r.role === role && r.where === where && r.from <= when && (!r.to || when < r.to))
    .map((r) => r.person);
}
