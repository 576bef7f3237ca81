import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { timexesOf } from './helpers.js';

/** A Wednesday. */
const DAY = '2022-02-02';

const values = (text: string, date = DAY) => timexesOf(text, date).map((t) => `${t.text}=${t.value}`);

/** Round 13: newswire robustness. */
describe('time: round 13', () => {
  it('an irregular past verb nearer the weekday than a plan tells the weekday gone by', () => {
    assert.deepEqual(values('The rebels, who vow to keep fighting, hid in the hills on Monday.'), [
      'Monday=2022-01-31',
    ]);
    assert.deepEqual(values('Fans who plan to attend the final caught the early train on Sunday.'), [
      'Sunday=2022-01-30',
    ]);
    assert.deepEqual(values('Investors who will vote on the merger withdrew their support on Monday.'), [
      'Monday=2022-01-31',
    ]);
    assert.deepEqual(values('The senate, which is due to adjourn, overrode the veto Monday.'), [
      'Monday=2022-01-31',
    ]);
    // The plan nearest the weekday still looks ahead.
    assert.deepEqual(values('The rebels hid in the hills and plan to attack on Monday.'), [
      'Monday=2022-02-07',
    ]);
  });

  it('"1996-1997", "fiscal 2010-2011": two years in a row written in full are one span, valued as its first', () => {
    assert.deepEqual(values('Rainfall was scarce in 1996-1997.', '2013-03-14'), ['1996-1997=1996']);
    assert.deepEqual(values('The insurer lost money in fiscal 2010-2011.', '2013-03-14'), [
      'fiscal 2010-2011=2010',
    ]);
    // Years further apart are two dates, and the second one names no reported period.
    assert.deepEqual(values('The 2004-2007 period was calm.', '2013-03-14'), ['2004=2004', '2007=2007']);
    assert.deepEqual(values('Exports grew in 2004-2006.', '2013-03-14'), ['2004=2004', '2006=2006']);
  });

  it('"3Q12", "1H2011": a quarter or half written number first with its year against it', () => {
    assert.deepEqual(values('Margins narrowed in 3Q12 and widened in 4Q2012.', '2013-03-14'), [
      '3Q12=2012-Q3',
      '4Q2012=2012-Q4',
    ]);
    assert.deepEqual(values('The miner guided lower for 2H14.', '2013-03-14'), ['2H14=2014-H2']);
    // Not a half: "3H12"; spaced apart, "3 Q12" is no quarter either.
    assert.deepEqual(values('Cabin 3H12 and locker 3 Q12 were empty.', '2013-03-14'), []);
  });

  it('"nearly 1,200 years", "2,400 hours": counts written with thousands commas are durations', () => {
    assert.deepEqual(values('The abbey stood for nearly 1,200 years.'), ['nearly 1,200 years=P1200Y']);
    assert.deepEqual(values('Volunteers logged 2,400 hours on the dig.'), ['2,400 hours=PT2400H']);
    // A number that is no count of thousands ("1,20") is not read.
    assert.deepEqual(values('Section 1,20 days'), []);
  });

  it('a weekday after "and" shares the tense of the day told before it in the clause, when far from the verb', () => {
    assert.deepEqual(
      values(
        'The envoy will hold talks with the foreign minister on Monday evening and travel to the border on Friday morning.',
      ),
      ['Monday evening=2022-02-07TEV', 'Friday morning=2022-02-04TMO'],
    );
    assert.deepEqual(
      values(
        'Delegates are expected to gather in the old trade hall on Thursday morning and vote on the final text Saturday.',
      ),
      ['Thursday morning=2022-02-03TMO', 'Saturday=2022-02-05'],
    );
    // A comma that is not before "and" closes the clause.
    assert.deepEqual(
      values(
        'The envoy will hold talks with the foreign minister on Monday evening, the aides of the king Friday.',
      ),
      ['Monday evening=2022-02-07TEV', 'Friday=2022-01-28'],
    );
  });

  it('a year before year 1 is written BC ("2,600 years ago" said in 2022 is 579 BC)', () => {
    assert.deepEqual(values('The shrine was raised 2,600 years ago.'), ['2,600 years ago=BC0579']);
    assert.deepEqual(values('The bridge was built 1,900 years ago.'), ['1,900 years ago=0122']);
  });

  it('"and last 36 hours": the verb after "and" takes no part in the count and tells no past', () => {
    assert.deepEqual(values('The dockers will walk out on Friday and last 36 hours.'), [
      'Friday=2022-02-04',
      '36 hours=PT36H',
    ]);
    assert.deepEqual(values('The blockade is to start Monday and last for a fortnight.'), [
      'Monday=2022-02-07',
      'a fortnight=P2W',
    ]);
    // "and last week", "the last 36 hours" keep their reading.
    assert.deepEqual(values('Fares rose in January and last week.'), [
      'January=2022-01',
      'last week=2022-W04',
    ]);
    assert.deepEqual(values('Crews worked through the last 36 hours.'), ['the last 36 hours=PT36H']);
  });

  it('"the last Friday of May", "the second Sunday in June 2019": the nth weekday of a month is one date', () => {
    assert.deepEqual(values('Shops were busy on the last Friday of January.'), [
      'the last Friday of January=2022-01-28',
    ]);
    assert.deepEqual(values('The regatta was held on the second Sunday in June 2019.'), [
      'the second Sunday in June 2019=2019-06-09',
    ]);
    assert.deepEqual(values('The council meets on the first Thursday of March.'), [
      'the first Thursday of March=2022-03-03',
    ]);
    // A weekday of something else stays a weekday.
    assert.deepEqual(values('The second Monday in court was calm.'), ['Monday=2022-01-31']);
  });

  it('a conditional clause after the date ("if needed", "unless delayed") does not tense it', () => {
    assert.deepEqual(
      values('The mayor said on Monday the shelters would stay open through the weekend if needed.'),
      ['Monday=2022-01-31', 'the weekend=2022-W05-WE'],
    );
    assert.deepEqual(values('There will be a runoff in November unless postponed.'), ['November=2022-11']);
  });

  it('a fronted "By Monday," tells when a state was reached, in the tense of the clause after the comma', () => {
    assert.deepEqual(values('The ferry lost power and by Monday, the passengers ran short of water.'), [
      'Monday=2022-01-31',
    ]);
    assert.deepEqual(values('By Sunday, the fire crews controlled the blaze.'), ['Sunday=2022-01-30']);
    assert.deepEqual(values('By October, only a third of the wells were pumping.'), ['October=2021-10']);
    // A plan after the comma, an aside, or "by" inside the clause keep the deadline ahead.
    assert.deepEqual(values('By Friday, the club will have named a new coach.'), ['Friday=2022-02-04']);
    assert.deepEqual(values('By Friday, we were told, there could be a deal.'), ['Friday=2022-02-04']);
    assert.deepEqual(values('The list must be ready by Friday, the clerk said.'), ['Friday=2022-02-04']);
  });

  it('"the 2010/11 season", "fiscal 2009/2010": two years in a row written with a slash are one span', () => {
    assert.deepEqual(values('Attendance fell in the 2010/11 season.'), ['2010/11=2010']);
    assert.deepEqual(values('The port lost money in fiscal 2009/2010.'), ['fiscal 2009/2010=2009']);
    // A day and a month, or years further apart, are no span of years.
    assert.deepEqual(values('The 2009/12 plan and table 10/11 were shelved.'), []);
  });

  it('"05:30 local time on 29 January": a 24-hour time takes "local time" as it takes a zone', () => {
    assert.deepEqual(values('The curfew was lifted at 05:30 local time on 29 January.'), [
      '05:30 local time on 29 January=2022-01-29T05:30',
    ]);
    assert.deepEqual(values('Shelling resumed about 21:15 local time.'), [
      'about 21:15 local time=2022-02-02T21:15',
    ]);
    // Without "at", a zone or "local time", a bare "21:15" is no time (a score, a ratio).
    assert.deepEqual(values('The vote split 21:15 in the chamber.'), []);
  });

  it('"One day, I hope...", "until one day": some day to come, not a day long', () => {
    assert.deepEqual(values('One day, I hope, the harbour will be rebuilt.'), ['One day=FUTURE_REF']);
    assert.deepEqual(values('And one day we will go home.'), ['one day=FUTURE_REF']);
    assert.deepEqual(values('Keep saving until one day it is your turn.'), ['one day=FUTURE_REF']);
    // A day counted, or a clause told in the past, keep the duration.
    assert.deepEqual(values('They waited until one day the bank closed.'), ['one day=P1D']);
    assert.deepEqual(values('One day after the flood, the roads reopened.'), ['One day=P1D']);
    assert.deepEqual(values('One day, the miller found a coin.'), ['One day=P1D']);
  });

  it('"40,000 barrels per day": a rate after a quantity is no set, as "$3 a year" is not', () => {
    assert.deepEqual(values('The field pumps 40,000 barrels per day.'), []);
    assert.deepEqual(values('Clinics reported 15 cases per week.'), []);
    // A frequency is still a set.
    assert.deepEqual(values('The ferry sails three times per week.'), ['three times per week=P1W']);
  });
});
