import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectTimex, timexesOf, timexOf } from './helpers.js';

describe('time: anchoring on the article date (a Wednesday, 2022-02-02)', () => {
  it('a weekday follows the tense of its clause', () => {
    expectTimex('The minister said on Tuesday that talks had failed.', 'Tuesday', 'DATE', '2022-02-01');
    expectTimex('The minister will meet the unions on Tuesday.', 'Tuesday', 'DATE', '2022-02-08');
    expectTimex('The council is expected to vote on Friday.', 'Friday', 'DATE', '2022-02-04');
    expectTimex('The council voted on Friday.', 'Friday', 'DATE', '2022-01-28');
    expectTimex('The court sat on Wednesday as planned.', 'Wednesday', 'DATE', '2022-02-02');
    expectTimex('They met last Monday.', 'last Monday', 'DATE', '2022-01-31');
    expectTimex('They meet again next Monday.', 'next Monday', 'DATE', '2022-02-07');
  });

  it('deictic words count from the article date', () => {
    expectTimex('The embassy closed yesterday.', 'yesterday', 'DATE', '2022-02-01');
    expectTimex('The embassy reopens tomorrow.', 'tomorrow', 'DATE', '2022-02-03');
    expectTimex('The embassy is shut today.', 'today', 'DATE', '2022-02-02');
    expectTimex('The report is due next month.', 'next month', 'DATE', '2022-03');
    expectTimex('The report came out last year.', 'last year', 'DATE', '2021');
    expectTimex('The law changed two years ago.', 'two years ago', 'DATE', '2020');
    expectTimex('The law changed three weeks ago.', 'three weeks ago', 'DATE', '2022-W02');
    expectTimex('Prices rose earlier this year.', 'earlier this year', 'DATE', '2022', 'START');
    expectTimex('The plant opens early next year.', 'early next year', 'DATE', '2023', 'START');
  });

  it('a month without a year: nearest when close, else by tense', () => {
    expectTimex('The new rules apply from March.', 'March', 'DATE', '2022-03');
    expectTimex('The truce collapsed in August.', 'August', 'DATE', '2021-08');
    expectTimex('Elections will be held in September.', 'September', 'DATE', '2022-09');
    expectTimex('Since December, the envoy has said little.', 'December', 'DATE', '2021-12');
    expectTimex('The ship docks on Feb. 20 in Lisbon.', 'Feb. 20', 'DATE', '2022-02-20');
    expectTimex('The ship docked on Nov. 3 in Lisbon.', 'Nov. 3', 'DATE', '2021-11-03');
  });

  it('"the previous day", "that week" and "a year earlier" anchor on the last date mentioned', () => {
    const text = 'The summit opened on March 10, 2019. The delegates had arrived the previous day.';
    expectTimex(text, 'the previous day', 'DATE', '2019-03-09');
    expectTimex(
      'Riots broke out on June 4, 2018. Shops stayed shut that week.',
      'that week',
      'DATE',
      '2018-W23',
    );
    // In February the third quarter reported is last year's; a year earlier is the one before it.
    expectTimex('Profit fell in the third quarter from a year earlier.', 'a year earlier', 'DATE', '2020-Q3');
    expectTimex(
      'The fund lost money in October 2019, after a gain a year earlier.',
      'a year earlier',
      'DATE',
      '2018-10',
    );
  });

  it('"a decade later" with no date before it is the stretch itself, not a date ahead', () => {
    expectTimex('A decade later, the town is still rebuilding.', 'A decade later', 'DURATION', 'P10Y');
    expectTimex('Two years later he was dead.', 'Two years later', 'DURATION', 'P2Y');
    // with a date before it, it counts from that date
    expectTimex(
      'The war began in 2003. A decade later, the town is still rebuilding.',
      'A decade later',
      'DATE',
      '2013',
    );
    // "from a year earlier" in a first sentence still compares with the year before the article
    expectTimex('Sales rose 4% from a year earlier.', 'a year earlier', 'DATE', '2021');
  });

  it('inside a quotation "today" is the day the words were spoken', () => {
    const text =
      'The prime minister spoke to reporters on Monday.\n\n"We will not sign anything today," she said.';
    expectTimex(text, 'today', 'DATE', '2022-01-31');
    expectTimex('"We will not sign anything today," she said.', 'today', 'DATE', '2022-02-02');
  });

  it('an attribution right after the quote ("she said Monday") dates its "today" and "tomorrow"', () => {
    expectTimex('"We meet again tomorrow," the envoy said on Monday.', 'tomorrow', 'DATE', '2022-02-01');
    expectTimex(
      '"It broke down yesterday," the mayor told reporters Monday.',
      'yesterday',
      'DATE',
      '2022-01-30',
    );
    // a later sentence does not date the quote
    expectTimex('"We meet again tomorrow." The envoy left on Monday.', 'tomorrow', 'DATE', '2022-02-03');
  });

  it('rules are named and spans slice the text', () => {
    const text = 'On Friday, three weeks after the vote, the party met again in the early 1990s style.';
    for (const t of timexesOf(text)) {
      assert.equal(text.slice(t.span[0], t.span[1]), t.text);
      assert.match(t.rule, /^time\//);
    }
    assert.ok(timexOf(text, 'Friday'));
  });
});

describe('time: weekdays counted from the last date', () => {
  it('"the previous Friday", "the following Monday"', () => {
    const text = 'Markets fell on June 8, 2021, after a rally the previous Friday.';
    expectTimex(text, 'the previous Friday', 'DATE', '2021-06-04');
    expectTimex(
      'The deal closed on June 8, 2021. The following Monday, staff moved.',
      'The following Monday',
      'DATE',
      '2021-06-14',
    );
  });

  it('"the near term" is the future', () => {
    expectTimex('Rates will stay low in the near term.', 'the near term', 'DATE', 'FUTURE_REF');
  });
});

describe('time: quarters without a year', () => {
  it("a quarter not yet begun is last year's, unless the clause looks ahead", () => {
    expectTimex('Profit rose in the fourth quarter.', 'the fourth quarter', 'DATE', '2021-Q4');
    expectTimex('The firm expects a profit in the fourth quarter.', 'the fourth quarter', 'DATE', '2022-Q4');
    expectTimex('Sales fell in the first quarter, the firm said.', 'the first quarter', 'DATE', '2022-Q1');
  });

  it('"that quarter" and "the weeks ahead"', () => {
    expectTimex(
      'Profit rose in the third quarter of 2019; costs fell that quarter.',
      'that quarter',
      'DATE',
      '2019-Q3',
    );
    expectTimex('Fuel may run short in the weeks ahead.', 'the weeks ahead', 'DURATION', 'PXW');
    expectTimex(
      'Rates will rise over the next couple of years.',
      'the next couple of years',
      'DURATION',
      'P2Y',
    );
  });
});

describe('time: the year-ago quarter', () => {
  it('"the year-earlier third quarter" is that quarter a year before', () => {
    expectTimex(
      'Net rose, against a loss in the year-earlier third quarter.',
      'the year-earlier third quarter',
      'DATE',
      '2020-Q3',
    );
  });
});

describe('time: anchoring, round 3', () => {
  it("a past verb takes a bare month more than six weeks ahead to be last year's", () => {
    expectTimex('In April, the company named a new chief.', 'April', 'DATE', '2021-04');
    // ...while a month just ahead stays the nearest one, and a day keeps proximity.
    expectTimex('The ship docked on March 1 in Lisbon.', 'March 1', 'DATE', '2022-03-01');
    expectTimex('The new rules apply from April.', 'April', 'DATE', '2022-04');
  });

  it('a bare clock time falls on the last day the narrative gave', () => {
    const text = 'The fire broke out on Jan. 20. Crews arrived at 6 a.m. and worked all day.';
    expectTimex(text, '6 a.m.', 'TIME', '2022-01-20T06:00');
    expectTimex('Crews arrived at 6 a.m. and worked all day.', '6 a.m.', 'TIME', '2022-02-02T06:00');
  });

  it('"the quarter" becomes the reference: "a year ago" after it is that quarter a year before', () => {
    const text = 'Loans slowed in the quarter. They were 6 million, against 9 million a year ago.';
    expectTimex(text, 'the quarter', 'DATE', '2021-Q4');
    expectTimex(text, 'a year ago', 'DATE', '2020-Q4');
  });

  it('a quarter in a fronted subordinate clause is background, not the reported period', () => {
    // February 2022: the last quarter reported is 2021-Q4.
    const text =
      'Profit rose in the fourth quarter. After a weak third quarter, the bank cut costs. ' +
      'Costs were lower than in the year-earlier period.';
    expectTimex(text, 'the year-earlier period', 'DATE', '2020-Q4');
  });

  it('a quarter forecast in a future clause does not become the reported period', () => {
    // The article date is in the first quarter of 2022; the last quarter reported is 2021-Q4.
    const text =
      'The strike will cut profit in the second quarter, the bank said. Margins narrowed in the latest quarter.';
    expectTimex(text, 'the second quarter', 'DATE', '2022-Q2');
    expectTimex(text, 'the latest quarter', 'DATE', '2021-Q4');
    // ...while a quarter already over stays the reference, whatever the tense.
    const ended = 'The bank expects to report a fourth-quarter loss. Margins narrowed in the latest quarter.';
    expectTimex(ended, 'the latest quarter', 'DATE', '2021-Q4');
  });
});
