import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dictionary, refine } from '../../src/events/dictionary.js';
import { mayHoldEvent } from '../../src/events/match.js';
import { buildDoc } from '../../src/text/doc.js';

const PLOVER = new Set([
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'COOPERATE',
  'AID',
  'CONCEDE',
  'RETREAT',
  'ACCUSE',
  'REQUEST',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'MOBILIZE',
  'SANCTION',
  'COERCE',
  'ASSAULT',
]);

test('every pattern codes a known CAMEO root with a PLOVER type (or none, for statements)', () => {
  const dict = dictionary();
  const codes = new Set<string>();
  for (const list of dict.verbs.values()) for (const p of list) codes.add(p.code);
  for (const list of dict.nouns.values()) for (const p of list) codes.add(p.code);
  for (const table of Object.values(dict.complements)) for (const c of Object.values(table)) codes.add(c);
  const roots = new Set<string>();
  for (const code of codes) {
    assert.match(code, /^\d{3,4}$/, `bad code ${code}`);
    const info = dict.cameo(code);
    roots.add(code.slice(0, 2));
    if (code.startsWith('01')) assert.equal(info.plover, '');
    else assert.ok(PLOVER.has(info.plover), `${code} → ${info.plover}`);
    assert.ok(info.quad >= 1 && info.quad <= 4);
    assert.ok(info.goldstein >= -10 && info.goldstein <= 10);
  }
  assert.equal(roots.size, 20, 'all 20 CAMEO roots are covered');
});

test('patterns are ordered most specific first and carry their rule id', () => {
  const dict = dictionary();
  const reject = dict.verbs.get('reject');
  assert.ok(reject && reject.length > 1);
  for (let i = 1; i < reject.length; i++) assert.ok(reject[i - 1].weight >= reject[i].weight);
  for (const p of reject) assert.match(p.rule, /^verbs\/\d{3,4}#\d+$/);
});

test('complement refinement falls back from full code to 3 digits to root', () => {
  const dict = dictionary();
  assert.equal(refine(dict, 'threat', '163', '130'), '1312');
  assert.equal(refine(dict, 'threat', '1634', '130'), '1312');
  assert.equal(refine(dict, 'intent', '042', '030'), '036');
  assert.equal(refine(dict, 'refuse', '0999', '120'), '120');
});

test('the sentence pre-filter needs a known head with all its pattern words present', () => {
  const dict = dictionary();
  const holds = (text: string) => {
    const doc = buildDoc({ id: 't', date: null, text });
    const s = doc.sentences[0];
    return mayHoldEvent(dict, doc, doc.lemmas(), s.firstToken, s.endToken);
  };
  // "go" codes only with its words ("go on strike"), so a bare "went home" is skipped.
  assert.equal(holds('The minister went home.'), false);
  assert.equal(holds('The dockers went on strike.'), true);
  assert.equal(holds('The envoy accused the rebels.'), true);
  // A speaker's "X must ..." may be a demand.
  assert.equal(holds('The minister said the talks must go on.'), true);
  // Inflected forms are found by their base forms.
  for (const [form, base] of [
    ['accused', 'accuse'],
    ['stopped', 'stop'],
  ] as const) {
    if (dict.verbs.has(base)) assert.ok(dict.inflected.has(form), form);
  }
});
