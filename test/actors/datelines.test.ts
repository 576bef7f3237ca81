import assert from 'node:assert/strict';
import { test } from 'node:test';
import { actorsOf } from './helpers.js';

const people = (text: string, date = '2006-10-09') =>
  actorsOf(text, date)
    .filter((a) => a.kind === 'person')
    .map((a) => a.id);

test('datelines, bylines and timestamps make no people, and a name does not run across a line', () => {
  const text = [
    'Harbour Fire Forces Hundreds From Homes In Port Elwin',
    'By Nora Castell',
    'Published 10:32 a.m. EDT, Tuesday, March 14, 2017',
    'Updated 11:05 PM EDT',
    'Firefighter Dale Ormond said the blaze started in a warehouse.',
    '"We got everyone out," Ormond told reporters on Tuesday.',
  ].join('\n');
  const ids = people(text, '2017-03-14');
  assert.ok(ids.includes('person:~dale-ormond'), ids.join(' '));
  for (const id of ids) assert.doesNotMatch(id, /published|updated|edt|tuesday|firefighter/, id);
  // "PM" after a clock time is not the prime minister.
  assert.ok(!actorsOf(text, '2017-03-14').some((a) => /prime minister/i.test(a.role ?? '')));
});

test('a weekday after a name is not part of it', () => {
  const ids = people('Police arrested Calder Wynn Saturday, officials said. Wynn said he was innocent.');
  assert.ok(ids.includes('person:~calder-wynn'), ids.join(' '));
  assert.ok(!ids.some((id) => id.includes('saturday')), ids.join(' '));
});

test('an occupation before a name is not part of the name', () => {
  const ids = people(
    'Coach Milo Trent said the team played well. Coroner Ada Prewitt said the cause was unclear.',
  );
  assert.deepEqual(ids.sort(), ['person:~ada-prewitt', 'person:~milo-trent']);
});

test('a bare surname is the namesake the article introduces, not the famous holder', () => {
  // Named first with a first name that is not the famous holder's.
  const sports = people('Darnell Bush ran for two touchdowns on Sunday. Bush caught six passes.');
  assert.deepEqual(sports, ['person:~darnell-bush']);
  // Named later, in a headline: a headline's surname is the person the body introduces.
  const later = people('Bush Scores Twice As Harbour Wins Opener\nThe rookie Darnell Bush ran for 80 yards.');
  assert.deepEqual(later, ['person:~darnell-bush']);
});

test('in body text a bare surname before a namesake is introduced stays the famous holder', () => {
  const text = 'Bush met the British prime minister in London.\nFirst lady Laura Bush visited a school.';
  assert.ok(people(text, '2005-06-01').includes('person:george-w-bush'));
});

test('a bare surname falls back to the famous holder when the article names no one else with it', () => {
  assert.deepEqual(people('Bush told Congress the bill must pass.'), ['person:george-w-bush']);
  assert.deepEqual(people('George Bush met leaders in Texas. Bush said the talks went well.'), [
    'person:george-w-bush',
  ]);
});

test('a capitalised dateline verb is no speech cue, and a headline does not speak through the next line', () => {
  const text = 'Boy Held After Fire At Harbour Depot\nPosted Mar 14, 2019 6:12 PM CDT\nA teenager was held.';
  assert.deepEqual(people(text, '2011-10-26'), []);
});

test('a known surname after a place word is a place, not a namesake', () => {
  assert.deepEqual(people('The climbers were rescued on Mount Bush after two nights.'), []);
  assert.deepEqual(people('Ferries left Port Bush at dawn, carrying 300 people.'), []);
});

test('a headline speaks through no verb, and a title ends at its line', () => {
  assert.deepEqual(people('Harbour Prison Escapee Added To Most Wanted List\nThe man escaped in May.'), []);
  const ids = people('Rovers Hire Dale Ormond As Head Coach\nDale Ormond said he was delighted.');
  assert.deepEqual(ids, ['person:~dale-ormond']);
});
