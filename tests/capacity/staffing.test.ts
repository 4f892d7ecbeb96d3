import { describe, expect, it } from 'vitest';
import { capacityForYear, type StaffRow, type YearCapacity } from '../../core/capacity';

function cap(
  staff: StaffRow[],
  year: number,
  counting: 'months' | 'days' = 'months',
): YearCapacity {
  const r = capacityForYear(staff, year, { capacityCounting: counting });
  if (!r.ok) throw new Error(r.error.message.en);
  return r.value;
}

const frac = (c: YearCapacity): string => `${c.personYears.num}/${c.personYears.den}`;

describe('capacityForYear: the 2009 TaskForce example', () => {
  // Four consultants since February 2007, a fifth hired 1 March 2009.
  const staff: StaffRow[] = [
    { person: 'Konsulent 1', from: '2007-02-01' },
    { person: 'Konsulent 2', from: '1.2.2007' },
    { person: 'Konsulent 3', from: '01-02-2007', to: null },
    { person: 'Konsulent 4', from: new Date(Date.UTC(2007, 1, 1)), share: 1 },
    { person: 'Konsulent 5', from: '1. marts 2009' },
  ];

  it('gives 4 + 10/12 person-years, kept exact, shown as 4,83', () => {
    const c = cap(staff, 2009);
    expect(frac(c)).toBe('29/6');
    expect(c.total.toDecimalPlaces(10).toFixed()).toBe('4.8333333333');
    expect(c.display).toEqual({ da: '4,83 årsværk', en: '4.83 person-years' });
    expect(c.rows.map((r) => r.counted)).toEqual([12, 12, 12, 12, 10]);
    expect(c.problems).toEqual([]);
  });

  it('gives 5 in 2010 and 4 in 2008', () => {
    expect(frac(cap(staff, 2010))).toBe('5/1');
    expect(frac(cap(staff, 2008))).toBe('4/1');
  });

  it('counts days when asked: 306 of 365 days for the hire', () => {
    const c = cap(staff, 2009, 'days');
    expect(c.rows[4].counted).toBe(306);
    expect(frac(c)).toBe(`${4 * 365 + 306}/365`);
    expect(c.display.da).toBe('4,84 årsværk');
  });
});

describe('capacityForYear: month counting', () => {
  const cases: [string, StaffRow, string][] = [
    ['all year', { person: 'A' }, '1/1'],
    ['start on the 1st counts that month', { person: 'A', from: '2009-03-01' }, '5/6'],
    ['start mid-month does not count that month', { person: 'A', from: '2009-03-15' }, '3/4'],
    ['start on the 2nd does not count that month', { person: 'A', from: '2009-03-02' }, '3/4'],
    ['leaving on the last day counts that month', { person: 'A', to: '2009-06-30' }, '1/2'],
    ['leaving mid-month does not count that month', { person: 'A', to: '2009-06-15' }, '5/12'],
    ['four months are a third, exactly', { person: 'A', from: '2009-09-01' }, '1/3'],
    ['part-time 0,5 all year', { person: 'A', share: '0,5' }, '1/2'],
    ['part-time written as 50 %', { person: 'A', share: '50 %' }, '1/2'],
    ['part-time from 1 July', { person: 'A', from: '2009-07-01', share: 0.5 }, '1/4'],
    ['three-quarter time, one month', { person: 'A', from: '2009-12-01', share: '0,75' }, '1/16'],
    ['starts next year', { person: 'A', from: '2010-01-01' }, '0/1'],
    ['left last year', { person: 'A', to: '2008-12-31' }, '0/1'],
    ['a few days only', { person: 'A', from: '2009-05-10', to: '2009-05-20' }, '0/1'],
    ['February in a leap year', { person: 'A', from: '2012-02-01', to: '2012-02-29' }, '1/12'],
  ];
  it.each(cases)('%s', (_name, row, expected) => {
    const year = _name.includes('leap') ? 2012 : 2009;
    expect(frac(cap([row], year))).toBe(expected);
  });

  it('accepts the short alias `counting`', () => {
    const r = capacityForYear([{ person: 'A', from: '2009-03-15' }], 2009, { counting: 'days' });
    expect(r.ok && r.value.rows[0].counted).toBe(292);
  });
});

describe('capacityForYear: day counting', () => {
  const cases: [string, StaffRow, number, string][] = [
    ['all year', { person: 'A' }, 2009, '1/1'],
    // 292/365 = 4/5 (both divisible by 73).
    ['from 15 March', { person: 'A', from: '2009-03-15' }, 2009, '4/5'],
    ['from 1 March in a leap year', { person: 'A', from: '2012-03-01' }, 2012, '51/61'],
    ['all of a leap year', { person: 'A', from: '2011-06-01' }, 2012, '1/1'],
    [
      'one day, part-time',
      { person: 'A', from: '2009-01-01', to: '2009-01-01', share: '0,5' },
      2009,
      '1/730',
    ],
    ['leaving 15 June', { person: 'A', to: '2009-06-15' }, 2009, '166/365'],
  ];
  it.each(cases)('%s', (_name, row, year, expected) => {
    expect(frac(cap([row], year, 'days'))).toBe(expected);
  });
});

describe('capacityForYear: problems', () => {
  it('reports overlapping rows for one person and counts both', () => {
    const c = cap(
      [
        { person: 'Anna', from: '2009-01-01', to: '2009-06-30' },
        { person: 'Bo', from: '2009-01-01' },
        { person: 'anna ', from: '2009-06-01', share: '0,5', sheet: 'Bemanding', cell: 'B4' },
      ],
      2009,
    );
    expect(c.problems).toHaveLength(1);
    expect(c.problems[0]).toMatchObject({ code: 'STAFF_OVERLAP', sheet: 'Bemanding', cell: 'B4' });
    expect(c.problems[0].message.da).toContain('række 1 og 3');
    // 6 + 12 + 7 × ½ = 21½ months = 43/24 person-years.
    expect(frac(c)).toBe('43/24');
  });

  it('consecutive rows and overlaps outside the year are no problem', () => {
    const c = cap(
      [
        { person: 'Anna', from: '2009-01-01', to: '2009-06-30' },
        { person: 'Anna', from: '2009-07-01' },
        { person: 'Bo', from: '2005-01-01', to: '2007-12-31' },
        { person: 'Bo', from: '2006-01-01', to: '2008-12-31' },
      ],
      2009,
    );
    expect(c.problems).toEqual([]);
    expect(frac(c)).toBe('1/1');
  });

  it('skips unreadable rows with a problem each', () => {
    const c = cap(
      [
        { person: 'A', share: 0 },
        { person: 'B', share: '1,5' },
        { person: 'C', from: '31.2.2009' },
        { person: 'D', from: '2009-06-01', to: '2009-03-01' },
        { person: 'E', share: 'halv' },
        { person: 'F' },
      ],
      2009,
    );
    expect(c.problems.map((p) => p.code)).toEqual([
      'INVALID_SHARE',
      'INVALID_SHARE',
      'INVALID_DATE',
      'INVALID_PERIOD',
      'INVALID_NUMBER',
    ]);
    expect(frac(c)).toBe('1/1');
    expect(c.problems[3].message.da).toBe(
      'Række 4 (D): slutter (1.3.2009) før den begynder (1.6.2009).',
    );
  });

  it('a year that is not a year is an error', () => {
    expect(capacityForYear([], 2009.5)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_YEAR' },
    });
  });

  it('no staff gives 0', () => {
    expect(frac(cap([], 2009))).toBe('0/1');
    expect(cap([], 2009).total.toFixed()).toBe('0');
  });
});
