/**
 * core/io/write: the surgical writer. A user's .xlsx/.xlsm comes back as the same package with
 * only Ramme's changes (touched cells, cloned styles, notes, added sheets); every other zip
 * entry is copied as stored. Runs in Node and the browser (fflate for the zip).
 */
export { mainContentType, patchWorkbook, sheetNames } from './patch';
export type { CellPatch, PatchResult, WorkbookPatch } from './patch';
export type { NewSheet } from './new-sheet';
export { emptyWorkbook, safeSheetName, sheetCells } from './build';
export { PackageError } from './zip-read';
export type { NativeChart } from './chart-xml';
