import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { quotesOf, quoteWith, reportOf, speakerText } from './helpers.js';

describe('speakers carried and clauses read', () => {
  it('gives a quote opening a sentence the speaker of the report just before it in the paragraph', () => {
    const text =
      'The ferry may stop in winter, Ilse Varga said. "The harbour cannot pay for the ice breaker."';
    const q = quoteWith(quotesOf(text), 'The harbour');
    assert.equal(q.rule, 'marks/carry-sentence');
    assert.equal(speakerText(text, q), 'Ilse Varga');
  });

  it('reads a content clause that opens with a quantifier', () => {
    const text =
      'The council said none of the bridges were safe. The auditors said about half of the funds had gone.';
    const quotes = quotesOf(text);
    assert.equal(speakerText(text, quoteWith(quotes, 'none of the bridges were safe')), 'The council');
    assert.equal(speakerText(text, quoteWith(quotes, 'about half of the funds had gone')), 'The auditors');
  });

  it('ends a report before a participle that opens the next one, which keeps the main speaker', () => {
    const text =
      'Mayor Ilse Varga told the council she believes the mill will close, saying that "the town must plan ahead."';
    const quotes = quotesOf(text);
    const told = quotes.find((q) => q.text.startsWith('she believes'));
    assert.ok(told, JSON.stringify(quotes.map((q) => q.text)));
    assert.ok(!told.text.includes('saying'), told.text);
    const saying = quoteWith(quotes, 'the town must plan ahead');
    assert.equal(speakerText(text, saying), 'Ilse Varga');
  });
});

describe('headlines that credit their words with a colon', () => {
  it('reads "Speaker: content" in the first line as a report of the speaker', () => {
    const text =
      'Mayor Varga: Harbour Levy Will Sink the Port.\n\nThe mayor spoke on Monday in the town hall.';
    const q = quoteWith(quotesOf(text), 'Harbour Levy Will Sink the Port');
    assert.equal(q.rule, 'report/headline');
    assert.equal(q.text, 'Harbour Levy Will Sink the Port');
    assert.equal(speakerText(text, q), 'Mayor Varga');
  });

  it('takes no label, capitals run, phrase with a preposition or question as a speaker', () => {
    for (const headline of [
      'Breaking: Harbour Levy Passes.',
      'The Latest: Harbour levy passes council.',
      'BOOM: Harbour Levy Passes.',
      'Storm Over Harbour: Levy Passes.',
      'Ilse Varga: Reformer or Career Politician?',
    ]) {
      const quotes = quotesOf(`${headline}\n\nThe council met on Monday in the town hall.`);
      assert.ok(!quotes.some((x) => x.rule === 'report/headline'), headline);
    }
  });
});

describe('report contents and sources', () => {
  it('reads "CLAUSE, according to X" also when X is no plain name, and after a dash', () => {
    const text =
      'The ferry carried 90 cars in May, according to the most recent data available from the port. ' +
      'The pilot had flown since 2004, according to his online profile. ' +
      'Turnout fell by a third — according to exit polls.';
    const quotes = quotesOf(text);
    const data = quoteWith(quotes, 'The ferry carried 90 cars in May');
    assert.equal(data.rule, 'report/according-after');
    assert.equal(speakerText(text, data), 'the most recent data available from the port');
    assert.equal(
      speakerText(text, quoteWith(quotes, 'The pilot had flown since 2004')),
      'his online profile',
    );
    assert.ok(quotes.some((q) => q.text.startsWith('Turnout fell by a third')));
  });

  it('keeps the hearer in what was urged and ends the content before "but has said"', () => {
    const text =
      'Mayor Ilse Varga urged the council to close the mill but has said she will keep the port open.';
    const quotes = quotesOf(text);
    assert.ok(
      quotes.some((q) => q.text === 'the council to close the mill'),
      JSON.stringify(quotes.map((q) => q.text)),
    );
    assert.equal(speakerText(text, quoteWith(quotes, 'she will keep the port open')), 'Ilse Varga');
  });
});

