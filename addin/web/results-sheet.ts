import type { Cell, Sheet } from '../../core/grid';
import type { ResultsTable } from '../host/types';

/** The sheet the Indikatorer and Status views write their tables to, as in Excel. */
export const RESULTS_SHEET = 'Ramme';

/** The results table as a sheet: title in A1, header in row 3, the rows below. */
export function resultsSheet(table: ResultsTable): Sheet {
  const cell = (value: Cell['value'], numFmt?: string): Cell | undefined =>
    value === null ? undefined : { value, ...(numFmt ? { numFmt } : {}) };
  const rows: Sheet['rows'] = [
    [cell(table.title)],
    undefined,
    table.header.map((h) => cell(h)),
    ...table.rows.map((r) => r.map((v, c) => cell(v, table.numFmts[c]))),
  ];
  const colCount = Math.max(table.header.length, ...table.rows.map((r) => r.length), 1);
  return { name: RESULTS_SHEET, rows, rowCount: rows.length, colCount, merges: [] };
}
