import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectTimex, timexesOf } from './helpers.js';

// The article date is a Wednesday, 2022-02-02: a past Tuesday is 02-01, a future one 02-08.
describe('time: the tense of a clause picks the weekday', () => {
  it('a present-tense verb before the date announces a schedule', () => {
    expectTimex('The museum reopens Monday after repairs.', 'Monday', 'DATE', '2022-02-07');
    expectTimex('The inquiry resumes on Thursday in Leeds.', 'Thursday', 'DATE', '2022-02-03');
    // ...also past a place: verb, preposition, place, "on", day
    expectTimex('The premier arrives in Berlin on Friday for talks.', 'Friday', 'DATE', '2022-02-04');
    expectTimex('The bill heads to the Senate on Monday.', 'Monday', 'DATE', '2022-02-07');
    // ...but a reporting verb does not, nor does a verb whose object the weekday dates.
    expectTimex("The mayor condemns Tuesday's arson attack.", 'Tuesday', 'DATE', '2022-02-01');
  });

  it('"as early as", "as soon as" and "would" look ahead', () => {
    expectTimex('The ferry could sail as early as Friday.', 'Friday', 'DATE', '2022-02-04');
    expectTimex('A deal may come as soon as Monday.', 'Monday', 'DATE', '2022-02-07');
    expectTimex('The envoy said he would fly home on Friday.', 'Friday', 'DATE', '2022-02-04');
  });

  it('a deadline ("until", "by") lies ahead unless the clause is past perfect', () => {
    expectTimex('Schools were told to stay closed until Monday.', 'Monday', 'DATE', '2022-02-07');
    expectTimex('Bids must be filed by Friday.', 'Friday', 'DATE', '2022-02-04');
    expectTimex('Nobody had complained until Monday.', 'Monday', 'DATE', '2022-01-31');
    // "effective" + date: the day a change takes effect, announced ahead ("effective June 1" in February).
    expectTimex('She was named treasurer, effective June 1.', 'June 1', 'DATE', '2022-06-01');
  });

  it('a plan in the past perfect is over', () => {
    expectTimex('The offer had been due to expire on Friday.', 'Friday', 'DATE', '2022-01-28');
  });

  it('irregular past verbs are past cues', () => {
    // "met" is nearer than "expected": without it the clause would read as future.
    expectTimex(
      'The minister, expected in Paris later, met the unions on Tuesday.',
      'Tuesday',
      'DATE',
      '2022-02-01',
    );
    expectTimex('The envoy, due in Rome soon, flew to Oslo on Monday.', 'Monday', 'DATE', '2022-01-31');
  });
});

describe('time: passive participles', () => {
  it('a participle after "be" leaves the tense to the auxiliary', () => {
    expectTimex('The final will be played on Sunday.', 'Sunday', 'DATE', '2022-02-06');
    expectTimex('The final was played on Sunday.', 'Sunday', 'DATE', '2022-01-30');
  });
});

describe('time: plural present tense', () => {
  it('a plural present schedules; a past written like the present does not', () => {
    expectTimex('The two leaders meet Monday in Geneva.', 'Monday', 'DATE', '2022-02-07');
    expectTimex('A storm hit the coast Monday.', 'Monday', 'DATE', '2022-01-31');
  });
});

describe('time: a copula before the date', () => {
  it('"is"/"are" just before a weekday announces it', () => {
    expectTimex('The deadline is 5 p.m. Monday.', '5 p.m. Monday', 'TIME', '2022-02-07T17:00');
    expectTimex('The deadline was 5 p.m. Monday.', '5 p.m. Monday', 'TIME', '2022-01-31T17:00');
  });
});

describe('time: present forms ending in -en', () => {
  it('"reopen" is a present, not a participle', () => {
    expectTimex('The banks reopen on Tuesday.', 'Tuesday', 'DATE', '2022-02-08');
  });
});

describe('time: "ahead of"', () => {
  it('"ahead of" looks ahead, "went ahead" does not', () => {
    expectTimex("Shares rose ahead of Friday's vote.", 'Friday', 'DATE', '2022-02-04');
    expectTimex('The council went ahead with the plan on Monday.', 'Monday', 'DATE', '2022-01-31');
  });
});

describe('time: reporting verbs in the present', () => {
  it('"say" and "says" report; they do not schedule', () => {
    expectTimex('Officials say Friday that the roads are clear.', 'Friday', 'DATE', '2022-01-28');
    expectTimex('The mayor says Monday that the roads are clear.', 'Monday', 'DATE', '2022-01-31');
  });
});

