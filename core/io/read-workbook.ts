import type { Workbook } from '../grid';
import { ok, type Result } from '../i18n';
import { readCsv } from './csv';
import { decodeText, looksLikeMarkup, sniffFormat, toBytes } from './magic';
import { readLimits, type ReadLimits } from './limits';
import { encryptedOrLegacy, fileTooLarge, markupNotWorkbook, notAWorkbook } from './messages';
import { readXlsx } from './xlsx';

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
  const { maxFileBytes } = readLimits(limits);
  if (bytes.length > maxFileBytes) return fileTooLarge(name, bytes.length, maxFileBytes);
  switch (sniffFormat(bytes)) {
    case 'zip':
      return readXlsx(bytes, name, limits);
    case 'cfb':
      return encryptedOrLegacy(name);
    case 'text': {
      if (bytes.length === 0) return notAWorkbook(name);
      const text = decodeText(bytes);
      return looksLikeMarkup(text) ? markupNotWorkbook(name) : ok(readCsv(text, name));
    }
    default:
      return notAWorkbook(name);
  }
}
