import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { quotesOf, quoteWith, reportOf, speakerText } from './helpers.js';

describe('reports through a preposition, a noun or the passive', () => {
  it('names the clause subject for a possessive pronoun in its predicate', () => {
    const text = 'The harbour councillors have signaled their support for the levy.';
    assert.equal(speakerText(text, reportOf(quotesOf(text), 'the levy')), 'The harbour councillors');
    const received = 'The Senate leaders heard their criticism of the levy.';
    assert.equal(speakerText(received, reportOf(quotesOf(received), 'the levy')), 'their');
    const alone = 'Their support for the levy is fading.';
    assert.equal(speakerText(alone, reportOf(quotesOf(alone), 'the levy')), 'Their');
  });

  it("takes the object of a cue's preposition, also past a date and after the hearer", () => {
    const text =
      'Mayor Ilse Varga called on Friday for a recount of the ballots. ' +
      'The council asked her about the missing funds. Varga spoke out about the delays.';
    const quotes = quotesOf(text);
    const recount = reportOf(quotes, 'a recount of the ballots');
    assert.equal(recount.rule, 'report/preposition');
    assert.equal(speakerText(text, recount), 'Ilse Varga');
    assert.equal(speakerText(text, reportOf(quotes, 'the missing funds')), 'The council');
    assert.equal(speakerText(text, reportOf(quotes, 'the delays')), 'Varga');
  });

  it('leaves a pronoun hearer out of what was told: "told us a decision could come"', () => {
    const text = 'Harbour officials told us a decision on the ferries could come by Friday.';
    const report = reportOf(quotesOf(text), 'a decision on the ferries could come by Friday');
    assert.equal(report.kind, 'indirect');
  });

  it('keeps "of ..." in an accusation\'s object past the day it was made', () => {
    const text = 'Norway accused Sweden on Tuesday of hiding the catch figures.';
    const report = reportOf(quotesOf(text), 'Sweden on Tuesday of hiding the catch figures');
    assert.equal(speakerText(text, report), 'Norway');
  });

  it('reads nothing from a verb that reports only through its preposition', () => {
    const quotes = quotesOf('The union pushed the cart into the hall.');
    assert.deepEqual(quotes, []);
  });

  it('names the possessor of a reporting noun as the speaker, and no one without one', () => {
    const text = "Varga's criticism of the budget was sharp. Concerns about the dam grew.";
    const quotes = quotesOf(text);
    assert.equal(speakerText(text, reportOf(quotes, 'the budget')), 'Varga');
    assert.equal(reportOf(quotes, 'the dam').speaker, null);
  });

  it("lists once a noun's report that ends a verb's report by the same speaker", () => {
    const text =
      'Mayor Ilse Varga reiterated her opposition to the new stadium. ' +
      'Last month, council members pledged their support for the dock workers.';
    const quotes = quotesOf(text);
    assert.deepEqual(
      quotes.map((q) => q.text),
      ['her opposition to the new stadium', 'their support for the dock workers'],
    );
    assert.equal(speakerText(text, quotes[1]), 'council members');
  });

  it("keeps a noun's report inside a verb's report when another speaker owns the noun", () => {
    const text = "Varga welcomed Peter Roe's criticism of the budget.";
    const q = reportOf(quotesOf(text), 'the budget');
    assert.equal(q.rule, 'report/noun');
    assert.equal(q.speaker?.name, 'Peter Roe');
  });

  it('reads a to-infinitive after an intention noun, its possessive pronoun as the speaker', () => {
    const text = 'Ilse Varga said the farmers were right. Her pledge to cut the levy won them over.';
    const q = reportOf(quotesOf(text), 'to cut the levy');
    assert.equal(speakerText(text, q), 'Her');
    assert.equal(q.speaker?.name, 'Ilse Varga');
  });

  it('reads a passive cue: the subject is the content, the agent after "by" the speaker', () => {
    const text = 'The levy was endorsed by the farmers union. The mayor was called a coward by the union.';
    const quotes = quotesOf(text);
    const q = reportOf(quotes, 'The levy');
    assert.equal(q.rule, 'report/passive');
    assert.equal(speakerText(text, q), 'the farmers union');
    assert.equal(speakerText(text, reportOf(quotes, 'The mayor')), 'the union');
  });
});

