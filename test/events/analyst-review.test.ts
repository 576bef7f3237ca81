import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Actor, ActorKind } from '../../src/contract/extraction.js';
import { dictionary } from '../../src/events/dictionary.js';
import { eventsStage } from '../../src/events/index.js';
import { buildDoc } from '../../src/text/doc.js';
import { coderOn, counted } from './helpers.js';

const code = coderOn('2025-06-10');

test('alliances: members of one alliance in the given year, and the alliance and its members', () => {
  const dict = dictionary();
  assert.ok(dict.allied('NOR', 'LVA', 2025));
  assert.ok(dict.allied('NORMIL', 'LVAGOV', 2025));
  assert.ok(dict.allied('IGOWSTNAT', 'EST', 2025));
  assert.ok(!dict.allied('NOR', 'LVA', 1998), 'Latvia joined in 2004');
  assert.ok(!dict.allied('FIN', 'NOR', 2020), 'Finland was in the EU, Norway in NATO, neither in both');
  assert.ok(dict.allied('FIN', 'NOR', 2024));
  assert.ok(!dict.allied('RUS', 'EST', 2025));
  assert.ok(!dict.allied('NOR', 'NORMIL', 2025), 'a country is not its own ally');
});

test('"will send soldiers to" an ally is an intent to protect it (0334), not a threat', () => {
  const e = counted(
    code('Oslo said it would send 200 soldiers to Latvia in the autumn.', [
      ['Oslo', 'NOR'],
      ['Latvia', 'LVA'],
    ]),
  )[0];
  assert.equal(e.code, '0334');
  assert.equal(e.source?.code, 'NOR');
  assert.equal(e.target?.code, 'LVA');
  assert.match(e.rule, /\+ally→protect/);
});

test('sending soldiers towards a country with no alliance known stays a threat', () => {
  const e = counted(
    code('Minsk said it would send 200 soldiers to Estonia in the autumn.', [
      ['Minsk', 'BLR'],
      ['Estonia', 'EST'],
    ]),
  )[0];
  assert.equal(e.code, '138');
});

test('forces arriving somewhere are deployed (154), not visiting (042)', () => {
  const e = counted(
    code('Danish reinforcements began arriving in the harbour town on Friday.', [['Danish', 'DNK']]),
  )[0];
  assert.equal(e.code, '154');
  assert.equal(e.source?.code, 'DNK');
  assert.equal(e.target, null, 'a posture at home aims at nobody');
  const visit = counted(
    code('The Danish minister arrived in the harbour town on Friday.', [['Danish', 'DNK']]),
  )[0];
  assert.equal(visit.code, '042');
});

test('forces arriving in an allied country protect it (074)', () => {
  const e = counted(
    code('Dutch troops arrived in Estonia on Friday.', [
      ['Dutch', 'NLD'],
      ['Estonia', 'EST'],
    ]),
  )[0];
  assert.equal(e.code, '074');
  assert.equal(e.target?.code, 'EST');
});

test('"diplomats in <capital>" are not that country; "officials in <capital>" are', () => {
  const posted = code('Negotiators in Oslo signed the accord on Thursday.', [['Oslo', 'NOR']]);
  assert.ok(posted.length > 0);
  assert.ok(posted.every((e) => e.source?.code !== 'NOR'));
  const own = counted(code('Officials in Oslo rejected the accord on Thursday.', [['Oslo', 'NOR']]))[0];
  assert.equal(own.source?.code, 'NOR');
});

test('ordering or holding drills is a show of force (150), not a demand', () => {
  const e = counted(
    code('Serbia on Monday ordered military drills near the border.', [['Serbia', 'SRB']]),
  )[0];
  assert.equal(e.code, '150');
  assert.equal(e.source?.code, 'SRB');
});

test('"by not returning fire": a negator before a gerund negates it', () => {
  const events = code('The Estonian commander praised his men for not returning fire.', [
    ['Estonian', 'EST'],
  ]);
  const fire = events.find((e) => e.code === '190');
  assert.ok(fire);
  assert.equal(fire.negated, true);
  assert.equal(fire.counts, false);
  const asserted = code('Estonian guards returned fire on Monday.', [['Estonian', 'EST']]).find(
    (e) => e.code === '190',
  );
  assert.equal(asserted?.negated, false);
});

test('a bare verb after "and" shares the modal of its coordinated verb', () => {
  const obliged = code('Chile would have to pay compensation and apologise to Peru.', [
    ['Chile', 'CHL'],
    ['Peru', 'PER'],
  ]).find((e) => e.trigger?.text === 'apologise');
  assert.ok(obliged);
  assert.equal(obliged.counts, false, 'an obligation, not an apology');
  const future = code('Chile will meet Peru next week and sign a trade pact.', [
    ['Chile', 'CHL'],
    ['Peru', 'PER'],
  ]).find((e) => e.trigger?.text === 'sign');
  assert.equal(future?.modality, 'future');
  const past = code('Chile met Peru on Monday and signed a trade pact.', [
    ['Chile', 'CHL'],
    ['Peru', 'PER'],
  ]).find((e) => e.trigger?.text === 'signed');
  assert.equal(past?.modality, 'asserted');
});

