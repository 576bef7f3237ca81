import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { quotesOf, quoteWith, speakerText } from './helpers.js';

describe('round 7: asked questions and statements', () => {
  it('gives no speaker to a quote heard by the subject of a passive hearer cue', () => {
    const text = 'Mayor Ida Kern spoke at the pier. Kern was asked, “Will you resign?” She laughed.';
    const q = quoteWith(quotesOf(text), 'Will you resign');
    assert.equal(q.speaker, null);
    assert.equal(q.rule, 'marks/before/passive-hearer');
    const named = 'A reporter asked Ida Kern, “Will you resign?”';
    assert.equal(speakerText(named, quoteWith(quotesOf(named), 'Will you resign')), 'A reporter');
  });

  it('takes the author of a statement after according to, and keeps an outlet as relay', () => {
    const text = '“We will rebuild the bridge,” according to a statement from the county board.';
    assert.equal(speakerText(text, quoteWith(quotesOf(text), 'rebuild')), 'the county board');
    const before = 'According to a statement by the Tarn Rail Union, “the strike goes on.”';
    assert.equal(speakerText(before, quoteWith(quotesOf(before), 'strike')), 'Tarn Rail Union');
    const relayed = '“We will rebuild,” Ida Kern said, according to Reuters.';
    const r = quoteWith(quotesOf(relayed), 'rebuild');
    assert.equal(speakerText(relayed, r), 'Ida Kern');
    assert.equal(r.relayedBy, 'Reuters');
  });
});

describe('round 7: credit lines', () => {
  it('credits a quote filling its paragraph to a dash line of a name and a cue after it', () => {
    const text =
      'The mayor spoke at length.\n\n“We will not close the harbour.”\n\n— Ida Kern, speaking on Sunday\n\nThe vote is next week.';
    const q = quoteWith(quotesOf(text), 'close the harbour');
    assert.equal(speakerText(text, q), 'Ida Kern');
    assert.equal(q.rule, 'marks/credit');
  });

  it('takes no credit from a dash line that is a clause of its own', () => {
    const text = '“We will not close the harbour.”\n\n— Ida Kern said the vote is next week.';
    assert.equal(quoteWith(quotesOf(text), 'close the harbour').speaker, null);
  });
});

describe('round 7: a quotation after only a hearer or a source', () => {
  it('reports no mixed clause for "told reporters, “...”" or "according to a statement by X, “...”"', () => {
    for (const text of [
      'Ida Kern told reporters, “We will stay in the city until spring.”',
      'According to a statement by the Tarn Rail Union, “the strike goes on.”',
    ]) {
      const quotes = quotesOf(text);
      assert.deepEqual(
        quotes.filter((q) => q.kind === 'mixed').map((q) => q.text),
        [],
        text,
      );
      assert.equal(quotes.length, 1, JSON.stringify(quotes.map((q) => q.text)));
    }
  });

  it('keeps the mixed report when the writer words a clause before the quotation', () => {
    const text = 'Ida Kern told reporters that the city would “stay the course.”';
    assert.ok(quotesOf(text).some((q) => q.kind === 'mixed'));
  });
});