describe('report content boundaries', () => {
  it('ends a report before ", however" opening a clause of the writer’s', () => {
    const text =
      'In May, 40 percent said they would back the levy, however the share has since fallen to 31 percent.';
    assert.equal(quoteWith(quotesOf(text), 'back the levy').text, 'they would back the levy');
    const aside = 'Ivo Marek said that the levy would pass, however, and the board agreed.';
    assert.match(quoteWith(quotesOf(aside), 'the levy').text, /however$/);
  });

  it('ends an object before a date that closes it', () => {
    const text = 'The farmers’ union endorsed Ivo Marek last week.';
    assert.equal(quoteWith(quotesOf(text), 'Ivo Marek').text, 'Ivo Marek');
    const inside = 'The union criticized remarks by Ivo Marek last week that the mill was doomed.';
    assert.match(quoteWith(quotesOf(inside), 'remarks by').text, /that the mill was doomed$/);
  });

  it('gives the hearer of a passive "was told" / "were asked" no speaker role', () => {
    const text = 'When the pilots were asked whether the runway was safe, they hesitated.';
    const q = reportOf(quotesOf(text), 'whether the runway was safe');
    assert.equal(q.speaker, null);
    const told = 'Marta Holm was told that her post would be cut.';
    assert.equal(reportOf(quotesOf(told), 'that her post would be cut').speaker, null);
    const active = 'Marta Holm told staff that her post would be cut.';
    assert.equal(speakerText(active, reportOf(quotesOf(active), 'that her post would be cut')), 'Marta Holm');
  });

  it('gives an empty "it" before a passive cue no speaker', () => {
    const text = 'The port lost its licence after it was revealed in May that the cranes had failed.';
    const q = reportOf(quotesOf(text), 'that the cranes had failed');
    assert.equal(q.speaker, null);
    assert.equal(q.rule, 'report/impersonal');
    const active = 'The agency said it revealed that the cranes had failed.';
    assert.equal(speakerText(active, reportOf(quotesOf(active), 'that the cranes had failed')), 'it');
  });

  it('reads no backward report over a quotation opened after a colon', () => {
    const text = 'Later Berg turned to the harbour fees: “They have to come down,” she said.';
    const quotes = quotesOf(text);
    assert.equal(quotes.filter((q) => q.text.includes('harbour fees')).length, 0);
    assert.equal(speakerText(text, quoteWith(quotes, 'come down')), 'she');
    const comma = 'With three ferries gone, “the island is cut off,” Berg said.';
    assert.match(quoteWith(quotesOf(comma), 'cut off').text, /^With three ferries/);
  });

  it('ends a report before an absolute phrase ", with X doing Y"', () => {
    const text =
      'The ministry denied that the dam had cracked, with engineers rushing to the site by nightfall.';
    assert.equal(quoteWith(quotesOf(text), 'the dam had').text, 'that the dam had cracked');
    const kept = 'Ilse Varga said the ferry will sail with a new crew in May.';
    assert.equal(quoteWith(quotesOf(kept), 'the ferry').text, 'the ferry will sail with a new crew in May');
  });

  it('reports a clause interrupted by its attribution once, over the whole clause', () => {
    const text = 'The new bridge, Varga said, would open in the spring.';
    const quotes = quotesOf(text);
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].text, 'The new bridge, Varga said, would open in the spring');
    assert.equal(quotes[0].rule, 'report/interrupted');
    assert.equal(speakerText(text, quotes[0]), 'Varga');
    // A quotation before the attribution stays a quote of its own, the clause after it a report.
    const quoted = '"We are ready," said councillor Ivo Varga, angered that the mayor ignored the petition.';
    const after = reportOf(quotesOf(quoted), 'angered that the mayor ignored the petition');
    assert.ok(!after.text.includes('ready'));
  });

  it('reads a backward report whose speaker has a relative clause', () => {
    const text = 'The mill will close in May, said Ilse Varga, who runs the union.';
    const q = reportOf(quotesOf(text), 'The mill will close in May');
    assert.equal(speakerText(text, q), 'Ilse Varga');
  });

  it('reads a backward report whose speaker opens with a title, and a speaker before a dash aside', () => {
    const headline = 'The Mill Will Close, Former Union Chief Says.';
    assert.equal(reportOf(quotesOf(headline), 'The Mill Will Close').rule, 'report/backward');
    const text = 'Jane Roe -- a lawyer who runs the union -- said the mill would close.';
    assert.equal(speakerText(text, reportOf(quotesOf(text), 'the mill would close')), 'Jane Roe');
  });

  it("ends the content before the writer's relative clause and a clause with its own subject", () => {
    const text =
      'Varga said she expects the mill to reopen, which surprised the workers. ' +
      'The agency announced that it is cutting its forecast, and the markets fell.';
    const quotes = quotesOf(text);
    reportOf(quotes, 'she expects the mill to reopen');
    reportOf(quotes, 'that it is cutting its forecast');
  });

  it("ends the content where another speaker's report starts", () => {
    const text = 'Farmers said the levy was unfair and the mayor accused them of stalling.';
    const quotes = quotesOf(text);
    reportOf(quotes, 'the levy was unfair');
    assert.equal(speakerText(text, reportOf(quotes, 'them of stalling')), 'the mayor');
  });

  it('reads an "as X noted" aside in the middle and at the end of the clause it attributes', () => {
    const text = 'The island, as Varga noted, rarely floods. The dam held, as engineers have said.';
    const quotes = quotesOf(text);
    reportOf(quotes, 'The island');
    reportOf(quotes, 'rarely floods');
    assert.equal(speakerText(text, reportOf(quotes, 'The dam held')), 'engineers');
  });

  it('reads "according to X" closing a sentence without a comma', () => {
    const text = 'The mill lost money for a decade according to the auditors.';
    const q = reportOf(quotesOf(text), 'The mill lost money for a decade');
    assert.equal(speakerText(text, q), 'the auditors');
  });

  it('takes the hearer with its infinitive and an embedded question as content', () => {
    const text =
      'Varga urged the council to delay the vote. The auditors asked whether the funds were spent.';
    const quotes = quotesOf(text);
    reportOf(quotes, 'the council to delay the vote');
    reportOf(quotes, 'whether the funds were spent');
  });

  it('skips a date after a cue rather than reading it as the object', () => {
    const quotes = quotesOf('Varga criticized on Friday the new toll.');
    assert.ok(!quotes.some((q) => q.text === 'Friday'));
  });

  it('names a relative pronoun speaker by its antecedent, keeping the pronoun as the mention', () => {
    const text = 'Varga met the Elbonian Union, which said that the talks would resume.';
    const q = reportOf(quotesOf(text), 'that the talks would resume');
    assert.equal(speakerText(text, q), 'which');
    assert.equal(q.speaker?.name, 'Elbonian Union');
  });
});

