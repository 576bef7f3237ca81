import assert from 'node:assert/strict';
import { test } from 'node:test';
import { actorsStage } from '../../src/actors/index.js';
import { buildDoc } from '../../src/text/doc.js';
import { toBundled } from './bundled-ids.js';
import { CASES } from './cases.js';
import { actorsOf } from './helpers.js';
import { parseMarkup } from './markup.js';
import { type SuiteScore, scoreSuite } from './score.js';

test('the markup reader keeps nested marks and several actors per span', () => {
  const { text, expected } = parseMarkup('{{A}=x:1 b}=y:2@C2 and {c}=p+q.');
  assert.equal(text, 'A b and c.');
  assert.deepEqual(
    expected.map((e) => [e.text, e.actor, e.code]),
    [
      ['A', 'x:1', undefined],
      ['A b', 'y:2', 'C2'],
      ['c', 'p', undefined],
      ['c', 'q', undefined],
    ],
  );
});

function report(label: string, s: SuiteScore): void {
  console.log(`actors mention suite (${label}): ${s.gold} gold mentions in ${CASES.length} texts`);
  console.log(
    `  precision ${(100 * s.precision).toFixed(1)}  recall ${(100 * s.recall).toFixed(1)}  (${s.correct} right)`,
  );
  for (const m of s.misses) console.log(`  ${m}`);
}

test('mention precision and recall on our own sentences (fixture data)', () => {
  const s = scoreSuite(CASES, actorsOf);
  report('fixture data', s);
  assert.ok(s.gold >= 150, `the suite has ${s.gold} mentions, want at least 150`);
  assert.ok(s.precision >= 0.9, `precision ${s.precision.toFixed(3)} below the floor`);
  assert.ok(s.recall >= 0.85, `recall ${s.recall.toFixed(3)} below the floor`);
});

test('mention precision and recall on our own sentences (bundled data)', () => {
  const run = (text: string, date: string | null) =>
    actorsStage.run(buildDoc({ id: 'test', date, text }), {});
  const s = scoreSuite(CASES, run, toBundled);
  report('bundled data', s);
  assert.ok(s.gold >= 150, `the suite has ${s.gold} mentions, want at least 150`);
  assert.ok(s.precision >= 0.9, `precision ${s.precision.toFixed(3)} below the floor`);
  assert.ok(s.recall >= 0.85, `recall ${s.recall.toFixed(3)} below the floor`);
});

test('"... Service", "... Authority" end an agency\'s name: its last word is no person (bundled data)', () => {
  for (const text of [
    "Norway's Coast Guard Service said the crew was safe.",
    'The Harbour Safety Authority said the crew was safe.',
  ]) {
    const actors = actorsStage.run(buildDoc({ id: 'test', date: '2024-05-02', text }), {});
    const people = actors.filter((a) => a.kind === 'person').map((a) => a.name);
    assert.deepEqual(people, [], text);
  }
});

test("the North Atlantic Council is NATO's own decision body (bundled data)", () => {
  const text = 'The North Atlantic Council urged Serbia to pull back its tanks.';
  const actors = actorsStage.run(buildDoc({ id: 'test', date: '2024-05-02', text }), {});
  assert.ok(actors.some((a) => a.code === 'IGOWSTNAT' && a.mentions.some((m) => /Council/.test(m.text))));
});
