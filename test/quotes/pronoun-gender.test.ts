import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { quotesOf, quoteWith } from './helpers.js';

// he/she after a quote goes to the newest speaker its gender fits, not merely the last person.
describe('he/she speakers by gender', () => {
  it('gives "she said" to "his mother", not to the man quoted before her', () => {
    const text =
      'Colonel Tomas Varga, who leads the rescue team, said the search would go on overnight. ' +
      '“We will not stop,” he said.\n\n' +
      'Varga’s mother said the family was waiting by the phone. “Nobody has told us anything,” she said.';
    const q = quoteWith(quotesOf(text), '“Nobody has told us anything,”');
    assert.match(q.speaker?.name ?? '', /mother$/);
  });

  it('passes over a man named with "Mr." for a later "she"', () => {
    const text =
      'Ms. Halloran said the budget was fair. Mr. Pettit said it was “a disgrace”. ' +
      '“We can afford this,” she said.';
    const q = quoteWith(quotesOf(text), '“We can afford this,”');
    assert.match(q.speaker?.name ?? '', /Halloran/);
  });

  it('passes over a woman named with "Ms." for a later "he"', () => {
    const text =
      'Peter Lindqvist said the plant would reopen. Ms. Okafor said the date was “not realistic”. ' +
      '“It will open in June,” he said.';
    const q = quoteWith(quotesOf(text), '“It will open in June,”');
    assert.equal(q.speaker?.name, 'Peter Lindqvist');
  });

  it('still gives "she said" to the last person when nothing tells a gender', () => {
    const text = 'Kai Brennick said the vote was close. “We lost by ten,” she said.';
    const q = quoteWith(quotesOf(text), '“We lost by ten,”');
    assert.equal(q.speaker?.name, 'Kai Brennick');
  });
});
