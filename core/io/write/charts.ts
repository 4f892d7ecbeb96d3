import { a1, parseA1, parseRange, type CellValue } from '../../grid';
import { chartAnchor, chartXml, drawingXml, type ChartData, type NativeChart } from './chart-xml';
import { CT, declarePart } from './content-types';
import { insertBeforeClose, type Package } from './package';
import { relativeTarget } from './parts';
import { AFTER_LEGACY, rootChild } from './notes';
import { relType, type Dialect } from './dialect';
import { dialectOf, relPrefix } from './workbook';
import { findElement } from './xml';

/** The cells of a range, row by row ('A4:A6' → A4, A5, A6); undefined for a bad range. */
function cellsOf(range: string): string[] | undefined {
  const r = parseRange(range);
  if (!r) return undefined;
  const out: string[] = [];
  for (let row = r.top; row <= r.bottom; row++)
    for (let col = r.left; col <= r.right; col++) out.push(a1(row, col));
  return out;
}

/** An absolute reference to a range on a sheet, as a chart formula writes it ('Ramme'!$A$4:$A$6). */
export function sheetRef(sheet: string, range: string): string {
  const abs = range
    .split(':')
    .map((c) =>
      c.replace(
        /^([A-Za-z]+)(\d+)$/,
        (_, col: string, row: string) => `$${col.toUpperCase()}$${row}`,
      ),
    )
    .join(':');
  return `'${sheet.replace(/'/g, "''")}'!${abs}`;
}

const label = (v: CellValue | undefined): string =>
  v === null || v === undefined ? '' : v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
const number = (v: CellValue | undefined): number | null =>
  typeof v === 'number' && Number.isFinite(v) ? v : null;

/**
 * The chart's references with the values the patch writes there (its cache, so the chart shows
 * values before any recalculation); undefined when a range is not a range.
 */
export function chartData(
  chart: NativeChart,
  values: ReadonlyMap<string, CellValue>,
): ChartData | undefined {
  const cats = cellsOf(chart.categories);
  const series = chart.series.map((s) => ({ s, name: parseA1(s.name), cells: cellsOf(s.values) }));
  if (!cats || series.some((x) => !x.name || !x.cells)) return undefined;
  return {
    chart,
    categories: {
      ref: sheetRef(chart.sheet, chart.categories),
      values: cats.map((c) => label(values.get(c))),
    },
    series: series.map(({ s, cells }) => ({
      name: { ref: sheetRef(chart.sheet, s.name), value: label(values.get(s.name.toUpperCase())) },
      values: {
        ref: sheetRef(chart.sheet, s.values),
        values: cells!.map((c) => number(values.get(c))),
      },
      line: s.line === true,
      target: s.target === true,
    })),
  };
}

/** The sheet XML with `<drawing r:id>` at its place in the element order (before legacyDrawing). */
function withDrawing(sheetXml: string, id: string, d: Dialect): string {
  const { prefix, xml } = relPrefix(sheetXml, d);
  const p = /<([A-Za-z_][\w.-]*:)?worksheet[\s>]/.exec(xml)?.[1] ?? '';
  const el = `<${p}drawing ${prefix}:id="${id}"/>`;
  const data = findElement(xml, `${p}sheetData`);
  const at = data
    ? rootChild(xml, ['legacyDrawing', ...AFTER_LEGACY, 'AlternateContent'], data.end)
    : -1;
  if (at >= 0) return xml.slice(0, at) + el + xml.slice(at);
  return insertBeforeClose(xml, `${p}worksheet`, el);
}

/**
 * Adds native charts to a worksheet that has no drawing yet (a sheet the patch adds): one new
 * drawing part anchoring one new chart part per chart, their relationships and content types.
 * Part numbers are the first free ones, so a package's own drawings and charts stay as they are.
 */
export function addCharts(pkg: Package, sheetPart: string, charts: ChartData[]): void {
  if (charts.length === 0) return;
  const ns = dialectOf(pkg);
  const xl = sheetPart.slice(0, sheetPart.lastIndexOf('/') + 1).replace(/[^/]*\/$/, '');
  const drawing = pkg.freeName(`${xl}drawings/drawing`, '.xml');
  // The drawing must exist before the chart names are chosen, so names never repeat.
  pkg.setText(drawing, drawingXml([], ns));
  const anchors = charts.map((d, i) => {
    const part = pkg.freeName(`${xl}charts/chart`, '.xml');
    pkg.setText(part, chartXml(d, ns));
    declarePart(pkg, part, CT.chart);
    const rel = pkg.addRel(drawing, relType(ns, 'chart'), relativeTarget(drawing, part));
    const from = parseA1(d.chart.from) ?? { row: 1, col: 1 };
    const to = parseA1(d.chart.to) ?? { row: from.row + 15, col: from.col + 7 };
    return chartAnchor(
      { row: from.row - 1, col: from.col - 1 },
      { row: to.row - 1, col: to.col - 1 },
      i + 2,
      rel,
      d.chart.title,
      ns,
    );
  });
  pkg.setText(drawing, drawingXml(anchors, ns));
  declarePart(pkg, drawing, CT.drawing);
  const id = pkg.addRel(sheetPart, relType(ns, 'drawing'), relativeTarget(sheetPart, drawing));
  pkg.setText(sheetPart, withDrawing(pkg.text(sheetPart)!, id, ns));
}
