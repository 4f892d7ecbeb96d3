/**
 * The reader Ramme had before its own streaming one: ExcelJS's object model mapped onto the grid.
 * Kept for tests only, as the reference the new reader is compared with (tests/io/parity.test.ts).
 */
import ExcelJS from 'exceljs';
import {
  formatRange,
  parseRange,
  type Cell,
  type NamedRange,
  type Sheet,
  type Workbook,
} from '../../core/grid';
import { namedRangesFromDefinedNames } from '../../core/io/names';
import { cellFromExcel } from './exceljs-cell';

/** The workbook as ExcelJS reads it; throws where ExcelJS throws. */
export async function readWithExcelJS(bytes: Uint8Array, name: string): Promise<Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const sheets = wb.worksheets.map(sheetFromWorksheet);
  const names: NamedRange[] = [...tablesOf(wb), ...namedRangesFromDefinedNames(definedNames(wb))];
  return { name, sheets, names };
}

function sheetFromWorksheet(ws: ExcelJS.Worksheet): Sheet {
  const rows: Sheet['rows'] = [];
  const hiddenRows: number[] = [];
  let rowCount = 0;
  let colCount = 0;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    if (row.hidden) hiddenRows.push(r);
    let cells: Array<Cell | undefined> | undefined;
    row.eachCell({ includeEmpty: false }, (c, col) => {
      // Only a merge's top-left cell holds its value, as in Excel.
      if (c.type === ExcelJS.ValueType.Merge) return;
      const cell = cellFromExcel(c);
      if (!cell) return;
      cells ??= [];
      cells[col - 1] = cell;
      if (col > colCount) colCount = col;
    });
    if (cells) {
      rows[r - 1] = cells;
      rowCount = r;
    }
  });
  const merges = Object.values(mergesOf(ws));
  const sheet: Sheet = { name: ws.name, rows, rowCount, colCount, merges };
  if (ws.state === 'hidden' || ws.state === 'veryHidden') sheet.hidden = true;
  if (hiddenRows.length > 0) sheet.hiddenRows = hiddenRows;
  return sheet;
}

/** ExcelJS keeps merges on a private map of master address → range. */
function mergesOf(ws: ExcelJS.Worksheet): Record<string, string> {
  const map = (ws as unknown as { _merges?: Record<string, { range?: string }> })._merges ?? {};
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(map)) {
    const r = v.range ? parseRange(v.range) : undefined;
    if (r) out[k] = formatRange(r);
  }
  return out;
}

function tablesOf(wb: ExcelJS.Workbook): NamedRange[] {
  const out: NamedRange[] = [];
  for (const ws of wb.worksheets) {
    for (const t of ws.getTables() as unknown as Array<{ table?: TableModel }>) {
      const model = t.table;
      const ref = model?.tableRef ?? model?.ref;
      const r = ref ? parseRange(ref) : undefined;
      if (model && r)
        out.push({ name: model.name, sheet: ws.name, range: formatRange(r), kind: 'table' });
    }
  }
  return out;
}

interface TableModel {
  name: string;
  tableRef?: string;
  ref?: string;
}

function definedNames(wb: ExcelJS.Workbook): Array<{ name: string; ranges: string[] }> {
  const model = (wb.definedNames as unknown as { model?: unknown }).model;
  return Array.isArray(model) ? (model as Array<{ name: string; ranges: string[] }>) : [];
}