describe('transcripts', () => {
  it('takes a capitals label inside the marks as the speaker and drops stage directions', () => {
    const text =
      '"HOST: Will the mill reopen?\n\n"VARGA: It will reopen in May.\n\n"(CROSSTALK.)\n\n"Workers deserve to know."';
    const quotes = quotesOf(text);
    const answer = quoteWith(quotes, 'It will reopen');
    assert.ok(answer.text.startsWith('It will reopen'));
    assert.equal(speakerText(text, answer), 'VARGA');
    assert.equal(speakerText(text, quoteWith(quotes, 'Will the mill')), 'HOST');
    assert.ok(!quotes.some((q) => q.text.includes('CROSSTALK')));
  });

  it('reads a backward report whose speaker is an acronym after "the"', () => {
    const text = 'Growth in rich nations is slowing, the OECD said.';
    const q = reportOf(quotesOf(text), 'Growth in rich nations is slowing');
    assert.equal(speakerText(text, q), 'OECD');
  });

  it('ends a report before ", and when ..." opens another part of the sentence', () => {
    const text =
      'Berg said the bridge would not open in May, and when asked why, the engineer replied that the steel was late.';
    const quotes = quotesOf(text);
    assert.equal(speakerText(text, reportOf(quotes, 'the bridge would not open in May')), 'Berg');
    assert.equal(speakerText(text, reportOf(quotes, 'that the steel was late')), 'the engineer');
  });

  it('ends a report before ", citing ..." and gives the citation the same speaker', () => {
    const text = 'Analysts said the port has grown in appeal, citing the new rail link to the north.';
    const quotes = quotesOf(text);
    assert.equal(speakerText(text, reportOf(quotes, 'the port has grown in appeal')), 'Analysts');
    assert.equal(speakerText(text, reportOf(quotes, 'the new rail link to the north')), 'Analysts');
  });

  it('reads a report whose sentence the splitter cut inside "(R-S.C.)"', () => {
    const text = 'The vote was close. Rep. Tom Dahl (R-S.C.) said the levy would hurt small farms.';
    const q = reportOf(quotesOf(text), 'the levy would hurt small farms');
    assert.equal(speakerText(text, q), 'Tom Dahl');
  });

  it('reads a bare clause after a phrase between the cue and its subject pronoun', () => {
    const text = 'Ola Berg said after the vote she would appeal the ruling.';
    const q = reportOf(quotesOf(text), 'she would appeal the ruling');
    assert.equal(speakerText(text, q), 'Ola Berg');
  });
});

