import type { Workbook } from '../grid';
import { ok, type Problem, type Result } from '../i18n';
import { detectSeparator, readCsv } from './csv';
import { csvShape } from './csv-cells';
import { decodeText, isOds, looksLikeMarkup, sniffFormat, toBytes } from './magic';
import { readLimits, type ReadLimits } from './limits';
import {
  encryptedOrLegacy,
  fileTooLarge,
  markupNotWorkbook,
  notAWorkbook,
  tooManyCells,
} from './messages';
import { readXlsx } from './xlsx';
import { cfbKind } from './cfb';
import {
  csvTooWide,
  encryptedWorkbook,
  legacyXls,
  notCsvText,
  otherDocument,
  rightsProtected,
} from './format-messages';
import { documentKind, looksLikeCsv } from './text-kind';

/** Excel's widest sheet (A to XFD): a CSV record wider cannot be a sheet's row. */
const MAX_COLUMNS = 16_384;

/**
 * Reads a workbook by its content, not its name: a zip is an .xlsx, text is CSV (also when it
 * is called .xlsx, as exports often are). Browser-safe: the web page passes the opened file.
 * Past the read limits (core/io/limits) it returns a failure that says so.
 */
export async function readWorkbookBytes(
  data: ArrayBuffer | Uint8Array,
  name: string,
  limits: Partial<ReadLimits> = {},
): Promise<Result<Workbook>> {
  const bytes = toBytes(data);
  const tooBig = fileSizeRefusal(name, bytes.length, limits);
  if (tooBig) return tooBig;
  const document = documentKind(bytes);
  if (document) return otherDocument(name, document);
  switch (sniffFormat(bytes)) {
    case 'zip':
      // The .ods reader and its XML parser (saxes, whose character tables V8 compiles as it
      // loads) are loaded for an .ods only: an .xlsx check runs none of their code.
      return isOds(bytes)
        ? (await import('./ods')).readOds(bytes, name, limits)
        : readXlsx(bytes, name, limits);
    case 'cfb':
      return compoundFile(bytes, name);
    case 'text': {
      if (bytes.length === 0) return notAWorkbook(name);
      const text = decodeText(bytes);
      if (looksLikeMarkup(text)) return markupNotWorkbook(name);
      // Counted before parsing: a CSV's cells cost memory as a workbook's do. The separator
      // comes from the first lines, as readCsv finds it, without splitting the whole text.
      const { maxCells } = readLimits(limits);
      const head = text.slice(text.charCodeAt(0) === 0xfeff ? 1 : 0, 1 << 20);
      const sep = detectSeparator(head);
      if (!looksLikeCsv(head, sep)) return notCsvText(name);
      const { cells, wide } = csvShape(text, sep, MAX_COLUMNS);
      if (wide) return csvTooWide(name, wide.line, MAX_COLUMNS);
      return cells > maxCells ? tooManyCells(name, cells, maxCells, []) : ok(readCsv(text, name));
    }
    default:
      return notAWorkbook(name);
  }
}

/** An OLE compound file: Excel 97–2003, or a workbook under a password or rights management. */
function compoundFile<T>(bytes: Uint8Array, name: string): Result<T> {
  switch (cfbKind(bytes)) {
    case 'xls':
      return legacyXls(name);
    case 'encrypted':
      return encryptedWorkbook(name);
    case 'rights':
      return rightsProtected(name);
    default:
      return encryptedOrLegacy(name);
  }
}

/** The failure for a file past the size limit, or undefined: the CLI asks before reading it. */
export function fileSizeRefusal(
  name: string,
  bytes: number,
  limits: Partial<ReadLimits> = {},
): { ok: false; error: Problem } | undefined {
  const { maxFileBytes } = readLimits(limits);
  if (bytes <= maxFileBytes) return undefined;
  const refusal = fileTooLarge<never>(name, bytes, maxFileBytes);
  return refusal.ok ? undefined : refusal;
}
