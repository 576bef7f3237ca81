import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadKnowledge } from '../../src/actors/index.js';
import { readUserDictionary } from '../../src/actors/knowledge/load.js';
import { recogniseActors } from '../../src/actors/recognise.js';
import { buildDoc } from '../../src/text/doc.js';
import { fixtureDir } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'chronicle-actors-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

const run = (text: string, date: string, extraFiles: string[]) =>
  recogniseActors(buildDoc({ id: 't', date, text }), loadKnowledge({ dataDir: fixtureDir, extraFiles }));

test('a user dictionary named after its section adds people with dated roles', () => {
  const people = file(
    'my-people.yaml',
    `- id: ada-quill
  name: Ada Quill
  gender: f
  roles:
    - {role: head-of-government, country: HUN, from: 2031-01-01}
`,
  );
  const text = 'The Hungarian Prime Minister arrived. She said Quill would stay.';
  const later = run(text, '2031-06-01', [people]);
  const pm = later.find((a) => a.id === 'person:ada-quill');
  assert.ok(pm, 'the user person is the holder in 2031');
  assert.equal(pm.code, 'HUNGOV');
  assert.deepEqual(
    pm.mentions.map((m) => m.rule),
    ['title/dated-holder', 'coref/pronoun', 'coref/surname'],
  );
  // Before her tenure the same title names the bundled holder, not her.
  const before = run(text, '2022-06-01', [people]);
  assert.equal(
    before.find((a) => a.kind === 'person' && a.mentions[0].text.includes('Prime'))?.id,
    'person:viktor-orban',
  );
});

test('a mapping dictionary adds a country and replaces an entry by its code', () => {
  const dict = file(
    'mine.yaml',
    `countries:
  - {code: FRD, name: Freedonia, adjectives: [Freedonian], capitals: [Fredville]}
  - {code: HUN, name: Hungary, adjectives: [Magyar]}
`,
  );
  const actors = run('Freedonian troops crossed into Fredville. Magyar officials protested.', '2022-01-01', [
    dict,
  ]);
  const ids = actors.map((a) => a.id);
  assert.ok(ids.includes('sector:FRDMIL'));
  assert.ok(ids.includes('country:FRD'));
  assert.ok(ids.includes('sector:HUNGOV'));
  // The replaced entry lost its bundled adjective.
  const hungarian = run('Hungarian farmers protested.', '2022-01-01', [dict]);
  assert.equal(
    hungarian.some((a) => a.id === 'country:HUN'),
    false,
  );
});

test('a dictionary with an unknown section or an unnamed list is refused', () => {
  assert.throws(() => readUserDictionary(file('bad.yaml', 'planets: []\n')), /unknown section "planets"/);
  assert.throws(
    () => readUserDictionary(file('list.yaml', '- {id: x, name: X}\n')),
    /named after its section/,
  );
});

test("a name with a plural possessive (Workers' Party) matches as the tokenizer splits it", () => {
  const orgs = file(
    'organizations.yaml',
    `- {id: fwp, name: Freedom Workers' Party, code: XYZPTY}
`,
  );
  const actors = run("The Freedom Workers' Party met on Monday.", '2030-01-01', [orgs]);
  assert.deepEqual(
    actors.filter((a) => a.code === 'XYZPTY').map((a) => a.mentions.map((m) => m.text)),
    [["Freedom Workers' Party"]],
  );
});
