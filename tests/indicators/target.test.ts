import { describe, expect, it } from 'vitest';
import { gapClosing, gapSeries, yearsToTarget } from '../../core/indicators';
import { d, series } from './helpers';

describe('yearsToTarget', () => {
  const bilingual = series([2010, '92.7'], [2012, '93.1']);

  it('92,7 % (2010) → 93,1 % (2012): 34,5 years to parity, reached in 2046', () => {
    const r = yearsToTarget(bilingual, d(100));
    expect(r.reason).toBeNull();
    expect(r.years?.toString()).toBe('34.5');
    expect(r.rate?.toString()).toBe('0.2');
    expect(r.distance?.toString()).toBe('6.9');
    // 1 July 2012 + 34,5 years = 1 January 2047 = the end of 2046
    expect(r.year).toBe(2046);
    expect(r.message.da).toBe('34,5 år i det nuværende tempo (nås i 2046).');
    expect(r.message.en).toBe('34.5 years at the current pace (reached in 2046).');
    // reading the 0,4-point change as a yearly rate would give 17,25 years: wrong
    expect(r.years?.eq(d('6.9').div('0.4'))).toBe(false);
  });

  it('the calendar year follows the anchor', () => {
    // from the end of 2012 (2013,0): 2047,5 → 2047; from the start (2012,0): 2046,5 → 2046
    expect(yearsToTarget(bilingual, d(100), { anchor: 'end' }).year).toBe(2047);
    expect(yearsToTarget(bilingual, d(100), { anchor: 'start' }).year).toBe(2046);
  });

  it.each<[string, string, string, number]>([
    // 50 → 52 over 2 years (1/yr) from 1 July 2012 to 60: 8 years → 1 July 2020 → 2020
    ['50', '52', '60', 2020],
    // to 52,5: half a year → 1 January 2013 = end of 2012
    ['50', '52', '52.5', 2012],
    // down: 24 → 21 (−1,5/yr) to 10: 11 / 1,5 = 7,33… years from mid-2012 → 2019,83 → 2019
    ['24', '21', '10', 2019],
  ])('%s (2010) → %s (2012), target %s: reached in %i', (a, b, target, year) => {
    const r = yearsToTarget(series([2010, a], [2012, b]), d(target));
    expect(r.reason).toBeNull();
    expect(r.year).toBe(year);
  });

  it('years over irregular periods: 40 (Feb 2011) → 42,1 (Nov 2012) on a line at 1,2 a year', () => {
    const r = yearsToTarget(
      series(['Februar 2011', '40'], ['November 2011', '40.9'], ['November 2012', '42.1']),
      d('45.7'),
    );
    // 3,6 points at 1,2 a year = 3 years from mid-November 2012 → mid-November 2015
    expect(r.years?.toString()).toBe('3');
    expect(r.year).toBe(2015);
  });

  it.each<[string, string[][], string, 'up' | 'down' | undefined, string]>([
    [
      'no change',
      [
        ['2010', '50'],
        ['2012', '50'],
      ],
      '60',
      undefined,
      'NO_CHANGE',
    ],
    [
      'moving away (up)',
      [
        ['2010', '50'],
        ['2012', '49'],
      ],
      '60',
      'up',
      'MOVING_AWAY',
    ],
    [
      'moving away (down)',
      [
        ['2010', '20'],
        ['2012', '21'],
      ],
      '10',
      'down',
      'MOVING_AWAY',
    ],
    [
      'above the target without a direction',
      [
        ['2010', '59'],
        ['2012', '61'],
      ],
      '60',
      undefined,
      'MOVING_AWAY',
    ],
    [
      'already at the target',
      [
        ['2010', '58'],
        ['2012', '60'],
      ],
      '60',
      undefined,
      'TARGET_REACHED',
    ],
    [
      'beyond the target (up)',
      [
        ['2010', '58'],
        ['2012', '61'],
      ],
      '60',
      'up',
      'TARGET_REACHED',
    ],
    [
      'beyond the target (down)',
      [
        ['2010', '12'],
        ['2012', '9'],
      ],
      '10',
      'down',
      'TARGET_REACHED',
    ],
    ['one point', [['2012', '50']], '60', undefined, 'TOO_FEW_POINTS'],
    ['no points', [], '60', undefined, 'TOO_FEW_POINTS'],
    [
      'one period twice',
      [
        ['2012', '50'],
        ['2012', '51'],
      ],
      '60',
      'up',
      'TOO_FEW_POINTS',
    ],
  ])('%s: null with %s', (_name, pairs, target, direction, reason) => {
    const r = yearsToTarget(
      series(...pairs.map(([p, v]) => [p, v] as [string, string])),
      d(target),
      { direction },
    );
    expect(r.years).toBeNull();
    expect(r.year).toBeNull();
    expect(r.reason).toBe(reason);
    expect(r.message.da.length).toBeGreaterThan(10);
    expect(r.message.en.length).toBeGreaterThan(10);
    expect(`${r.message.da} ${r.message.en}`).not.toMatch(/NaN|Infinity/);
  });
});

describe('gaps between two groups', () => {
  // a: majority, b: minority; 2011 only in a, so it is left out of the gap
  const a = series([2010, '80'], [2011, '80.5'], [2012, '81'], [2014, '82']);
  const b = series([2010, '60'], [2012, '63'], [2014, '66']);

  it('pairs the periods both groups have', () => {
    expect(gapSeries(a, b).map((o) => o.value.toString())).toEqual(['20', '18', '16']);
  });

  it('20 → 18 → 16 points: closing 1 point a year, parity in 16 years (mid-2030)', () => {
    const g = gapClosing(a, b);
    expect(g.gap?.toString()).toBe('16');
    expect(g.rate?.toString()).toBe('-1');
    expect(g.closingRate?.toString()).toBe('1');
    expect(g.parity.years?.toString()).toBe('16');
    expect(g.parity.year).toBe(2030);
  });

  it('a gap below zero closes when it rises', () => {
    const g = gapClosing(series([2010, '50'], [2012, '54']), series([2010, '60'], [2012, '62']));
    expect(g.gap?.toString()).toBe('-8');
    expect(g.rate?.toString()).toBe('1');
    expect(g.closingRate?.toString()).toBe('1');
    expect(g.parity.years?.toString()).toBe('8');
  });

  it('a widening gap has a negative closing rate and no years to parity', () => {
    const g = gapClosing(series([2010, '80'], [2012, '82']), series([2010, '60'], [2012, '60']));
    expect(g.closingRate?.toString()).toBe('-1');
    expect(g.parity.reason).toBe('MOVING_AWAY');
  });

  it('a closed gap is at parity; a steady one does not close', () => {
    const closed = gapClosing(
      series([2010, '70'], [2012, '71']),
      series([2010, '69'], [2012, '71']),
    );
    expect(closed.gap?.toString()).toBe('0');
    expect(closed.closingRate?.toString()).toBe('-0.5');
    expect(closed.parity.reason).toBe('TARGET_REACHED');
    const steady = gapClosing(
      series([2010, '70'], [2012, '72']),
      series([2010, '60'], [2012, '62']),
    );
    expect(steady.closingRate?.toString()).toBe('0');
    expect(steady.parity.reason).toBe('NO_CHANGE');
  });

  it('without common periods there is no gap', () => {
    const g = gapClosing(series([2010, '70']), series([2011, '60']));
    expect(g.gap).toBeNull();
    expect(g.rate).toBeNull();
    expect(g.closingRate).toBeNull();
    expect(g.parity.reason).toBe('TOO_FEW_POINTS');
  });
});
