import { describe, expect, it } from 'vitest';
import { changePoints, ratePerYear, relativeChange } from '../../core/indicators';
import { d, series } from './helpers';

describe('change in points and relative change', () => {
  it('92,7 % → 93,1 % is 0,4 percentage points, not 0,4 %', () => {
    expect(changePoints(d('92.7'), d('93.1')).toString()).toBe('0.4');
    const rel = relativeChange(d('92.7'), d('93.1'));
    expect(rel.ok && rel.value.eq(d('0.4').times(100).div('92.7'))).toBe(true);
    // 0,4315 %: a different number from the 0,4 points
    expect(rel.ok && rel.value.toDecimalPlaces(4).toString()).toBe('0.4315');
  });

  it.each([
    ['58.1', '60.8', '2.7', '4.647160068846815834767641996557659208262'],
    ['24', '21', '-3', '-12.5'],
    ['50', '50', '0', '0'],
    ['-10', '-5', '5', '50'],
  ])('%s → %s: %s points, %s percent', (from, to, points, rel) => {
    expect(changePoints(d(from), d(to)).toString()).toBe(points);
    const r = relativeChange(d(from), d(to));
    expect(r.ok && r.value.toString()).toBe(rel);
  });

  it('has no relative change from zero', () => {
    const r = relativeChange(d(0), d(5));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('BASE_IS_ZERO');
  });

  it('never gives -0', () => {
    expect(Object.is(changePoints(d('-0'), d('0')).toNumber(), 0)).toBe(true);
    const r = relativeChange(d(-3), d(-3));
    expect(r.ok && Object.is(r.value.toNumber(), 0)).toBe(true);
  });
});

describe('ratePerYear (least squares, exact)', () => {
  it('92,7 (2010) → 93,1 (2012) is 0,2 points a year, not 0,4', () => {
    const r = ratePerYear(series([2010, '92.7'], [2012, '93.1']));
    expect(r.ok && r.value.toString()).toBe('0.2');
  });

  it('irregular periods on a line: Feb 2011, Nov 2011, Nov 2012 at 0,1 a month = 1,2 a year', () => {
    const r = ratePerYear(
      series(['Februar 2011', '40'], ['November 2011', '40.9'], ['November 2012', '42.1']),
    );
    expect(r.ok && r.value.toString()).toBe('1.2');
  });

  it('irregular periods off a line: hand-checked least squares = 318/185 a year', () => {
    // t = 0, 9, 21 months; Σt = 30, Σt² = 522, Σy = 124,2, Σty = 1273,8
    // slope = (3·1273,8 − 30·124,2) / (3·522 − 30²) = 95,4 / 666 a month = 1144,8/666 = 318/185 a year
    const r = ratePerYear(
      series(['Februar 2011', '40'], ['nov. 2011', '41.2'], ['November 2012', '43']),
    );
    expect(r.ok && r.value.eq(d(318).div(185))).toBe(true);
    expect(r.ok && r.value.toDecimalPlaces(6).toString()).toBe('1.718919');
  });

  it('two points give the plain slope, whatever the order they come in', () => {
    const r = ratePerYear(series(['November 2012', '43'], ['Februar 2011', '40']));
    // 3 points over 21 months = 12/7 a year
    expect(r.ok && r.value.eq(d(12).div(7))).toBe(true);
  });

  it('four yearly points of the barometer: 58,1 57,4 59,6 60,8 → 1,03 a year', () => {
    // x = 0..3: Σx = 6, Σx² = 14, Σy = 235,9, Σxy = 359 → (4·359 − 6·235,9) / (4·14 − 36) = 20,6/20
    const r = ratePerYear(series([2019, '58.1'], [2020, '57.4'], [2021, '59.6'], [2022, '60.8']));
    expect(r.ok && r.value.toString()).toBe('1.03');
  });

  it('mixes years and months on one axis (a year at 1 July)', () => {
    // 2010 (1 July 2010) → February 2011 (mid): 7,5 months; +0,5 points → 0,8 a year
    const r = ratePerYear(series([2010, '50'], ['Februar 2011', '50.5']));
    expect(r.ok && r.value.toString()).toBe('0.8');
    const ends = ratePerYear(series([2010, '50'], ['Februar 2011', '50.5']), { anchor: 'end' });
    // end of 2010 → end of February 2011: 2 months → 3 a year
    expect(ends.ok && ends.value.toString()).toBe('3');
  });

  it.each([
    ['no points', series()],
    ['one point', series([2012, '50'])],
    ['two values for the same period', series([2012, '50'], [2012, '51'])],
  ])('%s: TOO_FEW_POINTS', (_name, observations) => {
    const r = ratePerYear(observations);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('TOO_FEW_POINTS');
  });
});
