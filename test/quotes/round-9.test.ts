import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { quotesOf, quoteWith, reportOf, speakerText } from './helpers.js';

describe('round 9: credit lines and relative "that"', () => {
  it('reads a credit line opened by a hyphen, spaced or not', () => {
    const text =
      'The mayor spoke for an hour.\n\n"We need more buses on the northern routes."\n\n- Mara Velt.\n\n' +
      'The council met later.\n\n"Tolls will rise next spring."\n\n-Governor Ivo Brann, speaking after the vote.';
    const quotes = quotesOf(text);
    assert.equal(speakerText(text, quoteWith(quotes, 'more buses')), 'Mara Velt');
    assert.equal(speakerText(text, quoteWith(quotes, 'Tolls will rise')), 'Ivo Brann');
  });

  it('takes no hyphenated line that holds a clause as a credit', () => {
    const text = '"We need more buses on the northern routes."\n\n- Mara Velt has left the council.';
    assert.equal(quoteWith(quotesOf(text), 'more buses').speaker, null);
  });

  it('gives a quotation after "NOUN that said" to the relative "that"', () => {
    const text = 'Volunteers handed out flyers that said, "The harbor belongs to everyone."';
    const q = quoteWith(quotesOf(text), 'The harbor');
    assert.equal(speakerText(text, q), 'that');
    assert.equal(q.speaker?.name, 'flyers');
  });

  it('leaves a relative "that" with a reported clause to the reports', () => {
    const text = 'The port released a notice that said the ferry would resume in June.';
    assert.ok(!quotesOf(text).some((q) => speakerText(text, q) === 'that'));
  });
});

describe('round 9: a sentence opened by an inverted cue', () => {
  it('credits the name after the opening cue past a relative clause', () => {
    const text =
      'The mill closed in May. Said Ada Korr, who grew up near the mill, "We were all so proud of it."';
    assert.equal(speakerText(text, quoteWith(quotesOf(text), 'so proud')), 'Ada Korr');
  });

  it('does not give a quotation to the next sentence when that one opens its own', () => {
    const text = 'The mill closed in May. "We were all so proud of it." Said one worker: "It is over."';
    const quotes = quotesOf(text);
    assert.notEqual(speakerText(text, quoteWith(quotes, 'so proud')), 'one worker');
    assert.equal(speakerText(text, quoteWith(quotes, 'It is over')), 'one worker');
  });
});

describe('round 9: participles opening an adjunct after a phrase of time or an adverb', () => {
  it('gives the participle the clause subject past "at one point" or an adverb', () => {
    const point =
      'Tom Brann has battled with the port over its finances, at one point calling the harbor master a "liar."';
    assert.equal(speakerText(point, quoteWith(quotesOf(point), 'liar')), 'Tom Brann');
    const adverb =
      'Ada Lind has voiced anger, and even a little fear, about the vote, recently telling one friend that she is unsure "which council will show up."';
    assert.equal(speakerText(adverb, quoteWith(quotesOf(adverb), 'which council')), 'Ada Lind');
  });

  it('reads the name before a reflexive and a relative clause as the participle subject', () => {
    const text =
      'Tom Brann himself, who was not at the rally, has softened his tone, shifting his focus to the port and admitting that his "campaign" will end soon.';
    assert.equal(speakerText(text, quoteWith(quotesOf(text), 'campaign')), 'Tom Brann');
  });

  it('gives a participle after a relative aside the name before the aside', () => {
    const text =
      'Mr. Holm, who has both backed Ms. Vale and criticized her campaign, gave her a cool welcome at the dock, stressing in his remarks that Ms. Vale would sign the port bill.';
    const quotes = quotesOf(text);
    assert.equal(speakerText(text, reportOf(quotes, 'that Ms. Vale would sign the port bill')), 'Holm');
    assert.equal(speakerText(text, reportOf(quotes, 'her campaign')), 'who');
    const named =
      'Senator Tom Brann of Tarn, who is running second in many towns, kept calm for an hour and then grew sharper, eventually saying the levy would be a disaster.';
    assert.equal(speakerText(named, reportOf(quotesOf(named), 'the levy would be a disaster')), 'Tom Brann');
  });

  it('keeps the subject a with-phrase gives its participle', () => {
    const text = 'The poll closed on Friday, with 40 percent of voters calling the levy "a disgrace."';
    assert.equal(speakerText(text, quoteWith(quotesOf(text), 'disgrace')), '40 percent of voters');
  });
});

describe('round 9: objects that report nothing', () => {
  it('reads no report in an attributive participle', () => {
    const text = 'Ada Lind leads by 270 pledged delegates, and the reported deal is off.';
    assert.deepEqual(quotesOf(text), []);
  });

  it('reads no report in a participle naming an indefinite noun', () => {
    const text = 'She joined a group called Harbor Watch last spring.';
    assert.deepEqual(quotesOf(text), []);
    const recount = 'A senator called for a recount.';
    assert.equal(quotesOf(recount)[0]?.text, 'a recount');
  });

  it('takes no span of time after a cue as its object', () => {
    const text = '"We won," she said two days after the vote.';
    assert.deepEqual(
      quotesOf(text).map((q) => q.text),
      ['"We won,"'],
    );
    const clause = 'Tom Brann said each year of school adds to a wage.';
    assert.ok(quotesOf(clause).some((q) => q.text.startsWith('each year')));
  });
});

describe('round 9: possessors of report nouns', () => {
  it('reads a plural possessive and a possessor past a participle adjective', () => {
    const plural = "The senators' renewed demands for a vote failed.";
    assert.equal(speakerText(plural, quoteWith(quotesOf(plural), 'a vote')), 'The senators');
    const nuanced = 'Ada Lind spoke at noon. Her nuanced views about trade are a hard sell.';
    assert.equal(speakerText(nuanced, quoteWith(quotesOf(nuanced), 'trade')), 'Her');
  });
});
