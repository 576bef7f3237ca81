import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { actorsStage } from '../../src/actors/index.js';
import { packageRoot } from '../../src/common/package-root.js';
import { parseDatedText } from '../../src/ingest/dated-text.js';
import { buildDoc } from '../../src/text/doc.js';

// The seed lives in the shared folder beside the repository; it is read, never copied.
const seedDir = join(packageRoot(), '..', 'shared', 'seed');

interface GoldActor {
  name: string;
  kind: string;
  code: string;
  role?: string;
  mentions: string[];
}

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** Codes agree on the country part; organisation codes (IGO/NGO) by the first three letters. */
const sameCode = (gold: string, got: string) =>
  got === gold || (/^(IGO|NGO)/.test(gold) && got.slice(0, 3) === gold.slice(0, 3));

test('every actor and mention of the seed gold is resolved', () => {
  assert.ok(existsSync(seedDir), `the seed is expected at ${seedDir}`);
  const file = readdirSync(seedDir).find((f) => f.endsWith('.txt'))!;
  const dated = parseDatedText(readFileSync(join(seedDir, file), 'utf8'))!;
  const gold = JSON.parse(readFileSync(join(seedDir, 'gold.json'), 'utf8')).actors as GoldActor[];
  const text = dated.body;
  const actors = actorsStage.run(buildDoc({ id: 'seed', date: dated.date, text }), {});
  const problems: string[] = [];
  for (const g of gold) {
    const a = actors.find((x) => x.kind === g.kind && fold(x.name) === fold(g.name));
    if (!a) {
      problems.push(`actor ${g.name} not found`);
      continue;
    }
    if (!sameCode(g.code, a.code)) problems.push(`${g.name}: code ${a.code}, want ${g.code}`);
    if (g.role && a.role !== g.role) problems.push(`${g.name}: role ${a.role}, want ${g.role}`);
    for (const m of g.mentions) {
      // Some occurrence of the gold mention text overlaps a mention of this actor.
      let found = false;
      for (let at = text.indexOf(m); at >= 0 && !found; at = text.indexOf(m, at + 1)) {
        found = a.mentions.some((x) => x.span[0] < at + m.length && at < x.span[1]);
      }
      if (!found) problems.push(`${g.name}: mention "${m}" not resolved to it`);
    }
  }
  assert.deepEqual(problems, []);
});
