import { describe, expect, it } from 'vitest';
import {
  formulaRefs,
  formulaShape,
  MAX_FORMULA_LENGTH,
  movedRefs,
  relativeKey,
} from '../../core/detect';

const r = (top: number, left: number, bottom = top, right = left) => ({ top, left, bottom, right });

describe('formulaShape: sums of cells and everything else', () => {
  it.each([
    ['SUM(B5:B9)', [r(5, 2, 9, 2)]],
    ['=SUM(B5:B9)', [r(5, 2, 9, 2)]],
    ['B5+B6+B7', [r(5, 2), r(6, 2), r(7, 2)]],
    ['+B5+B6', [r(5, 2), r(6, 2)]],
    ['SUM(B2:B4)+B9', [r(2, 2, 4, 2), r(9, 2)]],
    ['SUM($B$2:$B4, D2)', [{ ...r(2, 2, 4, 2), abs: [true, true, true, false] }, r(2, 4)]],
    ['(B2+B3)', [r(2, 2), r(3, 2)]],
    [
      "'Mit ark'!B2+Ark2!B3",
      [
        { ...r(2, 2), sheet: 'Mit ark' },
        { ...r(3, 2), sheet: 'Ark2' },
      ],
    ],
  ])('%s is a sum', (formula, refs) => {
    expect(formulaShape(formula)).toEqual({ kind: 'sum', refs });
  });

  it.each([
    ['SUBTOTAL(9,C2:C4)', [r(2, 3, 4, 3)], { subtotal: true }],
    ['SUBTOTAL(109;C2:C4)', [r(2, 3, 4, 3)], { subtotal: true }],
    ['SUM(C2:C4)+SUBTOTAL(9,D2:D4)', [r(2, 3, 4, 3), r(2, 4, 4, 4)], { subtotal: true }],
    ['B2:B4+C2', [r(2, 2, 4, 2), r(2, 3)], { bareRange: true }],
    ['SUM(B2:B4+C2:C4)', [r(2, 2, 4, 2), r(2, 3, 4, 3)], { bareRange: true }],
    ['SUM((B2:B4))', [r(2, 2, 4, 2)], { bareRange: true }],
    ['SUM(B2:B4,C2)+D9', [r(2, 2, 4, 2), r(2, 3), r(9, 4)], {}],
  ])('%s is a sum, and says where it adds otherwise than SUM', (formula, refs, flags) => {
    // What workOutSums leaves alone (core/io/sum-results.ts); the checks read it as any sum.
    expect(formulaShape(formula)).toEqual({ kind: 'sum', refs, ...flags });
  });

  it.each([
    'C3*D3',
    'E21/C21',
    'I71/I7',
    'B5-B6',
    'SUM(B2:B4)*0.1',
    'SUBTOTAL(1,B2:B4)',
    'AVERAGE(B2:B4)',
    'SUMIF(A2:A9,"x",B2:B9)',
    '100',
    'IF(A1>0,B1,C1)',
    'B2+10',
    '',
  ])('%s is something else', (formula) => {
    expect(formulaShape(formula)).toEqual({ kind: 'other' });
  });

  it('reads every reference of any formula', () => {
    expect(formulaRefs('H20*25%')).toEqual([r(20, 8)]);
    expect(formulaRefs('IF(A1>0,B1:B3,"x")')).toEqual([r(1, 1), r(1, 2, 3, 2)]);
  });
});

describe('relativeKey and movedRefs: copies of one formula', () => {
  it('gives copies along a row one key, another shape another', () => {
    const c = relativeKey('SUM(C5:C9)', 10, 3);
    expect(relativeKey('SUM(D5:D9)', 10, 4)).toBe(c);
    expect(relativeKey('SUM(F5:F8)', 10, 6)).not.toBe(c);
    // A fixed corner stays put in every copy: a running total is one shape down its column.
    expect(relativeKey('SUM($B$2:B3)', 3, 3)).toBe(relativeKey('SUM($B$2:B4)', 4, 3));
  });

  it('moves relative references and keeps fixed ones', () => {
    const shape = formulaShape('SUM(C5:C9)+$A$1');
    if (shape.kind !== 'sum') throw new Error('not a sum');
    expect(movedRefs(shape.refs, 0, 3)).toEqual([
      r(5, 6, 9, 6),
      { ...r(1, 1), abs: [true, true, true, true] },
    ]);
    expect(movedRefs(shape.refs, -5, 0)).toBeUndefined();
  });
});

describe('formulas too long to read', () => {
  /** B2+B3+…: a sum of cells one by one, as long as asked (to the last whole term). */
  const longSum = (chars: number): string => {
    let f = 'B2';
    for (let r = 3; f.length + `+B${r}`.length <= chars; r++) f += `+B${r}`;
    return f;
  };

  it.each([
    [MAX_FORMULA_LENGTH - 20, 'sum'],
    [MAX_FORMULA_LENGTH, 'sum'],
    [MAX_FORMULA_LENGTH + 20, 'other'],
    [12_000, 'other'],
  ])('a sum of cells %i characters long is read as %s', (chars, kind) => {
    const f = longSum(chars);
    expect(f.length).toBeLessThanOrEqual(chars);
    expect(formulaShape(f).kind).toBe(kind);
    expect(formulaRefs(f).length > 0).toBe(kind === 'sum');
    expect(relativeKey(f, 1, 3) !== undefined).toBe(kind === 'sum');
  });
});