describe('quotes that look like titles', () => {
  it('keeps a short quote opening its sentence before its attribution, and its continuation', () => {
    const text = 'The port closed. “She’s a new aunt,” Varga said. “An aunt for the third time.”';
    const quotes = quotesOf(text);
    assert.equal(speakerText(text, quoteWith(quotes, 'a new aunt')), 'Varga');
    assert.equal(speakerText(text, quoteWith(quotes, 'An aunt for the third time')), 'Varga');
    const short = '“Like Oakland,” Varga said.';
    assert.equal(speakerText(short, quoteWith(quotesOf(short), 'Oakland')), 'Varga');
  });

  it('keeps a title-like next piece of an interrupted quote', () => {
    const text = 'The hall filled. “Here comes the mayor,” Roe said, clapping. “The Mayor. Big Day.”';
    assert.equal(speakerText(text, quoteWith(quotesOf(text), 'The Mayor. Big Day.')), 'Roe');
  });

  it('drops a title inside an opening phrase even when a cue follows it', () => {
    const quotes = quotesOf('On the broadcast of “Harbour Talk Tonight,” Ilse Varga said the levy was fair.');
    assert.ok(
      !quotes.some((q) => q.text.includes('Harbour Talk')),
      JSON.stringify(quotes.map((q) => q.text)),
    );
  });
});

describe('cues', () => {
  it('carries a bare "Roe agreed." to the quote after it and knows more speech verbs', () => {
    const text =
      'The levy passed. Ilse Varga agreed. "The harbour board has run short of days to pick a site."';
    const q = quoteWith(quotesOf(text), 'run short of days');
    assert.equal(q.rule, 'marks/bare-cue');
    assert.equal(speakerText(text, q), 'Ilse Varga');
    const retorted = '"They were never serious about the port," Varga retorted.';
    assert.equal(speakerText(retorted, quoteWith(quotesOf(retorted), 'never serious')), 'Varga');
  });
});

describe('speakers of cues', () => {
  it('shares the first speaker with a coordinated cue, not that of a noun read as a cue', () => {
    const text =
      'Varga said her recent attacks on the levy had worked and said that the port would stay open.';
    const q = quoteWith(quotesOf(text), 'the port would stay open');
    assert.equal(speakerText(text, q), 'Varga');
  });

  it('skips a phrase after the name and an adverb set off by commas', () => {
    const text =
      'Varga at the time said the ferry would run. Roe, meanwhile, who sits on the board, said the ferry was late.';
    const quotes = quotesOf(text);
    assert.equal(speakerText(text, quoteWith(quotes, 'the ferry would run')), 'Varga');
    assert.equal(speakerText(text, quoteWith(quotes, 'the ferry was late')), 'Roe');
  });
});

describe('questions', () => {
  it('reports the question of a passive "Asked ..." with no speaker, and a wh-question after "asked"', () => {
    const text =
      'Asked if he would run again, Varga said no. The mayor smiled when asked how the levy would fare. ' +
      'She asked Roe what the levy had cost the port.';
    const quotes = quotesOf(text);
    const asked = quoteWith(quotes, 'if he would run again');
    assert.equal(asked.rule, 'report/asked');
    assert.equal(asked.text, 'if he would run again');
    assert.equal(asked.speaker, null);
    assert.equal(quoteWith(quotes, 'how the levy would fare').speaker, null);
    assert.equal(speakerText(text, quoteWith(quotes, 'what the levy had cost the port')), 'She');
  });
});

describe('object contents', () => {
  it('ends an object before a phrase naming the medium or day of the report', () => {
    const quotes = quotesOf('Varga criticized the harbour levy in a statement on Friday.');
    assert.ok(
      quotes.some((q) => q.text === 'the harbour levy'),
      JSON.stringify(quotes.map((q) => q.text)),
    );
  });
});

describe('a base-form cue the tagger reads as a noun', () => {
  it('reads "Polls show that ..." and "..., new reports show." as reports', () => {
    const text =
      'Polls show that most voters favor the levy. The port lost money in May, new harbour reports show.';
    const quotes = quotesOf(text);
    assert.equal(speakerText(text, quoteWith(quotes, 'that most voters favor the levy')), 'Polls');
    assert.equal(speakerText(text, quoteWith(quotes, 'The port lost money in May')), 'new harbour reports');
  });
});

