import { kindName, reasonText, statusName } from '../check';
import { a1, sheetCell, type Workbook } from '../grid';
import type { Lang } from '../i18n';
import type { FileReport, Finding } from '../report';
import { T } from './annotate-text';
import { readCsv } from './csv';
import { decodeText, isOds, sniffFormat, toBytes } from './magic';
import { odsSheetNames, patchOds, type OdsMark } from './ods-write';
import {
  emptyWorkbook,
  patchWorkbook,
  safeSheetName,
  sheetCells,
  sheetNames,
  type CellPatch,
  type NativeChart,
} from './write';

/**
 * An annotated copy of a checked workbook: each finding's cell filled (red error, yellow
 * warning, blue info) with the message as a note, and a `Ramme` sheet listing findings and
 * results. The copy is the user's own package with only these changes (core/io/write); the
 * input is never touched. Runs in the browser too. A CSV becomes an .xlsx of its cells; an
 * .ods stays an .ods (only its content.xml changes; the Ramme sheet has no chart there).
 */
export async function annotateWorkbook(
  original: ArrayBuffer | Uint8Array,
  report: FileReport,
  lang: Lang,
): Promise<Uint8Array> {
  let bytes = toBytes(original);
  if (sniffFormat(bytes) === 'zip' && isOds(bytes)) return annotateOds(bytes, report, lang);
  const cells: CellPatch[] = [];
  let rename = (sheet: string) => sheet;
  if (sniffFormat(bytes) !== 'zip') {
    const grid = readCsv(decodeText(bytes), report.file);
    const names = new Map(grid.sheets.map((s) => [s.name, safeSheetName(s.name)]));
    rename = (sheet) => names.get(sheet) ?? sheet;
    bytes = emptyWorkbook([...names.values()]);
    cells.push(...gridCells(grid, rename));
  }
  for (const f of report.findings) cells.push(mark(f, rename));
  const name = freeName(sheetNames(bytes));
  const sheet = rammeSheet(name, report, lang, rename);
  cells.push(...sheet.cells);
  return patchWorkbook(bytes, {
    cells,
    newSheets: [{ name, widths: WIDTHS, links: sheet.links }],
    charts: sheet.charts,
  }).bytes;
}

/** The Ramme sheet's column widths (characters): the severity and the message. */
const WIDTHS: Array<[number, number]> = [
  [1, 14],
  [6, 80],
];

/** 'Ramme', or 'Ramme (2)' and on where the workbook has a sheet of that name. */
function freeName(names: string[]): string {
  const used = new Set(names.map((n) => n.toLowerCase()));
  let name = 'Ramme';
  for (let n = 2; used.has(name.toLowerCase()); n++) name = `Ramme (${n})`;
  return name;
}

/** The .ods copy: the same marks, notes and Ramme sheet, written into its own content.xml. */
function annotateOds(bytes: Uint8Array, report: FileReport, lang: Lang): Uint8Array {
  const name = freeName(odsSheetNames(bytes));
  const rows = rammeRows(report, lang, (s) => s).rows.map(({ values, bold }) =>
    values.map((v) =>
      v === null
        ? undefined
        : { v: typeof v === 'object' ? v.link.replace(/^'(.*)'!/, '$1!') : v, bold },
    ),
  );
  return patchOds(bytes, {
    marks: report.findings.map((f) => mark(f, (s) => s)),
    newSheets: [{ name, rows, widths: WIDTHS }],
  });
}

const FILL: Record<Finding['severity'], string> = {
  error: 'FFFFC7CE',
  warning: 'FFFFEB9C',
  info: 'FFDDEBF7',
};

function gridCells(grid: Workbook, rename: (s: string) => string): CellPatch[] {
  return grid.sheets.flatMap((s) => sheetCells({ ...s, name: rename(s.name) }));
}

/** A finding's cell filled by its severity, with its message as a note (.xlsx and .ods alike). */
function mark(f: Finding, rename: (s: string) => string): OdsMark {
  return {
    sheet: rename(f.sheet),
    cell: f.cell,
    fill: FILL[f.severity],
    note: `Ramme: ${f.message}`,
  };
}

type Value = string | number | null | { link: string };

/** A decimal string as an Excel number (the display precision Excel has anyway). */
function num(d: string | null): number | null {
  return d === null ? null : Number(d);
}

