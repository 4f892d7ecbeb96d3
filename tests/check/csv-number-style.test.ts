import { describe, expect, it } from 'vitest';
import { checkWorkbook } from '../../core/check';
import { sheetFromValues } from '../../core/grid';
import { readCsv } from '../../core/io';

/** A semicolon CSV as Danish Excel saves it: a date in the header, thousands with '.'. */
const DANISH_CSV =
  'Udgift;Forbrug pr. 30.9.\r\n' +
  'Løn;12.400\r\n' +
  'Drift;3.250\r\n' +
  'Husleje;1.100\r\n' +
  'I alt;16.850\r\n';

describe('the number style of a file (issue 14.6)', () => {
  it('"Forbrug pr. 30.9." does not make 12.400 read as 12,4: one finding, at its real size', () => {
    const r = checkWorkbook(readCsv(DANISH_CSV, 'forbrug.csv'), { lang: 'da' });
    expect(r.findings.map((f) => [f.code, f.cell, f.expected, f.actual])).toEqual([
      ['TOTAL_MISMATCH', 'B5', '16750', '16850'],
    ]);
  });

  it('a semicolon file tells the style only when its numbers cannot', () => {
    expect(readCsv(DANISH_CSV, 'a.csv').numberStyle).toBe('da');
    expect(readCsv('a,b\r\n1,2\r\n', 'b.csv').numberStyle).toBeUndefined();
  });

  it("a column's own values decide first, the file's majority second", () => {
    // Column B writes Danish (1.234,5 beside 12.400); column C and the file's majority English.
    const sheet = sheetFromValues('Ark', [
      ['Post', 'Forbrug', 'Budget'],
      ['Løn', '1.234,5', '1,234.5'],
      ['Drift', '12.400', '2,400.5'],
      ['Husleje', '1.100', '3.5'],
      ['I alt', '14.734,5', '3,638.5'],
    ]);
    const r = checkWorkbook({ name: 'x.xlsx', sheets: [sheet], names: [] }, { lang: 'da' });
    // B: 1.234,5 + 12.400 + 1.100 = 14.734,5 (Danish). C: 1,234.5 + 2,400.5 + 3.5 = 3,638.5.
    expect(r.findings).toEqual([]);
  });
});