describe('the hearer of "told"', () => {
  it('reads past a long hearer to "that", and a backward report told to a pronoun or before "as"', () => {
    const text =
      'Varga told The Harbour Gazette of Oslo on Saturday that she voted for the levy. ' +
      'The ferry will run again, the mayor told her. ' +
      'This is not about me, Roe told his closest aides as he worked on the speech.';
    const quotes = quotesOf(text);
    assert.equal(speakerText(text, quoteWith(quotes, 'that she voted for the levy')), 'Varga');
    assert.equal(speakerText(text, quoteWith(quotes, 'The ferry will run again')), 'the mayor');
    assert.equal(speakerText(text, quoteWith(quotes, 'This is not about me')), 'Roe');
  });
});

describe('speaker mentions', () => {
  it('names a person after a multi-word title and keeps a plural description with its complement', () => {
    const text =
      'Deputy Head of Mission Ilse Varga said the embassy would stay open. ' +
      'Senior aides to the mayor said the levy would pass.';
    const quotes = quotesOf(text);
    assert.equal(speakerText(text, quoteWith(quotes, 'the embassy would stay open')), 'Ilse Varga');
    const aides = quoteWith(quotes, 'the levy would pass');
    assert.equal(speakerText(text, aides), 'Senior aides to the mayor');
    assert.equal(aides.speaker?.name, 'Senior aides to the mayor');
  });
});

describe('relays', () => {
  it('keeps "according to" after an attribution as the relay, never a second speaker', () => {
    const text =
      'The port will close next year, Varga said, according to AP. "We cannot pay," Roe said according to Reuters.';
    const quotes = quotesOf(text);
    assert.ok(
      !quotes.some((q) => q.speaker?.name === 'AP' || q.speaker?.name === 'Reuters'),
      JSON.stringify(quotes),
    );
    const port = quoteWith(quotes, 'The port will close next year');
    assert.equal(speakerText(text, port), 'Varga');
    assert.equal(port.relayedBy, 'AP');
    const pay = quoteWith(quotes, 'We cannot pay');
    assert.equal(speakerText(text, pay), 'Roe');
    assert.equal(pay.relayedBy, 'Reuters');
    assert.ok(
      !quotes.some((q) => q.text.includes('according to')),
      JSON.stringify(quotes.map((q) => q.text)),
    );
  });
});

describe('characterizations', () => {
  it('reads "VERB X as a “Y”" as the subject characterizing X, but not after "billed as"', () => {
    const text =
      'Mayor Ilse Varga heralded the harbour deal as a “breakthrough.” ' +
      'Roe attended a dinner billed as a “summit for the port.”';
    const quotes = quotesOf(text);
    const deal = quoteWith(quotes, 'the harbour deal as');
    assert.equal(deal.rule, 'report/characterization');
    assert.equal(deal.kind, 'mixed');
    assert.equal(speakerText(text, deal), 'Ilse Varga');
    assert.equal(speakerText(text, quoteWith(quotes, '“breakthrough.”')), 'Ilse Varga');
    assert.equal(quoteWith(quotes, '“summit for the port.”').speaker, null);
  });

  it('reads on from before a cut after "(D-Ore.)" and ends the content at a horizontal bar', () => {
    const text =
      'Senator Ilse Varga (D-Ore.), in particular, has been pounding Roe as a “con artist” ― just as she did in 2012.';
    const q = quoteWith(quotesOf(text), 'Roe as a');
    assert.equal(q.text, 'Roe as a “con artist”');
    assert.equal(speakerText(text, q), 'Ilse Varga');
  });
});

describe('nested marks', () => {
  it('reads curly marks inside a straight-quoted passage as nested, one quote in all', () => {
    const text =
      'Roe continued:\n\n"The levy is partisan, but I will read the question: “Should the port close?” Most said no."\n\nThe mayor left.';
    const quotes = quotesOf(text).filter((q) => q.kind === 'direct');
    assert.equal(quotes.length, 1, JSON.stringify(quotes.map((q) => q.text)));
    assert.ok(quotes[0].text.startsWith('"The levy') && quotes[0].text.endsWith('said no."'));
    assert.equal(speakerText(text, quotes[0]), 'Roe');
  });
});

