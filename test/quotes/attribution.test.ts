import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { actor, dateTimex, quotesOf, quoteWith, reportOf, speakerText } from './helpers.js';

describe('attribution', () => {
  it('continues the speaker after "adding:"', () => {
    const text = '“We expect growth this year,” Sara Lind said, adding: “The order books are full.”';
    const q = quoteWith(quotesOf(text), 'order books');
    assert.equal(q.speaker?.name, 'Sara Lind');
    assert.equal(q.cue?.text, 'adding');
  });

  it('reads any verb in the quotative frame after a quote as its cue', () => {
    const text =
      '“The budget is a fantasy,” Ivo Marek said.\n\n“Where would the money come from?” Lena Dahl probed. “Nobody has told us.”';
    const q = quoteWith(quotesOf(text), 'money come from');
    assert.equal(speakerText(text, q), 'Lena Dahl');
    assert.equal(q.cue?.text, 'probed');
    assert.equal(q.rule, 'marks/after/frame');
    const next = quoteWith(quotesOf(text), 'Nobody has told');
    assert.equal(speakerText(text, next), 'Lena Dahl');
    const inverted =
      '“It was a gamble, and it paid off,” recollected Tomas Weir, the club’s former treasurer.';
    assert.equal(speakerText(inverted, quoteWith(quotesOf(inverted), 'gamble')), 'Tomas Weir');
  });

  it('does not read a verb with an object after a quote as a frame', () => {
    const text =
      '“The budget is a fantasy,” Ivo Marek said.\n\n“Where is the money?” Voters booed the mayor.';
    const q = quoteWith(quotesOf(text), 'Where is the money');
    assert.notEqual(speakerText(text, q), 'Voters');
  });

  it('gives a participle after a comma the subject of its clause, not its object', () => {
    const text = 'At the rally, Nora Quist attacked the governor, calling him “a danger to every farmer.”';
    const q = quoteWith(quotesOf(text), 'danger');
    assert.equal(q.speaker?.name, 'Nora Quist');
    assert.equal(q.cue?.text, 'calling');
  });

  it('takes the subject of a clause that ends in a colon', () => {
    const text =
      'The harbour authority released a short statement:\n\n“All ferries will run on the winter timetable.”';
    const q = quoteWith(quotesOf(text), 'ferries');
    assert.equal(speakerText(text, q), 'The harbour authority');
    assert.equal(q.rule, 'marks/colon');
  });

  it('carries the speaker to a following quote-only paragraph', () => {
    const text =
      '“We will appeal the ruling,” said Maria Lopez.\n\n“The court was simply wrong about the facts.”';
    const q = quoteWith(quotesOf(text), 'court was simply wrong');
    assert.equal(q.speaker?.name, 'Maria Lopez');
    assert.equal(q.rule, 'marks/carry-paragraph');
  });

  it('gives a pronoun speaker its span and the name of the person it stands for', () => {
    const text =
      'Olga Svensson said the talks would go on. The alliance said it was ready.\n\n“We are open to more dialogue,” she said.';
    const q = quoteWith(quotesOf(text), 'open to more dialogue');
    assert.equal(speakerText(text, q), 'she');
    assert.equal(q.speaker?.name, 'Olga Svensson');
  });

  it('names a surname by the fullest form of the name in the article', () => {
    const text =
      'Judge Maria Lopez opened the hearing.\n\n“We start with the first witness today,” Lopez said.';
    const q = quoteWith(quotesOf(text), 'first witness');
    assert.equal(speakerText(text, q), 'Lopez');
    assert.equal(q.speaker?.name, 'Maria Lopez');
  });

  it('reads the name behind a title and a parenthesis', () => {
    const text = '“The budget is balanced,” Sen. Jane Roe (D-Ohio) said Friday.';
    const q = quoteWith(quotesOf(text), 'budget is balanced');
    assert.equal(speakerText(text, q), 'Jane Roe');
  });

  it('reads the speaker behind an appositive', () => {
    const text = '“Demand has doubled,” Peter Lang, the chief economist at the bank, said on Monday.';
    const q = quoteWith(quotesOf(text), 'Demand has doubled');
    assert.equal(speakerText(text, q), 'Peter Lang');
  });

  it('takes a credit line after a dash', () => {
    const text = '“The tide has turned for us.” ― Rosa Delgado';
    assert.equal(quoteWith(quotesOf(text), 'tide has turned').speaker?.name, 'Rosa Delgado');
  });

  it('uses the actors stage when it has run', () => {
    const text = '“Our position has not changed,” the foreign minister said.';
    const minister = actor(text, 'a1', 'Ingrid Holm', 'person', ['the foreign minister']);
    const q = quoteWith(quotesOf(text, { actors: [minister] }), 'position');
    assert.equal(q.speaker?.name, 'Ingrid Holm');
    assert.equal(q.speaker?.actor, 'a1');
    assert.equal(speakerText(text, q), 'the foreign minister');
  });
});

