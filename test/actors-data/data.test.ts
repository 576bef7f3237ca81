import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Entry, loadActorFile, parseDataDate, personRoles, stringList } from './load.js';

const countries = loadActorFile('countries');
const organizations = loadActorFile('organizations');
const groups = loadActorFile('groups');
const outlets = loadActorFile('outlets');
const sectors = loadActorFile('sectors');
const roles = loadActorFile('roles');
const people = loadActorFile('people');
const ambiguous = loadActorFile('ambiguous');

const countryCodes = new Set(countries.map((c) => String(c.code)));
const orgIds = new Set(organizations.map((o) => String(o.id)));
const roleIds = new Set(roles.map((r) => String(r.id)));
const sectorCodes = new Set(sectors.map((s) => String(s.code)));
const slug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Roles that one person holds at a time for a country or organisation (others, like minister, have many). */
const singleHolderRoles = [
  'head-of-state',
  'head-of-government',
  'foreign-minister',
  'defence-minister',
  'interior-minister',
  'finance-minister',
  'un-ambassador',
  'secretary-general',
  'head-of-organization',
  'monarch',
  'supreme-leader',
  'pope',
  'speaker',
];
const overlapToleranceDays = 7;

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  const repeated: string[] = [];
  for (const value of values) {
    if (seen.has(value)) repeated.push(value);
    seen.add(value);
  }
  return repeated;
}

function expectFields(file: string, entries: Entry[], required: string[], lists: string[]): void {
  for (const [index, entry] of entries.entries()) {
    for (const field of required) {
      assert.ok(
        typeof entry[field] === 'string' && (entry[field] as string).trim() !== '',
        `${file}[${index}] (${entry.id ?? entry.code ?? entry.name}) needs a non-empty string ${field}`,
      );
    }
    for (const field of lists) {
      if (entry[field] === undefined) continue;
      const value = entry[field];
      assert.ok(Array.isArray(value), `${file}[${index}].${field} must be a list`);
      for (const item of value as unknown[]) {
        assert.ok(
          typeof item === 'string' && item.trim() === item && item !== '',
          `${file}[${index}].${field}: '${item}'`,
        );
      }
      const label = `${file}: ${entry.id ?? entry.code}.${field}`;
      assert.deepEqual(duplicates(value as string[]), [], `${label} repeats itself`);
      if (field === 'aliases')
        assert.ok(!(value as string[]).includes(String(entry.name)), `${label} repeats the name`);
    }
  }
}

