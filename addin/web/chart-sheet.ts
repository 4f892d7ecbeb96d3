import type { Cell, Sheet } from '../../core/grid';
import type { NativeChart } from '../../core/io/write';
import { chartLayout } from '../host/chart-layout';
import type { ChartSpec } from '../host/types';

/** A chart the page drew: its sheet (in the grid) and the native chart the download draws there. */
export interface WebChart {
  sheet: string;
  chart: NativeChart;
}

/** The chart's data as a sheet of the grid, laid out as Excel's pane lays it out. */
export function chartSheet(name: string, spec: ChartSpec): Sheet {
  const layout = chartLayout(spec);
  const rows: Sheet['rows'] = layout.values.map((row, r) =>
    row.map((value, c): Cell | undefined => {
      if (value === '') return undefined;
      const numFmt = layout.numFmts[r]![c]!;
      return { value, ...(numFmt !== 'General' ? { numFmt } : {}) };
    }),
  );
  return {
    name,
    rows,
    rowCount: rows.length,
    colCount: layout.values[0]!.length,
    merges: [],
  };
}

/** The native chart the download draws on the chart's sheet, reading that sheet's cells. */
export function nativeChart(sheet: string, spec: ChartSpec): NativeChart {
  const layout = chartLayout(spec);
  return {
    sheet,
    kind: spec.kind === 'line' ? 'line' : 'bar',
    title: spec.title,
    categories: layout.categories,
    series: layout.series,
    from: layout.from,
    to: layout.to,
    ...(spec.numFmt ? { numFmt: spec.numFmt } : {}),
  };
}
