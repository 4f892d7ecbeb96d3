import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planYear, sortFindings, yearIn } from '../../core/check';
import { a1 } from '../../core/grid';
import type { Finding } from '../../core/report';

function finding(sheet: string, cell: string): Finding {
  return {
    severity: 'error',
    code: 'TOTAL_MISMATCH',
    sheet,
    cell,
    expected: '1',
    actual: '2',
    message: 'x',
  };
}

describe('sortFindings', () => {
  it('orders by sheet order in the workbook, then row, then column', () => {
    const fs = [
      finding('B', 'A1'),
      finding('A', 'C10'),
      finding('A', 'AA2'),
      finding('A', 'B10'),
      finding('B', 'B1'),
    ];
    expect(sortFindings(fs, ['A', 'B']).map((f) => `${f.sheet}!${f.cell}`)).toEqual([
      'A!AA2',
      'A!B10',
      'A!C10',
      'B!A1',
      'B!B1',
    ]);
  });

  it('is a permutation and does not depend on the input order', () => {
    const cell = fc.tuple(
      fc.constantFrom('S1', 'S2', 'S3'),
      fc.integer({ min: 1, max: 50 }),
      fc.integer({ min: 1, max: 30 }),
    );
    fc.assert(
      fc.property(fc.uniqueArray(cell, { selector: (c) => c.join('|') }), (cells) => {
        const fs = cells.map(([s, r, c]) => finding(s, a1(r, c)));
        const a = sortFindings(fs, ['S1', 'S2', 'S3']);
        const b = sortFindings([...fs].reverse(), ['S1', 'S2', 'S3']);
        expect(a.length).toBe(fs.length);
        expect(a.map((f) => f.sheet + f.cell)).toEqual(b.map((f) => f.sheet + f.cell));
        for (let i = 1; i < a.length; i++) {
          const [p, q] = [a[i - 1]!, a[i]!];
          expect(p.sheet <= q.sheet).toBe(true);
        }
      }),
    );
  });
});

describe('plan year', () => {
  it.each([
    ['Arbejdsplan 2024', 2024],
    ['Budget_2023', 2023],
    ['Status 2. kvartal', null],
    ['Konto 120245', null],
    ['Aftale 2024-2025', 2024],
    ['', null],
  ])('yearIn(%j) = %j', (text, year) => {
    expect(yearIn(text)).toBe(year);
  });

  it('takes --year first, then the detected year, the sheet name, the title', () => {
    expect(planYear(2010, { year: 2009, sheet: 'Plan 2008', title: 'Plan 2007' })).toBe(2010);
    expect(planYear(undefined, { year: 2009, sheet: 'Plan 2008', title: 'Plan 2007' })).toBe(2009);
    expect(planYear(undefined, { year: null, sheet: 'Plan 2008', title: 'Plan 2007' })).toBe(2008);
    expect(planYear(undefined, { year: null, sheet: 'Plan', title: 'Plan 2007' })).toBe(2007);
    expect(planYear(undefined, { year: null, sheet: 'Plan', title: null })).toBeNull();
  });
});
