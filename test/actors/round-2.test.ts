import assert from 'node:assert/strict';
import test from 'node:test';
import { actorsStage } from '../../src/actors/index.js';
import type { Actor } from '../../src/contract/extraction.js';
import { buildDoc } from '../../src/text/doc.js';

// Actors round 2 (officials' countries, missed names), on the bundled data.
const run = (text: string, date = '2025-01-10'): Actor[] =>
  actorsStage.run(buildDoc({ id: 'test', date, text }), {});
const byId = (actors: Actor[], id: string) => actors.find((a) => a.id === id);
const people = (actors: Actor[]) => actors.filter((a) => a.kind === 'person').map((a) => a.id);

test('a place after "in" in an official\'s sentence is where it happens, not their country', () => {
  const actors = run(
    "Latvia welcomed the deal. Officials in Riga praised the mediators and thanked Latvia's partners.\n\n" +
      'Foreign Minister Ilze Berzina, who signed the accord in Vienna on Monday, called it a relief.',
  );
  assert.equal(byId(actors, 'person:~ilze-berzina')?.code, 'LVAGOV');
  assert.equal(byId(actors, 'person:~ilze-berzina')?.role, 'Foreign Minister of Latvia');
});

test('a country the official speaks of after the speech verb does not make them its official', () => {
  const actors = run(
    'Estonia rejected the demand on Monday.\n\n' +
      'Defence Minister Karl Tamm said the ultimatum set by Moscow was empty. Tamm told reporters in Tallinn that Estonia would not bow.',
  );
  assert.equal(byId(actors, 'person:~karl-tamm')?.code, 'ESTMIL');
});

test('an official with no country of their own sentence takes one from a later sentence naming them', () => {
  const actors = run(
    'Romania accused Moldova of closing a crossing. Romania said the move broke a deal, and Romania recalled its envoy.\n\n' +
      'Interior Minister Dan Sirbu called the claim absurd.\n\n' +
      "Back in Bucharest, talks stalled. Sirbu briefed Moldova's parliament on Tuesday.",
  );
  assert.equal(byId(actors, 'person:~dan-sirbu')?.code, 'MDAGOV');
});

test('an office one person of the article holds is not given to another official', () => {
  const actors = run(
    'Finland and Norway clashed over fishing quotas. Finland said Norway had broken the deal, and Norway said Finland had.\n\n' +
      'The reply from Helsinki came fast. Foreign Minister Aino Virta called the claims false.\n\n' +
      'Foreign Minister Odd Hovland said the talks had failed. "We wanted a deal," he said.',
  );
  assert.equal(byId(actors, 'person:~aino-virta')?.role, 'Foreign Minister of Finland');
  assert.equal(byId(actors, 'person:~odd-hovland')?.role, 'Foreign Minister of Norway');
  assert.equal(byId(actors, 'person:~odd-hovland')?.code, 'NORGOV');
});

test('a quotation naming a country places an official after every other clue', () => {
  const actors = run(
    'Georgia and Armenia traded claims over a border post. Georgia said Armenia had moved troops, and Georgia closed a road.\n\n' +
      'The answer from Yerevan came at noon. Foreign Minister Aram Vardanyan called the claim false.\n\n' +
      'Foreign Minister Nino Beridze spoke on Tuesday. "Armenia is not telling the truth," Beridze said.',
  );
  assert.equal(byId(actors, 'person:~aram-vardanyan')?.code, 'ARMGOV');
  // The quotation names the country she speaks against; the office of Armenia is Vardanyan's.
  assert.equal(byId(actors, 'person:~nino-beridze')?.code, 'GEOGOV');
  assert.deepEqual(people(actors), ['person:~aram-vardanyan', 'person:~nino-beridze']);
});

test('a later title with a country places an official named first without one', () => {
  const actors = run(
    'Chile and Peru signed a water accord. Chile hosted the talks, and Chile paid for them.\n\n' +
      'Foreign Minister Ana Quiroga praised the deal.\n\n' +
      "Peru's foreign minister, Ana Quiroga, later flew home.",
  );
  assert.equal(byId(actors, 'person:~ana-quiroga')?.code, 'PERGOV');
  assert.equal(byId(actors, 'person:~ana-quiroga')?.role, 'Foreign Minister of Peru');
});

