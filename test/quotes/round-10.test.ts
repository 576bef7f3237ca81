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

describe('round 10: a report noun with a that-clause', () => {
  it('reads the clause after "claim that" as the possessor’s report, up to the main verb', () => {
    const text = "Ada Lind's claim that the harbor master wrecked the budget was dismissed by the council.";
    const q = reportOf(quotesOf(text), 'that the harbor master wrecked the budget');
    assert.equal(q.kind, 'indirect');
    assert.equal(speakerText(text, q), 'Ada Lind');
  });

  it('ends the clause at a verb after its closing mark', () => {
    const text = 'Jon Berg\'s accusation that the mayor "sold the port," drew a sharp rebuke on Monday.';
    const q = reportOf(quotesOf(text), 'that the mayor "sold the port,"');
    assert.equal(q.kind, 'mixed');
    assert.equal(speakerText(text, q), 'Jon Berg');
  });

  it('reads no clause after a noun outside the list or without a clause', () => {
    const text = 'The fact that the ferry runs late annoys commuters. Her statement that night was short.';
    assert.ok(!quotesOf(text).some((q) => q.text.startsWith('that')));
  });

  it('leaves quoted words of a clause with no named speaker to their own quote', () => {
    const text = 'Recent campaign accusations that the mayor ran a "rigged" tender have hurt him.';
    const quotes = quotesOf(text);
    assert.ok(!quotes.some((q) => q.kind === 'mixed'));
    assert.ok(quoteWith(quotes, 'rigged'));
  });
});

describe('round 10: speech, belief and stance forms added to cues.yaml', () => {
  const cases: [string, string][] = [
    [
      'Ada Lind sniped that the ferry board was "asleep at the wheel."',
      'that the ferry board was "asleep at the wheel."',
    ],
    ['Jon Berg assailed the toll increase.', 'the toll increase'],
    ['The union applauded the new contract.', 'the new contract'],
    ['Mara Velt is questioning whether the bridge can open in May.', 'whether the bridge can open in May'],
    ['Tom Brann remembered that the harbor froze in 1987.', 'that the harbor froze in 1987'],
    ['Most residents prefer the northern route.', 'the northern route'],
    ['The mayor highlighted the drop in ferry fares.', 'the drop in ferry fares'],
    ['Ada Lind recommended that the port hire more pilots.', 'that the port hire more pilots'],
  ];
  for (const [text, content] of cases)
    it(`reads "${content}" in: ${text}`, () => {
      assert.ok(reportOf(quotesOf(text), content));
    });
});

describe('round 10: more cue forms', () => {
  const cases: [string, string][] = [
    ['The mayor touts the new ferry schedule.', 'the new ferry schedule'],
    ['Ada Lind reaffirmed that the port will stay open.', 'that the port will stay open'],
    ['Jon Berg downplayed the risk of a strike.', 'the risk of a strike'],
    ['The union threatened that it would walk out in May.', 'that it would walk out in May'],
    ['Mara Velt advised the council that the bridge needs repairs.', 'that the bridge needs repairs'],
    ['Tom Brann informed reporters that the vote was delayed.', 'that the vote was delayed'],
    ['The ferry union asked for a review of the new timetable.', 'a review of the new timetable'],
  ];
  for (const [text, content] of cases)
    it(`reads "${content}" in: ${text}`, () => {
      assert.ok(reportOf(quotesOf(text), content));
    });

  it('reads "chants" as the cue of the chanted words', () => {
    const text = 'The crowd chants "Open the port!" as the mayor arrives.';
    assert.equal(speakerText(text, quoteWith(quotesOf(text), 'Open the port')), 'The crowd');
  });
});

describe('round 10: base forms of speech verbs that are never nouns', () => {
  it('reads a report after a modal and a base form', () => {
    const text = 'Ada Lind would later concede that the port was too small.';
    assert.equal(speakerText(text, reportOf(quotesOf(text), 'that the port was too small')), 'Ada Lind');
  });

  it('attributes a quotation before "X would later quip"', () => {
    const text = '"I guess the ferry was full," Jon Berg would later quip.';
    assert.equal(speakerText(text, quoteWith(quotesOf(text), 'I guess the ferry')), 'Jon Berg');
  });

  it('ends a content at "and" before a second base-form predicate', () => {
    const text =
      'Mara Velt urged the board to accuse the port of "reckless spending" and encourage the mayor to resign.';
    const q = quoteWith(quotesOf(text), 'the port of');
    assert.ok(!q.text.includes('encourage'), q.text);
  });
});
