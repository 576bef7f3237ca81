import assert from 'node:assert/strict';
import { test } from 'node:test';
import { coderOn, counted } from './helpers.js';

const code = coderOn('2025-06-10');

test('"X, who signed the accord, praised it": the main verb is X\'s, not the accord\'s', () => {
  const events = code(
    'Finnish Trade Minister Aino Salmi, who signed the accord in Geneva on Monday, praised it on Friday.',
    [['Finnish Trade Minister Aino Salmi', 'FINGOV']],
  );
  const praised = events.find((e) => e.trigger?.text === 'praised');
  assert.equal(praised?.source?.code, 'FINGOV');
});

test('"X, who signed the accord, called it ...": with no main event the relative clause counts, as X\'s', () => {
  const signed = code(
    'Finnish Trade Minister Aino Salmi, who signed the accord in Geneva on Monday, called it a good day.',
    [['Finnish Trade Minister Aino Salmi', 'FINGOV']],
  ).find((e) => e.trigger?.text === 'signed');
  assert.equal(signed?.source?.code, 'FINGOV');
  assert.ok(signed?.counts);
});

test('a relative clause after a comma keeps its antecedent as the doer of a passive target', () => {
  const e = code("The note was handed to Serbia's ambassador, who was summoned to the ministry on Monday.", [
    ["Serbia's ambassador", 'SRBGOV'],
  ]).find((x) => x.trigger?.text === 'summoned');
  assert.equal(e?.target?.code, 'SRBGOV');
});

test('a past-tense verb after "and" is not coordinated with a to-infinitive before it', () => {
  const e = counted(
    code(
      'The summit opened a week after Moldova rejected a deadline to hand over Ivan Petrov and Olga Sirbu, and ordered border drills.',
      [['Moldova', 'MDA']],
    ),
  ).find((x) => x.trigger?.text === 'ordered');
  assert.equal(e?.source?.code, 'MDA', 'Moldova ordered the drills, not the two people to be handed over');
  assert.equal(e?.sources, undefined);
});

test('a past-tense verb after "and" is not coordinated with a verb under a modal', () => {
  const e = counted(
    code(
      'The minister said Tbilisi would answer any embargo in kind and warned that Armenian trucks could face delays.',
      [
        ['The minister', 'GEOGOV'],
        ['Tbilisi', 'GEO'],
        ['Armenian', 'ARM'],
      ],
    ),
  ).find((x) => x.trigger?.text === 'warned');
  assert.equal(e?.source?.code, 'GEOGOV', 'the minister warned, not Tbilisi');
});

test('an until-clause under a modal inside a reported clause is hypothetical', () => {
  const e = code('Officials said the port would stay shut to tankers until inspectors had examined it.').find(
    (x) => x.trigger?.text === 'examined',
  );
  if (e) {
    assert.equal(e.modality, 'hypothetical');
    assert.equal(e.counts, false);
  }
});

test('holding up a noun event is not doing it ("have delayed sanctions")', () => {
  const events = code('Malta and Cyprus, which have often delayed sanctions, raised no objections.', [
    ['Malta', 'MLT'],
    ['Cyprus', 'CYP'],
  ]);
  assert.ok(!events.some((e) => e.code.startsWith('16') && e.counts));
});

test('"urged the government to close the crossings with X": X is neither hearer nor doer', () => {
  const e = counted(
    code(
      'Deputies from two parties urged the government to halt rail freight at the last crossings with Moldova.',
      [['Moldova', 'MDA']],
    ),
  )[0];
  assert.ok(e);
  assert.equal(e.code.slice(0, 2), '02');
  assert.equal(e.target, null, 'the hearer is the government, not the country in the phrase');
  assert.equal(e.source, null, 'the country named only after "with" is no home for the deputies');
});

test('a country named outside such a phrase still gives an unknown doer its side', () => {
  const e = counted(
    code('The Moldovan Socialist Bloc urged the government to halt rail freight at the last crossings.', [
      ['Moldovan', 'MDA'],
    ]),
  )[0];
  assert.equal(e?.source?.code, 'MDA');
});

test('"spoke by phone with counterparts in Oslo, Helsinki and Tallinn": all three are targets', () => {
  const e = counted(
    code(
      'The Danish minister said she had spoken by phone with counterparts in Oslo, Helsinki and Tallinn.',
      [
        ['The Danish minister', 'DNKGOV'],
        ['Oslo', 'NOR'],
        ['Helsinki', 'FIN'],
        ['Tallinn', 'EST'],
      ],
    ),
  )[0];
  assert.equal(e?.code.slice(0, 2), '04');
  const all = [e.target, ...(e.targets ?? [])].map((t) => t?.code);
  assert.deepEqual(all, ['NOR', 'FIN', 'EST']);
});

test('a venue after a partner that is an actor stays a venue', () => {
  const e = counted(
    code('The Danish minister met the Estonian premier in Oslo on Monday.', [
      ['The Danish minister', 'DNKGOV'],
      ['the Estonian premier', 'ESTGOV'],
      ['Oslo', 'NOR'],
    ]),
  )[0];
  assert.equal(e?.target?.code, 'ESTGOV');
  assert.ok(!(e.targets ?? []).some((t) => t.code === 'NOR'));
});

