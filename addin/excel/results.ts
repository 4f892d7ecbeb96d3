import { a1, columnName } from '../../core/grid';
import type { ResultsTable } from '../host/types';

export const RESULTS_SHEET = 'Ramme';
const HEADER_ROW = 3;

/**
 * Writes a results table to the "Ramme" sheet in two syncs: an Excel table with number formats,
 * a native line chart for the chosen indicator, and traffic-light icons on the attainment
 * column of a status table. The sheet is Ramme's own, so it is cleared first.
 */
export async function writeResultsSheet(
  context: Excel.RequestContext,
  t: ResultsTable,
): Promise<number> {
  const sheets = context.workbook.worksheets;
  const existing = sheets.getItemOrNullObject(RESULTS_SHEET);
  await context.sync();
  if (!existing.isNullObject) existing.delete();
  const sheet = sheets.add(RESULTS_SHEET);

  const cols = t.header.length;
  const last = HEADER_ROW + t.rows.length;
  const title = sheet.getRange('A1');
  title.values = [[t.title]];
  title.format.font.bold = true;
  const tableAddress = `A${HEADER_ROW}:${columnName(cols)}${Math.max(last, HEADER_ROW + 1)}`;
  const header = sheet.getRange(`A${HEADER_ROW}:${columnName(cols)}${HEADER_ROW}`);
  header.values = [t.header];
  if (t.rows.length > 0) {
    const body = sheet.getRange(`A${HEADER_ROW + 1}:${columnName(cols)}${last}`);
    body.numberFormat = t.rows.map(() => t.numFmts.map((f) => f ?? 'General'));
    body.values = t.rows.map((r) => r.map((v) => v ?? ''));
  }
  const table = sheet.tables.add(tableAddress, true);
  table.style = 'TableStyleMedium2';

  if (t.trafficLightColumn !== undefined && t.rows.length > 0) {
    const col = columnName(t.trafficLightColumn + 1);
    const cf = sheet
      .getRange(`${col}${HEADER_ROW + 1}:${col}${last}`)
      .conditionalFormats.add('IconSet');
    cf.iconSet.style = 'ThreeTrafficLights1';
    cf.iconSet.criteria = [
      {} as Excel.ConditionalIconCriterion,
      { type: 'Number', operator: 'GreaterThanOrEqual', formula: '=0.9' },
      { type: 'Number', operator: 'GreaterThanOrEqual', formula: '=1' },
    ];
  }

  if (t.chart && t.chart.periods.length > 0) {
    // The chart's data sits under the table: periods in one row, values in the next.
    const top = last + 3;
    const width = t.chart.periods.length;
    const data = sheet.getRange(`${a1(top, 1)}:${a1(top + 1, width + 1)}`);
    data.values = [
      ['', ...t.chart.periods],
      [t.chart.title, ...t.chart.values.map((v) => v ?? '')],
    ];
    const chart = sheet.charts.add('Line', data, 'Rows');
    chart.title.text = t.chart.title;
    chart.setPosition(a1(top + 3, 1), a1(top + 18, 8));
  }
  sheet.getRange(`A1:${columnName(cols)}${last}`).format.autofitColumns();
  sheet.activate();
  await context.sync();
  return t.rows.length;
}
