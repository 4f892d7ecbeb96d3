import ExcelJS from 'exceljs';
import {
  formatRange,
  parseRange,
  type Cell,
  type NamedRange,
  type Sheet,
  type Workbook,
} from '../grid';
import { ok, type Result } from '../i18n';
import { checkReadLimits } from './check-limits';
import { readLimits, type ReadLimits } from './limits';
import { corruptWorkbook, encryptedOrLegacy, notAWorkbook } from './messages';
import { sniffFormat, toBytes } from './magic';
import { namedRangesFromDefinedNames } from './names';
import { cellFromExcel } from './xlsx-cell';

/**
 * Reads an .xlsx into the grid model: values (a formula's cached result, the formula kept),
 * errors, rich text and hyperlinks as text, number formats, dates, merges, hidden sheets and
 * rows, Excel tables and defined names. Damaged, encrypted or non-xlsx input is a failure,
 * never a throw. A workbook past the read limits (core/io/limits) is refused before it is
 * unpacked, with a message that says which limit and how big it is.
 */
export async function readXlsx(
  data: ArrayBuffer | Uint8Array,
  name: string,
  limits: Partial<ReadLimits> = {},
): Promise<Result<Workbook>> {
  const bytes = toBytes(data);
  const format = sniffFormat(bytes);
  if (format === 'cfb') return encryptedOrLegacy(name);
  if (format !== 'zip') return notAWorkbook(name);
  const refused = await checkReadLimits(bytes, name, readLimits(limits));
  if (refused) return refused;
  const wb = new ExcelJS.Workbook();
  try {
    // ExcelJS's typing asks for a Node Buffer; JSZip underneath reads any Uint8Array.
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (e) {
    return corruptWorkbook(name, e instanceof Error ? e.message : String(e));
  }
  // Any zip loads; one without a single worksheet is not a workbook (Excel needs one).
  if (wb.worksheets.length === 0) return notAWorkbook(name);
  try {
    const sheets = wb.worksheets.map(sheetFromWorksheet);
    const names: NamedRange[] = [...tablesOf(wb), ...namedRangesFromDefinedNames(definedNames(wb))];
    return ok({ name, sheets, names });
  } catch (e) {
    return corruptWorkbook(name, e instanceof Error ? e.message : String(e));
  }
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