describe('round 5: where a report after its cue starts', () => {
  it('reads past an adverb set off by commas after the cue', () => {
    const text = 'Dalby said, however, that he hopes the ferry will run again.';
    const q = reportOf(quotesOf(text), 'that he hopes the ferry will run again');
    assert.equal(speakerText(text, q), 'Dalby');
  });

  it('reads past a city and its state in the phrase after the cue', () => {
    const text = 'Mayor Ilse Varga said Sunday in Salem, Oregon, that she expected a large turnout.';
    const q = reportOf(quotesOf(text), 'that she expected a large turnout');
    assert.equal(speakerText(text, q), 'Ilse Varga');
  });

  it('reads past a show’s quoted title naming the hearer', () => {
    const text = 'Dalby told Radio Nord’s “Morning Harbour” that the levy would fail.';
    const q = reportOf(quotesOf(text), 'that the levy would fail');
    assert.equal(speakerText(text, q), 'Dalby');
  });

  it('skips an emphatic "does" between the speaker and the cue', () => {
    const text = 'The charter names no ships, but it does say that the port stays open.';
    const q = reportOf(quotesOf(text), 'that the port stays open');
    assert.equal(speakerText(text, q), 'it');
  });

  it('gives "went on to say that ..." the subject of "went"', () => {
    const text = 'Varga went on to say that the harbour plan was sound.';
    const q = reportOf(quotesOf(text), 'that the harbour plan was sound');
    assert.equal(speakerText(text, q), 'Varga');
  });
});

describe('round 5: adverbial clauses, negation and quoted speakers', () => {
  it('reads no content after the comma of a cue closing an adverbial clause', () => {
    const text = 'Later, after the hearing concluded, Varga stated that the levy “was not fair.”';
    const quotes = quotesOf(text);
    assert.ok(
      !quotes.some((q) => q.text.startsWith('Varga stated')),
      JSON.stringify(quotes.map((q) => q.text)),
    );
    assert.equal(speakerText(text, reportOf(quotes, 'that the levy “was not fair.”')), 'Varga');
  });

  it('skips "did not" between the speaker and the cue', () => {
    const text = 'When the scan was done, Dalby did not want to stay in the clinic.';
    const q = reportOf(quotesOf(text), 'to stay in the clinic');
    assert.equal(speakerText(text, q), 'Dalby');
  });

  it('does not give a participle the speaker of a cue inside the quotation', () => {
    const text =
      '“We see no tie to the walkout,” the harbourmaster said, adding that officials would need “several more days” to be sure.';
    const q = reportOf(quotesOf(text), 'that officials would need “several more days” to be sure');
    assert.equal(speakerText(text, q), 'the harbourmaster');
  });
});

describe('round 5: the object of "want"', () => {
  it('reads "Fishermen want a new harbour" as a report of what they want', () => {
    const text = 'Fishermen want a new harbour, built before the winter storms.';
    const q = reportOf(quotesOf(text), 'a new harbour');
    assert.equal(speakerText(text, q), 'Fishermen');
  });
});

describe('round 5: base-form stance verbs the tagger reads as nouns', () => {
  it('reads "Millennials support background checks" as a stance of the group', () => {
    const text = 'Millennials support background checks for all boat buyers.';
    const q = reportOf(quotesOf(text), 'background checks for all boat buyers');
    assert.equal(speakerText(text, q), 'Millennials');
  });

  it('reads "senators support reforming the levy" with a gerund object', () => {
    const text = 'A growing number of senators support reforming the harbour levy.';
    const q = reportOf(quotesOf(text), 'reforming the harbour levy');
    // the whole description speaks (speaker mentions keep their of-complement)
    assert.equal(speakerText(text, q), 'A growing number of senators');
  });
});

describe('round 5: an opening subordinate clause before a main clause with its own phrase', () => {
  it('ends the subordinate report at the comma before "at the hearing this week she said"', () => {
    const text =
      'Although in May she said her choice was a mistake, at the hearing this week she said it was not a crime.';
    const quotes = quotesOf(text);
    reportOf(quotes, 'her choice was a mistake');
    reportOf(quotes, 'it was not a crime');
  });
});
