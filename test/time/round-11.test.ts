import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectTimex, timexesOf } from './helpers.js';

/** A Thursday in March 2013, like the news the held-out set is drawn from. */
const DAY = '2013-03-14';

const values = (text: string) => timexesOf(text, DAY).map((t) => `${t.text}=${t.value}`);

/** Round 11: shapes found by red-teaming the stage with our own 2013-style wire copy. */
describe('time: round 11', () => {
  it('"last" after a modal or "to" is the verb, not a past cue', () => {
    expectTimex(
      'The cold snap will last through the weekend.',
      'the weekend',
      'DATE',
      '2013-W11-WE',
      undefined,
      DAY,
    );
    expectTimex(
      'The blizzard is expected to last through the weekend.',
      'the weekend',
      'DATE',
      '2013-W11-WE',
      undefined,
      DAY,
    );
    // ...while "was last seen" still looks back.
    expectTimex('The hiker was last seen on Monday.', 'Monday', 'DATE', '2013-03-11', undefined, DAY);
  });

  it('"overnight" does not move the narrative day: a second one is the same night', () => {
    assert.deepEqual(
      values(
        'The ferry sank on Tuesday. Divers searched overnight, the coast guard said. Gunboats patrolled overnight.',
      ),
      ['Tuesday=2013-03-12', 'overnight=2013-03-11TNI', 'overnight=2013-03-11TNI'],
    );
  });

  it('"overnight" after an evening or a night of the same sentence is the night that follows', () => {
    assert.deepEqual(values('The cyclone reached the coast Monday evening and weakened overnight.'), [
      'Monday evening=2013-03-11TEV',
      'overnight=2013-03-11TNI',
    ]);
    assert.deepEqual(values('Clashes began at 9 p.m. Tuesday and went on overnight.'), [
      '9 p.m. Tuesday=2013-03-12T21:00',
      'overnight=2013-03-12TNI',
    ]);
    // ...a bare day still has the night before it.
    assert.deepEqual(values('The cyclone reached the coast Monday. It weakened overnight.'), [
      'Monday=2013-03-11',
      'overnight=2013-03-10TNI',
    ]);
  });

  it('"late on Wednesday", "early on Monday" are one expression, dating the verb before them', () => {
    expectTimex(
      'The carmaker said late on Wednesday it would close two plants.',
      'late on Wednesday',
      'DATE',
      '2013-03-13',
      'END',
      DAY,
    );
    expectTimex(
      'Gunmen struck early on Monday, the army said.',
      'early on Monday',
      'DATE',
      '2013-03-11',
      'START',
      DAY,
    );
    assert.deepEqual(values('Early on, the squad struggled.'), []);
  });

  it('"the autumn" is the season after any preposition; only "the fall" needs one of time', () => {
    expectTimex('A referendum is planned for the autumn.', 'the autumn', 'DATE', '2013-FA', undefined, DAY);
    assert.deepEqual(values('The plan for the fall was dropped.'), []);
  });

  it('"the past" before a count of anything is the count\'s direction, not the past', () => {
    assert.deepEqual(values('The index has gained in each of the past five sessions.'), []);
    expectTimex('Such riots happened in the past.', 'the past', 'DATE', 'PAST_REF', undefined, DAY);
  });

  it('"March 3 last year", "July 13 next year" are one date in the year named after the day', () => {
    expectTimex(
      'The trader was arrested on Feb. 9 last year.',
      'Feb. 9 last year',
      'DATE',
      '2012-02-09',
      undefined,
      DAY,
    );
    expectTimex(
      'The final is on July 13 next year.',
      'July 13 next year',
      'DATE',
      '2014-07-13',
      undefined,
      DAY,
    );
  });

  it('"Tuesday last week", "Monday next week" are the weekday of the week named after it', () => {
    expectTimex(
      'The envoy quit on Tuesday last week.',
      'Tuesday last week',
      'DATE',
      '2013-03-05',
      undefined,
      DAY,
    );
    expectTimex(
      'Hearings resume on Monday next week.',
      'Monday next week',
      'DATE',
      '2013-03-18',
      undefined,
      DAY,
    );
  });

  it('a present -s verb right after a year schedules the date ("Fiscal 2013 ends on Sept. 30")', () => {
    expectTimex(
      'Fiscal 2013 ends on Sept. 30, the treasury said.',
      'Sept. 30',
      'DATE',
      '2013-09-30',
      undefined,
      DAY,
    );
  });

  it('a fixture verb between two team names is a plural present that schedules the date', () => {
    expectTimex('Leeds host Burnley on Saturday.', 'Saturday', 'DATE', '2013-03-16', undefined, DAY);
    expectTimex('Valencia face Sevilla on Sunday.', 'Sunday', 'DATE', '2013-03-17', undefined, DAY);
  });

  it('"Super Bowl Sunday" is the first Sunday of February, a capitalised name only', () => {
    expectTimex(
      'Advertisers paid record sums on Super Bowl Sunday.',
      'Super Bowl Sunday',
      'DATE',
      '2013-02-03',
      undefined,
      DAY,
    );
    assert.deepEqual(values('They planned a super bowl sunday party.'), []);
  });
});
