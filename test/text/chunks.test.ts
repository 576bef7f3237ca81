import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type Chunk, chunkDoc } from '../../src/text/chunks.js';
import { buildDoc } from '../../src/text/doc.js';

function chunksOf(text: string) {
  const doc = buildDoc({ id: 't', date: '2023-05-04', text });
  const chunks = chunkDoc(doc)[0];
  const words = (c: Chunk) =>
    doc.tokens
      .slice(c.first, c.end)
      .map((t) => t.text)
      .join(' ');
  return { doc, chunks, words };
}

test('noun groups join coordinated names and stop before date words', () => {
  const { chunks, words } = chunksOf('Paris and Berlin met Canberra officials yesterday.');
  const nouns = chunks.filter((c) => c.kind === 'noun');
  assert.equal(words(nouns[0]), 'Paris and Berlin');
  assert.equal(nouns[0].kind === 'noun' && nouns[0].coordinated, true);
  assert.equal(words(nouns[1]), 'Canberra officials');
  assert.equal(words(nouns[2]), 'yesterday');
});

test('verb groups carry negation, modals, infinitives and passive voice', () => {
  const { chunks, words } = chunksOf(
    'The offer was turned down by Lisbon, which will not sign and wants to wait.',
  );
  const verbs = chunks.filter((c) => c.kind === 'verb');
  assert.equal(words(verbs[0]), 'was turned');
  assert.equal(verbs[0].kind === 'verb' && verbs[0].passive, true);
  const sign = verbs.find((v) => words(v).endsWith('sign'));
  assert.ok(sign && sign.kind === 'verb' && sign.negated && sign.modal === 'will');
  const wait = verbs.find((v) => words(v) === 'to wait');
  assert.ok(wait && wait.kind === 'verb' && wait.infinitive && !wait.passive);
});

test('possessives stay inside one group', () => {
  const { chunks, words } = chunksOf("Oslo rejected Madrid's new terms.");
  const nouns = chunks.filter((c) => c.kind === 'noun');
  assert.equal(words(nouns[1]), "Madrid 's new terms");
});

test('a quantifier before a number opens the group', () => {
  const { chunks, words } = chunksOf('Rebels seized up to 40 trucks.');
  const nouns = chunks.filter((c) => c.kind === 'noun');
  assert.equal(words(nouns[1]), 'up to 40 trucks');
});

test('tagger repairs: verbs read as nouns, compounds and scare quotes', () => {
  const kinds = (text: string) => {
    const { chunks, words } = chunksOf(text);
    return chunks.filter((c) => c.kind === 'noun' || c.kind === 'verb').map((c) => `${c.kind}:${words(c)}`);
  };
  // A past tense the tagger calls a noun, between two groups.
  assert.ok(kinds('The gunmen kidnapped two engineers near Herat.').includes('verb:kidnapped'));
  // A hyphenated compound stays one modifier.
  assert.ok(kinds('Aid reached war-torn Yemen.').some((k) => k === 'noun:war - torn Yemen'));
  // Scare quotes do not split the verb group.
  assert.ok(kinds('He said Lima has “betrayed” Quito.').includes('verb:has “ betrayed'));
  // A name word the tagger calls a verb stays in the name.
  assert.ok(kinds('Red Cross workers left Gaza.').some((k) => k.startsWith('noun:Red Cross')));
});

test('"since" between an auxiliary and its verb is an adverb inside the verb group', () => {
  const { chunks, words } = chunksOf('Oslo has since begun sending extra ferries to Bergen.');
  const verbs = chunks.filter((c) => c.kind === 'verb');
  assert.equal(words(verbs[0]), 'has since begun');
  assert.ok(!chunks.some((c) => c.kind === 'sub'));
  // Before a year it is still the preposition it looks like.
  const later = chunksOf('Oslo has been a member since 1994.');
  assert.ok(later.chunks.some((c) => c.kind !== 'verb' && later.words(c) === 'since'));
});