describe('relays', () => {
  it('records "as quoted by" as the relay, not the speaker', () => {
    const text = '“The talks have failed,” Pavel Orlov said as quoted by the Harbor Gazette.';
    const q = quoteWith(quotesOf(text), 'talks have failed');
    assert.equal(q.speaker?.name, 'Pavel Orlov');
    assert.equal(q.relayedBy, 'Harbor Gazette');
  });

  it('records "told OUTLET" with a known outlet', () => {
    const text = 'Pavel Orlov told Reuters: “We will not sign this agreement.”';
    const q = quoteWith(quotesOf(text), 'not sign');
    assert.equal(q.speaker?.name, 'Pavel Orlov');
    assert.equal(q.relayedBy, 'Reuters');
  });

  it('prefers media actors over the fallback outlet list', () => {
    const text = 'Pavel Orlov told the Morning Ledger: “We will not sign this agreement.”';
    const ledger = actor(text, 'm1', 'The Morning Ledger', 'media', ['Morning Ledger']);
    const q = quoteWith(quotesOf(text, { actors: [ledger] }), 'not sign');
    assert.equal(q.relayedBy, 'The Morning Ledger');
    assert.equal(q.speaker?.name, 'Pavel Orlov');
  });

  it('does not take a person someone spoke to for an outlet', () => {
    const text = 'Pavel Orlov told Maria: “We will not sign this agreement.”';
    assert.equal(quoteWith(quotesOf(text), 'not sign').relayedBy, undefined);
  });
});

describe('indirect and mixed speech', () => {
  it('finds the content clause after "said that"', () => {
    const text = 'Karl Jensen said that the factory would close in June.';
    const q = quoteWith(quotesOf(text), 'factory');
    assert.equal(q.kind, 'indirect');
    assert.equal(q.text, 'that the factory would close in June');
    assert.equal(q.speaker?.name, 'Karl Jensen');
  });

  it('finds the content clause before ", X said"', () => {
    const text = 'The factory will close in June, Karl Jensen said.';
    const q = quoteWith(quotesOf(text), 'factory');
    assert.equal(q.kind, 'indirect');
    assert.equal(q.text, 'The factory will close in June');
  });

  it('reads a to-infinitive as the content of an intention', () => {
    const text = 'The mayor, Aksel Berg, declined to comment on the audit.';
    const q = quoteWith(quotesOf(text), 'comment');
    assert.equal(q.text, 'to comment on the audit');
    assert.equal(q.speaker?.name, 'Aksel Berg');
  });

  it('reads "CLAUSE, X told reporters." but not an opening phrase before an object', () => {
    const told = 'The bridge will reopen in May, Karl Jensen told reporters.';
    assert.equal(quoteWith(quotesOf(told), 'bridge').text, 'The bridge will reopen in May');
    const opening = 'At the harbour meeting, Karl Jensen called the plan a failure.';
    assert.ok(!quotesOf(opening).some((q) => q.text.includes('harbour meeting')));
  });

  it('marks a clause holding a quoted fragment as mixed', () => {
    const text = 'Karl Jensen said the deal was "a disaster for workers" in the region.';
    const quotes = quotesOf(text);
    const mixed = quotes.find((q) => q.kind === 'mixed');
    assert.ok(mixed, JSON.stringify(quotes));
    assert.ok(mixed.text.includes('"a disaster for workers"'));
    assert.equal(mixed.speaker?.name, 'Karl Jensen');
    const partial = quoteWith(quotes, 'disaster');
    assert.equal(quotes.filter((q) => q.kind === 'partial').length, 1);
    assert.equal(partial.speaker?.name, 'Karl Jensen');
  });

  it('attributes a fragment to the subject of the verb that calls it so', () => {
    const text = 'The union leader Mona Aziz called the offer “an insult to every nurse.”';
    const q = quoteWith(quotesOf(text), 'insult');
    assert.equal(q.speaker?.name, 'Mona Aziz');
  });
});

