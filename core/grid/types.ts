/**
 * The sheet-agnostic grid every reader produces (ExcelJS in Node and the browser, the Office JavaScript API in
 * Excel, CSV) and every detector and check consumes. Rows and columns are 1-based, as in Excel.
 */

/** An Excel error value such as #REF! or #DIV/0!. */
export interface CellError {
  error: string;
}

/** A cell's value: for a formula, its cached result. Dates are real JS Dates (UTC midnight). */
export type CellValue = number | string | boolean | Date | CellError | null;

export interface Cell {
  value: CellValue;
  /** The text Excel displays, when the source knows it (the Office JavaScript API, ExcelJS for text cells). */
  text?: string;
  /** Excel number format code, e.g. '#,##0', '0.0%'. */
  numFmt?: string;
  /** The formula without the leading '=', when the cell has one. */
  formula?: string;
}

export interface Sheet {
  name: string;
  /** rows[r - 1][c - 1]; missing rows and cells are empty. */
  rows: Array<Array<Cell | undefined> | undefined>;
  rowCount: number;
  colCount: number;
  /** Merged ranges in A1 notation ('A1:C1'). */
  merges: string[];
  hidden?: boolean;
  /** 1-based numbers of hidden rows. */
  hiddenRows?: number[];
}

/** An explicit range the workbook names: an Excel table (ListObject) or a defined name. */
export interface NamedRange {
  name: string;
  sheet: string;
  range: string;
  kind: 'table' | 'name';
}

export interface Workbook {
  /** The file name (or the workbook title in Excel). */
  name: string;
  sheets: Sheet[];
  names: NamedRange[];
  /**
   * How the file's format says numbers are written when its cells cannot tell: a CSV separated
   * by ';' comes from an Excel whose decimal separator is ',' (Danish, German, Dutch…).
   */
  numberStyle?: 'da' | 'en';
}
