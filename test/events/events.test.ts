import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Actor } from '../../src/contract/extraction.js';
import { sentenceFrames, subjectOf } from '../../src/events/frames.js';
import { eventsStage } from '../../src/events/index.js';
import { buildDoc } from '../../src/text/doc.js';
import { actorsFor, coderOn, counted } from './helpers.js';

const code = coderOn('2023-05-04');

test('an accusation takes source from the subject and target from the object', () => {
  const [e] = code('Brazil accused Peru of stealing its water.', [
    ['Brazil', 'BRA'],
    ['Peru', 'PER'],
  ]);
  assert.equal(e.code.slice(0, 2), '11');
  assert.equal(e.plover, 'ACCUSE');
  assert.equal(e.source?.code, 'BRA');
  assert.equal(e.target?.code, 'PER');
  assert.match(e.rule, /^verbs\/112#/);
  assert.equal(e.quadClass, 3);
  assert.ok(typeof e.goldstein === 'number' && e.goldstein < 0);
});

test('passive voice: the by-phrase is the source, the subject the target', () => {
  const events = code('The proposals from Chile were rejected by Argentina and Bolivia last week.', [
    ['Chile', 'CHL'],
    ['Argentina', 'ARG'],
    ['Bolivia', 'BOL'],
  ]);
  const e = counted(events)[0];
  assert.equal(e.plover, 'REJECT');
  assert.equal(e.source?.code, 'ARG');
  assert.deepEqual(
    e.sources?.map((s) => s.code),
    ['BOL'],
  );
  assert.equal(e.target?.code, 'CHL');
});

test('sanctions against a country, imposed by the subject', () => {
  const [e] = counted(
    code('Japan imposed new sanctions against Iran on Monday.', [
      ['Japan', 'JPN'],
      ['Iran', 'IRN'],
    ]),
  );
  assert.equal(e.plover, 'SANCTION');
  assert.equal(e.code, '163');
  assert.equal(e.source?.code, 'JPN');
  assert.equal(e.target?.code, 'IRN');
});

test('a meeting held in a place with a visitor: the with-phrase is the target', () => {
  const [e] = counted(
    code('The Polish president held a meeting in Warsaw with Czech premier Jan Novak.', [
      ['Polish president', 'POLGOV', 'person'],
      ['Czech premier Jan Novak', 'CZEGOV', 'person'],
    ]),
  );
  assert.equal(e.plover, 'CONSULT');
  assert.equal(e.source?.code, 'POLGOV');
  assert.equal(e.target?.code, 'CZEGOV');
});

test('reported speech: the embedded event, reported by the speaker, and the statement linked to it', () => {
  const events = code("Lula said the North ignored Brazil's requests.", [
    ['Lula', 'BRAGOV', 'person'],
    ['Brazil', 'BRA'],
    ['the North', 'NTH', 'group'],
  ]);
  const embedded = events.find((e) => e.plover === 'REJECT');
  assert.ok(embedded, 'the embedded rejection is coded');
  assert.equal(embedded.source?.code, 'NTH');
  assert.equal(embedded.target?.code, 'BRA');
  assert.equal(embedded.reportedBy?.code, 'BRAGOV');
  const statement = events.find((e) => e.linked === embedded.id);
  assert.ok(statement, 'the statement is linked');
  assert.equal(statement.source?.code, 'BRAGOV');
  assert.equal(statement.target?.code, 'NTH');
});

test('negation: an event that did not happen is kept, negated, and does not count', () => {
  const events = code('Kenya has not given any aid to Somalia.', [
    ['Kenya', 'KEN'],
    ['Somalia', 'SOM'],
  ]);
  assert.equal(events.length, 1);
  assert.equal(events[0].negated, true);
  assert.equal(events[0].counts, false);
});

test('purpose and conditional clauses are hypothetical', () => {
  const purpose = code('Ottawa wants to force its partners to impose sanctions on Minsk.', [
    ['Ottawa', 'CAN'],
    ['Minsk', 'BLR'],
  ]);
  for (const e of purpose.filter((x) => x.plover === 'SANCTION')) assert.equal(e.modality, 'hypothetical');
  assert.equal(counted(purpose).filter((e) => e.plover === 'SANCTION').length, 0);
  const conditional = code('Chad will respond if Sudan attacks the border towns.', [
    ['Chad', 'TCD'],
    ['Sudan', 'SDN'],
  ]);
  const attack = conditional.find((e) => e.plover === 'ASSAULT');
  assert.ok(attack);
  assert.equal(attack.modality, 'hypothetical');
  assert.equal(attack.counts, false);
});

test('future acts are intents: "will meet" is an intent to meet (036), counted', () => {
  const [e] = code('Egypt will meet Jordan next month.', [
    ['Egypt', 'EGY'],
    ['Jordan', 'JOR'],
  ]);
  assert.equal(e.modality, 'future');
  assert.equal(e.code, '036');
  assert.equal(e.plover, 'AGREE');
  assert.equal(e.counts, true);
});

test('a threat with a complement is refined by it', () => {
  const [e] = code("Ghana threatened to expel Togo's diplomats.", [
    ['Ghana', 'GHA'],
    ['Togo', 'TGO'],
  ]);
  assert.equal(e.plover, 'THREATEN');
  assert.equal(e.code, '136');
  assert.equal(e.target?.code, 'TGO');
});

test('past background: an earlier year in the clause marks the event past and dates it', () => {
  const events = code('Serbia seized the town of Vukovar in 1991.', [['Serbia', 'SRB']], '2023-05-04');
  const e = events[0];
  assert.equal(e.modality, 'past');
  assert.equal(e.date, '1991');
});

test('a media outlet is never a participant', () => {
  const [e] = code('Reuters reported that Mali expelled French troops.', [
    ['Reuters', 'GBRMED', 'media'],
    ['Mali', 'MLI'],
    ['French', 'FRA'],
  ]);
  assert.equal(e.source?.code, 'MLI');
  assert.equal(e.target?.code, 'FRA');
});

test('the event date is the article date when the sentence has no time expression', () => {
  const [e] = code('Peru praised Chile.', [], '2021-03-09');
  assert.equal(e.date, '2021-03-09');
  assert.deepEqual(e.sentence, [0, 19]);
  assert.equal(e.trigger?.text, 'praised');
});

test('a speaker saying another party must act is a demand on that party', () => {
  const events = code('Norway said Denmark must return the stolen paintings.', [
    ['Norway', 'NOR'],
    ['Denmark', 'DNK'],
  ]);
  const e = counted(events)[0];
  assert.equal(e.plover, 'REQUEST');
  assert.equal(e.root, '10');
  assert.equal(e.source?.code, 'NOR');
  assert.equal(e.target?.code, 'DNK');
});

test('a future act with an unless-clause is a threat', () => {
  const [e] = counted(
    code('Niger announced that it will withdraw its soldiers from Mali unless the junta holds elections.', [
      ['Niger', 'NER'],
      ['it', 'NER'],
      ['Mali', 'MLI'],
    ]),
  );
  assert.equal(e.plover, 'THREATEN');
  assert.match(e.rule, /unless/);
});

test('an appeal: "called on X to" takes X as target and refines by the complement', () => {
  const [e] = code('Spain called on Morocco to release the fishermen.', [
    ['Spain', 'ESP'],
    ['Morocco', 'MAR'],
  ]);
  assert.equal(e.plover, 'REQUEST');
  assert.equal(e.code, '0253');
  assert.equal(e.target?.code, 'MAR');
});

test('a meeting named in a phrase of its own is coded with the main clause subject as source', () => {
  const events = code(
    'After a meeting in Vienna with Slovak leader Ivan Kral, the Czech premier said talks went well.',
    [
      ['Slovak leader Ivan Kral', 'SVKGOV', 'person'],
      ['Czech premier', 'CZEGOV', 'person'],
    ],
  );
  const meeting = events.find((e) => e.plover === 'CONSULT');
  assert.ok(meeting);
  assert.equal(meeting.source?.code, 'CZEGOV');
  assert.equal(meeting.target?.code, 'SVKGOV');
  assert.match(meeting.rule, /^nouns\/040#/);
});

test('once actors are known, an event whose doer is a bare pronoun is kept but does not count', () => {
  const events = code('Somebody attacked the depot. Peru praised Chile.', [
    ['Peru', 'PER'],
    ['Chile', 'CHL'],
  ]);
  assert.deepEqual(
    counted(events).map((e) => e.plover),
    ['SUPPORT'],
  );
  assert.ok(events.some((e) => e.plover === 'ASSAULT' && !e.counts && e.source === null));
});

test('a named doer the actors stage does not know still reports its sentence, once', () => {
  const events = code('Masked gunmen attacked the depot and burned the trucks. Peru praised Chile.', [
    ['Peru', 'PER'],
    ['Chile', 'CHL'],
  ]);
  const first = counted(events).filter((e) => e.sentence?.[0] === 0);
  assert.equal(first.length, 1);
  assert.equal(first[0].plover, 'ASSAULT');
  assert.equal(first[0].source, null);
});

test('with no named doer, the country where it happened is the source', () => {
  const [e] = counted(
    code('Two aid workers from Chile were detained in Peru on Sunday.', [
      ['Chile', 'CHL'],
      ['Peru', 'PER'],
    ]),
  );
  assert.equal(e.plover, 'COERCE');
  assert.equal(e.source?.code, 'PER');
  assert.equal(e.target?.code, 'CHL');
});

test("a protest with no named target is aimed at the protesters' own country", () => {
  const [e] = counted(code('Peruvian farmers protested on Monday.', [['Peruvian', 'PER']]));
  assert.equal(e.plover, 'PROTEST');
  assert.equal(e.source?.code, 'PER');
  assert.equal(e.target?.code, 'PER');
});

test('the owner of a group: "fighters loyal to X" act for X', () => {
  const [e] = counted(code('Fighters loyal to Chile shelled the town.', [['Chile', 'CHL']]));
  assert.equal(e.plover, 'ASSAULT');
  assert.equal(e.source?.code, 'CHL');
});

test('a pledge of an amount of aid is an intent to give aid, aimed at the to-phrase', () => {
  const [e] = code('Norway pledged $300 million in relief aid to Sudan.', [
    ['Norway', 'NOR'],
    ['Sudan', 'SDN'],
  ]);
  assert.equal(e.plover, 'AGREE');
  assert.equal(e.root, '03');
  assert.equal(e.source?.code, 'NOR');
  assert.equal(e.target?.code, 'SDN');
});

test('the noun phrase a verb acts on may carry the target as a modifier', () => {
  const [e] = code("Ankara rejected Athens's proposal for joint patrols.", [
    ['Ankara', 'TUR'],
    ['Athens', 'GRC'],
  ]);
  assert.equal(e.plover, 'REJECT');
  assert.equal(e.source?.code, 'TUR');
  assert.equal(e.target?.code, 'GRC');
});

test('dates come from the time stage: the clause timex, precision kept; an earlier one marks the past', () => {
  const text = 'Greece protested to Turkey on 3 March over an incursion.';
  const doc = buildDoc({ id: 't', date: '2023-05-04', text });
  const at = text.indexOf('3 March');
  const timexes = [
    {
      span: [at, at + 7] as [number, number],
      text: '3 March',
      type: 'DATE' as const,
      value: '2023-03-03',
      rule: 'test',
    },
  ];
  const [e] = eventsStage.run(doc, {
    actors: actorsFor(text, [
      ['Greece', 'GRC'],
      ['Turkey', 'TUR'],
    ]),
    timexes,
    quotes: [],
  });
  assert.equal(e.date, '2023-03-03');
  assert.equal(e.modality, 'past');
  const monthOnly = [{ ...timexes[0], value: '2023-05' }];
  const [same] = eventsStage.run(doc, { actors: [], timexes: monthOnly, quotes: [] });
  assert.equal(same.date, '2023-05');
  assert.equal(same.modality, 'asserted');
  // The day before the article is the news itself, not background.
  const yesterday = [{ ...timexes[0], value: '2023-05-03' }];
  const [news] = eventsStage.run(doc, { actors: [], timexes: yesterday, quotes: [] });
  assert.equal(news.date, '2023-05-03');
  assert.equal(news.modality, 'asserted');
});

test('once actors are known, a deed with no doer is kept but does not count', () => {
  const events = code('The Danish embassy was attacked on Friday.', [['Danish', 'DNK']]);
  assert.equal(events.length, 1);
  assert.equal(events[0].source, null);
  assert.equal(events[0].target?.code, 'DNK');
  assert.equal(events[0].counts, false);
});

test('reported speech: an unresolved pronoun subject stands for the speaker', () => {
  const [e] = code('Jordan says it will not admit any more refugees.', [['Jordan', 'JOR']]);
  assert.equal(e.plover, 'REJECT');
  assert.equal(e.source?.code, 'JOR');
  assert.equal(e.counts, true);
});

test('a pronoun pointing back at the doer is not the target: the actor named next is', () => {
  const text = 'The WHO reiterated its demand that Chile open the border.';
  const [e] = code(text, [
    ['WHO', 'IGOUNOHLH', 'organization'],
    ['its', 'IGOUNOHLH', 'organization'],
    ['Chile', 'CHL'],
  ]);
  assert.equal(e.plover, 'REQUEST');
  assert.equal(e.source?.code, 'IGOUNOHLH');
  assert.equal(e.target?.code, 'CHL');
});

test('the same country named anew (not by a pronoun) may still be the target', () => {
  const text = 'Peruvian farmers demanded a truce with the army in northern Peru.';
  const [e] = code(text, [
    ['Peruvian', 'PER'],
    ['Peru', 'PER'],
  ]);
  assert.equal(e.plover, 'REQUEST');
  assert.equal(e.target?.code, 'PER');
});

test('a country nested in a longer mention is not a second doer, so it can be the target', () => {
  const text = 'The Spanish government banned a separatist party in Catalonia.';
  const actors = actorsFor(text, [['The Spanish government', 'ESPGOV', 'sector']]);
  // "Spanish" inside the group and "Catalonia" are mentions of the country itself.
  const spain: Actor = {
    id: 'country:ESP',
    name: 'Spain',
    kind: 'country',
    code: 'ESP',
    mentions: [
      { span: [4, 11], text: 'Spanish', rule: 'test' },
      { span: [52, 61], text: 'Catalonia', rule: 'test' },
    ],
  };
  const doc = buildDoc({ id: 't', date: '2023-05-04', text });
  const [e] = eventsStage.run(doc, { actors: [...actors, spain], timexes: [], quotes: [] });
  assert.equal(e.source?.code, 'ESPGOV');
  assert.equal(e.sources, undefined);
  assert.equal(e.target?.code, 'ESP');
});

test('a force of nature is no doer: a disaster codes no event, an attack by fire does', () => {
  assert.deepEqual(code('An earthquake killed 200 people in southern Chile.', [['Chile', 'CHL']]), []);
  assert.deepEqual(code('Hundreds of homes in Peru were destroyed by floods.', [['Peru', 'PER']]), []);
  const [e] = code('Chilean fire killed two Peruvian soldiers.', [
    ['Chilean', 'CHL'],
    ['Peruvian', 'PER'],
  ]);
  assert.equal(e.plover, 'ASSAULT');
  assert.equal(e.source?.code, 'CHL');
});

test('a participle after a disaster\'s clause is the disaster\'s doing: ", killing nine" codes nothing', () => {
  const quake =
    'A shallow quake struck the valleys of eastern Chile on Sunday, killing 12 people and injuring 40.';
  assert.deepEqual(code(quake, [['Chile', 'CHL']]), []);
  assert.deepEqual(code('A typhoon hit the coast of Peru, flattening two villages.', [['Peru', 'PER']]), []);
  // The same shape with an armed doer is an attack by that doer, on the participle's object.
  const [e] = counted(
    code('Chilean gunboats shelled the harbour on Sunday, killing four Peruvian sailors.', [
      ['Chilean', 'CHL'],
      ['Peruvian', 'PER'],
    ]),
  );
  assert.equal(e.source?.code, 'CHL');
  assert.equal(e.target?.code, 'PER');
});

test('"killing X and injuring Y": both participles share the main clause\'s subject, not X', () => {
  const text = 'Chilean troops raided the camp, killing three Peruvian guards and injuring two others.';
  const doc = buildDoc({ id: 't', date: '2023-05-04', text });
  const s = doc.sentences[0];
  const { frames } = sentenceFrames(doc, doc.lemmas(), s.firstToken, s.endToken);
  const subjectText = (verb: string) => {
    const f = frames.findIndex((fr) => doc.tokens[fr.vp.head].text === verb);
    const np = subjectOf(frames, f);
    return np ? text.slice(doc.tokens[np.first].span[0], doc.tokens[np.end - 1].span[1]) : null;
  };
  assert.equal(subjectText('killing'), 'Chilean troops');
  assert.equal(subjectText('injuring'), 'Chilean troops');
});

test('"strike" is a walk-out only without an object: not "struck a tone", not "rounds struck a post"', () => {
  const [e] = counted(code('Dock workers in Chile struck for a third day.', [['Chile', 'CHL']]));
  assert.equal(e.code, '143');
  assert.deepEqual(
    counted(code('The Chilean minister struck a conciliatory tone.', [['Chilean', 'CHL']])),
    [],
  );
  assert.deepEqual(
    counted(code('Colonel Ibarra said two shells had struck a Chilean radar post.', [['Chilean', 'CHL']])),
    [],
  );
});

test('"after" before a clause: its noun group is the clause\'s subject, not the time or the previous object', () => {
  const later = 'Two months after a cyclone flattened villages in Peru, families still live in tents.';
  assert.deepEqual(counted(code(later, [['Peru', 'PER']])), []);
  const doc = buildDoc({
    id: 't',
    date: '2023-05-04',
    text: 'Chile recalled its envoy after Peruvian troops crossed the river.',
  });
  const s = doc.sentences[0];
  const { frames } = sentenceFrames(doc, doc.lemmas(), s.firstToken, s.endToken);
  const crossed = frames.findIndex((fr) => doc.tokens[fr.vp.head].text === 'crossed');
  const np = subjectOf(frames, crossed)!;
  assert.equal(
    doc.tokens
      .slice(np.first, np.end)
      .map((t) => t.text)
      .join(' '),
    'Peruvian troops',
  );
  assert.equal(frames[crossed].role, 'secondary');
});

test('a joint cooperative act by "X and Y" targets the other member, not the place it happened', () => {
  const [e] = counted(
    code('Chile and Peru signed a fisheries agreement in Santiago on Monday.', [
      ['Chile', 'CHL'],
      ['Peru', 'PER'],
      ['Santiago', 'CHL'],
    ]),
  );
  assert.equal(e.code, '057');
  assert.equal(e.source?.code, 'CHL');
  assert.equal(e.target?.code, 'PER');
});

test('an attack named by the subject is the event: "a roadside bombing killed ..."', () => {
  const [e] = code('A roadside bombing killed three Chilean soldiers on Monday.', [['Chilean', 'CHL']]);
  assert.equal(e.code, '1833');
  assert.equal(e.trigger?.text, 'bombing');
  assert.equal(e.target?.code, 'CHL');
});

test('"killed X and wounded Y": the second verb shares the subject, not the first object', () => {
  const events = code('Peruvian troops killed two Chilean guards and wounded three others.', [
    ['Peruvian', 'PER'],
    ['Chilean', 'CHL'],
  ]);
  assert.ok(events.length >= 1);
  for (const e of events) {
    assert.equal(e.source?.code, 'PER');
    assert.equal(e.plover, 'ASSAULT');
  }
  assert.equal(events[0].trigger?.text, 'killed');
  assert.equal(events[0].target?.code, 'CHL');
});

test('a date inside a quotation dates only what is said inside it', () => {
  const text =
    'Peru rejected the plan, saying: “We will meet Chile on Friday.” Chile said Peru “attacked us in March”.';
  const doc = buildDoc({ id: 't', date: '2023-05-03', text });
  const span = (s: string): [number, number] => [text.indexOf(s), text.indexOf(s) + s.length];
  const timex = (s: string, value: string) => ({
    span: span(s),
    text: s,
    type: 'DATE' as const,
    value,
    rule: 't',
  });
  const quote = (s: string, date?: string) => ({
    span: span(s),
    text: s,
    kind: 'direct' as const,
    speaker: null,
    rule: 't',
    ...(date ? { date } : {}),
  });
  const events = eventsStage.run(doc, {
    actors: actorsFor(text, [
      ['Peru', 'PER'],
      ['Chile', 'CHL'],
    ]),
    timexes: [timex('Friday', '2023-05-05'), timex('March', '2023-03')],
    quotes: [quote('“We will meet Chile on Friday.”'), quote('“attacked us in March”', '2023-05-02')],
  });
  const byTrigger = new Map(events.map((e) => [e.trigger?.text, e.date]));
  // The rejection is today's news, not Friday's; the meeting inside the quote is on Friday.
  assert.equal(byTrigger.get('rejected'), '2023-05-03');
  assert.equal(byTrigger.get('meet'), '2023-05-05');
  assert.equal(byTrigger.get('attacked'), '2023-03');
});

test('an unknown doer in a sentence naming one country belongs to it; with two countries it stays unknown', () => {
  const [e] = code('The Freedom Union began a boycott of the Peruvian parliament.', [['Peruvian', 'PER']]);
  assert.equal(e.plover, 'PROTEST');
  assert.equal(e.source?.code, 'PER');
  assert.match(e.rule, /\+sentence-country/);
  const [two] = code('The Freedom Union began a boycott of the Peruvian parliament over Chilean ties.', [
    ['Peruvian', 'PER'],
    ['Chilean', 'CHL'],
  ]);
  assert.equal(two?.source ?? null, null);
});

test('a material act on an unknown object is placed in the one country the sentence names', () => {
  const [e] = code('Peruvian rebels blew up two power lines leading into Lima.', [
    ['Peruvian', 'PER'],
    ['Lima', 'PER'],
  ]);
  assert.equal(e.source?.code, 'PER');
  assert.equal(e.target?.code, 'PER');
});

test('"X said it will ...": a pronoun for a named but unknown speaker is a named doer', () => {
  const events = code(
    'The Freedom Union said it will boycott the Peruvian election unless the president resigns.',
    [['Peruvian', 'PER']],
  );
  const e = events.find((x) => x.trigger?.text === 'boycott');
  assert.ok(e);
  assert.equal(e.counts, true);
  assert.equal(e.plover, 'THREATEN');
  assert.equal(e.source?.code, 'PER');
});

test('an actor of unknown country (---GOV) takes the one country its sentence names', () => {
  const text = 'President Ana Ruiz accused Peruvian officials of fraud.';
  const doc = buildDoc({ id: 't', date: '2023-05-04', text });
  const ruiz: Actor = {
    id: 'person:~ana-ruiz',
    name: 'Ana Ruiz',
    kind: 'person',
    code: '---GOV',
    mentions: [{ span: [0, 18], text: 'President Ana Ruiz', rule: 'test' }],
  };
  const [e] = eventsStage.run(doc, {
    actors: [ruiz, ...actorsFor(text, [['Peruvian', 'PER']])],
    timexes: [],
    quotes: [],
  });
  assert.equal(e.plover, 'ACCUSE');
  assert.equal(e.source?.code, 'PERGOV');
});

test('"its demand that X ease ...": "that" opens a clause whose act is wanted, not done', () => {
  const events = code(
    'The WHO reiterated its demand today that Chile ease restrictions on Peruvian workers.',
    [
      ['WHO', 'IGOUNOHLH', 'organization'],
      ['its', 'IGOUNOHLH', 'organization'],
      ['Chile', 'CHL'],
      ['Peruvian', 'PER'],
    ],
  );
  const demand = events.find((e) => e.plover === 'REQUEST');
  assert.equal(demand?.target?.code, 'CHL');
  const ease = events.find((e) => e.trigger?.text === 'ease');
  assert.ok(ease, 'the wanted act is kept');
  assert.equal(ease.source?.code, 'CHL');
  assert.equal(ease.modality, 'hypothetical');
  assert.equal(ease.counts, false);
});

test("the one country named in a phrase of the complement's object is neither the hearer nor the doer", () => {
  const [e] = code(
    'Deputies of three factions urged the cabinet to halt truck traffic at the bridges with Moldova.',
    [['Moldova', 'MDA']],
  );
  assert.equal(e.plover, 'REQUEST');
  assert.equal(e.target, null, 'the hearer is the cabinet, unknown to the actors');
  assert.equal(e.source, null);
});

test('participles before a noun describe it: "existing sanctions", "four detained fishermen"', () => {
  const existing = code('Tallinn wants a review of existing sanctions before the summit.', [
    ['Tallinn', 'EST'],
  ]);
  assert.ok(!existing.some((e) => e.plover === 'SANCTION'));
  const events = counted(
    code('Moldova said it would release four detained Romanian fishermen.', [
      ['Moldova', 'MDA'],
      ['Romanian', 'ROU'],
    ]),
  );
  assert.ok(!events.some((e) => e.code === '173'));
  const free = events.find((e) => e.trigger?.text === 'release');
  assert.equal(free?.target?.code, 'ROU');
});

test('"declined to say" declines comment; "called the plan X" describes, "called for" appeals', () => {
  const [say] = counted(
    code('The Latvian envoy declined to say when talks would resume.', [['Latvian', 'LVA']]),
  );
  assert.equal(say?.code, '011');
  const named = counted(code('Estonia called the proposal "a gift for smugglers".', [['Estonia', 'EST']]));
  assert.ok(!named.some((e) => e.plover === 'REQUEST'));
  const [call] = counted(code('Estonia called for calm on its frontier.', [['Estonia', 'EST']]));
  assert.equal(call?.code, '020');
});

test('"returning fire" is fighting, not a return of something', () => {
  const [e] = code('Finnish guards were returning fire late on Sunday.', [['Finnish', 'FIN']]);
  assert.equal(e?.code.slice(0, 2), '19');
});

test('where talks are held is their venue, not their counterpart; a visit targets its destination', () => {
  const [meet] = code('Latvian and Estonian envoys met in Oslo on Monday.', [
    ['Latvian', 'LVA'],
    ['Estonian', 'EST'],
    ['Oslo', 'NOR', 'location'],
  ]);
  assert.equal(meet?.code.slice(0, 2), '04');
  assert.notEqual(meet?.target?.code, 'NOR');
  const [visit] = code('The Latvian premier arrived in Oslo on Monday.', [
    ['Latvian', 'LVA'],
    ['Oslo', 'NOR', 'location'],
  ]);
  assert.equal(visit?.target?.code, 'NOR');
});

test('"called the film slanderous and said it breached the law": "it" is the film, not the speaker', () => {
  const events = counted(
    code('Riga called the film slanderous and said that it violated the law on elections.', [
      ['Riga', 'LVA'],
    ]),
  );
  assert.ok(!events.some((e) => e.source?.code === 'LVA' && e.trigger?.text === 'violated'));
  const [will] = counted(code('Riga said that it will not accept the plan.', [['Riga', 'LVA']]));
  assert.equal(will?.source?.code, 'LVA');
});

test("the doer's own country as an adjective of the thing gives way to another country named later", () => {
  const text =
    'Foreign Minister Ivan Petrov threatened to close Moldovan territory to Romanian transit traffic.';
  const petrov: Actor = {
    id: 'petrov',
    name: 'Ivan Petrov',
    kind: 'person',
    code: 'MDAGOV',
    mentions: [{ span: [0, 28], text: 'Foreign Minister Ivan Petrov', rule: 'test' }],
  };
  const doc = buildDoc({ id: 't', date: '2023-05-04', text });
  const [e] = eventsStage.run(doc, {
    actors: [
      petrov,
      ...actorsFor(text, [
        ['Moldovan', 'MDA'],
        ['Romanian', 'ROU'],
      ]),
    ],
    timexes: [],
    quotes: [],
  });
  assert.equal(e.plover, 'THREATEN');
  assert.equal(e.target?.code, 'ROU');
});

test('"insists its convoy was attacked first" states a fact, it demands nothing', () => {
  const events = code('Tbilisi insists its convoy was attacked first.', [['Tbilisi', 'GEO']]);
  assert.ok(!events.some((e) => e.plover === 'REQUEST'));
  const [demand] = counted(
    code('Tbilisi insisted that Armenia withdraw its troops.', [
      ['Tbilisi', 'GEO'],
      ['Armenia', 'ARM'],
    ]),
  );
  assert.equal(demand?.code.slice(0, 2), '10');
});

test('speaking to a broadcaster is an interview, not a consultation', () => {
  const events = counted(
    code('Speaking to Harbour Radio, the Danish minister said the talks had stalled.', [
      ['Danish', 'DNK'],
      ['Harbour Radio', 'DNKMED', 'organization'],
    ]),
  );
  assert.ok(!events.some((e) => e.code.startsWith('04')));
});

test('meeting standards or receiving a response meets nobody; receiving an envoy hosts', () => {
  const std = counted(
    code('The ministry will help Latvian bakers meet Swedish hygiene standards.', [
      ['Latvian', 'LVA'],
      ['Swedish', 'SWE'],
    ]),
  );
  assert.ok(!std.some((e) => e.code.startsWith('04') || e.code === '036'));
  const reply = counted(code('Any step against Chad will receive a firm response.', [['Chad', 'TCD']]));
  assert.ok(!reply.some((e) => e.code.startsWith('04') || e.code === '036'));
  const [host] = counted(
    code('Latvia received the Swedish envoy on Monday.', [
      ['Latvia', 'LVA'],
      ['Swedish', 'SWE'],
    ]),
  );
  assert.equal(host?.code, '043');
});

test('"handed him a note demanding ...": the note speaks for the one who handed it over', () => {
  const text =
    'The ministry in Riga summoned the Estonian envoy and handed him a note demanding the release of the fishermen.';
  const envoy: Actor = {
    id: 'envoy',
    name: 'Estonian envoy',
    kind: 'person',
    code: 'ESTGOV',
    mentions: [
      {
        span: [text.indexOf('the Estonian envoy'), text.indexOf('the Estonian envoy') + 18],
        text: 'the Estonian envoy',
        rule: 'test',
      },
      { span: [text.indexOf('him'), text.indexOf('him') + 3], text: 'him', rule: 'test' },
    ],
  };
  const doc = buildDoc({ id: 't', date: '2023-05-04', text });
  const events = eventsStage.run(doc, {
    actors: [envoy, ...actorsFor(text, [['Riga', 'LVA']])],
    timexes: [],
    quotes: [],
  });
  const demand = events.find((e) => e.trigger?.text === 'demanding');
  assert.equal(demand?.source?.code, 'LVA');
});

test("a joint agreement whose object names one member's own people targets the other member", () => {
  const [e] = counted(
    code(
      'Latvia and Estonia agreed on Monday to a truce and the release of three detained Latvian border guards.',
      [
        ['Latvia', 'LVA'],
        ['Estonia', 'EST'],
        ['Latvian border guards', 'LVACOP', 'organization'],
      ],
    ),
  );
  assert.equal(e.source?.code, 'LVA');
  assert.equal(e.target?.code, 'EST');
});

test('a gerund phrase that is the subject ("Detaining monitors ... is unacceptable") reports no arrest', () => {
  const events = counted(
    code(
      '“Detaining monitors of an OSCE member state on the basis of rumours is unacceptable,” said a Swedish envoy.',
      [
        ['Swedish', 'SWE'],
        ['OSCE', 'IGOEUROSC', 'organization'],
      ],
    ),
  );
  assert.ok(!events.some((e) => e.code.startsWith('17')));
  const [said] = counted(
    code('Speaking to reporters, the Swedish minister said Norway had detained two monitors.', [
      ['Swedish', 'SWE'],
      ['Norway', 'NOR'],
    ]),
  );
  assert.equal(said?.code, '173');
});

test('"X says they crossed ... and has accused them": the singular verb goes with X, not "they"', () => {
  const events = counted(
    code('Tbilisi says they crossed the line illegally and has accused them of spying.', [
      ['Tbilisi', 'GEO'],
      ['they', 'ARMCIV', 'organization'],
    ]),
  );
  const accused = events.find((e) => e.trigger?.text === 'accused');
  assert.equal(accused?.source?.code, 'GEO');
});

test('"X came after Serbia rejected ... and ordered drills": the second verb goes with Serbia', () => {
  const events = counted(
    code(
      'The summit came a day after Serbia rejected a Croatian deadline and ordered drills near the border.',
      [
        ['Serbia', 'SRB'],
        ['Croatian', 'HRV'],
      ],
    ),
  );
  const ordered = events.find((e) => e.trigger?.text === 'ordered');
  assert.equal(ordered?.source?.code, 'SRB');
});

test('"X said Latvia would have to apologise": an obligation in reported speech is a demand', () => {
  const text = 'He said that Latvia would have to apologise to Estonia.';
  const he: Actor = {
    id: 'he',
    name: 'He',
    kind: 'person',
    code: 'ESTGOV',
    mentions: [{ span: [0, 2], text: 'He', rule: 'test' }],
  };
  const doc = buildDoc({ id: 't', date: '2023-05-04', text });
  const events = eventsStage.run(doc, {
    actors: [
      he,
      ...actorsFor(text, [
        ['Latvia', 'LVA'],
        ['Estonia', 'EST'],
      ]),
    ],
    timexes: [],
    quotes: [],
  });
  const [e] = counted(events);
  assert.equal(e?.plover, 'REQUEST');
  assert.equal(e?.source?.code, 'ESTGOV');
  assert.equal(e?.target?.code, 'LVA');
});

test('a warning of what nature will do ("warned that aftershocks were likely") threatens nobody', () => {
  const events = counted(
    code('Chilean seismologists warned that aftershocks were likely.', [['Chilean', 'CHL']]),
  );
  assert.ok(!events.some((e) => e.plover === 'THREATEN'));
});

test('"would answer any new sanctions": the subject undergoes the sanctions, it imposes none', () => {
  const events = counted(
    code('The minister said Belarus would answer any new sanctions in kind.', [['Belarus', 'BLR']]),
  );
  assert.ok(!events.some((e) => e.code.startsWith('16') || e.code.startsWith('131')));
});
