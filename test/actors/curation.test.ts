import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { packageRoot } from '../../src/common/package-root.js';

const cli = join(packageRoot(), 'dist', 'src', 'cli', 'main.js');
const dir = mkdtempSync(join(tmpdir(), 'chronicle-curation-'));
const db = join(dir, 'news.db');
const run = (...args: string[]) =>
  execFileSync(process.execPath, [cli, ...args], { encoding: 'utf8', stdio: 'pipe' });
const list = (...args: string[]) =>
  run('actors', '--db', db, '--format', 'jsonl', ...args)
    .trim()
    .split('\n')
    .filter(Boolean)
    .map(
      (l) => JSON.parse(l) as { id: string; name: string; code: string; mentions: number; articles: number },
    );

test('actors are listed, merged, renamed and re-resolved with a stored dictionary', () => {
  const articles = join(dir, 'articles.jsonl');
  writeFileSync(
    articles,
    [
      { id: 'a1', date: '2031-03-01', text: 'Freedonian troops massed near the border, Brena Tolk said.' },
      {
        id: 'a2',
        date: '2031-03-02',
        text: 'Brena Tolk, a minister, said Moscow had been warned. Tolk left.',
      },
    ]
      .map((a) => JSON.stringify(a))
      .join('\n'),
  );
  run('ingest', articles, '--db', db);
  const before = list();
  const tolk = before.find((a) => a.id === 'person:~brena-tolk');
  assert.deepEqual([tolk?.mentions, tolk?.articles], [3, 2]);
  assert.ok(!before.some((a) => a.id.startsWith('sector:')), 'Freedonia is not known yet');

  // A dictionary makes Freedonia and its minister known; resolve applies it to stored articles.
  const dict = join(dir, 'freedonia.yaml');
  writeFileSync(
    dict,
    `countries:
  - {code: FRD, name: Freedonia, adjectives: [Freedonian]}
people:
  - {id: brena-tolk, name: Brena Tolk, gender: f, roles: [{role: foreign-minister, country: FRD, from: 2030-01-01}]}
`,
  );
  run('actors', 'add', '--file', dict, '--db', db);
  run('actors', 'resolve', '--db', db);
  const after = list();
  assert.equal(after.find((a) => a.id === 'person:brena-tolk')?.code, 'FRDGOV');
  assert.equal(after.find((a) => a.id === 'sector:FRDMIL')?.mentions, 1);
  assert.equal(after.find((a) => a.id === 'person:~brena-tolk')?.mentions ?? 0, 0);

  // Merge: Moscow's country takes the troops' mentions; rename shows under the new name.
  run('actors', 'merge', 'sector:FRDMIL', 'country:FRD', '--db', db);
  run('actors', 'rename', 'country:FRD', 'Grand Fenwick', '--db', db);
  const merged = list('--name', 'Fenwick');
  assert.deepEqual(
    merged.map((a) => [a.id, a.name, a.mentions]),
    [['country:FRD', 'Grand Fenwick', 2]],
  );
  assert.ok(!list().some((a) => a.id === 'sector:FRDMIL'), 'a merged actor is no longer listed');

  // Later extractions follow the merge.
  run('actors', 'resolve', '--db', db);
  assert.equal(list('--name', 'Fenwick')[0].mentions, 2);
});

test('merging or renaming an actor the database does not hold fails with a message', () => {
  assert.throws(() => run('actors', 'rename', 'person:nobody', 'X', '--db', db), /no actor person:nobody/);
  assert.throws(
    () => run('actors', 'merge', 'person:nobody', 'country:FRD', '--db', db),
    /no actor person:nobody/,
  );
});