test('"its patrol was fired upon": a stranded preposition makes the passive subject the target', () => {
  const e = code('The Serbian patrol was fired upon near the river on Monday.', [['Serbian', 'SRB']]).find(
    (x) => x.code === '190',
  );
  assert.ok(e);
  assert.equal(e.source, null, 'nobody named fired');
  assert.equal(e.target?.code, 'SRB');
});

test('a city named as an organisation seat after "in" is the venue of a meeting, not its counterpart', () => {
  const text = 'Ambassadors of the alliance met in Brussels on Thursday.';
  const at = text.indexOf('Brussels');
  const actors: Actor[] = [
    {
      id: 'eu',
      name: 'European Union',
      kind: 'organization',
      code: 'IGOEUREEC',
      mentions: [{ span: [at, at + 8], text: 'Brussels', rule: 'gazetteer/org-seat' }],
    },
  ];
  const doc = buildDoc({ id: 't', date: '2025-06-10', text });
  const events = eventsStage.run(doc, { actors, timexes: [], quotes: [] });
  const met = events.find((e) => e.trigger?.text === 'met');
  assert.ok(met);
  assert.equal(met.target, null);
});

test('the venue of a signing is not its doer', () => {
  const events = code(
    'Its foreign minister, who signed the accord in Oslo on Monday, called it a good day.',
    [['Oslo', 'NOR']],
  );
  const signed = events.find((e) => e.trigger?.text === 'signed');
  assert.ok(signed);
  assert.equal(signed.source, null);
});

test('"Her Bolivian counterpart": the possessive is whose counterpart, the named country is the side', () => {
  const events = code('Her Bolivian counterpart said he was ready to talk to Peru.', [
    ['Her', 'CHLGOV'],
    ['Bolivian', 'BOL'],
    ['Peru', 'PER'],
  ]);
  const e = counted(events)[0];
  assert.ok(e);
  assert.equal(e.source?.code, 'BOL');
  const own = counted(
    code('Her government said it was ready to talk to Peru.', [
      ['Her', 'CHLGOV'],
      ['Peru', 'PER'],
    ]),
  )[0];
  assert.equal(own?.source?.code, 'CHLGOV', 'a possessive alone still gives the side');
});

test("a speaker of another side: the sentence's one country is no clue to an unnamed doer", () => {
  const table: [string, string, ActorKind?][] = [
    ['NATO', 'IGOWSTNAT', 'organization'],
    ['Oslo', 'NOR'],
  ];
  const e = counted(
    code(
      'A NATO official said defence ministers would discuss the plan on Friday, whatever happens in Oslo.',
      table,
    ),
  ).find((x) => x.trigger?.text === 'discuss');
  assert.ok(e);
  assert.equal(e.source, null);
  const home = counted(
    code('A Norwegian official said the Green Party would boycott the vote in Oslo.', [['Norwegian', 'NOR']]),
  ).find((x) => x.trigger?.text === 'boycott');
  assert.equal(home?.source?.code, 'NOR', 'a speaker of that country keeps the rule');
});

test('a failure to agree by a compound subject is mutual; its venue is no counterpart', () => {
  const table: [string, string, ActorKind?][] = [
    ['Chile', 'CHL'],
    ['Peru', 'PER'],
    ['Oslo', 'NOR'],
  ];
  const e = counted(
    code('Chile and Peru failed on Friday to agree on a new border line at talks in Oslo.', table),
  )[0];
  assert.equal(e.code.slice(0, 2), '12');
  assert.equal(e.source?.code, 'CHL');
  assert.equal(e.target?.code, 'PER');
});

test('a warning of what a thing could bring is a pessimistic comment (012), not a threat', () => {
  const table: [string, string, ActorKind?][] = [
    ['Chile', 'CHL'],
    ['Peru', 'PER'],
  ];
  const comment = code('Chile warned that the new tariff could slow growth in Peru.', table)[0];
  assert.equal(comment.code, '012');
  assert.equal(comment.source?.code, 'CHL');
  const threat = code('Chile warned that it could close the border to Peru.', table)[0];
  assert.equal(threat.code.slice(0, 2), '13');
});

test('"would stay ... until X had completed": the until-clause under a modal main clause is unreal', () => {
  const table: [string, string, ActorKind?][] = [['Peruvian', 'PER']];
  const unreal = code(
    'The men would stay in custody until Peruvian investigators had completed their inquiry.',
    table,
  ).find((e) => e.trigger?.text === 'completed');
  assert.ok(unreal);
  assert.equal(unreal.modality, 'hypothetical');
  assert.equal(unreal.counts, false);
  const real = code(
    'The men stayed in custody until Peruvian investigators completed their inquiry.',
    table,
  ).find((e) => e.trigger?.text === 'completed');
  assert.notEqual(real?.modality, 'hypothetical');
});

test('a thing in the second half of a split object group ("snap | military drills") still matches', () => {
  const e = counted(
    code('Serbia on Wednesday ordered snap military drills near the border.', [['Serbia', 'SRB']]),
  )[0];
  assert.equal(e.code, '150');
});

test('a verb whose lemma the tagger gets wrong is matched by its written form ("staged" is no "stag")', () => {
  const text = 'Serbia staged military drills near the river on Monday.';
  const drills = counted(code(text, [['Serbia', 'SRB']]));
  assert.deepEqual(
    drills.map((e) => [e.code, e.trigger?.text, e.source?.code]),
    [['150', 'staged', 'SRB']],
  );
});
