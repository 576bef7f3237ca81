import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CASES } from './cases.js';
import { actorsOf } from './helpers.js';
import { parseMarkup } from './markup.js';

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

test('mention precision and recall on our own sentences', () => {
  let gold = 0;
  let predicted = 0;
  let correct = 0;
  const misses: string[] = [];
  for (const c of CASES) {
    const { text, expected } = parseMarkup(c.text);
    const actors = actorsOf(text, c.date);
    const got = actors.flatMap((a) => a.mentions.map((m) => ({ ...m, actor: a.id, code: a.code })));
    gold += expected.length;
    predicted += got.length;
    for (const e of expected) {
      const hit = got.find(
        (g) =>
          g.span[0] === e.span[0] &&
          g.span[1] === e.span[1] &&
          g.actor === e.actor &&
          (!e.code || g.code === e.code),
      );
      if (hit) correct++;
      else {
        const other = got.filter((g) => g.span[0] === e.span[0] && g.span[1] === e.span[1]);
        const as = other.length ? other.map((g) => `${g.actor}@${g.code}`).join(',') : 'nothing';
        misses.push(`miss  ${c.date} "${e.text}" want ${e.actor}${e.code ? `@${e.code}` : ''}, got ${as}`);
      }
    }
    for (const g of got) {
      if (!expected.some((e) => e.span[0] === g.span[0] && e.span[1] === g.span[1] && e.actor === g.actor))
        misses.push(`extra ${c.date} "${g.text}" as ${g.actor}@${g.code} [${g.rule}]`);
    }
  }
  const precision = correct / predicted;
  const recall = correct / gold;
  console.log(`actors mention suite: ${gold} gold mentions in ${CASES.length} texts`);
  console.log(
    `  precision ${(100 * precision).toFixed(1)}  recall ${(100 * recall).toFixed(1)}  (${correct} right)`,
  );
  for (const m of misses) console.log(`  ${m}`);
  assert.ok(gold >= 150, `the suite has ${gold} mentions, want at least 150`);
  assert.ok(precision >= 0.9, `precision ${precision.toFixed(3)} below the floor`);
  assert.ok(recall >= 0.85, `recall ${recall.toFixed(3)} below the floor`);
});
