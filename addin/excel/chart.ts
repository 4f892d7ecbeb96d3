import { columnName } from '../../core/grid';
import { chartLayout, freeSheetName } from '../host/chart-layout';
import type { ChartSpec } from '../host/types';

/** What the Excel version offers: series drawn as another type (1.7), axis number formats (1.8). */
export interface ChartFeatures {
  seriesTypes: boolean;
  axisFormat: boolean;
}

/**
 * A native chart on a new sheet of its own, in two syncs: the first finds a free sheet name,
 * the second writes the data (title, series names, one category per row) and draws the chart
 * from it. Nothing else in the workbook is written, so removing the sheet undoes it all.
 */
export async function insertChart(
  context: Excel.RequestContext,
  spec: ChartSpec,
  features: ChartFeatures,
): Promise<string> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();
  const name = freeSheetName(
    spec.sheet,
    sheets.items.map((s) => s.name),
  );
  const sheet = sheets.add(name);
  const layout = chartLayout(spec);
  const all = sheet.getRange(`A1:${columnName(layout.values[0]!.length)}${layout.values.length}`);
  all.numberFormat = layout.numFmts;
  all.values = layout.values;
  sheet.getRange('A1').format.font.bold = true;
  const chart = sheet.charts.add(
    spec.kind === 'line' ? 'Line' : 'ColumnClustered',
    sheet.getRange(layout.data),
    'Columns',
  );
  chart.title.text = spec.title;
  if (features.seriesTypes)
    spec.series.forEach((s, i) => {
      if (s.line && spec.kind !== 'line') chart.series.getItemAt(i).chartType = 'Line';
      if (s.target) {
        const series = chart.series.getItemAt(i);
        series.format.line.lineStyle = 'Dash';
        series.markerStyle = 'None';
      }
    });
  if (spec.numFmt && features.axisFormat) chart.axes.valueAxis.numberFormat = spec.numFmt;
  chart.setPosition(layout.from, layout.to);
  sheet.activate();
  await context.sync();
  return name;
}

/** Removes a sheet Ramme added (undo of insertChart). */
export async function removeSheet(context: Excel.RequestContext, name: string): Promise<void> {
  context.workbook.worksheets.getItem(name).delete();
  await context.sync();
}
