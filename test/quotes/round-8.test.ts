import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { quotesOf, quoteWith, reportOf, speakerText } from './helpers.js';

describe('round 8: phrases between a cue and its that-clause', () => {
  it('reads the content past a phrase opened by for, with or by', () => {
    for (const [text, content] of [
      [
        'Ida Kern said for the first time that the ferry would stop in May.',
        'that the ferry would stop in May',
      ],
      ['Ida Kern wrote for a farming weekly that the levy had failed.', 'that the levy had failed'],
      ['The mayor told the council with a smile that the bridge was safe.', 'that the bridge was safe'],
    ]) {
      const q = reportOf(quotesOf(text), content);
      assert.equal(q.kind, 'indirect');
      assert.ok(speakerText(text, q), text);
    }
  });
});

describe('round 8: questions asked by a named agent', () => {
  it('gives the question to the agent after "asked by"', () => {
    const text = 'Asked by Tom Reyes if the levy would pass, Ana Lind shrugged.';
    const q = reportOf(quotesOf(text), 'if the levy would pass');
    assert.equal(q.rule, 'report/asked');
    assert.equal(speakerText(text, q), 'Tom Reyes');
    const inner = '“Fine,” she said when asked by a reporter whether the plan stands.';
    assert.equal(speakerText(inner, reportOf(quotesOf(inner), 'whether the plan stands')), 'a reporter');
  });

  it('keeps a question nobody is named as asking without a speaker', () => {
    const text = 'Asked whether the levy would pass, Ana Lind said no.';
    assert.equal(reportOf(quotesOf(text), 'whether the levy would pass').speaker, null);
  });
});

describe('round 8: media as speakers', () => {
  it('gives words carried by a medium object to the clause subject, past its complement', () => {
    const text = 'His campaign sent a text message to supporters saying: "We won the vote in Tarn."';
    assert.equal(speakerText(text, quoteWith(quotesOf(text), 'We won')), 'His campaign');
    const article = 'The union emailed a news article reporting that "the port is closing."';
    assert.equal(speakerText(article, quoteWith(quotesOf(article), 'the port')), 'The union');
  });

  it('keeps a medium that is the subject of the cue as the speaker', () => {
    const text = 'The mayor answered the union at noon. "We will stay open," the statement said.';
    assert.equal(speakerText(text, quoteWith(quotesOf(text), 'stay open')), 'the statement');
    const shows = 'Ada Lind started a channel in 2009, and her first videos show a "calm" woman.';
    assert.equal(speakerText(shows, quoteWith(quotesOf(shows), 'calm')), 'her first videos');
  });

  it('still gives a statement in a prepositional phrase to the clause subject', () => {
    const text = 'Ana Holm is backing Lind and in a statement praised him for "a brave campaign."';
    assert.equal(speakerText(text, quoteWith(quotesOf(text), 'brave')), 'Ana Holm');
  });
});

describe('round 8: relative clauses around a cue', () => {
  it('reads a relative clause with no pronoun after a clause-reporting cue', () => {
    const text = 'It was a delay the agency said was caused by the storm.';
    const q = reportOf(quotesOf(text), 'was caused by the storm');
    assert.equal(q.rule, 'report/relative');
    assert.equal(speakerText(text, q), 'the agency');
  });

  it('does not take "that" before the speaker as its determiner', () => {
    const text = 'Lind withheld files that officials said would harm the port.';
    assert.equal(speakerText(text, reportOf(quotesOf(text), 'would harm the port')), 'officials');
  });

  it('reads no bare relative after an object-taking cue or a name holding a cue word', () => {
    const text = 'The account Roe retweeted was set up by a rival.';
    assert.equal(quotesOf(text).length, 0, JSON.stringify(quotesOf(text).map((q) => q.text)));
    const name = 'The group Farmers Say is sponsoring a fair in Tarn.';
    assert.equal(quotesOf(name).length, 0, JSON.stringify(quotesOf(name).map((q) => q.text)));
  });

  it('ends a relative clause set off by a comma before the main verb', () => {
    const text = 'The levy, which the board said was legal, passed in May.';
    assert.equal(reportOf(quotesOf(text), 'was legal').rule, 'report/relative');
  });
});

describe('round 8: a clause before an inverted attribution', () => {
  it('reads "CLAUSE, said NAME" when a phrase with a comma opens the clause', () => {
    const text = 'In a dry year, farmers sell their herds early, said Ana Lind, a vet in Tarn.';
    const q = reportOf(quotesOf(text), 'In a dry year, farmers sell their herds early');
    assert.equal(q.rule, 'report/backward');
    assert.equal(speakerText(text, q), 'Ana Lind');
  });

  it('keeps an appositive before the cue as the speaker', () => {
    const text = 'Jane Roe, a lawyer who runs a firm, said the plan was bad.';
    assert.equal(speakerText(text, reportOf(quotesOf(text), 'the plan was bad')), 'Jane Roe');
  });
});

describe('round 8: shares of a poll as speakers', () => {
  it('reads a share written with a percent sign, and a fraction in fourths', () => {
    const text = 'On housing, 41% say the city builds too little.';
    assert.equal(speakerText(text, reportOf(quotesOf(text), 'the city builds too little')), '41%');
    const fourths = 'Three-fourths say the ferry is too slow.';
    assert.equal(speakerText(fourths, reportOf(quotesOf(fourths), 'the ferry is too slow')), 'Three-fourths');
  });
});

describe('round 8: findings of a poll', () => {
  it('reads "finds" as a report of a poll or study', () => {
    const text = 'A Tarn poll finds that most voters back the levy.';
    const q = reportOf(quotesOf(text), 'that most voters back the levy');
    assert.equal(speakerText(text, q), 'A Tarn poll');
  });
});

