import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { quotesOf, quoteWith, reportOf, speakerText } from './helpers.js';

describe('reports the speaker mention used to hide', () => {
  it('reads past a reflexive between the speaker and the cue', () => {
    const text = 'The ferry company itself said the crossing would close in May.';
    const q = reportOf(quotesOf(text), 'the crossing would close in May');
    assert.equal(speakerText(text, q), 'The ferry company');
  });

  it('reads a polled group with its participle as the speaker', () => {
    const text =
      'Most of the growers surveyed said the levy was too high. Those polled say prices will rise.';
    const quotes = quotesOf(text);
    assert.equal(speakerText(text, reportOf(quotes, 'the levy was too high')), 'the growers surveyed');
    assert.equal(speakerText(text, reportOf(quotes, 'prices will rise')), 'Those polled');
  });

  it('finds the name before a parenthesis that an appositive follows', () => {
    const text = 'Rep. Omar Lind (D-Maine), a former harbour pilot, said the channel needed dredging.';
    const q = reportOf(quotesOf(text), 'the channel needed dredging');
    assert.equal(speakerText(text, q), 'Omar Lind');
  });
});

describe('where a report ends', () => {
  it('stops before a non-restrictive relative about a person', () => {
    const text = 'Ilse Varga said the plan came from Omar Lind, who chaired the harbour board until 2019.';
    reportOf(quotesOf(text), 'the plan came from Omar Lind');
  });

  it('stops before a participle of responding that opens the next report', () => {
    const text = 'Varga declined to discuss the dredging, replying that the board would decide.';
    reportOf(quotesOf(text), 'to discuss the dredging');
  });

  it('keeps a relative that comes between the content clause and its verb', () => {
    const text = 'Varga says that Lind, who charges a high fee, has lost money on the ferry deal.';
    reportOf(quotesOf(text), 'that Lind, who charges a high fee, has lost money on the ferry deal');
  });

  it('keeps a list of relatives that goes on the first one', () => {
    const text = 'Varga said there are growers who sell at the dock, who never use the market hall.';
    reportOf(quotesOf(text), 'there are growers who sell at the dock, who never use the market hall');
  });
});

describe('a cue inside a relative clause', () => {
  it('reads the rest of the clause after the cue as the content', () => {
    const text =
      'The board set a deadline that several growers said went unnoticed in the valley. ' +
      'The port took thirty bids, which she said were split between two firms.';
    const quotes = quotesOf(text);
    const deadline = reportOf(quotes, 'went unnoticed in the valley');
    assert.equal(deadline.rule, 'report/relative');
    assert.equal(speakerText(text, deadline), 'several growers');
    assert.equal(speakerText(text, reportOf(quotes, 'were split between two firms')), 'she');
  });

  it('leaves a relative clause whose cue has a clause of its own to the usual rules', () => {
    const text = 'She met a grower who said the dam would fail.';
    assert.equal(reportOf(quotesOf(text), 'the dam would fail').rule, 'report/forward');
  });
});

describe('a group word as the speaker', () => {
  it('reads "some say", "a third say" and "six in 10 say" as reports of that group', () => {
    const text =
      'Some say the ferry will never run again. Nearly a third say they have not decided. ' +
      'Six in 10 say the levy is fair.';
    const quotes = quotesOf(text);
    assert.equal(speakerText(text, reportOf(quotes, 'the ferry will never run again')), 'Some');
    assert.equal(speakerText(text, reportOf(quotes, 'they have not decided')), 'a third');
    assert.equal(speakerText(text, reportOf(quotes, 'the levy is fair')), 'Six');
  });
});

describe('"according to" inside a sentence', () => {
  it('reads the whole sentence when the phrase follows its first word', () => {
    const text = 'Turnout, according to the county clerk, has doubled since May.';
    const q = reportOf(quotesOf(text), 'Turnout, according to the county clerk, has doubled since May');
    assert.equal(q.rule, 'report/according-inside');
    assert.equal(speakerText(text, q), 'the county clerk');
  });

  it('ends a report before a closing "according to" phrase', () => {
    const text = 'Varga said the lease would end, according to a port official.';
    reportOf(quotesOf(text), 'the lease would end');
  });

  it('credits a clause with an infinitive cue to the source after it', () => {
    const text = 'The ferry board declined to renew the lease, according to a port official.';
    const q = reportOf(quotesOf(text), 'The ferry board declined to renew the lease');
    assert.equal(speakerText(text, q), 'a port official');
  });
});

