import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { quotesOf, quoteWith, speakerText } from './helpers.js';

describe('quotation marks', () => {
  const cases: [string, string, string][] = [
    [
      'curly double',
      '“We will rebuild the bridge by spring,” Maria Lopez said.',
      '“We will rebuild the bridge by spring,”',
    ],
    ['straight double', '"The river is rising fast," Tom Berger said.', '"The river is rising fast,"'],
    [
      'curly single',
      '‘The harvest was poor this year,’ Anna Weiss said.',
      '‘The harvest was poor this year,’',
    ],
    ['straight single', "'We are ready for the storm,' Omar Haddad said.", "'We are ready for the storm,'"],
    ['guillemets', '«We are ready for tomorrow», Claire Martin said.', '«We are ready for tomorrow»'],
    [
      'low-high German',
      '„We will stay together in this“, Jonas Weber said.',
      '„We will stay together in this“',
    ],
    [
      'curly open, straight close',
      '“They promised one thing and did another," Lena Park said.',
      '“They promised one thing and did another,"',
    ],
    [
      'straight open, curly close',
      '"Prices will come down very soon,” Lena Park said.',
      '"Prices will come down very soon,”',
    ],
  ];
  for (const [name, text, quoted] of cases) {
    it(`reads ${name} marks as a direct quote with its speaker`, () => {
      const quotes = quotesOf(text);
      const q = quoteWith(quotes, quoted.slice(1, 12));
      assert.equal(q.text, quoted);
      assert.equal(q.kind, 'direct');
      assert.equal(text.slice(q.span[0], q.span[1]), q.text);
      assert.match(q.speaker?.name ?? '', /\w+ \w+/);
      assert.equal(q.cue?.text, 'said');
    });
  }

  it('keeps apostrophes inside words out of single-mark quotes', () => {
    const text = '‘The farmers’ union can’t wait any longer,’ Anna Weiss said.';
    const q = quoteWith(quotesOf(text), 'union');
    assert.equal(q.text, '‘The farmers’ union can’t wait any longer,’');
  });

  it('splits a quote interrupted by its attribution, with one speaker for both pieces', () => {
    const text = '“The plan is sound,” said Ivan Petrov, “and the money is ready.”';
    const quotes = quotesOf(text);
    const first = quoteWith(quotes, 'plan is sound');
    const second = quoteWith(quotes, 'money is ready');
    assert.notDeepEqual(first.span, second.span);
    assert.equal(speakerText(text, first), 'Ivan Petrov');
    assert.equal(second.speaker?.name, 'Ivan Petrov');
  });

  it('carries a quote left open at a paragraph end into the next paragraph', () => {
    const text =
      'Ruth Cohen spoke to the council on Monday.\n\nRuth Cohen said: “The first phase is finished and paid for.\n\n“The second phase starts in May.”\n\nThe council adjourned.';
    const quotes = quotesOf(text);
    const first = quoteWith(quotes, 'first phase');
    const second = quoteWith(quotes, 'second phase');
    assert.ok(first.text.endsWith('paid for.'), first.text);
    assert.equal(first.speaker?.name, 'Ruth Cohen');
    assert.equal(second.speaker?.name, 'Ruth Cohen');
    assert.ok(!quotes.some((q) => q.text.includes('adjourned')));
  });

  it('never lets an unbalanced mark swallow the rest of the article', () => {
    const text =
      'The minister said the reform was “late and costly. Nobody answered.\n\nThe next paragraph is plain prose. It has two sentences.\n\nA closing mark” stands alone here.';
    const quotes = quotesOf(text);
    for (const q of quotes) {
      assert.ok(!q.text.includes('plain prose'), `swallowed: ${q.text}`);
      assert.ok(!q.text.includes('stands alone'), `swallowed: ${q.text}`);
    }
  });

  it('survives texts made of marks or nothing at all', () => {
    for (const text of ['', '"', '“', '”', '""', '«»', "''", '" " "', '“a”b”c“', '„', 'He said: “']) {
      assert.doesNotThrow(() => quotesOf(text), text);
    }
  });

  it('keeps a scare quote as a partial quote without inventing a speaker', () => {
    const text = 'Crowds gathered around the "smart" meters outside the depot.';
    const q = quoteWith(quotesOf(text), 'smart');
    assert.equal(q.kind, 'partial');
    assert.equal(q.text, '"smart"');
    assert.equal(q.speaker, null);
  });

  it('does not take the title of a show for a quotation', () => {
    const text = 'The senator appeared on “The Evening Roundtable” last week.';
    assert.ok(!quotesOf(text).some((q) => q.text.includes('Roundtable')));
  });

  it('keeps an attributed exclamation in capitals, which is no title', () => {
    const text = 'At the rally, the crowd chanted “Vote Them Out!” for minutes.';
    const q = quoteWith(quotesOf(text), 'Vote Them Out');
    assert.equal(speakerText(text, q), 'the crowd');
  });
});
