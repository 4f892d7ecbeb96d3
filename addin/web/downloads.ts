import type { CheckOptions } from '../../core/check';
import { parseA1 } from '../../core/grid';
import type { Lang } from '../../core/i18n';
import type { CellPatch } from '../../core/io/write';
import { splitChangedKey, type ViewState, type WebDoc } from './store';

// The reader, the check and the writer load only when a workbook is opened or saved.
const io = () => import('./io-chunk');
const writer = () => import('../../core/io/write');

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

/** The cells of the opened grid Ramme wrote, as the writer's patches (numbers as numbers). */
function changedCells(doc: WebDoc, view: ViewState): CellPatch[] {
  return [...view.changed].flatMap((key) => {
    const { sheet, cell } = splitChangedKey(key);
    const at = parseA1(cell);
    const grid = doc.workbook.sheets.find((s) => s.name === sheet);
    if (!at || !grid || view.added.includes(sheet)) return [];
    const c = grid.rows[at.row - 1]?.[at.col - 1];
    return [
      {
        sheet,
        cell,
        value: { v: c?.value ?? null },
        ...(c?.numFmt !== undefined ? { numFmt: c.numFmt } : {}),
      },
    ];
  });
}

const KEPT = {
  da: (cells: string) =>
    `Projektmappen blev ikke gemt: ${cells} er formler, som andre celler deler, og kan ikke overskrives med en værdi.`,
  en: (cells: string) =>
    `The workbook was not saved: ${cells} hold formulas other cells share and cannot be overwritten with a value.`,
};

/**
 * The opened workbook with Ramme's new values: the user's own package with only the cells
 * Ramme wrote set (core/io/write), so formulas, formats, charts and everything else stay as
 * they were. A sheet Ramme added replaces one of the same name. A CSV comes back as an .xlsx
 * of its grid.
 */
export async function workbookWithValues(
  doc: WebDoc,
  view: ViewState,
  lang: Lang = 'da',
): Promise<Uint8Array> {
  const { patchWorkbook, emptyWorkbook, safeSheetName, sheetCells, sheetNames } = await writer();
  const sheets = (names: readonly string[]) =>
    names.flatMap((n) => {
      const grid = doc.workbook.sheets.find((s) => s.name === n);
      return grid ? sheetCells(grid) : [];
    });
  if (doc.format !== 'xlsx') {
    const names = new Map(doc.workbook.sheets.map((s) => [s.name, safeSheetName(s.name)]));
    const cells = sheets([...names.keys()]).map((c) => ({ ...c, sheet: names.get(c.sheet)! }));
    return patchWorkbook(emptyWorkbook([...names.values()]), { cells }).bytes;
  }
  const existing = new Set(sheetNames(doc.original));
  const result = patchWorkbook(doc.original, {
    cells: [...changedCells(doc, view), ...sheets(view.added)],
    newSheets: view.added.filter((n) => !existing.has(n)).map((name) => ({ name })),
    clearSheets: view.added.filter((n) => existing.has(n)),
    overwriteFormulas: true,
  });
  if (result.keptFormulas.length > 0) throw new Error(KEPT[lang](result.keptFormulas.join(', ')));
  return result.bytes;
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
