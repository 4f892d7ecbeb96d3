import type { CheckOptions } from '../../core/check';
import { parseA1, type Sheet, type Workbook } from '../../core/grid';
import type { Lang } from '../../core/i18n';
import { isOds, sniffFormat } from '../../core/io/magic';
import { copyKind } from '../../core/io/workbook-names';
import type { CellPatch } from '../../core/io/write';
import type { CopyOutcome, CopyRequest, ValuesJob } from './copies';
import { readingStopped, unpackRow, type ReadPost, type ReadRequest } from './read-messages';
import { splitChangedKey, type ViewState, type WebDoc } from './store';
import { webText } from './strings';

// The reader, the check and the writer load only when a workbook is opened or saved.
const io = () => import('./io-chunk');
const copies = () => import('./copies');
const writer = () => import('../../core/io/write');
const odsWriter = () => import('../../core/io/ods-write');

/** The file name without its extension, for the names of what the page saves. */
export function baseName(file: string): string {
  return file.replace(/\.(xlsx|xlsm|xltx|xltm|ods|csv|txt)$/i, '');
}

/**
 * The extension of what the page saves, as `ramme check --out` names its copies: an .xlsm
 * stays an .xlsm (its macros are kept, and Excel opens no macro package called .xlsx), an .ods
 * an .ods, a template's copy is a workbook (.xltm → .xlsm).
 */
export function savedExtension(doc: WebDoc): 'xlsx' | 'xlsm' | 'ods' {
  // By content where the name could mislead: an .ods called .xlsx is still saved as an .ods.
  if (doc.format !== 'xlsx') return doc.format === 'ods' ? 'ods' : 'xlsx';
  return copyKind(doc.name) === 'xlsm' ? 'xlsm' : 'xlsx';
}

/** A download that was not made, with the user's message (the only text the page shows). */
export class DownloadRefused extends Error {}

/** Runs a download's writer; whatever it throws becomes a DownloadRefused, never its own text. */
async function refusing(lang: Lang, make: () => Promise<Uint8Array>): Promise<Uint8Array> {
  try {
    return await make();
  } catch (e) {
    if (e instanceof DownloadRefused) throw e;
    const { PackageError } = await writer();
    throw new DownloadRefused(
      webText(lang, e instanceof PackageError ? 'damagedPart' : 'notSaved'),
    );
  }
}

/**
 * The annotated copy, exactly as `ramme check --out` writes it: the opened file (not Ramme's
 * later writes) checked as a whole, findings' cells filled with a note, and a Ramme sheet.
 */
export function annotatedCopy(doc: WebDoc, options: CheckOptions): Promise<Uint8Array> {
  return refusing(options.lang, () =>
    copy({ kind: 'checked', bytes: doc.original, name: doc.name, options }, options.lang),
  );
}

/**
 * A download made in a Web Worker where one starts, so the page keeps answering while a large
 * workbook is read, checked or patched; in line where none does.
 */
async function copy(request: CopyRequest, lang: Lang): Promise<Uint8Array> {
  const outcome = await (copyInWorker(request) ?? copies().then((m) => m.makeCopy(request)));
  if (outcome.kind === 'made') return outcome.bytes;
  if (outcome.kind === 'refused') throw new DownloadRefused(outcome.message);
  if (outcome.kind === 'kept') throw new DownloadRefused(KEPT[lang](outcome.cells.join(', ')));
  throw new DownloadRefused(webText(lang, outcome.kind === 'damaged' ? 'damagedPart' : 'notSaved'));
}

function copyInWorker(request: CopyRequest): Promise<CopyOutcome> | undefined {
  const worker = startWorker(() => new Worker(new URL('./copy-worker.ts', import.meta.url)));
  if (!worker) return undefined;
  return new Promise<CopyOutcome>((resolve) => {
    worker.onmessage = ({ data }: MessageEvent<CopyOutcome>) => resolve(data);
    // The worker stopped without an answer (out of memory, say): not saved, the page goes on.
    worker.onerror = () => resolve({ kind: 'failed' });
    worker.postMessage(request);
  }).finally(() => worker.terminate());
}

/**
 * A worker, or undefined where the runtime has none or refuses to start one (a page opened
 * from a file: URL may not start workers): the work is then done in line.
 */