describe('utterance date', () => {
  it('takes the date of the attribution sentence and carries it with the speaker', () => {
    const text = '“The vote is final,” Hana Sato said on Tuesday.\n\n“There will be no recount.”';
    const tuesday = dateTimex(text, 'Tuesday', '2024-03-04');
    const quotes = quotesOf(text, { timexes: [tuesday] });
    assert.equal(quoteWith(quotes, 'vote is final').date, '2024-03-04');
    assert.equal(quoteWith(quotes, 'no recount').date, '2024-03-04');
  });

  it("lends the reported occasion's day, and only that, to a fresh attribution of the same speaker", () => {
    const text =
      '“The vote is final,” Hana Sato said on Tuesday.\n\nThe count took two days.\n\nHana Sato said that a recount would cost too much.\n\n“It is over,” she added.';
    const tuesday = dateTimex(text, 'Tuesday', '2024-03-04');
    const quotes = quotesOf(text, { timexes: [tuesday] });
    // The article (2024-03-05) reports what Sato said on Tuesday: the later attribution too.
    assert.equal(quoteWith(quotes, 'recount').date, '2024-03-04');
    assert.equal(quoteWith(quotes, 'vote is final').date, '2024-03-04');
    // A date of the background (a day weeks before, a year) is no occasion to lend.
    const old =
      '“The vote is final,” Hana Sato said on February 2.\n\nThe count took two days.\n\nHana Sato said that a recount would cost too much.';
    const february = dateTimex(old, 'February 2', '2024-02-02');
    assert.equal(quoteWith(quotesOf(old, { timexes: [february] }), 'recount').date, '2024-03-05');
  });

  it('dates an utterance nothing else dates on the article date', () => {
    const text = '“The vote is final,” Hana Sato said.';
    assert.equal(quoteWith(quotesOf(text), 'vote').date, '2024-03-05');
  });

  it('reads the cue before asides set off by commas', () => {
    const text =
      'Asked about the delay, Ola Brenn joked, still holding the old map, “We will get there by Christmas!”';
    const q = quoteWith(quotesOf(text), 'get there by Christmas');
    assert.equal(speakerText(text, q), 'Ola Brenn');
    assert.equal(q.cue?.text, 'joked');
    assert.equal(q.rule, 'marks/before/aside');
  });

  it('passes an age and an appositive to the name before them', () => {
    const text =
      'Mira Falk, 41, the head of the dock workers, said on Monday, in a note to members, “The strike ends at noon.”';
    const q = quoteWith(quotesOf(text), 'strike ends');
    assert.equal(speakerText(text, q), 'Mira Falk');
  });

  it('reads a relative clause holding a plural possessive', () => {
    const text = 'Tom Ekdal, who speaks for the farmers\' cooperative, said, "Prices fell again in March."';
    const q = quoteWith(quotesOf(text), 'Prices fell');
    assert.equal(speakerText(text, q), 'Tom Ekdal');
  });

  it('keeps an aside clause with its own subject out of the attribution', () => {
    const text = 'Ola Brenn joked, he was tired of waiting, “Welcome to the show, friend!”';
    const q = quoteWith(quotesOf(text), 'Welcome to the show');
    assert.notEqual(q.rule, 'marks/before/aside');
  });

  it('gives the piece after an interrupting attribution with an appositive the same speaker', () => {
    const text =
      '"The line was cheap to build," said Rafe Panter, an engineer with the rail agency in Bergen, "but it costs a fortune to run."';
    const q = quoteWith(quotesOf(text), 'costs a fortune');
    assert.equal(q.speaker?.name, 'Rafe Panter');
    assert.equal(q.rule, 'marks/carry');
  });

  it('reads a capitalised pronoun after a quote that ends its sentence as a new sentence', () => {
    const text =
      'Ada Lund wrote to the coach, telling him, “the team cannot wait any longer!” He replied that he was honoured.';
    const q = quoteWith(quotesOf(text), 'cannot wait');
    assert.equal(q.speaker?.name, 'Ada Lund');
    const asked = quoteWith(quotesOf('“Are you ready?” she asked.'), 'ready');
    assert.equal(asked.rule, 'marks/after/subject');
  });

  it('reads the name before a phrase ending in a city and its state', () => {
    const text =
      'Eva Holm, at a school board meeting in Dayton, Ohio, said the district would "hire more teachers."';
    const q = quoteWith(quotesOf(text), 'more teachers');
    assert.equal(speakerText(text, q), 'Eva Holm');
    const other = 'Lars Berg, 58, of Salem, Ore., said the mill was "the heart of the town."';
    assert.equal(speakerText(other, quoteWith(quotesOf(other), 'heart of the town')), 'Lars Berg');
  });

  it('reads "shot back", "fired back" and "went on" as cues, and "agrees" before its speaker', () => {
    const text = 'Lena Dahl attacked the plan.\n\n"That budget was never yours," Omar Vik shot back.';
    assert.equal(quoteWith(quotesOf(text), 'never yours').speaker?.name, 'Omar Vik');
    const agrees = 'Pia Moe spoke first.\n\n"The north needs a new bridge," agrees Tove Lind, 30.';
    assert.equal(quoteWith(quotesOf(agrees), 'new bridge').speaker?.name, 'Tove Lind');
  });

  it('makes no report of "went on to" with a source after it', () => {
    const text = 'Omar Vik went on to call the toll plan "a tax on commuters."';
    const quotes = quotesOf(text);
    assert.ok(
      quotes.every((q) => !q.rule.includes('according')),
      JSON.stringify(quotes.map((q) => q.rule)),
    );
  });

  it('credits a quote to the name right before a colon when the clause has no subject', () => {
    const text =
      'Harbour fees keep rising - Nils Ruud:\n\n“Every shipper on the coast has noticed the change.”';
    const q = quoteWith(quotesOf(text), 'Every shipper');
    assert.equal(speakerText(text, q), 'Nils Ruud');
    assert.equal(q.rule, 'marks/colon');
  });

  it('reads the subject before a participle phrase as the speaker', () => {
    const text = 'Nurses walking along the main road chanted "Fair pay now!" all morning.';
    const q = quoteWith(quotesOf(text), 'Fair pay now');
    assert.equal(speakerText(text, q), 'Nurses');
  });

  it('reads "as X put it" as a cue, with the quote as all it introduces', () => {
    const text = 'The new coach is, as The Harbour Review put it in a long profile, “a patient builder.”';
    const quotes = quotesOf(text);
    const q = quoteWith(quotes, 'patient builder');
    assert.equal(speakerText(text, q), 'The Harbour Review');
    assert.ok(quotes.every((x) => !x.text.startsWith('in a long profile')));
  });

  it('reads a first name the tagger takes for a verb, and a hyphenated participle, in the attribution', () => {
    const text = '"Tolls will rise next year," said Will Brandt, a planner at the county office.';
    assert.equal(quoteWith(quotesOf(text), 'Tolls will rise').speaker?.name, 'Will Brandt');
    const hyphen = '"The harbour plan is sound," Oslo-based Tor Haug said.';
    assert.equal(quoteWith(quotesOf(hyphen), 'harbour plan').speaker?.name, 'Tor Haug');
  });

  it('reads manner-of-speaking verbs after a quote, also before their speaker', () => {
    const text = 'The crowd cheered.\n\n"The ferry will be late again," he surmised.';
    assert.equal(speakerText(text, quoteWith(quotesOf(text), 'ferry will be late')), 'he');
    const beamed = 'The hall went quiet.\n\n“We finally won a final!” beamed Ida Lunde of Bergen.';
    assert.equal(quoteWith(quotesOf(beamed), 'won a final').speaker?.name, 'Ida Lunde');
  });

  it('credits a quote to the name after a dash before the colon, over the headline before it', () => {
    const text =
      'FERRY PRICES CLIMB AGAIN - Siri Bakken:\n\n“Fares on the island route rose for the third year.”';
    const q = quoteWith(quotesOf(text), 'island route');
    assert.equal(speakerText(text, q), 'Siri Bakken');
  });

  it('gives a participle after "X said," the speaker of that cue, not the sentence subject', () => {
    const text =
      'Lund missed the ferry again on Monday, Mira Dahl said, adding, "Nobody here trusts the timetable."';
    const q = quoteWith(quotesOf(text), 'trusts the timetable');
    assert.equal(speakerText(text, q), 'Mira Dahl');
  });

  it('is deterministic', () => {
    const text = '“The vote is final,” Hana Sato said. She added that a recount was “out of the question.”';
    assert.deepEqual(quotesOf(text), quotesOf(text));
  });
});

