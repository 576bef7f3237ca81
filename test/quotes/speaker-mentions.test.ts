import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { actor, quotesOf, quoteWith, reportOf, speakerText } from './helpers.js';

describe('speaker mentions', () => {
  it('keeps a singular head with its "for" complement: "A spokesman for her ministry"', () => {
    const text =
      'The minister was abroad. A spokesman for her ministry said she was “fully briefed” on the talks.';
    const quotes = quotesOf(text);
    for (const q of [
      quoteWith(quotes, '“fully briefed”'),
      reportOf(quotes, 'she was “fully briefed” on the talks'),
    ]) {
      assert.equal(speakerText(text, q), 'A spokesman for her ministry');
      assert.equal(q.speaker?.name, 'A spokesman for her ministry');
    }
  });

  it('keeps a possessive pronoun with its noun: "Her brother said"', () => {
    const text = 'Her brother said the family had “heard nothing” since March.';
    assert.equal(speakerText(text, quoteWith(quotesOf(text), '“heard nothing”')), 'Her brother');
  });

  it('reads an organisation named with "of" as one name', () => {
    const text = 'The Orvalia Federation of Bakers said it backed the levy "with reservations".';
    const q = quoteWith(quotesOf(text), '"with reservations"');
    assert.equal(speakerText(text, q), 'The Orvalia Federation of Bakers');
    assert.equal(q.speaker?.name, 'The Orvalia Federation of Bakers');
  });

  it('still credits a person before "of" and her institute ("Jane Roe of the ... Institute")', () => {
    const text = 'Mira Oxley of the Halden Institute of Trade said the rules were "badly drafted".';
    assert.equal(speakerText(text, quoteWith(quotesOf(text), '"badly drafted"')), 'Mira Oxley');
  });

  it('does not take a wh-word into the speaker: "what critics called"', () => {
    const text = 'The mayor defended what critics called a "vanity project" on the river.';
    const q = quotesOf(text).find((x) => x.text === '"vanity project"');
    assert.equal(q && speakerText(text, q), 'critics');
  });

  it('names "a resident of PLACE" as the person, not the place', () => {
    const text =
      '“The roof came down in seconds,” a farmer from the valley said. “We ran,” a resident of Korla told reporters.';
    const korla = actor(text, 'city:korla', 'Korla', 'location', ['Korla']);
    const q = quoteWith(quotesOf(text, { actors: [korla] }), 'We ran');
    assert.equal(speakerText(text, q), 'a resident of Korla');
    assert.equal(q.speaker?.name, 'a resident of Korla');
    assert.equal(q.speaker?.actor, undefined);
  });

  it('lets a spokesman speak for the organisation in his complement', () => {
    const text = 'A spokesman for the Harbour Board said the quay would stay “closed until further notice”.';
    const board = actor(text, 'org:board', 'Harbour Board', 'organization', ['the Harbour Board']);
    const q = quoteWith(quotesOf(text, { actors: [board] }), 'closed until');
    assert.equal(speakerText(text, q), 'A spokesman for the Harbour Board');
    assert.equal(q.speaker?.actor, 'org:board');
  });

  it('does not resolve an indefinite "A spokeswoman" to the last person named', () => {
    const text =
      '“We are ready,” said Edda Morn, the port director. Not everyone agrees. A spokeswoman for the dockers said they needed “more than a promise”.';
    const q = quoteWith(quotesOf(text), 'more than a promise');
    assert.equal(q.speaker?.name, 'A spokeswoman for the dockers');
  });

  it('does not name "Roe\'s mother" after Roe', () => {
    const text = 'Tarik Lund was freed on Friday. Lund’s mother said she was “simply relieved”.';
    const lund = actor(text, 'person:lund', 'Tarik Lund', 'person', ['Tarik Lund', 'Lund’s']);
    const q = quoteWith(quotesOf(text, { actors: [lund] }), 'simply relieved');
    assert.equal(q.speaker?.name, "Tarik Lund's mother");
    assert.equal(q.speaker?.actor, undefined);
  });

  it('names "Her family" after the person the pronoun stands for, and "They" after the family', () => {
    const text =
      'Vera Holt was home by noon. Her family said they were "deeply grateful" to the rescuers. They said she would need rest.';
    const holt = actor(text, 'person:holt', 'Vera Holt', 'person', ['Vera Holt', 'Her', 'They']);
    const quotes = quotesOf(text, { actors: [holt] });
    assert.equal(quoteWith(quotes, '"deeply grateful"').speaker?.name, "Vera Holt's family");
    assert.equal(reportOf(quotes, 'she would need rest').speaker?.name, "Vera Holt's family");
  });

  it('names a bare "one" after a group as one of that group', () => {
    const text =
      'Nurses urged the board to hire more staff. “We are exhausted,” said one, “and nobody listens.”';
    const quotes = quotesOf(text);
    for (const needle of ['We are exhausted', 'nobody listens']) {
      const q = quoteWith(quotes, needle);
      assert.equal(speakerText(text, q), 'one');
      assert.equal(q.speaker?.name, 'one of the nurses');
    }
  });

  it("gives a fragment inside a reported clause the report's speaker, not the clause's subject", () => {
    const text = 'Ilse Varga said the vote proved that the council "has lost the trust of the town".';
    const q = quotesOf(text).find((x) => x.kind === 'partial');
    assert.equal(q?.speaker?.name, 'Ilse Varga');
    assert.equal(q?.rule, 'marks/in-report');
  });

  it('keeps a person inside the reported clause as the speaker of her own words', () => {
    const text = 'Ilse Varga said the mayor had called the plan "a gift to speculators".';
    const q = quotesOf(text).find((x) => x.kind === 'partial');
    assert.equal(q && speakerText(text, q), 'the mayor');
  });

  it('gives a fragment in a second that-clause the verb of the first', () => {
    const text =
      'The tribunal ruled that the rents the agency set were too high, and that tenants had "no say at all in the matter".';
    const q = quotesOf(text).find((x) => x.kind === 'partial');
    assert.equal(q && speakerText(text, q), 'The tribunal');
    assert.equal(q?.cue?.text, 'ruled');
  });

  it('reads the name after a title noun in an inverted attribution ("said EU spokeswoman Ada Vell")', () => {
    const text = '"The door stays open," said EU spokeswoman Ada Vell.';
    const q = quoteWith(quotesOf(text), 'door stays open');
    assert.equal(speakerText(text, q), 'Ada Vell');
  });

  it('reads a possessor with its head and the name in the appositive after it', () => {
    const text =
      '"We expect an answer by Friday," said Tarn\'s foreign minister, Ada Vell. Tarn\'s coast guard said the ship had "simply vanished".';
    const quotes = quotesOf(text);
    assert.equal(speakerText(text, quoteWith(quotes, 'answer by Friday')), 'Ada Vell');
    const report = quotes.find((x) => x.kind === 'mixed');
    assert.equal(report && speakerText(text, report), "Tarn's coast guard");
  });

  it('keeps a postnominal adjective with its "with" phrase and drops a bare one', () => {
    const text =
      'According to two officials familiar with the plan, the port will close. The vote was delayed, according to three delegates present.';
    const quotes = quotesOf(text);
    assert.equal(
      speakerText(text, reportOf(quotes, 'the port will close')),
      'two officials familiar with the plan',
    );
    assert.equal(speakerText(text, reportOf(quotes, 'The vote was delayed')), 'three delegates');
  });

  it('names an office by all its title words, and by its holder when the article names one', () => {
    const text =
      'Prime Minister Ada Vell flew to Oslo. Later the Prime Minister said the talks had gone "very well".';
    const q = quotesOf(text).find((x) => x.kind === 'partial');
    assert.equal(q && speakerText(text, q), 'Prime Minister');
    assert.equal(q?.speaker?.name, 'Ada Vell');
  });

  it('takes the name in the appositive after an office or a title ("Tarn\'s Trade Secretary, Ada Vell, said")', () => {
    const text =
      'Tarn\'s Trade Secretary, Ada Vell, said the pact was "a fair deal". The harbour\'s commander, Colonel Ivo Sarn, said his men were "tired".';
    const quotes = quotesOf(text).filter((x) => x.kind === 'partial');
    assert.deepEqual(
      quotes.map((q) => speakerText(text, q)),
      ['Ada Vell', 'Ivo Sarn'],
    );
  });

  it('starts a speaker after a noun it does not modify ("a move Tarn officials said was ...")', () => {
    const text = 'The council approved the cuts in May, a move Tarn officials said was “long overdue”.';
    const q = quoteWith(quotesOf(text), '“long overdue”');
    assert.equal(speakerText(text, q), 'Tarn officials');
  });

  it('does not let "it" stand for a person the actors stage found', () => {
    const text =
      'The Harbour Board said the quay was safe. Ada Vell disagreed. It said the cranes were "fully inspected".';
    const vell = actor(text, 'person:vell', 'Ada Vell', 'person', ['Ada Vell', 'It']);
    const q = quotesOf(text, { actors: [vell] }).find((x) => x.kind === 'partial');
    assert.equal(q?.speaker?.name, 'The Harbour Board');
  });

  it('keeps "familiar with X" in a speaker before its cue', () => {
    const text = 'Two officials familiar with the plan said the port would close "for good".';
    const q = quotesOf(text).find((x) => x.kind === 'partial');
    assert.equal(q && speakerText(text, q), 'Two officials familiar with the plan');
  });

  it('reads an inverted speaker with its of-complement ("said the owner of a haulage firm")', () => {
    const text = '"We have 30 lorries stuck at the border," said the owner of a haulage firm.';
    const q = quoteWith(quotesOf(text), '30 lorries');
    assert.equal(speakerText(text, q), 'the owner of a haulage firm');
  });

  it('takes a clause subject with its of-complement before a colon', () => {
    const text =
      'Hours later, the board of the port authority released a short note: "We regret the delay and will reopen."';
    const q = quoteWith(quotesOf(text), 'We regret');
    assert.equal(speakerText(text, q), 'the board of the port authority');
  });

  it('keeps the owning name before a name ("Tarn\'s Harbour Board said")', () => {
    const text = 'Tarn\'s Harbour Board said the quay was "closed for repairs".';
    const q = quotesOf(text).find((x) => x.kind === 'partial');
    assert.equal(q && speakerText(text, q), "Tarn's Harbour Board");
    assert.equal(q?.speaker?.name, "Tarn's Harbour Board");
  });
});