function startWorker(start: () => Worker): Worker | undefined {
  if (typeof Worker === 'undefined') return undefined;
  try {
    return start();
  } catch {
    return undefined;
  }
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
 * of its grid; an .ods stays an .ods, without charts (see chartsLeftOut).
 */
export function workbookWithValues(
  doc: WebDoc,
  view: ViewState,
  lang: Lang = 'da',
): Promise<Uint8Array> {
  return refusing(lang, async () =>
    copy({ kind: 'values', job: await valuesJob(doc, view) }, lang),
  );
}

/**
 * Whether the workbook with new values leaves charts out: an .ods gets none yet (their numbers
 * are on the sheets Ramme adds); the page says so beside the saved file's name.
 */
export function chartsLeftOut(doc: WebDoc, view: ViewState): boolean {
  return doc.format === 'ods' && view.charts.some((c) => view.added.includes(c.sheet));
}

/** The opened .ods with Ramme's new values, still an .ods: only its content.xml changes. */
async function odsValuesJob(doc: WebDoc, view: ViewState): Promise<ValuesJob> {
  const { gridRows } = await odsWriter();
  const values = changedCells(doc, view).map((c) => ({
    sheet: c.sheet,
    cell: c.cell,
    v: c.value?.v ?? null,
    ...(c.numFmt !== undefined ? { numFmt: c.numFmt } : {}),
  }));
  const newSheets = view.added.flatMap((name) => {
    const grid = doc.workbook.sheets.find((s) => s.name === name);
    return grid ? [{ name, rows: gridRows(grid) }] : [];
  });
  return { format: 'ods', base: doc.original, patch: { values, newSheets } };
}

/** The patch of the workbook with new values, worked out here; the copy worker applies it. */
async function valuesJob(doc: WebDoc, view: ViewState): Promise<ValuesJob> {
  if (doc.format === 'ods') return odsValuesJob(doc, view);
  const { emptyWorkbook, safeSheetName, sheetCells, sheetNames } = await writer();
  const sheets = (names: readonly string[]) =>
    names.flatMap((n) => {
      const grid = doc.workbook.sheets.find((s) => s.name === n);
      return grid ? sheetCells(grid) : [];
    });
  // A CSV has no package: its own sheets become a fresh .xlsx, Ramme's sheets are added to it.
  let base = doc.original;
  let own: CellPatch[] = [];
  if (doc.format !== 'xlsx') {
    const names = new Map(
      doc.workbook.sheets
        .filter((s) => !view.added.includes(s.name))
        .map((s) => [s.name, safeSheetName(s.name)]),
    );
    base = emptyWorkbook([...names.values()]);
    own = sheets([...names.keys()]).map((c) => ({ ...c, sheet: names.get(c.sheet)! }));
  } else own = changedCells(doc, view);
  const existing = new Set(sheetNames(base));
  // Charts go on sheets the download adds (never on one of the user's own).
  const charts = view.charts.filter((c) => view.added.includes(c.sheet) && !existing.has(c.sheet));
  const patch = {
    cells: [...own, ...sheets(view.added)],
    newSheets: view.added
      .filter((n) => !existing.has(n))
      .map((name) => ({
        name,
        ...(charts.some((c) => c.sheet === name)
          ? { widths: [[1, 28]] as Array<[number, number]> }
          : {}),
      })),
    clearSheets: view.added.filter((n) => existing.has(n)),
    overwriteFormulas: true,
    charts: charts.map((c) => c.chart),
  };
  return { format: 'xlsx', base, patch };
}

const SAVED_TYPE = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  xlsm: 'application/vnd.ms-excel.sheet.macroEnabled.12',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
};

/** Saves bytes as a download: a blob: URL in this page, nothing sent anywhere. */
export function saveFile(bytes: Uint8Array, fileName: string): void {
  const type = SAVED_TYPE[copyKind(fileName)];
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

type ReadReply =
  { ok: true; workbook: Workbook } | { ok: false; message: Record<Lang, string> | null };

/**
 * Reads the file in a Web Worker, so the page keeps answering while a large workbook is read;
 * undefined where no worker starts (Node, the jsdom tests, a file: URL): the page reads in line.
 */
function readInWorker(bytes: Uint8Array, name: string): Promise<ReadReply> | undefined {
  const worker = startWorker(() => new Worker(new URL('./read-worker.ts', import.meta.url)));
  if (!worker) return undefined;
  const sheets: Sheet[] = [];
  return new Promise<ReadReply>((resolve) => {
    worker.onmessage = ({ data }: MessageEvent<ReadPost>) => {
      if (data.kind === 'sheet') sheets.push(data.sheet);
      else if (data.kind === 'rows') {
        const rows = sheets.at(-1)!.rows;
        for (const r of data.rows) rows.push(unpackRow(r));
      } else if (data.kind === 'done') {
        resolve({ ok: true, workbook: { name: data.name, sheets, names: data.names } });
      } else resolve({ ok: false, message: data.message });
    };
    worker.onerror = () => resolve({ ok: false, message: null });
    worker.postMessage({ bytes, name } satisfies ReadRequest);
  }).finally(() => worker.terminate());
}

async function readInPage(bytes: Uint8Array, name: string): Promise<ReadReply> {
  const { readWorkbookBytes } = await io();
  const read = await readWorkbookBytes(bytes, name);
  return read.ok ? { ok: true, workbook: read.value } : { ok: false, message: read.error.message };
}

/** Reads the opened file into the grid (in the browser, off the page's thread). */
export async function openWorkbook(bytes: Uint8Array, name: string, lang: Lang) {
  const read = await (readInWorker(bytes, name) ?? readInPage(bytes, name));
  if (!read.ok)
    return { ok: false as const, message: (read.message ?? readingStopped(name))[lang] };
  const doc: WebDoc = {
    name,
    format: sniffFormat(bytes) !== 'zip' ? 'csv' : isOds(bytes) ? 'ods' : 'xlsx',
    original: bytes,
    workbook: read.workbook,
  };
  return { ok: true as const, doc };
}