describe('the writer’s hedges and forecasts', () => {
  it('reads "X is expected to ..." as a report with no speaker, subject included', () => {
    const text = 'The new bridge over the Vistula is expected to open in May.';
    const q = quoteWith(quotesOf(text), 'expected to open');
    assert.equal(q.rule, 'report/evidential');
    assert.equal(q.text, 'The new bridge over the Vistula is expected to open in May');
    assert.equal(q.speaker, null);
  });

  it('starts after an empty "it" and its asides', () => {
    const text = 'It appears, though, that the toll was never collected.';
    assert.equal(quoteWith(quotesOf(text), 'the toll').text, 'that the toll was never collected');
  });

  it('does not read a hedge inside a question ("how long ... is expected to last") as a forecast', () => {
    for (const text of [
      'Nobody at the depot knows how long the repairs are expected to take.',
      'It is unclear whether the ferry is expected to sail on Friday.',
    ])
      assert.ok(!quotesOf(text).some((q) => q.rule === 'report/evidential'), text);
  });

  it('does not read "appeared" before a preposition as a hedge', () => {
    const text = 'Lena Holm appeared on the radio on Monday.';
    assert.ok(!quotesOf(text).some((q) => q.rule === 'report/evidential'));
  });
});

describe('a participle naming what the speaker meant', () => {
  it('reads ", referring to X" after an attribution as a report of X by the same speaker', () => {
    const text = '“We will win this,” Ilse Varga said, referring to the harbour vote.';
    const q = quoteWith(quotesOf(text), 'the harbour vote');
    assert.equal(q.text, 'the harbour vote');
    assert.equal(speakerText(text, q), 'Ilse Varga');
  });
});

describe('a view stated as "X as Y"', () => {
  it('reads the object with its "as" as the content', () => {
    const text = 'Many farmers regard the new dam as a threat to the valley.';
    const q = quoteWith(quotesOf(text), 'the new dam');
    assert.equal(q.text, 'the new dam as a threat to the valley');
    assert.equal(speakerText(text, q), 'Many farmers');
  });

  it('reads nothing from the same verb without "as"', () => {
    const text = 'Ilse Varga saw the mayor at the harbour on Monday.';
    assert.ok(!quotesOf(text).some((q) => q.text.includes('the mayor')));
  });
});

describe('questions put to a speaker nobody names as asking', () => {
  it('reads the topic of "Asked about X, ..." with no speaker', () => {
    const text = 'Asked about the harbour levy, Ilse Varga said she had no plan.';
    const q = quoteWith(quotesOf(text), 'the harbour levy');
    assert.equal(q.rule, 'report/asked');
    assert.equal(q.text, 'the harbour levy');
    assert.equal(q.speaker, null);
  });

  it('reads the question after a phrase ("Asked on Monday whether ...")', () => {
    const text = 'Asked on Monday whether the ferry would run, Ilse Varga shook her head.';
    const q = quoteWith(quotesOf(text), 'the ferry would run');
    assert.equal(q.rule, 'report/asked');
    assert.equal(q.text, 'whether the ferry would run');
  });
});

describe('a report noun without a possessor', () => {
  it('is the words of the subject of the verb it is the object of', () => {
    const text = 'Ilse Varga raised sharp questions about the new dam.';
    const q = quoteWith(quotesOf(text), 'the new dam');
    assert.equal(speakerText(text, q), 'Ilse Varga');
  });

  it('is nobody named when that verb only receives it', () => {
    const text = 'The mayor faced criticism of the harbour levy.';
    const q = quoteWith(quotesOf(text), 'the harbour levy');
    assert.equal(q.speaker, null);
  });
});

describe('a poll as a source', () => {
  it('reads "a poll showing X" with the poll as the speaker', () => {
    const text = 'The mayor spoke after a new poll showing Ilse Varga far ahead in the race.';
    const q = quoteWith(quotesOf(text), 'far ahead');
    assert.equal(speakerText(text, q), 'a new poll');
  });
});

describe('reminders and particles', () => {
  it('reads "reminded HEARER that X"', () => {
    const text = 'Ilse Varga reminded the voters that she had built the pier.';
    const q = quoteWith(quotesOf(text), 'she had built the pier');
    assert.equal(q.text, 'that she had built the pier');
    assert.equal(speakerText(text, q), 'Ilse Varga');
  });

  it('reads "pointed out that X"', () => {
    const text = 'Ilse Varga pointed out that the pier was older than the town.';
    const q = quoteWith(quotesOf(text), 'the pier was older');
    assert.equal(q.text, 'that the pier was older than the town');
  });
});
