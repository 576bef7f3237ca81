import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultPipeline } from '../../src/pipeline/default.js';

const pipeline = defaultPipeline();
const extract = (text: string) => pipeline.extract({ id: 't', date: '2025-03-11', text });

test('a name followed by its affiliation and a speech verb is the person who speaks', () => {
  const x = extract(
    'Ilse Varga of the Tallinn Institute of Maritime Studies said the patrols would continue.',
  );
  const people = x.actors.filter((a) => a.kind === 'person').map((a) => a.name);
  // The person is found; the tail of the institute's name is not a person.
  assert.deepEqual(people, ['Ilse Varga']);
  assert.equal(x.quotes[0]?.speaker?.name, 'Ilse Varga');
});

test('the affiliation after "of" never speaks in place of the named person', () => {
  const x = extract('Marek Holub of Harbor Wire said the talks had failed.');
  assert.equal(x.quotes[0]?.speaker?.name, 'Marek Holub');
});

test('a title or an organisation before "of" is not taken for a person', () => {
  const x = extract('Deputy Head of Mission Ona Petrauskiene said the embassy would stay open.');
  assert.ok(!x.actors.some((a) => a.kind === 'person' && /deputy|head/i.test(a.name)));
  const y = extract('The Ministry of Fisheries said quotas would fall.');
  assert.ok(!y.actors.some((a) => a.kind === 'person'));
});

test('an organisation named by a media word is an outlet: it relays quotes and does no deeds', () => {
  const x = extract(
    '"The ferries will not sail tomorrow," a dock worker in Saltholm told Harbour Tide Radio.',
  );
  const radio = x.actors.find((a) => a.name === 'Harbour Tide Radio');
  assert.equal(radio?.kind, 'media');
  assert.equal(radio?.code, '---MED');
  const [quote] = x.quotes;
  assert.equal(quote.relayedBy, 'Harbour Tide Radio');
  assert.notEqual(quote.speaker?.name, 'Harbour Tide Radio');
});
