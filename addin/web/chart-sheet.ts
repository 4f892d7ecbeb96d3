import type { Cell, Sheet } from '../../core/grid';
import type { NativeChart } from '../../core/io/write';
import { chartLayout } from '../host/chart-layout';
import type { ChartSpec } from '../host/types';

/** A chart the page inserted: its own sheet (in the grid) and what to draw there on download. */
export interface WebChart {
  sheet: string;
  spec: ChartSpec;
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
export function nativeChart(chart: WebChart): NativeChart {
  const layout = chartLayout(chart.spec);
  return {
    sheet: chart.sheet,
    kind: chart.spec.kind === 'line' ? 'line' : 'bar',
    title: chart.spec.title,
    categories: layout.categories,
    series: layout.series,
    from: layout.from,
    to: layout.to,
    ...(chart.spec.numFmt ? { numFmt: chart.spec.numFmt } : {}),
  };
}
