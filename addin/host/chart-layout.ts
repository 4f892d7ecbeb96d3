import { a1, columnName } from '../../core/grid';
import type { ChartSpec } from './types';

/**
 * Where a chart's data and frame sit on its own sheet, the same in Excel and in the web page's
 * download: the title in A1, series names in row 3 (B3, C3 …), one category per row below
 * (A4 …), and the chart to the right of the data.
 */
export interface ChartLayout {
  /** Rows from A1: strings, numbers, '' for an empty cell. */
  values: Array<Array<string | number>>;
  /** The number format of each cell of `values`: categories as text, so Excel never takes '2019' for a number. */
  numFmts: string[][];
  /** The header row and the rows below (what a chart object is made from). */
  data: string;
  categories: string;
  series: Array<{ name: string; values: string; line: boolean; target: boolean }>;
  /** The chart frame's top-left and bottom-right cells. */
  from: string;
  to: string;
}

const HEADER_ROW = 3;

export function chartLayout(spec: ChartSpec): ChartLayout {
  const n = spec.categories.length;
  const cols = spec.series.length;
  const width = cols + 1;
  const pad = (row: Array<string | number>) => [
    ...row,
    ...Array<string>(width - row.length).fill(''),
  ];
  const values = [
    pad([spec.title]),
    pad([]),
    pad(['', ...spec.series.map((s) => s.name)]),
    ...spec.categories.map((c, i) => [c, ...spec.series.map((s) => s.values[i] ?? '')]),
  ];
  const numFmt = spec.numFmt ?? 'General';
  const numFmts = values.map((row, r) =>
    row.map((_, c) => (r < HEADER_ROW ? 'General' : c === 0 ? '@' : numFmt)),
  );
  const first = HEADER_ROW + 1;
  const last = HEADER_ROW + Math.max(n, 1);
  return {
    values,
    numFmts,
    data: `A${HEADER_ROW}:${columnName(width)}${last}`,
    categories: `A${first}:A${last}`,
    series: spec.series.map((s, i) => ({
      name: a1(HEADER_ROW, i + 2),
      values: `${columnName(i + 2)}${first}:${columnName(i + 2)}${last}`,
      line: s.line === true,
      target: s.target === true,
    })),
    from: a1(HEADER_ROW, width + 2),
    to: a1(HEADER_ROW + 18, width + 11),
  };
}

/** `base`, or `base (2)`, `base (3)` …: a sheet name not in `used` (any case), at most 31 characters. */
export function freeSheetName(base: string, used: readonly string[]): string {
  const taken = new Set(used.map((u) => u.toLowerCase()));
  let name = base.slice(0, 31);
  for (let n = 2; taken.has(name.toLowerCase()); n++)
    name = `${base.slice(0, 31 - ` (${n})`.length)} (${n})`;
  return name;
}
