import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Event, Quote } from '../../src/contract/extraction.js';
import type { StoryReport } from '../../src/store/store.js';
import { corroborate } from '../../src/stories/corroboration.js';

const event = (code: string, plover: string, date: string, extra: Partial<Event> = {}): Event => ({
  span: [0, 5],
  code,
  plover,
  source: { name: 'Tarvosa', code: 'TRV', actor: 'trv' },
  target: { name: 'Dunmere', code: 'DUN', actor: 'dun' },
  date,
  rule: 'test',
  ...extra,
});
const quote = (speaker: string, text: string): Quote => ({
  span: [0, text.length],
  text,
  kind: 'direct',
  speaker: { name: speaker },
  rule: 'test',
});
const report = (
  id: string,
  outlet: string,
  events: Event[],
  quotes: Quote[],
  copyOf: string | null = null,
): StoryReport => ({ article: { id, date: '2024-06-02', outlet, title: null }, copyOf, events, quotes });

describe('corroboration', () => {
  const reports = [
    report(
      'r1',
      'North Wire',
      [event('112', 'ACCUSE', '2024-06-01')],
      [quote('Ilse Marwick', 'We will not accept these border violations any longer')],
    ),
    // The same accusation with a more specific code of the same root, a day later.
    report(
      'r2',
      'Harbor Times',
      [event('1121', 'ACCUSE', '2024-06-02')],
      [quote('Marwick', 'we will not accept these violations')],
    ),
    // A syndicated copy of r1 from another outlet: one more article, no more corroboration.
    report('r3', 'Valley Daily', [event('112', 'ACCUSE', '2024-06-01')], [], 'r1'),
    // A different event (a threat) and a different speaker.
    report(
      'r4',
      'Coast Gazette',
      [event('138', 'THREATEN', '2024-06-02')],
      [quote('Pieter Okonjo', 'We will not accept these border violations any longer')],
    ),
    // Same codes but ten days later: another event. And an agreement with no side known.
    report(
      'r5',
      'North Wire',
      [
        event('112', 'ACCUSE', '2024-06-11'),
        event('030', 'AGREE', '2024-06-11', { source: null, target: null }),
      ],
      [],
    ),
    report('r6', 'Coast Gazette', [event('030', 'AGREE', '2024-06-11', { source: null, target: null })], []),
  ];
  const c = corroborate(reports);

  it('links the same event across outlets and counts independent outlets only', () => {
    // The agreement with no side is in neither report's list: nothing says who agreed.
    assert.equal(c.events.length, 3);
    assert.ok(c.events.every((e) => e.event.plover !== 'AGREE'));
    const top = c.events[0];
    assert.equal(top.event.plover, 'ACCUSE');
    assert.deepEqual(
      top.reports.map((r) => r.article),
      ['r1', 'r2', 'r3'],
    );
    assert.equal(top.corroboration, 2);
  });

  it('links a reworded quote by the same speaker, not the same words by another speaker', () => {
    assert.equal(c.quotes.length, 2);
    const marwick = c.quotes.find((q) => q.quote.speaker?.name === 'Ilse Marwick')!;
    assert.equal(marwick.corroboration, 2);
    assert.equal(c.quotes.find((q) => q.quote.speaker?.name === 'Pieter Okonjo')!.corroboration, 1);
  });

  it('counts articles, copies and outlets of the story', () => {
    assert.equal(c.articles, 6);
    assert.equal(c.copies, 1);
    assert.equal(c.independentReports, 5);
    assert.equal(c.outlets, 3);
  });
});