test('a name set off by commas after the noun it renames is a person, placed by a country word before it', () => {
  const actors = run(
    "Estonia's sports minister praised the team. Her Latvian counterpart, Juris Ozols, said he was ready to talk.\n\n" +
      "Riga Rovers' manager, Marek Kask, described the match as hard. The stadium, Daugava Arena, was full.",
  );
  assert.equal(byId(actors, 'person:~juris-ozols')?.code, 'LVA');
  assert.equal(byId(actors, 'person:~juris-ozols')?.mentions[0].rule, 'unknown/apposition');
  assert.ok(byId(actors, 'person:~marek-kask'));
  // A name after a comma with no verb after the next comma is not read as a person.
  assert.equal(byId(actors, 'person:~daugava-arena'), undefined);
});

test('a capitalised sector word that is an organisation word goes on an unknown name', () => {
  const actors = run('Skarven Bank held its rate on Thursday. Analysts at Kestrel Bank expected a cut.');
  assert.equal(byId(actors, 'org:~skarven-bank')?.code, '---BUS');
  assert.deepEqual(
    byId(actors, 'org:~skarven-bank')?.mentions.map((m) => m.text),
    ['Skarven Bank', 'its'],
  );
  assert.ok(byId(actors, 'org:~kestrel-bank'));
});

test("a country's central bank is a state body, and 'the central bank' names it again", () => {
  const actors = run('Norges Bank held its rate on Thursday. The central bank said inflation had eased.');
  const bank = byId(actors, 'org:norges-bank');
  assert.equal(bank?.code, 'NORGOV');
  assert.deepEqual(
    bank?.mentions.map((m) => m.text),
    ['Norges Bank', 'its', 'The central bank'],
  );
});

test('a known surname before a hyphenated given name is one surname-first name', () => {
  const actors = run('Kim Soo-min said the plan was sound. Kim added that costs would fall.');
  assert.deepEqual(people(actors), ['person:~kim-soo-min']);
  assert.deepEqual(
    byId(actors, 'person:~kim-soo-min')?.mentions.map((m) => m.text),
    ['Kim Soo-min', 'Kim'],
  );
});

test('a capital opening a longer name is not the government seated there', () => {
  const actors = run('Riga Rovers beat Vilnius 2-1. Officials in Tallinn Tuesday praised the match.');
  // "Riga Rovers" is a club; "Vilnius" alone and "Tallinn" before a day word stay the capitals.
  assert.equal(byId(actors, 'country:LVA'), undefined);
  assert.deepEqual(
    byId(actors, 'country:LTU')?.mentions.map((m) => m.text),
    ['Vilnius'],
  );
  assert.deepEqual(
    byId(actors, 'country:EST')?.mentions.map((m) => m.text),
    ['Tallinn'],
  );
});

test('first names before a known surname after a title make a namesake with the whole name', () => {
  const actors = run('"We want calm," Foreign Minister Aram Sargsyan said. Sargsyan left at noon.');
  assert.deepEqual(
    byId(actors, 'person:~aram-sargsyan')?.mentions.map((m) => m.text),
    ['Foreign Minister Aram Sargsyan', 'Sargsyan'],
  );
  assert.equal(byId(actors, 'person:~aram'), undefined);
});

test('a person named in commas after a title for an organisation is its officer', () => {
  const actors = run(
    'NATO said it was watching. A spokesman for the alliance, Anders Lind, said allies were united.',
  );
  assert.equal(byId(actors, 'person:~anders-lind')?.code, 'IGOWSTNAT');
  assert.equal(byId(actors, 'person:~anders-lind')?.role, 'Spokesperson of NATO');
});

test('a capitalised sector word inside a longer name is part of the organisation, and its officer takes its code', () => {
  const actors = run('Major Ivo Sepp, commander of the State Coast Guard Directorate, said the boat sank.');
  assert.equal(byId(actors, 'org:~state-coast-guard-directorate')?.code, '---GOV');
  assert.equal(byId(actors, 'person:~ivo-sepp')?.code, '---GOV');
  // Alone, the sector word is still the sector: no organisation is made of it.
  const alone = run('The coast guard said the boat sank.');
  assert.equal(alone.filter((a) => a.kind === 'organization').length, 0);
});
