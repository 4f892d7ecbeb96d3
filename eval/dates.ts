import { cellAt, parseA1, type Workbook } from '../core/grid';
import type { DateCells } from './score';

/** d, m, y or h in a number format outside quotes, brackets and escapes: a date or time format. */
function isDateFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  const bare = numFmt.replace(/"[^"]*"|\[[^\]]*\]|[\\_*]./g, '');
  return /[dmyh]/i.test(bare) && !/^general$/i.test(bare.trim());
}

/** One date as people type it: 2023-01-01, 01.02.2023, 1/2/23, or a time 12:30. */
const ONE_DATE =
  '(?:\\d{4}-\\d{1,2}-\\d{1,2}(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2})?)?|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}|\\d{1,2}:\\d{2}(?::\\d{2})?)';

/** A typed date, time or period of two dates ('2/25/20 - 3/8/2020'). */
const DATE_TEXT = new RegExp(`^\\s*${ONE_DATE}(?:\\s*[-–]\\s*${ONE_DATE})?\\s*$`);

/** Which cells of a workbook hold a date or a time, by value, number format or text. */
export function dateCells(workbook: Workbook): DateCells {
  return (sheetName, cell) => {
    const sheet = workbook.sheets.find((s) => s.name === sheetName);
    const at = parseA1(cell);
    if (!sheet || !at) return false;
    const c = cellAt(sheet, at.row, at.col);
    if (!c) return false;
    if (c.value instanceof Date) return true;
    if (typeof c.value === 'number') return isDateFormat(c.numFmt);
    return typeof c.value === 'string' && DATE_TEXT.test(c.value);
  };
}
