import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { a1, columnName, columnNumber, parseA1, parseRange, sheetCell } from '../../core/grid';

describe('A1 addresses', () => {
  it.each([
    [1, 'A'],
    [26, 'Z'],
    [27, 'AA'],
    [52, 'AZ'],
    [703, 'AAA'],
    [16384, 'XFD'],
  ])('column %i is %s', (n, name) => {
    expect(columnName(n)).toBe(name);
    expect(columnNumber(name)).toBe(n);
  });

  it('round-trips every column', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 16384 }), (n) => columnNumber(columnName(n)) === n),
    );
  });

  it('parses cells and ranges', () => {
    expect(a1(11, 2)).toBe('B11');
    expect(parseA1('$B$11')).toEqual({ row: 11, col: 2 });
    expect(parseA1('B0')).toBeUndefined();
    expect(parseA1('XFE1')).toBeUndefined();
    expect(parseRange('D20:A1')).toEqual({ top: 1, left: 1, bottom: 20, right: 4 });
    expect(parseRange('nonsense')).toBeUndefined();
  });

  it('quotes sheet names as Excel does', () => {
    expect(sheetCell('Budget', 'B11')).toBe('Budget!B11');
    expect(sheetCell('Budget 2023', 'B11')).toBe("'Budget 2023'!B11");
    expect(sheetCell("Per's ark", 'A1')).toBe("'Per''s ark'!A1");
  });
});
