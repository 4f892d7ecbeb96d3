import type ExcelJS from 'exceljs';
import type { CheckOptions } from '../../core/check';
import { parseA1, type Cell, type Sheet } from '../../core/grid';
import type { Lang } from '../../core/i18n';
import { splitChangedKey, type ViewState, type WebDoc } from './store';

// ExcelJS is most of the page's weight: it is loaded only when a workbook is opened or saved.
const io = () => import('./io-chunk');

/** The file name without its extension, for the names of what the page saves. */
export function baseName(file: string): string {
  return file.replace(/\.(xlsx|xlsm|csv|txt)$/i, '');
}

/**
 * The annotated copy, exactly as `ramme check --out` writes it: the opened file (not Ramme's
 * later writes) checked as a whole, findings' cells filled with a note, and a Ramme sheet.
 */
export async function annotatedCopy(doc: WebDoc, options: CheckOptions): Promise<Uint8Array> {
  const { readWorkbookBytes, checkWorkbook, annotateWorkbook } = await io();
  const read = await readWorkbookBytes(doc.original, doc.name);
  if (!read.ok) throw new Error(read.error.message[options.lang]);
  const report = { ...checkWorkbook(read.value, options), file: doc.name };
  return annotateWorkbook(doc.original, report, options.lang);
}

type ExcelValue = ExcelJS.CellValue;

function excelValue(cell: Cell | undefined): ExcelValue {
  const v = cell?.value ?? null;
  if (v !== null && typeof v === 'object' && !(v instanceof Date)) return v.error;
  return v;
}

function setCell(ws: ExcelJS.Worksheet, row: number, col: number, cell: Cell | undefined): void {
  const target = ws.getCell(row, col);
  target.value = excelValue(cell);
  // A fresh style object: ExcelJS may share one between cells loaded with the same style.
  if (cell?.numFmt !== undefined && target.numFmt !== cell.numFmt) {
    target.style = { ...target.style, numFmt: cell.numFmt };
  }
}

function fillSheet(ws: ExcelJS.Worksheet, sheet: Sheet): void {
  sheet.rows.forEach((row, r) =>
    row?.forEach((cell, c) => cell && setCell(ws, r + 1, c + 1, cell)),
  );
}

/**
 * The opened workbook with Ramme's new values: the original file loaded again, only the cells
 * Ramme wrote set (numbers as numbers), so formulas and formats elsewhere stay as they were. A
 * CSV comes back as an .xlsx of its grid.
 */
export async function workbookWithValues(doc: WebDoc, view: ViewState): Promise<Uint8Array> {
  const { ExcelJS: Excel } = await io();
  const wb = new Excel.Workbook();
  const sheetOf = (name: string) => doc.workbook.sheets.find((s) => s.name === name);
  if (doc.format === 'xlsx') {
    await wb.xlsx.load(doc.original as unknown as ExcelJS.Buffer);
    for (const key of view.changed) {
      const { sheet, cell } = splitChangedKey(key);
      const at = parseA1(cell);
      const ws = wb.getWorksheet(sheet);
      const grid = sheetOf(sheet);
      if (!at || !ws || !grid) continue;
      setCell(ws, at.row, at.col, grid.rows[at.row - 1]?.[at.col - 1]);
    }
    for (const name of view.added) {
      const old = wb.getWorksheet(name);
      if (old) wb.removeWorksheet(old.id);
      const grid = sheetOf(name);
      if (grid) fillSheet(wb.addWorksheet(name), grid);
    }
  } else {
    for (const sheet of doc.workbook.sheets) fillSheet(wb.addWorksheet(sheet.name), sheet);
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Saves bytes as a download: a blob: URL in this page, nothing sent anywhere. */
export function saveFile(bytes: Uint8Array, fileName: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: XLSX_TYPE }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Reads the opened file into the grid (in the browser). */
export async function openWorkbook(bytes: Uint8Array, name: string, lang: Lang) {
  const { readWorkbookBytes, sniffFormat } = await io();
  const read = await readWorkbookBytes(bytes, name);
  if (!read.ok) return { ok: false as const, message: read.error.message[lang] };
  const doc: WebDoc = {
    name,
    format: sniffFormat(bytes) === 'zip' ? 'xlsx' : 'csv',
    original: bytes,
    workbook: read.value,
  };
  return { ok: true as const, doc };
}
