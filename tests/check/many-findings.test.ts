// A sheet can hold 100.000s of bad cells: every one is reported, and nothing on the way (lists
// appended with a spread, widths taken with Math.max(...)) overflows the stack.
import { describe, expect, it } from 'vitest';
import { checkWorkbook } from '../../core/check';
import { humanReport } from '../../core/cli/human';
import type { Sheet } from '../../core/grid';
import { REPORT_VERSION, type CheckReport } from '../../core/report';

const LINES = 260_000;

function sheetWithErrors(): Sheet {
  const rows: Sheet['rows'] = [
    [{ value: 'Budget 2024' }],
    undefined,
    [{ value: 'Post' }, { value: 'Beløb i kr.' }],
  ];
  for (let i = 0; i < LINES; i++) {
    rows.push([
      { value: `Konto ${i + 1}` },
      i % 2 ? { value: 100 } : { value: { error: '#REF!' } },
    ]);
  }
  rows.push([{ value: 'I alt' }, { value: (100 * LINES) / 2 }]);
  return { name: 'Budget', rows, rowCount: rows.length, colCount: 2, merges: [] };
}

describe('a sheet with 130.000 unreadable cells', () => {
  const report = checkWorkbook(
    { name: 'fejl.xlsx', sheets: [sheetWithErrors()], names: [] },
    { lang: 'da' },
  );

  it('is checked, with a finding for every bad cell and none for the total', () => {
    expect(report.tables).toHaveLength(1);
    const codes = new Map<string, number>();
    for (const f of report.findings) codes.set(f.code, (codes.get(f.code) ?? 0) + 1);
    expect(Object.fromEntries(codes)).toEqual({ FORMULA_ERROR: LINES / 2 });
    expect(report.findings[0]).toMatchObject({ sheet: 'Budget', cell: 'B4' });
  });

  it('prints as text, a line per finding', () => {
    const full: CheckReport = {
      version: REPORT_VERSION,
      files: [{ ...report, file: 'fejl.xlsx' }],
    } as unknown as CheckReport;
    const text = humanReport(full, 'da');
    const lines = text.split('\n');
    expect(lines.filter((l) => l.includes('Budget!B')).length).toBe(LINES / 2);
    expect(text).toContain('Budget!B4');
  });
});