test('no last-resort target from a clause of time, a semicolon, a coordinated clause or a participle clause', () => {
  const table: [string, string][] = [
    ['Chile', 'CHL'],
    ['Peru', 'PER'],
    ['Lima', 'PER'],
  ];
  const agreed = code(
    'Chile agreed to keep the tariff plan on hold while talks in Lima continue.',
    table,
  ).find((e) => e.trigger?.text === 'agreed');
  assert.equal(agreed?.target, null, "the venue of the while-clause is nobody's counterpart");
  const semi = code(
    'Chile did not agree to lift the quota first; Peru refused to reopen the port.',
    table,
  ).find((e) => e.trigger?.text === 'agree');
  assert.equal(semi?.target, null);
  const accused = code(
    'Chile has accused the two fishermen of smuggling and has ignored appeals from Peru to free them.',
    table,
  ).find((e) => e.trigger?.text === 'accused');
  assert.equal(accused?.source?.code, 'CHL');
  assert.equal(accused?.target, null, 'Peru appealed; it was not accused');
});

test('a condition still names the target of a threat', () => {
  const e = counted(
    code('Chile threatened to halt the talks if Peru goes ahead with the new quota.', [
      ['Chile', 'CHL'],
      ['Peru', 'PER'],
    ]),
  )[0];
  assert.equal(e?.target?.code, 'PER');
});

test('"dismissed the claim, saying Ortega was ...": the participle clause gives no target to a verbal act', () => {
  const e = code('Salinas dismissed the claim, saying Ortega was reading from a script.', [
    ['Salinas', 'CHLGOV'],
    ['Ortega', 'PERGOV'],
  ]).find((x) => x.trigger?.text === 'dismissed');
  assert.equal(e?.source?.code, 'CHLGOV');
  assert.equal(e?.target, null);
});

test('a future force posture aimed at nobody is no threat (stays 15x); aimed at another country it is', () => {
  const own = counted(
    code('Norway said it would reinforce its battalion in the north with 300 troops.', [['Norway', 'NOR']]),
  )[0];
  assert.equal(own?.code.slice(0, 2), '15');
  assert.equal(own.modality, 'future');
  const other = counted(
    code('Minsk said it would send 200 soldiers to Estonia in the autumn.', [
      ['Minsk', 'BLR'],
      ['Estonia', 'EST'],
    ]),
  )[0];
  assert.equal(other?.code, '138');
});

test('"said X was open to talks but that Y had to ...": the second complement gives no target', () => {
  const e = counted(
    code('He said Chile was "open to a truce" but that Peru had to stop its patrols.', [
      ['He', 'CHLGOV'],
      ['Chile', 'CHL'],
      ['Peru', 'PER'],
    ]),
  ).find((x) => x.code.startsWith('03'));
  assert.ok(e);
  assert.notEqual(e.target?.code, 'PER');
});

test('"X, in turn, did not agree": a parenthetical after the subject keeps it the subject', () => {
  const e = code('Peru, in turn, refused to lift the quota on Chilean fishing boats.', [
    ['Peru', 'PER'],
    ['Chilean', 'CHL'],
  ]).find((x) => x.trigger?.text === 'refused');
  assert.equal(e?.source?.code, 'PER');
});

test('a clause joined by "and" to an if-clause is part of the condition', () => {
  const events = code(
    'If the fishermen are freed and the gunboats are withdrawn, Chile would lift the embargo.',
    [['Chile', 'CHL']],
  );
  const withdrawn = events.find((e) => e.trigger?.text === 'withdrawn');
  assert.ok(withdrawn);
  assert.equal(withdrawn.modality, 'hypothetical');
  assert.equal(withdrawn.counts, false);
});

test('a relative clause on the object names no counterpart of the act', () => {
  const e = counted(
    code(
      'The cabinet of Chile agreed to prepare port restrictions that would apply if Peruvian trawlers enter its waters.',
      [
        ['Chile', 'CHL'],
        ['Peruvian', 'PER'],
      ],
    ),
  ).find((x) => x.trigger?.text === 'agreed');
  assert.ok(e);
  assert.equal(e.target, null);
});

test('"gave X 48 hours to free the men held near the border, and warned of measures": the giver warns', () => {
  const e = counted(
    code(
      'Chile on Monday gave Peru 48 hours to free three fishermen seized near the Arica crossing, and warned of “further steps” if the deadline passed.',
      [
        ['Chile', 'CHL'],
        ['Peru', 'PER'],
      ],
    ),
  ).find((x) => x.trigger?.text === 'warned');
  assert.equal(e?.code.slice(0, 2), '13');
  assert.equal(e?.source?.code, 'CHL');
});

test('"handed him a note demanding ...": the one handed the note is the demand\'s target', () => {
  const e = counted(
    code(
      "The ministry in Lima summoned Chile's envoy and handed Ambassador Rojas a note demanding the boats' return.",
      [
        ['Lima', 'PER'],
        ["Chile's envoy", 'CHLGOV'],
        ['Ambassador Rojas', 'CHLGOV'],
      ],
    ),
  ).find((x) => x.trigger?.text === 'demanding');
  assert.equal(e?.source?.code, 'PER');
  assert.equal(e?.target?.code, 'CHLGOV');
});