describe('actor data files: schema', () => {
  it('countries: every ISO 3166-1 entry, unique 3-letter codes', () => {
    expectFields(
      'countries',
      countries,
      ['code', 'name'],
      ['aliases', 'adjectives', 'people', 'capitals', 'seats', 'cities'],
    );
    for (const c of countries) {
      assert.match(String(c.code), /^[A-Z]{3}$/);
      if (c.executive !== undefined) {
        assert.ok(roleIds.has(String(c.executive)), `${c.code}: executive ${c.executive} is not a role id`);
      }
    }
    assert.equal(countries.find((c) => c.code === 'HUN')?.executive, 'head-of-government');
    assert.equal(countries.find((c) => c.code === 'RUS')?.executive, undefined);
    assert.deepEqual(duplicates(countries.map((c) => String(c.code))), []);
    assert.ok(countries.length >= 249, `only ${countries.length} countries`);
    for (const code of ['RUS', 'UKR', 'USA', 'GBR', 'CHN', 'TWN', 'PSE', 'HUN', 'PRK', 'KOR', 'CIV', 'VAT']) {
      assert.ok(countryCodes.has(code), `missing ${code}`);
    }
  });

  it('organisations and groups: slug ids, CAMEO-style codes, unique ids', () => {
    for (const [file, entries] of [
      ['organizations', organizations],
      ['groups', groups],
    ] as const) {
      expectFields(file, entries, ['id', 'name', 'code'], ['aliases', 'anaphora', 'seats']);
      for (const e of entries) {
        assert.match(String(e.id), slug, `${file}: bad id ${e.id}`);
        assert.match(String(e.code), /^[A-Z0-9]{3,}$/, `${file}: bad code ${e.code}`);
      }
      assert.deepEqual(duplicates(entries.map((e) => String(e.id))), [], `${file}: duplicate ids`);
    }
    const nato = organizations.find((o) => o.id === 'nato');
    assert.equal(nato?.code, 'IGOWSTNAT');
    assert.ok(stringList(nato?.anaphora).includes('the alliance'));
  });

  it('outlets: at least 80, each with a known country', () => {
    expectFields('outlets', outlets, ['id', 'name', 'country'], ['aliases']);
    assert.ok(outlets.length >= 80, `only ${outlets.length} outlets`);
    for (const o of outlets) {
      assert.match(String(o.id), slug);
      assert.ok(countryCodes.has(String(o.country)), `outlet ${o.id}: unknown country ${o.country}`);
    }
    assert.deepEqual(duplicates(outlets.map((o) => String(o.id))), []);
  });

  it('sectors: 3-letter codes, lowercase words, no word signalling two sectors', () => {
    expectFields('sectors', sectors, ['code', 'name'], ['words']);
    for (const s of sectors) {
      assert.match(String(s.code), /^[A-Z]{3}$/);
      for (const w of stringList(s.words)) assert.equal(w, w.toLowerCase(), `sector ${s.code}: ${w}`);
    }
    assert.deepEqual(duplicates(sectors.flatMap((s) => stringList(s.words))), []);
    for (const code of ['GOV', 'MIL', 'COP', 'JUD', 'REB', 'OPP', 'MED', 'BUS', 'EDU', 'CVL', 'LEG', 'REF']) {
      assert.ok(sectorCodes.has(code), `missing sector ${code}`);
    }
  });

  it('roles: the required ids, a known sector, lowercase titles', () => {
    expectFields('roles', roles, ['id', 'name', 'sector'], ['titles', 'descriptions']);
    for (const r of roles) {
      assert.ok(sectorCodes.has(String(r.sector)), `role ${r.id}: unknown sector ${r.sector}`);
      assert.ok(stringList(r.titles).length > 0, `role ${r.id} has no titles`);
      for (const t of stringList(r.titles)) assert.equal(t, t.toLowerCase(), `role ${r.id}: ${t}`);
    }
    assert.deepEqual(duplicates(roles.map((r) => String(r.id))), []);
    const required =
      'head-of-state head-of-government foreign-minister defence-minister interior-minister finance-minister ' +
      'minister deputy-minister spokesperson ambassador envoy un-ambassador secretary-general chief-of-staff ' +
      'military-commander opposition-leader monarch vice-president governor mayor judge police-chief rebel-leader';
    for (const id of required.split(' ')) assert.ok(roleIds.has(id), `missing role ${id}`);
    const head = roles.find((r) => r.id === 'head-of-government');
    for (const t of ['prime minister', 'pm', 'premier', 'chancellor'])
      assert.ok(stringList(head?.titles).includes(t));
  });

  it('people: slug ids, known roles, countries and organisations, valid ordered dates', () => {
    expectFields('people', people, ['id', 'name'], ['aliases']);
    assert.deepEqual(duplicates(people.map((p) => String(p.id))), []);
    for (const p of people) {
      assert.match(String(p.id), slug, `bad person id ${p.id}`);
      if (p.gender !== undefined)
        assert.ok(p.gender === 'm' || p.gender === 'f', `${p.id}: gender ${p.gender}`);
      // People known without an office (a candidate, a spouse) have no roles: name and gender only.
      const personRoles = (p.roles ?? []) as Entry[];
      assert.ok(Array.isArray(personRoles), `${p.id}: roles must be a list`);
      for (const r of personRoles) {
        const at = `${p.id} ${r.role}`;
        assert.ok(roleIds.has(String(r.role)), `${at}: unknown role`);
        assert.ok(
          (r.country === undefined) !== (r.org === undefined),
          `${at}: needs exactly one of country, org`,
        );
        if (r.country !== undefined)
          assert.ok(countryCodes.has(String(r.country)), `${at}: country ${r.country}`);
        if (r.org !== undefined) assert.ok(orgIds.has(String(r.org)), `${at}: org ${r.org}`);
        const from = parseDataDate(r.from);
        assert.ok(from, `${at}: bad from ${r.from}`);
        if (r.to !== undefined) {
          const to = parseDataDate(r.to);
          assert.ok(to, `${at}: bad to ${r.to}`);
          assert.ok(from! <= to!, `${at}: from ${r.from} is after to ${r.to}`);
        }
        if (r.title !== undefined) assert.equal(typeof r.title, 'string', `${at}: title`);
      }
    }
  });

  it('no two holders of a single-holder role overlap by more than a few days', () => {
    const byOffice = new Map<string, ReturnType<typeof personRoles>>();
    for (const r of personRoles(people)) {
      if (!singleHolderRoles.includes(r.role)) continue;
      const key = `${r.role} ${r.where}`;
      byOffice.set(key, [...(byOffice.get(key) ?? []), r]);
    }
    const tolerance = overlapToleranceDays * 86_400_000;
    const clashes: string[] = [];
    for (const [office, terms] of byOffice) {
      const sorted = terms.sort((a, b) => a.from.getTime() - b.from.getTime());
      for (let i = 0; i < sorted.length; i++) {
        for (let j = i + 1; j < sorted.length; j++) {
          const [a, b] = [sorted[i], sorted[j]];
          if (a.person === b.person) continue;
          const end = a.to?.getTime() ?? Number.POSITIVE_INFINITY;
          if (end - b.from.getTime() > tolerance) clashes.push(`${office}: ${a.person} and ${b.person}`);
        }
      }
    }
    assert.deepEqual(clashes, []);
  });
});