describe('infinitives and inverted cues', () => {
  it('reads a split infinitive and "..., reported Reuters"', () => {
    const text =
      'Varga outlined her plan and vowed to sternly fine “every ferry that skips the levy.” ' +
      'Turnout fell. This is “roughly the same level as last year,” reported Reuters.';
    const quotes = quotesOf(text);
    const vow = quoteWith(quotes, 'to sternly fine');
    assert.equal(vow.kind, 'mixed');
    assert.equal(speakerText(text, vow), 'Varga');
    assert.equal(speakerText(text, quoteWith(quotes, 'roughly the same level')), 'Reuters');
  });
});

describe('an opening participle clause', () => {
  it('gives "After saying X, Roe ..." the main subject as speaker and ends X at the comma', () => {
    const text = 'After saying the levy would pass, Varga left the hall.';
    const q = quoteWith(quotesOf(text), 'the levy would pass');
    assert.equal(q.text, 'the levy would pass');
    assert.equal(speakerText(text, q), 'Varga');
  });
});

describe('a period fused to its word', () => {
  it('ends the content there, without the period, when the sentence splitter missed the break', () => {
    const text = 'Asked if he would run, Varga said no. Sources told the paper that she did chime in.';
    const quotes = quotesOf(text);
    assert.ok(
      quotes.some((q) => q.text === 'no' && speakerText(text, q) === 'Varga'),
      JSON.stringify(quotes.map((q) => q.text)),
    );
    assert.equal(speakerText(text, quoteWith(quotes, 'that she did chime in')), 'Sources');
  });
});

describe('the speaker of a participle', () => {
  it('is the subject of the nearest finite verb, past an opening adverb', () => {
    const text =
      'Then Kurt Olafsson went fully on the offensive, saying, "Is the port board going to resign?"';
    const q = quoteWith(quotesOf(text), 'Is the port board');
    assert.equal(speakerText(text, q), 'Kurt Olafsson');
  });

  it('is the subject of a clause opened by "when", not the sentence subject', () => {
    const text =
      'The first clash came at a town meeting in Delft, when the nurses interrupted the mayor, chanting "no wage, no boat!"';
    const q = quoteWith(quotesOf(text), 'no wage');
    assert.equal(speakerText(text, q), 'the nurses');
  });

  it('is not the subject of the content clause before it', () => {
    const text = 'Ilse Varga argued that a new tax would keep ships away, saying it is "all about the fees."';
    const q = quoteWith(quotesOf(text), 'all about the fees');
    assert.equal(speakerText(text, q), 'Ilse Varga');
  });
});

describe('a report inside an opening subordinate clause', () => {
  it('ends with that clause, before the main clause after the comma', () => {
    const text =
      'While the mayor insisted that the ferry would run all winter, the harbour board cancelled it in November.';
    const q = quoteWith(quotesOf(text), 'the ferry would run');
    assert.equal(q.text, 'that the ferry would run all winter');
  });

  it('does so after an opening conjunction too', () => {
    const text = 'And although Lena Holm said she would stay, the party chose another leader.';
    const q = quoteWith(quotesOf(text), 'she would stay');
    assert.equal(q.text, 'she would stay');
  });

  it('does so after an opening phrase without a verb, and after ", and when"', () => {
    const text =
      'Two days after the minister announced that the mill would stay open, its owners shut it down.';
    assert.equal(quoteWith(quotesOf(text), 'the mill would').text, 'that the mill would stay open');
    const coordinated =
      'The hall went quiet, and when Oskar Lind said the vote was lost, a man walked out of the hall.';
    assert.equal(quoteWith(quotesOf(coordinated), 'the vote was').text, 'the vote was lost');
  });

  it('keeps the whole clause when a verb comes before the subordinator', () => {
    const text = 'The council confirmed that it met after the mayor left, and the budget passed.';
    assert.match(quoteWith(quotesOf(text), 'it met').text, /after the mayor left/);
  });
});

describe('a report inside a relative clause set off by commas', () => {
  it('ends before the main clause resumes', () => {
    const text = 'The harbour master, who said last week that the ferry was safe, resigned on Monday.';
    const q = quoteWith(quotesOf(text), 'the ferry was safe');
    assert.equal(q.text, 'that the ferry was safe');
  });
});

