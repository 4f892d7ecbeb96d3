/**
 * core/io: workbook readers onto the grid model. Runs in Node and the browser; the file-system
 * helper lives in core/io/node.
 */
export { readXlsx } from './xlsx';
export { readCsv, detectSeparator, parseCsvRecords } from './csv';
export { fileSizeRefusal, readWorkbookBytes } from './read-workbook';
export { sniffFormat, decodeText } from './magic';
export type { FileFormat } from './magic';
export { splitSheetRange } from './names';
export { extensionOf, hasWorkbookExtension, WORKBOOK_EXTENSIONS } from './workbook-names';
export { DEFAULT_READ_LIMITS, readLimits } from './limits';
export type { ReadLimits } from './limits';
export { readZipDirectory } from './zip-directory';
export { installInflater } from './inflate';
export type { InflateSync } from './inflate';
export type { ZipEntry } from './zip-directory';