describe('time: present passives and dates owning a noun', () => {
  it('a participle after "is" leaves the tense to the copula, which schedules', () => {
    expectTimex('The appeal is heard on Friday in Leeds.', 'Friday', 'DATE', '2022-02-04');
    expectTimex('The appeal was heard on Friday in Leeds.', 'Friday', 'DATE', '2022-01-28');
  });

  it('a weekday owning a noun: an infinitive or "would" does not move it ahead, firm cues do', () => {
    const text = "The tenants said they would try to overturn Monday's eviction order.";
    expectTimex(text, 'Monday', 'DATE', '2022-01-31');
    expectTimex("Turnout is expected to be low in Sunday's runoff.", 'Sunday', 'DATE', '2022-02-06');
    expectTimex("Parties campaigned hard ahead of Sunday's runoff.", 'Sunday', 'DATE', '2022-02-06');
    expectTimex("Posters went up for the upcoming Sunday's runoff.", 'Sunday', 'DATE', '2022-02-06');
  });
});

describe('time: cues after the date', () => {
  it('the verb after a fronted date counts even past a long subject, and "plans to" is a verb', () => {
    const text = 'On Tuesday, the National Union of Mine and Rail Workers plans to hold a rally.';
    expectTimex(text, 'Tuesday', 'DATE', '2022-02-08');
  });

  it('a clause joined after the date keeps its tense to itself', () => {
    const text = 'Farmers planned a march on Saturday and were hoping for sun.';
    expectTimex(text, 'Saturday', 'DATE', '2022-02-05');
    expectTimex('Farmers marched on Saturday and will march again.', 'Saturday', 'DATE', '2022-01-29');
  });

  it('a quotation mark closes the clause: the tense comes from its own side', () => {
    // "said" after the closing quote does not make the speaker's plan past...
    expectTimex(
      '"The ferry will leave the port at dawn on Friday," he said.',
      'Friday',
      'DATE',
      '2022-02-04',
    );
    expectTimex(
      "''The ferry will leave the port at dawn on Friday,'' he said.",
      'Friday',
      'DATE',
      '2022-02-04',
    );
    // ...nor does "will" inside a quote make the narrative's weekday future.
    expectTimex('On Tuesday "we will sail," the captain said.', 'Tuesday', 'DATE', '2022-02-01');
  });
});

describe('time: infinitives', () => {
  it('an infinitive after a noun says what a past act was for: it keeps the past', () => {
    const text = 'The city held a long series of parades to honour the returning crew on Friday.';
    expectTimex(text, 'Friday', 'DATE', '2022-01-28');
  });

  it('...but a plan, a deal or an offer to do something still looks ahead', () => {
    const text = 'The firm announced a deal to buy the rival chain on Friday.';
    expectTimex(text, 'Friday', 'DATE', '2022-02-04');
    expectTimex('Ministers want to sign the treaty on Friday.', 'Friday', 'DATE', '2022-02-04');
  });
});

describe('time: a month before a noun', () => {
  it('"the October slaying", "a June agreement" are dates, read like "October\'s slaying"', () => {
    const text = 'Detectives say they have new leads in the October slaying of a banker.';
    expectTimex(text, 'October', 'DATE', '2021-10');
    // an infinitive after it does not make the deal a plan for next June
    const deal = 'The brewer still hopes to close its merger under a June agreement with the unions.';
    expectTimex(deal, 'June', 'DATE', '2021-06');
  });

  it('...while a month before a name or "of" stays a name', () => {
    assert.deepEqual(timexesOf('Thousands joined the March for Peace.').length, 0);
    assert.deepEqual(timexesOf('The March of Dimes raised money.').length, 0);
  });
});

describe('time: a future clause and a month gone by', () => {
  it("a future clause takes a bare month already over to be next year's", () => {
    // February 2022: last December is near, but a plan is for the coming one.
    const text = 'The captain will be named commander of a new ship for a voyage in December.';
    expectTimex(text, 'December', 'DATE', '2022-12');
    expectTimex('The captain sailed in December.', 'December', 'DATE', '2021-12');
  });

  it('"will be named", "is to be held": the auxiliary before "be" sets the tense', () => {
    const text =
      'The winner will be announced by the judges of the old national poetry prize committee on Friday.';
    expectTimex(text, 'Friday', 'DATE', '2022-02-04');
  });
});

describe('time: reported clauses', () => {
  it('"said its ... would": the reported clause, not the reporting verb, tenses the date', () => {
    expectTimex('The firm said its fourth-quarter profit would fall.', 'fourth-quarter', 'DATE', '2022-Q4');
    expectTimex('The envoy said that on Friday he will resign.', 'Friday', 'DATE', '2022-02-04');
    // a date right after the verb dates the saying
    expectTimex('Officials said Tuesday they would meet again.', 'Tuesday', 'DATE', '2022-02-01');
    // with no cue in the clause, the reporting verb still counts
    expectTimex('She said the vote on Friday was fair.', 'Friday', 'DATE', '2022-01-28');
  });
});