/** Every surface form that names an actor, with the output ids of the actors it names. */
function surfaceForms(): Map<string, Set<string>> {
  const forms = new Map<string, Set<string>>();
  const add = (actor: string, values: unknown[]) => {
    for (const value of values) {
      if (typeof value !== 'string') continue;
      const set = forms.get(value) ?? new Set<string>();
      set.add(actor);
      forms.set(value, set);
    }
  };
  const fields = (e: Entry, names: string[]) =>
    names.flatMap((n) => (n === 'name' ? [e.name] : stringList(e[n])));
  for (const c of countries) {
    add(
      `country:${c.code}`,
      fields(c, ['name', 'aliases', 'adjectives', 'people', 'capitals', 'seats', 'cities']),
    );
  }
  for (const o of organizations) add(`org:${o.id}`, fields(o, ['name', 'aliases', 'seats']));
  for (const g of groups) add(`group:${g.id}`, fields(g, ['name', 'aliases', 'seats']));
  for (const o of outlets) add(`media:${o.id}`, fields(o, ['name', 'aliases']));
  for (const p of people) add(`person:${p.id}`, fields(p, ['name', 'aliases']));
  return forms;
}

describe('actor data files: ambiguity', () => {
  const forms = surfaceForms();
  const listed = new Map(ambiguous.map((a) => [String(a.form), new Set(stringList(a.actors))]));

  it('no name or alias is shared by two actors unless listed in ambiguous.yaml', () => {
    const shared = [...forms]
      .filter(([form, actors]) => actors.size > 1 && !listed.has(form))
      .map(([form, actors]) => `${form}: ${[...actors].join(', ')}`);
    assert.deepEqual(shared, []);
  });

  it("no city is a known person's surname (a city outranks a surname in matching)", () => {
    const surnames = new Set(people.map((p) => String(p.name).split(' ').pop()));
    const clashes = countries.flatMap((c) => stringList(c.cities).filter((city) => surnames.has(city)));
    assert.deepEqual(clashes, []);
  });

  it('every form listed as ambiguous really names the actors listed', () => {
    for (const [form, actors] of listed) {
      assert.ok(actors.size >= 2, `${form}: list at least two actors`);
      assert.deepEqual([...(forms.get(form) ?? [])].sort(), [...actors].sort(), `ambiguous form ${form}`);
    }
  });
});