describe('round 8: sources after "according to"', () => {
  it('reads a plural the tagger takes for a verb, and a gerund inside the phrase', () => {
    const text = 'The Lind campaign has booked radio ads in four towns, according to sources.';
    assert.equal(
      speakerText(text, reportOf(quotesOf(text), 'The Lind campaign has booked radio ads in four towns')),
      'sources',
    );
    const gerund = 'The Lind campaign has booked radio ads in four towns, according to ad buying firms.';
    const q = reportOf(quotesOf(gerund), 'The Lind campaign has booked radio ads in four towns');
    assert.equal(speakerText(gerund, q), 'ad buying firms');
  });
});

describe('round 8: capitalised words right after their cue', () => {
  it('keeps capitalised words a cue introduces as a quote', () => {
    const text = 'The band leader called the mayor to the stage, singing "It Is Our Time."';
    const q = quoteWith(quotesOf(text), 'Our Time');
    assert.equal(q.kind, 'direct');
    assert.equal(speakerText(text, q), 'The band leader');
  });

  it('keeps a named thing or a show told something a title', () => {
    for (const text of [
      'She wrote a book called "Women At Work" last year.',
      'Ana Lind told "Morning Tarn" that the port would close.',
    ]) {
      const quotes = quotesOf(text);
      assert.ok(!quotes.some((q) => q.kind === 'direct' || q.kind === 'partial'), JSON.stringify(quotes));
    }
  });
});

describe('round 8: a bare cue closing with a phrase', () => {
  it('gives a quote after "NAME said in a statement." to that name', () => {
    const text = 'Ana Lind, the head of the port, said in a statement. "No ship has docked since May."';
    const q = quoteWith(quotesOf(text), 'No ship has docked');
    assert.equal(q.rule, 'marks/bare-cue');
    assert.equal(speakerText(text, q), 'Ana Lind');
  });

  it('gives none after a sentence whose verb after the cue is its own', () => {
    const text = 'Ana Lind said the port opened. "No ship has docked since May."';
    assert.notEqual(quoteWith(quotesOf(text), 'No ship has docked').rule, 'marks/bare-cue');
  });
});

describe('round 8: a clause holding words in quotation marks is mixed', () => {
  it('types a report mixed when its quoted words read as a title', () => {
    const text = 'Ana Lind said the port nicknamed "Old Harbour" is a longtime asset for the town.';
    const q = reportOf(quotesOf(text), 'the port nicknamed "Old Harbour" is a longtime asset for the town');
    assert.equal(q.kind, 'mixed');
    assert.equal(speakerText(text, q), 'Ana Lind');
  });
});

describe('round 8: a show as the hearer', () => {
  it('reads the that-clause after a show told, not the show as content', () => {
    const text = 'Ana Lind told Radio Tarn’s "Morning Show" that nobody would question the levy.';
    const quotes = quotesOf(text);
    assert.equal(reportOf(quotes, 'that nobody would question the levy').kind, 'indirect');
    assert.ok(
      !quotes.some((q) => q.text.includes('Morning Show')),
      JSON.stringify(quotes.map((q) => q.text)),
    );
  });
});

describe('round 8: a quoted figure inside the writer’s clause', () => {
  it('reads a figure opening quoted words that end no sentence as a fragment', () => {
    const text = 'The clinic, which reported “4,310 flu cases” in the county last winter, asked for funds.';
    const kinds = quotesOf(text).map((q) => q.kind);
    assert.ok(kinds.includes('partial') && !kinds.includes('direct'), JSON.stringify(kinds));
    const whole = 'The nurse said: “4,310 people came in. We could not cope.”';
    assert.equal(quoteWith(quotesOf(whole), '4,310').kind, 'direct');
  });
});

describe('round 8: transcript turns say or ask something', () => {
  it('reads no turn in a tally or a list of names, but keeps a verbless question', () => {
    const text =
      'Delegates so far, as counted by the party.\n\nAna Lind: 1,204.\n\nTom Berg: 988.\n\nAna Lind said the count was fair.\n\nTom Berg: And the new levy?\n\nTom Berg said little.';
    const quotes = quotesOf(text);
    assert.ok(!quotes.some((q) => /^[\d,]+$/.test(q.text)), JSON.stringify(quotes.map((q) => q.text)));
    assert.ok(quotes.some((q) => q.rule === 'report/turn' && q.text.includes('the new levy')));
  });
});

describe('round 8: a base form before "that"', () => {
  it('reads a noun-tagged base form after a noun and before a complementizer as the cue', () => {
    const text = 'Data show that the average fare is higher in Tarn.';
    const q = reportOf(quotesOf(text), 'that the average fare is higher in Tarn');
    assert.equal(speakerText(text, q), 'Data');
  });
});

describe('round 8: a place adverb between speaker and cue', () => {
  it('reads "Polls there show ..." and "Voters there say ..."', () => {
    const text = 'Polls there show Lind is trailing Berg.';
    assert.equal(speakerText(text, reportOf(quotesOf(text), 'Lind is trailing Berg')), 'Polls');
    const say = 'Voters there say the levy is too high.';
    assert.equal(speakerText(say, reportOf(quotesOf(say), 'the levy is too high')), 'Voters');
  });
});

describe('round 8: a dated source', () => {
  it('reads "a poll out Monday" and "a poll released last week" as the source', () => {
    const text = 'A Tarn poll out Monday showed that Lind leads.';
    assert.equal(speakerText(text, reportOf(quotesOf(text), 'that Lind leads')), 'A Tarn poll out Monday');
    const last = 'A Tarn poll released last week showed that Lind leads.';
    assert.equal(
      speakerText(last, reportOf(quotesOf(last), 'that Lind leads')),
      'A Tarn poll released last week',
    );
  });
});
