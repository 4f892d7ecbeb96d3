export type { Cell, CellError, CellValue, NamedRange, Sheet, Workbook } from './types';
export type { CellRef, RangeRef } from './address';
export {
  a1,
  columnName,
  columnNumber,
  formatRange,
  parseA1,
  parseRange,
  sheetCell,
} from './address';
export { cellAt, isBlank, sheetFromValues } from './access';
export { forEachCell, presentIndices, wideColumns, WIDE_ROW } from './wide-rows';