describe('a cue governed by the verb before it', () => {
  it('takes the subject of that verb after "to" ("went on to say")', () => {
    const text = 'The harbour master went on to say, “The ice will break the old pier.”';
    const q = quoteWith(quotesOf(text), 'The ice will break');
    assert.equal(speakerText(text, q), 'The harbour master');
  });

  it('takes the subject of that verb after "by" ("began by saying")', () => {
    const text = 'When she came back she began by saying, “No ferry will sail this week.”';
    const q = quoteWith(quotesOf(text), 'No ferry will sail');
    assert.equal(speakerText(text, q), 'she');
  });
});

describe('a cue the tagger reads as a noun', () => {
  it('is a verb after a noun when a quotation follows it', () => {
    const text = 'The leaflet claims, “The ferry will sail again in June.”';
    const q = quoteWith(quotesOf(text), 'The ferry will sail');
    assert.equal(speakerText(text, q), 'The leaflet');
  });
});

describe('a cue the tagger reads as an adjective', () => {
  it('is a verb in its past form right after a name', () => {
    const text = '“The council failed us all,” Tom Brandvik fumed.';
    const q = quoteWith(quotesOf(text), 'The council failed');
    assert.equal(speakerText(text, q), 'Tom Brandvik');
  });
});

describe('round 5: subjects after a cue are not inverted speakers', () => {
  it('skips "however" between a speaker and the cue', () => {
    const text =
      'Halvorsen however said he would welcome Oslo’s role in a “sound security network” for the north.';
    const q = quoteWith(quotesOf(text), 'sound security network');
    assert.equal(speakerText(text, q), 'Halvorsen');
  });

  it('does not take the subject of the content clause as an inverted speaker', () => {
    const text =
      'Rich Dalby, a party organiser who ran the count in 2008 and is now running the postal vote effort in the county, said the postal program is a “vital part of our plan.”';
    const q = quoteWith(quotesOf(text), 'vital part of our plan');
    assert.notEqual(speakerText(text, q), 'the postal program');
  });
});

