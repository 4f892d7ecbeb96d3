import { cellAt, type Cell, type Sheet } from '../grid';
import {
  fixedFromText,
  isDateFormat,
  isPlainText,
  isWordText,
  readNumberText,
  type Unit,
} from '../numbers';

/** What a cell holds, as far as finding tables is concerned. */
export type CellKind = 'blank' | 'text' | 'number' | 'date' | 'error' | 'bool';

export interface CellInfo {
  kind: CellKind;
  /** The cell's text (trimmed), for text and numbers typed as text. */
  text: string;
  /** A real number, or text that reads as one ('1.184.500', '2,0*', '1½', '83,3%', 'min. 350'). */
  numeric: boolean;
  /** The unit the value itself carries ('83,3%', '0.0%' format, '4,4 mio. kr.'). */
  unit: Unit | null;
  /** A footnote mark after the number ('2,0*'). */
  footnote: string | null;
  /** For a real number: the number. */
  value?: number;
}

/**
 * A real number's info. Its text is made only when read: a sheet has 100.000s of number cells
 * and detection reads the text of its headers, so a string per number would be garbage.
 */
class NumberInfo implements CellInfo {
  readonly kind = 'number';
  readonly numeric = true;
  readonly footnote = null;

  constructor(
    readonly value: number,
    readonly unit: Unit | null,
  ) {}

  get text(): string {
    return String(this.value);
  }
}

/** '0.0%' shows a fraction as percent; a '%' inside quotes or a later section does not count. */
function readPercentFormat(numFmt: string): boolean {
  return numFmt
    .split(';')[0]!
    .replace(/"[^"]*"|\\./g, '')
    .includes('%');
}

/** A sheet has a handful of formats but 100.000s of number cells: each is read once. */
const percentFormats = new Map<string, boolean>();

function isPercentFormat(numFmt: string): boolean {
  let percent = percentFormats.get(numFmt);
  if (percent === undefined) {
    percent = readPercentFormat(numFmt);
    if (percentFormats.size >= 1_000) percentFormats.clear();
    percentFormats.set(numFmt, percent);
  }
  return percent;
}

/** The unit a real number's own format gives it: 'percent' ('0.0%'), else none. */
export function numberUnit(numFmt: string | undefined): Unit | null {
  return numFmt && isPercentFormat(numFmt) ? 'percent' : null;
}

/**
 * A real number not shown as a date: what `cellInfo` calls a numeric 'number' cell. Hot loops
 * ask this of the raw cell instead of making (and caching) an info object per number.
 */
export function isPlainNumber(cell: Cell | undefined): cell is Cell & { value: number } {
  return typeof cell?.value === 'number' && !isDateFormat(cell.numFmt);
}

/**
 * Plain text that reads as a number ('6.274.468'): numeric, no unit, no footnote, and nothing
 * to trim. Hot loops ask this of the raw cell, as `isPlainNumber`.
 */
export function isPlainNumberText(cell: Cell | undefined): cell is Cell & { value: string } {
  return typeof cell?.value === 'string' && isPlainText(cell.value);
}

const BLANK: CellInfo = { kind: 'blank', text: '', numeric: false, unit: null, footnote: null };

/**
 * A text that is no number (a label): one field, the rest on the prototype. Most text cells
 * are labels, one per line of a 100.000-line table, and live as long as detection does.
 */
class WordInfo implements CellInfo {
  constructor(readonly text: string) {}

  get kind(): CellKind {
    return 'text';
  }

  get numeric(): boolean {
    return false;
  }

  get unit(): null {
    return null;
  }

  get footnote(): null {
    return null;
  }
}

export function cellInfo(cell: Cell | undefined): CellInfo {
  if (!cell) return BLANK;
  const v = cell.value;
  if (v === null) return BLANK;
  if (typeof v === 'boolean') return { ...BLANK, kind: 'bool', text: String(v) };
  if (v instanceof Date) return { ...BLANK, kind: 'date', text: v.toISOString().slice(0, 10) };
  if (typeof v === 'object') return { ...BLANK, kind: 'error', text: v.error };
  if (typeof v === 'number') {
    // A serial number shown as a date or a time is one ('dd-mm-yyyy', '[h]:mm').
    if (isDateFormat(cell.numFmt)) return { ...BLANK, kind: 'date', text: String(v) };
    return new NumberInfo(v, numberUnit(cell.numFmt));
  }
  const text = v.replace(/[\u00a0\u202f\u2009]/g, ' ').trim();
  if (text === '') return BLANK;
  // Plain Danish numbers ('1.184.500,50') read the same by the integer fast path, with no
  // decimal made (readNumberText gives such text no unit and no footnote).
  if (fixedFromText(text)) return { kind: 'text', text, numeric: true, unit: null, footnote: null };
  // Most text cells are labels: without a digit or a fraction they cannot be a number.
  if (!/[\d½¼¾]/.test(text)) return new WordInfo(text);
  // Labels with a digit ('Konto 7', one per line) are told by how they start, no reading made.
  if (isWordText(text)) return new WordInfo(text);
  const read = readNumberText(text);
  if (read.ok) {
    return {
      kind: 'text',
      text,
      numeric: true,
      unit: read.amount.unit,
      footnote: read.amount.footnote,
    };
  }
  return read.reason === 'ambiguous'
    ? { kind: 'text', text, numeric: true, unit: null, footnote: null }
    : new WordInfo(text);
}

/** A sheet's cells read once, so detection looks at each cell a single time. */
export interface Grid {
  sheet: Sheet;
  at(row: number, col: number): CellInfo;
}

export function gridOf(sheet: Sheet): Grid {
  // Column by column: a sheet has few columns and many rows, so one array per column (grown as
  // its rows are read, never sized to the sheet) instead of one per row.
  const cache: Array<Array<CellInfo | undefined> | undefined> = [];
  return {
    sheet,
    at(row, col) {
      const infos = (cache[col] ??= []);
      let info = infos[row];
      if (!info) {
        info = cellInfo(cellAt(sheet, row, col));
        infos[row] = info;
      }
      return info;
    },
  };
}

/** A text cell that is not a number. */
export function isWord(c: CellInfo): boolean {
  return c.kind === 'text' && !c.numeric;
}