describe('any -ing form of a cue as a participle', () => {
  it('takes the main clause speaker after a comma', () => {
    const text = 'Mayor Ilse Varga opened the new pier on Monday, praising the harbour workers.';
    const q = quoteWith(quotesOf(text), 'the harbour workers');
    assert.equal(speakerText(text, q), 'Ilse Varga');
  });
});

describe('-ing forms of more cues', () => {
  it('reads ", touting X" after a clause as the clause speaker’s report', () => {
    const text = 'Governor Ilse Varga opened the ferry terminal, touting the forty new jobs.';
    const q = quoteWith(quotesOf(text), 'the forty new jobs');
    assert.equal(speakerText(text, q), 'Ilse Varga');
  });
});

describe('-ing forms of belief cues', () => {
  it('reads ", fearing X" after a clause as the clause subject’s view', () => {
    const text = 'The farmers left the valley in March, fearing the old dam would break.';
    const q = quoteWith(quotesOf(text), 'the old dam would break');
    assert.equal(speakerText(text, q), 'The farmers');
  });
});

describe('a quoted sentence opening with a bracketed word', () => {
  it('is a whole sentence, carried on from the piece before', () => {
    const text = '“There are two points here,” Kessler said. “(The mayor) has those values. I like him.”';
    const q = quoteWith(quotesOf(text), 'has those values');
    assert.equal(q.kind, 'direct');
    assert.equal(speakerText(text, q), 'Kessler');
  });
});

describe('round 5: clause ends and the sentence after a quote', () => {
  it('does not credit a quote to the next sentence when that sentence introduces its own quote', () => {
    const text =
      'Lena Ortiz wrote to Kemp on Sunday. “Why today? That was on my trip to Oslo?” Kemp then writes back, “You look great.”';
    const quotes = quotesOf(text);
    const q = quoteWith(quotes, 'Why today?');
    assert.notEqual(speakerText(text, q), 'Kemp');
    assert.equal(speakerText(text, quoteWith(quotes, 'You look great')), 'Kemp');
  });

  it('does not credit a quote to the next sentence when its cue takes a that-clause', () => {
    const text =
      '“The mill will close in May,” said Ilse Varga, a union steward. “Nobody will say it.” Ortiz added that the port would suffer too.';
    const q = quoteWith(quotesOf(text), 'Nobody will say it');
    assert.equal(speakerText(text, q), 'Ilse Varga');
  });

  it('ends a report at a comma inside the closing mark before a participle that opens the next one', () => {
    const text =
      'Halvorsen has hailed the vote as “superb,” telling reporters during a visit to Tromso on Friday that he thinks the levy is “a fine thing.”';
    const quotes = quotesOf(text);
    assert.ok(
      quotes.some((q) => q.text === 'the vote as “superb,”'),
      JSON.stringify(quotes.map((q) => q.text)),
    );
    assert.ok(
      !quotes.some((q) => q.text.includes('superb,” telling')),
      JSON.stringify(quotes.map((q) => q.text)),
    );
  });

  it('keeps a participle that only elaborates inside the report after a comma inside the mark', () => {
    const text = 'The nurses, Halvorsen said, were “well-paid,” earning more than the porters.';
    const quotes = quotesOf(text);
    assert.ok(
      quotes.some((q) => q.text.includes('earning more than the porters')),
      JSON.stringify(quotes.map((q) => q.text)),
    );
  });
});

describe('round 5: inverted cues and relative asides', () => {
  it('does not read a pronoun with its own verb after an inverted cue as the speaker', () => {
    const text = 'Mr. Dahl, who has called Mr. Vale’s remarks “deeply cynical,” said he would not vote.';
    const q = quoteWith(quotesOf(text), '“deeply cynical,”');
    assert.notEqual(q.rule, 'marks/after/inverted');
    assert.equal(speakerText(text, q), 'who');
  });

  it('still reads a name after an inverted cue as the speaker', () => {
    const text = '“We are done,” said Jane Roe, who leads the union.';
    const q = quoteWith(quotesOf(text), 'We are done');
    assert.equal(q.rule, 'marks/after/inverted');
    assert.equal(speakerText(text, q), 'Jane Roe');
  });

  it('ends the complement of a relative aside at the comma before the main verb', () => {
    const text = 'Halvorsen, who calls Vale a “crook,” said he doubts the plan will pass.';
    const quotes = quotesOf(text);
    assert.ok(
      quotes.some((q) => q.text === 'Vale a “crook,”'),
      JSON.stringify(quotes.map((q) => q.text)),
    );
  });
});