describe('round 5: speakers of coordinated cues and after opening dates', () => {
  it('gives a cue after "and" the subject of the verb before it, past an opening date', () => {
    const text =
      'Last week Varga knocked Dalby on fishing quotas and called him a "timid manager," a pointed jab.';
    const q = quoteWith(quotesOf(text), 'timid manager');
    assert.equal(speakerText(text, q), 'Varga');
  });

  it('reads "anticipated that ..." as a report of its subject', () => {
    const text = 'Dalby anticipated that the hardest task would be "cleaning up the harbour."';
    const q = quoteWith(quotesOf(text), 'cleaning up the harbour');
    assert.equal(speakerText(text, q), 'Dalby');
  });
});

describe('round 5: long speaker phrases', () => {
  it('reads "CLAUSE, said Labour strategist Hans Berg." with the name after its lower-case title', () => {
    const text = 'His support could matter more for the ferry vote, said Labour strategist Hans Berg.';
    const q = reportOf(quotesOf(text), 'His support could matter more for the ferry vote');
    assert.equal(speakerText(text, q), 'Hans Berg');
  });

  it('finds the speaker before a long relative clause set off by commas', () => {
    const text =
      'The harbour board, which has been dogged for two years by a dispute over the dredging contract it signed while the old mayor was still in office, said that the files had no bearing on the case.';
    const q = reportOf(quotesOf(text), 'that the files had no bearing on the case');
    assert.equal(speakerText(text, q), 'The harbour board');
  });
});

describe('round 5: sources with a linking phrase', () => {
  it('reads "a source familiar with the talks" as one speaker', () => {
    const text = 'The ferry deal will collapse, a source familiar with the talks said.';
    const q = reportOf(quotesOf(text), 'The ferry deal will collapse');
    assert.equal(speakerText(text, q), 'a source familiar with the talks');
  });

  it('reads "a source close to her" as one speaker', () => {
    const text = 'The mayor will run again, a source close to her said.';
    const q = reportOf(quotesOf(text), 'The mayor will run again');
    assert.equal(speakerText(text, q), 'a source close to her');
  });
});

describe('round 5: dated sources and sentence-opening quantifiers', () => {
  it('reads "The report published Tuesday showed that ..." with the dated report as speaker', () => {
    const text = 'The audit published Tuesday showed that most of the harbour funds went to one firm.';
    const q = reportOf(quotesOf(text), 'that most of the harbour funds went to one firm');
    assert.equal(speakerText(text, q), 'The audit published Tuesday');
  });

  it('reads a sentence-opening "Most" as the group that believes', () => {
    const text = 'Most believe that the ferry will run again.';
    const q = reportOf(quotesOf(text), 'that the ferry will run again');
    assert.equal(speakerText(text, q), 'Most');
  });
});

describe('round 5: an aside holding a quotation before the cue', () => {
  it('finds the speaker before "who calls Vale a “crook,” said"', () => {
    const text = 'Halvorsen, who calls Vale a “crook,” said he doubts the levy will pass.';
    const q = reportOf(quotesOf(text), 'he doubts the levy will pass');
    assert.equal(speakerText(text, q), 'Halvorsen');
  });
});
