import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { holdersOn, loadActorFile, personRoles } from './load.js';

const roles = personRoles(loadActorFile('people'));

/** The one holder of an office on a day (fails on none or several, so a wrong date shows up). */
function holder(role: string, where: string, day: string): string {
  const found = holdersOn(roles, role, where, day);
  assert.equal(found.length, 1, `${role} of ${where} on ${day}: ${found.join(', ') || 'nobody'}`);
  return found[0];
}

describe('people.yaml: who held an office on a given day', () => {
  it('names the same title differently across dates', () => {
    assert.equal(holder('head-of-state', 'RUS', '2022-02-01'), 'vladimir-putin');
    assert.equal(holder('head-of-state', 'RUS', '2010-06-01'), 'dmitry-medvedev');
    assert.equal(holder('head-of-government', 'RUS', '2010-06-01'), 'vladimir-putin');
    assert.equal(holder('head-of-government', 'HUN', '2022-02-01'), 'viktor-orban');
    assert.equal(holder('head-of-government', 'HUN', '2005-06-01'), 'ferenc-gyurcsany');
    assert.equal(holder('head-of-state', 'USA', '2005-06-01'), 'george-w-bush');
    assert.equal(holder('head-of-state', 'USA', '2019-06-01'), 'donald-trump');
    assert.equal(holder('head-of-state', 'USA', '2022-06-01'), 'joe-biden');
    assert.equal(holder('head-of-government', 'GBR', '2022-10-01'), 'liz-truss');
    assert.equal(holder('head-of-government', 'DEU', '2015-01-01'), 'angela-merkel');
    assert.equal(holder('foreign-minister', 'CHN', '2023-05-01'), 'qin-gang');
    assert.equal(holder('foreign-minister', 'CHN', '2023-09-01'), 'wang-yi');
    assert.equal(holder('head-of-state', 'UKR', '2014-03-15'), 'oleksandr-turchynov');
  });

  it('hands an office over on the day the successor takes it', () => {
    assert.equal(holder('head-of-state', 'USA', '2009-01-19'), 'george-w-bush');
    assert.equal(holder('head-of-state', 'USA', '2009-01-20'), 'barack-obama');
    assert.equal(holder('secretary-general', 'org:nato', '2024-09-30'), 'jens-stoltenberg');
    assert.equal(holder('secretary-general', 'org:nato', '2024-10-01'), 'mark-rutte');
  });

  it('knows organisation offices and non-presidential heads', () => {
    assert.equal(holder('secretary-general', 'org:un', '2010-01-01'), 'ban-ki-moon');
    assert.equal(
      holder('head-of-organization', 'org:european-commission', '2016-01-01'),
      'jean-claude-juncker',
    );
    assert.equal(holder('foreign-minister', 'org:eu', '2021-01-01'), 'josep-borrell');
    assert.equal(holder('supreme-leader', 'IRN', '2015-01-01'), 'ali-khamenei');
    assert.equal(holder('head-of-state', 'IRN', '2015-01-01'), 'hassan-rouhani');
    assert.equal(holder('monarch', 'GBR', '2023-01-01'), 'charles-iii');
  });

  it('leaves an office empty before it existed', () => {
    assert.deepEqual(holdersOn(roles, 'head-of-government', 'TUR', '2019-01-01'), []);
  });
});

/** Countries the brief names: G20 members, Security Council permanent members, countries in major conflicts. */
const g20 = 'ARG AUS BRA CAN CHN FRA DEU IND IDN ITA JPN MEX RUS SAU ZAF KOR TUR GBR USA'.split(' ');
const conflicts =
  'UKR ISR PSE IRN IRQ SYR AFG PAK PRK GEO ARM AZE BLR HUN POL YEM LBY SDN SSD ETH MMR VEN EGY LBN SRB XKX TWN'.split(
    ' ',
  );
const leaderRoles = ['head-of-state', 'head-of-government', 'monarch', 'supreme-leader'];
/** Spells in which no one held any leading office recognised abroad (rival governments, transitions). */
const leaderless: Record<string, [string, string]> = { LBY: ['2014-08-04', '2016-03-30'] };

function sampleDays(fromYear: number, toYear: number): string[] {
  const days: string[] = [];
  for (let year = fromYear; year <= toYear; year++) days.push(`${year}-01-15`, `${year}-07-15`);
  return days;
}

describe('people.yaml: coverage of the countries the brief names', () => {
  it('every one has a leader on every sampled day from 2006 to 2025', () => {
    const missing: string[] = [];
    for (const country of [...g20, ...conflicts]) {
      for (const day of sampleDays(2006, 2025)) {
        const gap = leaderless[country];
        if (gap && gap[0] <= day && day < gap[1]) continue;
        if (leaderRoles.every((role) => holdersOn(roles, role, country, day).length === 0)) {
          missing.push(`${country} ${day}`);
        }
      }
    }
    assert.deepEqual(missing, []);
  });

  it('every G20 member has a foreign minister on every sampled day from 2001 to 2024', () => {
    const missing: string[] = [];
    for (const country of g20) {
      for (const day of sampleDays(2001, 2024)) {
        if (holdersOn(roles, 'foreign-minister', country, day).length === 0)
          missing.push(`${country} ${day}`);
      }
    }
    assert.deepEqual(missing, []);
  });
});
