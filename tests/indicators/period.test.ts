import { describe, expect, it } from 'vitest';
import {
  parsePeriod,
  periodKey,
  periodLabel,
  periodMonths,
  yearsBetween,
  type Period,
} from '../../core/indicators';
import { Dec } from '../../core/numbers';

function read(input: string | number | Date, year?: number): Period {
  const r = parsePeriod(input, { year });
  if (!r.ok) throw new Error(`unreadable in test: ${String(input)}: ${r.error.message.en}`);
  return r.value;
}

describe('parsePeriod', () => {
  it.each<[string | number, string]>([
    [2012, '2012'],
    ['2012', '2012'],
    [' 2012 ', '2012'],
    ['Februar 2011', '2011-02'],
    ['februar 2011', '2011-02'],
    ['november 2012', '2012-11'],
    ['November 2012', '2012-11'],
    ['nov. 2012', '2012-11'],
    ['feb 2011', '2011-02'],
    ['Feb. 2011', '2011-02'],
    ['marts 2010', '2010-03'],
    ['March 2010', '2010-03'],
    ['maj 2013', '2013-05'],
    ['May 2013', '2013-05'],
    ['okt. 2014', '2014-10'],
    ['October 2014', '2014-10'],
    ['2012-11', '2012-11'],
    ['2012 november', '2012-11'],
    ['3. kvartal 2009', '2009-Q3'],
    ['3. Kvartal 2009', '2009-Q3'],
    ['3. kvt. 2009', '2009-Q3'],
    ['3 kvt 2009', '2009-Q3'],
    ['2009 Q3', '2009-Q3'],
    ['2009-Q3', '2009-Q3'],
    ['Q3 2009', '2009-Q3'],
    ['q3-2009', '2009-Q3'],
    ['3rd quarter 2009', '2009-Q3'],
    ['15-03-2011', '2011-03-15'],
    ['15.03.2011', '2011-03-15'],
    ['1/3/2011', '2011-03-01'],
    ['2011-03-15', '2011-03-15'],
    ['29-02-2012', '2012-02-29'],
    ['2012*', '2012'],
    ['November 2012 **', '2012-11'],
  ])('%s is %s', (input, key) => {
    expect(periodKey(read(input))).toBe(key);
  });

  it('takes the year of a bare quarter or month from the context', () => {
    expect(periodKey(read('3. kvt.', 2009))).toBe('2009-Q3');
    expect(periodKey(read('Q2', 2024))).toBe('2024-Q2');
    expect(periodKey(read('november', 2012))).toBe('2012-11');
    const r = parsePeriod('3. kvt.');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('PERIOD_NEEDS_YEAR');
  });

  it('reads a JS Date in UTC, as spreadsheet readers deliver dates', () => {
    expect(periodKey(read(new Date(Date.UTC(2011, 2, 15))))).toBe('2011-03-15');
  });

  it.each<[string | number | Date]>([
    ['31-02-2011'],
    ['2011-13'],
    ['Q5 2009'],
    ['5. kvartal 2009'],
    ['foo 2011'],
    ['hello'],
    [''],
    [2012.5],
    [12345],
    [new Date(Number.NaN)],
  ])('%s is not a period', (input) => {
    const r = parsePeriod(input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.message.da.length).toBeGreaterThan(0);
      expect(r.error.message.en.length).toBeGreaterThan(0);
    }
  });

  it('labels periods as people write them', () => {
    expect(periodLabel(read('feb 2011'))).toEqual({ da: 'februar 2011', en: 'February 2011' });
    expect(periodLabel(read('2009 Q3'))).toEqual({ da: '3. kvartal 2009', en: 'Q3 2009' });
    expect(periodLabel(read('2011-03-15'))).toEqual({ da: '15-03-2011', en: '2011-03-15' });
    expect(periodLabel(read(2012))).toEqual({ da: '2012', en: '2012' });
  });
});

describe('time between periods', () => {
  it.each<[string | number, string | number, string]>([
    [2010, 2012, '2'],
    ['Februar 2011', 'November 2011', '0.75'],
    ['Februar 2011', 'November 2012', '1.75'],
    ['3. kvartal 2009', '1. kvartal 2010', '0.5'],
    // a year's midpoint is 1 July: February 2011 (mid at 1,5 months) is 4,5 months earlier
    [2011, 'Februar 2011', '-0.375'],
    ['2011-03-01', '2011-09-01', '0.5'],
  ])('%s → %s is %s years (midpoints)', (a, b, years) => {
    expect(yearsBetween(read(a), read(b)).toString()).toBe(years);
  });

  it('measures between starts or ends when asked', () => {
    // start to start: one month; end to end: 12 months back to 1 March (1/12, −10/12 of a year)
    expect(yearsBetween(read(2011), read('Februar 2011'), 'start').eq(new Dec(1).div(12))).toBe(
      true,
    );
    expect(yearsBetween(read(2011), read('Februar 2011'), 'end').eq(new Dec(-10).div(12))).toBe(
      true,
    );
    expect(yearsBetween(read('Q1 2010'), read('Q3 2010'), 'end').toString()).toBe('0.5');
  });

  it('places periods on an exact month axis', () => {
    expect(periodMonths(read(2012)).toString()).toBe('24150');
    expect(periodMonths(read('Q3 2009')).toString()).toBe('24115.5');
    expect(periodMonths(read('Februar 2011')).toString()).toBe('24133.5');
    expect(periodMonths(read(2012), 'start').toString()).toBe('24144');
    expect(periodMonths(read(2012), 'end').toString()).toBe('24156');
    // 15 March: 2 months and 14 of March's 31 days into the year; a date is an instant
    const march15 = new Dec(24132).plus(2).plus(new Dec(14).div(31));
    expect(periodMonths(read('15-03-2011')).eq(march15)).toBe(true);
    expect(periodMonths(read('15-03-2011'), 'end').eq(march15)).toBe(true);
  });
});
