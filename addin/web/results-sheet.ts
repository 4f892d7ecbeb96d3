import { a1, columnName, type Cell, type Sheet } from '../../core/grid';
import type { NativeChart } from '../../core/io/write';
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
  if (table.chart && table.chart.periods.length > 0) {
    // The chart's data under the table, as in Excel: periods in one row, values in the next.
    while (rows.length < chartTop(table) - 1) rows.push(undefined);
    rows.push([undefined, ...table.chart.periods.map((p) => cell(p))]);
    rows.push([cell(table.chart.title), ...table.chart.values.map((v) => cell(v))]);
  }
  const colCount = Math.max(...rows.map((r) => r?.length ?? 0), 1);
  return { name: RESULTS_SHEET, rows, rowCount: rows.length, colCount, merges: [] };
}

/** The first row of the chart's data: two rows below the table. */
const chartTop = (table: ResultsTable): number => 3 + table.rows.length + 3;

/** The indicator's line chart on the Ramme sheet, reading the data under the table. */
export function resultsChart(table: ResultsTable): NativeChart | undefined {
  const chart = table.chart;
  if (!chart || chart.periods.length === 0) return undefined;
  const top = chartTop(table);
  const last = columnName(chart.periods.length + 1);
  return {
    sheet: RESULTS_SHEET,
    kind: 'line',
    title: chart.title,
    categories: `B${top}:${last}${top}`,
    series: [{ name: `A${top + 1}`, values: `B${top + 1}:${last}${top + 1}` }],
    from: a1(top + 3, 1),
    to: a1(top + 18, 8),
  };
}
