import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultPipeline } from '../../src/pipeline/default.js';

const pipeline = defaultPipeline();
const extract = (text: string) => pipeline.extract({ id: 't', date: '2023-04-02', text });

test('after a dateline the event source is the subject of the story, not the city', () => {
  const text = 'OSLO, April 2 (Nordic Desk) - Norway accused Sweden of spying on its oil fields.';
  const { events, timexes, quotes } = extract(text);
  const accuse = events.find((e) => e.plover === 'ACCUSE');
  assert.ok(accuse, JSON.stringify(events));
  assert.equal(accuse.source?.code, 'NOR');
  assert.equal(text.slice(accuse.source.span?.[0], accuse.source.span?.[1]), 'Norway');
  assert.equal(accuse.target?.code, 'SWE');
  assert.ok(accuse.span[0] >= text.indexOf('Norway'));
  // The dateline's date is still a time expression.
  assert.ok(timexes.some((t) => t.text === 'April 2' && t.value === '2023-04-02'));
  // No quote reaches into the dateline, and the outlet never speaks.
  const dash = text.indexOf(' - ');
  for (const q of quotes) {
    assert.ok(q.span[0] > dash, q.text);
    assert.notEqual(q.speaker?.name, 'Nordic Desk');
  }
});

test('an indirect quote after a dateline starts after the dash', () => {
  const text = 'WARSAW (Vistula Wire) _ Poland will close two border crossings, the interior minister said.';
  const { quotes } = extract(text);
  const q = quotes.find((x) => x.kind === 'indirect');
  assert.ok(q, JSON.stringify(quotes));
  assert.equal(q.text, 'Poland will close two border crossings');
  assert.match(q.speaker?.name ?? '', /interior minister/);
});
