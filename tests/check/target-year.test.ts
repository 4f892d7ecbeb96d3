/** TARGET_YEAR_MISSED: the barometer's Målår against the pace, on a sheet as people write it. */
import { describe, expect, it } from 'vitest';
import { checkWorkbook } from '../../core/check';
import { sheetFromValues, type Workbook } from '../../core/grid';

function book(rows: unknown[][]): Workbook {
  return { name: 'b.xlsx', sheets: [sheetFromValues('Barometer', rows as never)], names: [] };
}

const HEAD = ['Indikator', 'Retning', 2019, 2020, 2021, 2022, 2023, 'Mål', 'Målår'];

describe('the target year (Målår)', () => {
  it.each([
    // [row, target year, finding?, reached in]
    [['Beskæftigelse', 'Op', 56.6, 55.1, 57.2, 59.4, 60.3, 65, 2026], true, 2027],
    [['Beskæftigelse', 'Op', 56.6, 55.1, 57.2, 59.4, 60.3, 65, 2027], false, 2027],
    [['Beskæftigelse', 'Op', 56.6, 55.1, 57.2, 59.4, 60.3, 65, 2030], false, 2027],
    [['Foreningsliv', 'Op', 38, 38, 38, 38, 38, 45, 2028], true, null],
    [['Væk fra målet', 'Op', 40, 39, 38, 37, 36, 45, 2028], true, null],
    [['Nået', 'Op', 40, 42, 44, 46, 48, 45, 2028], false, null],
    [['Uden målår', 'Op', 56.6, 55.1, 57.2, 59.4, 60.3, 65, null], false, 2027],
  ])('%j → finding %s', (row, finding, reachedIn) => {
    const r = checkWorkbook(book([HEAD, row]), { lang: 'da' });
    const i = r.indicators[0]!;
    expect(i.reachedIn).toBe(reachedIn);
    expect(i.targetYear).toBe(row[8]);
    const missed = r.findings.filter((f) => f.code === 'TARGET_YEAR_MISSED');
    expect(missed.length).toBe(finding ? 1 : 0);
    if (finding) {
      expect(missed[0]).toMatchObject({ severity: 'warning', sheet: 'Barometer', cell: 'I2' });
      expect(missed[0]!.message).toContain(`målåret ${row[8]}`);
    }
  });

  it('says it in English with --lang en', () => {
    const r = checkWorkbook(
      book([HEAD, ['Beskæftigelse', 'Op', 56.6, 55.1, 57.2, 59.4, 60.3, 65, 2026]]),
      {
        lang: 'en',
      },
    );
    expect(r.findings[0]!.message).toBe(
      '"Beskæftigelse": at the current pace the target 65 is reached in 2027, after the target year 2026.',
    );
  });
});