type Row = { values: Value[]; bold: boolean };

/** The Ramme sheet's rows: findings, tables and results; and the status table's header row. */
function rammeRows(
  report: FileReport,
  lang: Lang,
  rename: (s: string) => string,
): { rows: Row[]; statusHead: number } {
  const t = T[lang];
  const rows: Row[] = [];
  const add = (values: Value[], bold = false) => rows.push({ values, bold });
  const section = (title: string, head: string[], body: Value[][]): void => {
    if (body.length === 0) return;
    add([]);
    add([title], true);
    add(head, true);
    for (const r of body) add(r);
  };
  add([t.title], true);
  add([report.file]);
  add([]);
  add([t.findings], true);
  if (report.findings.length === 0) add([t.none]);
  else {
    add(t.findingHead, true);
    for (const f of report.findings) {
      add([
        t.severity[f.severity],
        f.code,
        { link: sheetCell(rename(f.sheet), f.cell) },
        num(f.expected),
        num(f.actual),
        f.message,
      ]);
    }
  }
  section(
    t.tables,
    t.tableHead,
    report.tables.map((x) => [x.sheet, x.range, kindName(x.kind, lang), x.unit]),
  );
  section(
    t.capacity,
    t.capacityHead,
    report.capacity.map((c) => [
      c.sheet,
      c.year,
      num(c.capacity),
      num(c.allocated),
      num(c.difference),
    ]),
  );
  section(
    t.funding,
    t.fundingHead,
    report.funding.map((f) => [f.sheet, num(f.spending), num(f.financing), num(f.balance), f.unit]),
  );
  section(
    t.indicators,
    t.indicatorHead,
    report.indicators.map((i) => [
      i.sheet,
      i.row,
      i.label,
      i.direction,
      i.first ? `${i.first.value} (${i.first.period})` : null,
      i.latest ? `${i.latest.value} (${i.latest.period})` : null,
      num(i.changePoints),
      num(i.ratePerYear),
      num(i.target),
      num(i.yearsToTarget),
      i.reachedIn,
      i.status === null ? null : statusName(i.status, lang),
      i.reason === null ? null : reasonText(i.reason, lang),
    ]),
  );
  // The status table's header row (1-based), for its chart.
  const statusHead = rows.length + 3;
  section(
    t.status,
    t.statusHead,
    report.status.map((s) => [
      s.sheet,
      s.row,
      s.id,
      s.label,
      s.quarter,
      num(s.target),
      num(s.targetMax),
      num(s.actual),
      num(s.attainment),
      num(s.forecast),
      s.onTrack === null ? null : s.onTrack ? t.yes : t.no,
    ]),
  );
  return { rows, statusHead };
}

function rammeSheet(
  name: string,
  report: FileReport,
  lang: Lang,
  rename: (s: string) => string,
): {
  cells: CellPatch[];
  links: Array<{ cell: string; location: string }>;
  charts: NativeChart[];
} {
  const { rows, statusHead } = rammeRows(report, lang, rename);
  const cells: CellPatch[] = [];
  const links: Array<{ cell: string; location: string }> = [];
  rows.forEach(({ values, bold }, r) =>
    values.forEach((v, c) => {
      if (v === null) return;
      const cell = a1(r + 1, c + 1);
      const value = typeof v === 'object' ? v.link : v;
      if (typeof v === 'object') links.push({ cell, location: v.link });
      cells.push({ sheet: name, cell, value: { v: value }, ...(bold ? { bold } : {}) });
    }),
  );
  const title = T[lang].status;
  return { cells, links, charts: statusChart(name, title, statusHead, report.status.length) };
}

/**
 * The status table's attainment (column I, in %) per initiative (column D) as clustered columns
 * beside the table: one look shows which targets are behind.
 */
function statusChart(sheet: string, title: string, head: number, count: number): NativeChart[] {
  if (count === 0) return [];
  const last = head + count;
  return [
    {
      sheet,
      kind: 'bar',
      title,
      categories: `D${head + 1}:D${last}`,
      series: [{ name: `I${head}`, values: `I${head + 1}:I${last}` }],
      from: `M${head}`,
      to: `T${head + 16}`,
      numFmt: '0',
    },
  ];
}
