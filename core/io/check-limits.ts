import type { Result } from '../i18n';
import { CellCounter } from './cell-count';
import { canInflate, streamEntry } from './inflate';
import {
  cellBreach,
  declaredBreach,
  fileSizeBreach,
  type LimitBreach,
  type ReadLimits,
  type SheetCells,
} from './limits';
import {
  contentTooLarge,
  fileTooLarge,
  partTooLarge,
  sizeLies,
  tooManyCells,
  zipBomb,
} from './messages';
import { sheetParts, type SheetPart } from './sheet-parts';
import { readZipDirectory, type ZipEntry } from './zip-directory';

/**
 * Measures an .xlsx against the limits before ExcelJS unpacks it: the file's size, the sizes
 * its zip directory declares, then (streaming, a few MB at a time) each sheet's cells and
 * whether every part really unpacks to its declared size. Returns the failure to report, or
 * undefined when the workbook may be read. A zip whose directory cannot be read is left to
 * ExcelJS, which then says the file is damaged.
 */
export async function checkReadLimits(
  bytes: Uint8Array,
  name: string,
  limits: ReadLimits,
): Promise<Result<never> | undefined> {
  const tooBig = fileSizeBreach(bytes.length, limits);
  if (tooBig) return failure(name, tooBig, []);
  const entries = readZipDirectory(bytes);
  if (!entries) return undefined;
  const declared = declaredBreach(entries, limits);
  const sheets = await sheetParts(bytes, entries);
  if (declared) return failure(name, declared, sheets);
  if (!canInflate()) return undefined;
  const measured = await measure(bytes, entries, sheets);
  if ('kind' in measured) return failure(name, measured, sheets);
  const many = cellBreach(measured.cells, limits);
  return many ? failure(name, many, sheets) : undefined;
}

/** Cells per sheet, or the part that unpacks to more than it declares. */
async function measure(
  bytes: Uint8Array,
  entries: ZipEntry[],
  sheets: SheetPart[],
): Promise<{ cells: SheetCells[] } | LimitBreach> {
  const cells: SheetCells[] = [];
  for (const entry of entries) {
    const sheet = sheets.find((s) => s.entry === entry);
    const counter = sheet ? new CellCounter() : undefined;
    const outcome = await streamEntry(bytes, entry, (chunk) => counter?.push(chunk));
    if (outcome === 'longer') return { kind: 'lies', part: entry.name };
    if (sheet && counter) cells.push({ sheet: sheet.name, cells: counter.cells });
  }
  return { cells };
}

function failure(name: string, breach: LimitBreach, sheets: SheetPart[]): Result<never> {
  // A part the workbook does not name is called by its path, not 'the sheet …'.
  const sheetOf = (part: string) => {
    const named = sheets.find((s) => s.entry.name === part)?.name;
    return named === part ? undefined : named;
  };
  switch (breach.kind) {
    case 'file':
      return fileTooLarge(name, breach.bytes, breach.limit);
    case 'part':
      return partTooLarge(name, breach.part, sheetOf(breach.part), breach.bytes, breach.limit);
    case 'total':
      return contentTooLarge(name, breach.bytes, breach.limit);
    case 'ratio':
      return zipBomb(name, breach.part, sheetOf(breach.part), breach.ratio, breach.limit);
    case 'lies':
      return sizeLies(name, breach.part, sheetOf(breach.part));
    case 'cells':
      return tooManyCells(name, breach.cells, breach.limit, breach.sheets);
  }
}