describe('round 5: a clause ending in quoted words before its attribution', () => {
  it('reads "CLAUSE “fragment,” X said." as a mixed report of X', () => {
    const text = 'Vale tried to leave, and by doing that she “took a huge gamble,” Roe said.';
    const quotes = quotesOf(text);
    const q = quotes.find((x) => x.kind === 'mixed');
    assert.ok(q, JSON.stringify(quotes.map((x) => x.text)));
    assert.equal(q.text, 'Vale tried to leave, and by doing that she “took a huge gamble,”');
    assert.equal(speakerText(text, q), 'Roe');
  });

  it('keeps a whole quoted sentence before its attribution a direct quote only', () => {
    const text = '“The plan is bad,” Roe said.';
    const quotes = quotesOf(text);
    assert.deepEqual(
      quotes.map((x) => x.kind),
      ['direct'],
    );
  });
});

describe('round 5: a quote led into by the writer’s words', () => {
  it('reads "said he wanted “...”" as a mixed report of the speaker', () => {
    const text =
      'Paul Dalby, a delegate from Tromso, said he wanted “sensible limits on all of the trawler fleets in the north.”';
    const quotes = quotesOf(text);
    const q = quotes.find((x) => x.kind === 'mixed');
    assert.ok(q, JSON.stringify(quotes.map((x) => x.text)));
    assert.equal(q.text, 'he wanted “sensible limits on all of the trawler fleets in the north.”');
    assert.equal(speakerText(text, q), 'Paul Dalby');
  });

  it('lists "said that “...”" once, as the quote', () => {
    const text = 'Paul Dalby said that “the trawler fleet needs sensible limits.”';
    const quotes = quotesOf(text);
    assert.ok(!quotes.some((x) => x.kind === 'mixed'), JSON.stringify(quotes.map((x) => [x.kind, x.text])));
  });
});

describe('round 5: quoted words right after a speaker’s quote', () => {
  it('gives a fragment in the next sentence of the paragraph the quote’s speaker', () => {
    const text = '“It is ambush reporting,” Varga says. It is “a new kind of harassment.”';
    const q = quoteWith(quotesOf(text), 'a new kind of harassment');
    assert.equal(q.rule, 'marks/carry-partial');
    assert.equal(speakerText(text, q), 'Varga');
  });

  it('leaves a capitalised quoted name in the next sentence alone', () => {
    const text = '“It is ambush reporting,” Varga says. Her show is “Harbour Nights.”';
    assert.ok(!quotesOf(text).some((q) => q.text.includes('Harbour Nights')));
  });
});

describe('round 5: headline speakers with a side noun', () => {
  it('reads "Varga camp: ..." in the first line as a report of the camp', () => {
    const text =
      'Varga camp: Dalby’s levy threatens the port.\n\nThe mayor spoke on Monday in the town hall.';
    const q = reportOf(quotesOf(text), 'Dalby’s levy threatens the port');
    assert.equal(q.rule, 'report/headline');
    assert.equal(speakerText(text, q), 'Varga camp');
  });
});

describe('round 5: transcript turns without quotation marks', () => {
  it('reads "Name: words" opening a later paragraph as that speaker’s turn', () => {
    const text =
      'Ola Berg hosted the radio panel.\n\nBerg: Well, the levy is a bad idea.\n\nSuperdelegates: Varga has 520 of them.';
    const quotes = quotesOf(text);
    const q = reportOf(quotes, 'Well, the levy is a bad idea');
    assert.equal(q.rule, 'report/turn');
    assert.equal(speakerText(text, q), 'Berg');
    assert.ok(!quotes.some((x) => x.text.startsWith('Varga has')), JSON.stringify(quotes.map((x) => x.text)));
  });
});
