/**
 * The planning functions (RAMME.PRISPRPERSON, SKALER, VAELG, KAPACITET) as plain functions with
 * Excel-shaped input: 2-D arrays for ranges, serial dates, fractions for percentages, blanks as ''
 * or null. Expected values are worked out by hand from the 2019 catalogue and the 2009 staff.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ExcelError, installCustomFunctions } from './custom-functions-shim';
import * as F from '../../addin/functions/functions';

beforeAll(installCustomFunctions);

function err(v: unknown): string {
  expect(v).toBeInstanceOf(ExcelError);
  const e = v as ExcelError;
  expect(e.message?.length).toBeGreaterThan(5);
  return e.code;
}

describe('RAMME.PRISPRPERSON(behov; personer)', () => {
  it('350 borgere for 4.400.000 kr. is 12.571,43 kr. each; text and ranges read', () => {
    expect(F.prisprperson(4_400_000, 350)).toBeCloseTo(12571.428571428571, 9);
    expect(F.prisprperson('4,4', 'min. 350')).toBeCloseTo(4.4 / 350, 15);
    // 'ca. 150-200': the lower bound, 1,2 mio. kr. / 150 = 8.000 kr.
    expect(F.prisprperson(1_200_000, '150-200')).toBe(8000);
    expect(err(F.prisprperson(1, 0))).toBe('#NUM!');
    expect(err(F.prisprperson('mange', 10))).toBe('#VALUE!');
    expect(err(F.prisprperson(1, null))).toBe('#VALUE!');
  });
});

describe('RAMME.SKALER(behov; personer; nye_personer; [trin])', () => {
  it('350 for 4,4 mio. kr. scaled to 200: 2,514 mio. kr. in steps of 0,001; exact without', () => {
    expect(F.skaler(4.4, 350, 200, 0.001)).toBe(2.514);
    expect(F.skaler('4,4', 'min. 350', 200, '0,001')).toBe(2.514);
    // 4,4 × 200 / 350 = 2,514285714… at Excel's 15 digits.
    expect(F.skaler(4.4, 350, 200)).toBeCloseTo(2.5142857142857142, 14);
    expect(F.skaler(4.4, 350, 700, 0.1)).toBe(8.8);
    expect(F.skaler(4.4, 350, 0)).toBe(0);
    expect(err(F.skaler(4.4, 350, -1))).toBe('#NUM!');
    expect(err(F.skaler(4.4, 350, 200, 0))).toBe('#NUM!');
    expect(err(F.skaler(4.4, 0, 200))).toBe('#NUM!');
  });
});

describe('RAMME.VAELG(behov; stjerner; ramme)', () => {
  // Pejlemærke 1 of the 2019 catalogue (G4:G17, D4:D17 of examples/bruttokatalog-2019.xlsx).
  const need = [
    [4.4],
    [2.9],
    ['0,55'],
    [0.6],
    [2.9],
    [4.4],
    [1.2],
    [0.55],
    [2.5],
    [0.6],
    [1.3],
    [''],
    [0.5],
    [0.4],
  ];
  const stars = [
    ['*'],
    [''],
    [null],
    [''],
    ['*'],
    ['*'],
    ['*'],
    [''],
    ['*'],
    ['*'],
    [''],
    ['*'],
    ['*'],
    ['*'],
  ];

  it('spills 1 or 0 per row: starred first in order, then the others, within the frame', () => {
    // Within 15: starred 4,4 (10,6 left), 2,9 (7,7), 4,4 (3,3), 1,2 (2,1); 2,5 no; 0,6 (1,5),
    // 0,5 (1,0), 0,4 (0,6); then unstarred in order 2,9 no, 0,55 (0,05), 0,6 no, 0,55 no,
    // 1,3 no. The blank row stays blank.
    expect(F.vaelg(need, stars, 15)).toEqual([
      [1],
      [0],
      [1],
      [0],
      [1],
      [1],
      [1],
      [0],
      [0],
      [1],
      [0],
      [''],
      [1],
      [1],
    ]);
  });

  it('takes a row as well as a column, Excel TRUE/FALSE as stars, and no stars at all', () => {
    // Starred 2 first (1 left), then 3 does not fit, 1 does.
    expect(F.vaelg([[3, 2, 1]], [[false, true, '']], 3)).toEqual([[0], [1], [1]]);
    expect(F.vaelg([[3], [2], [1]], [[''], [''], ['']], 4)).toEqual([[1], [0], [1]]);
  });

  it('bad input is an Excel error with a message', () => {
    expect(err(F.vaelg([[1], [2]], [['*']], 3))).toBe('#VALUE!');
    expect(err(F.vaelg([[1], [-2]], [[''], ['']], 3))).toBe('#NUM!');
    expect(err(F.vaelg([[1]], [['']], 'femten'))).toBe('#VALUE!');
    expect(err(F.vaelg([['x']], [['']], 3))).toBe('#VALUE!');
  });
});

describe('RAMME.KAPACITET(fra; til; andel; år) over a whole staffing range', () => {
  // Bemanding 2009: four consultants from 1 Feb 2007 (39114), one from 1 March 2009 (39873).
  const from = [[39114], [39114], [39114], [39114], [39873]];
  const to = [[''], [''], [''], [''], [null]];
  it('the 2009 staff give 4 10/12 årsværk; 2010 gives 5', () => {
    expect(F.kapacitet(from, to, [[1], [1], [1], [1], [1]], 2009)).toBeCloseTo(29 / 6, 14);
    expect(F.kapacitet(from, to, [[''], [''], [''], [''], ['']], 2010)).toBe(5);
  });

  it('part-time as an Excel fraction or as text, blank rows skipped, dates as text', () => {
    // 0,5 all year + 50 % from 1 July (6 months × ½ = ¼) + a blank row: 0,75.
    expect(
      F.kapacitet([[''], ['1.7.2009'], ['']], [[''], [''], ['']], [[0.5], ['50 %'], ['']], 2009),
    ).toBe(0.75);
  });

  it('bad input is an Excel error with a message naming the row', () => {
    const bad = F.kapacitet([[39114], ['hej']], [[''], ['']], [[1], [1]], 2009);
    expect(err(bad)).toBe('#VALUE!');
    expect((bad as ExcelError).message).toContain('række 2');
    expect(err(F.kapacitet([[39114], [39114]], [[40000]], [[1], [1]], 2009))).toBe('#VALUE!');
    expect(err(F.kapacitet([[39114]], [['']], [[2]], 2009))).toMatch(/#NUM!|#VALUE!/);
    expect(err(F.kapacitet([[39114]], [['']], [[1]], null))).toBe('#VALUE!');
  });
});
