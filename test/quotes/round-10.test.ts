import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { quotesOf, quoteWith, reportOf, speakerText } from './helpers.js';

describe('round 10: a report ends before a quotation with its own attribution', () => {
  it('stops the content at the colon before “...,” she said', () => {
    const text =
      'Lena Orr said the ferry schedule had failed the islanders: “Nobody can plan a week around it,” she said.';
    const quotes = quotesOf(text);
    const report = reportOf(quotes, 'the ferry schedule had failed the islanders');
    assert.equal(report.kind, 'indirect');
    const q = quoteWith(quotes, 'Nobody can plan');
    assert.equal(q.kind, 'direct');
    assert.ok(!quotes.some((x) => x.kind === 'mixed' && x.text.includes('Nobody can plan')));
  });

  it('stops it at a dash as well', () => {
    const text = 'Tom Brann argued that the toll plan was rushed - "We saw the numbers on Friday," he said.';
    const quotes = quotesOf(text);
    reportOf(quotes, 'that the toll plan was rushed');
    assert.equal(speakerText(text, quoteWith(quotes, 'We saw the numbers')), 'he');
  });

  it('keeps quoted words the report leads into without a colon', () => {
    const text = 'Lena Orr said the ferry schedule was “a mess for everyone on the islands.”';
    const report = quoteWith(quotesOf(text), 'the ferry schedule was');
    assert.equal(report.kind, 'mixed');
  });
});
