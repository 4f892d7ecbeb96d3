import { cellAt, type Cell, type Sheet } from '../grid';
import {
  fixedFromText,
  isDateFormat,
  isPlainText,
  isWordText,
  readNumberText,
  startsAsWord,
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

// Regular expressions made once: a literal in a function is a new object each time it runs,
// and these run once per text cell.
const HARD_SPACES = /[\u00a0\u202f\u2009]/g;
const DIGIT = /[\d½¼¾]/;
const HARD_SPACE = /[\u00a0\u202f\u2009]/;
const SPACE = /\s/;

/** Whether trim() would cut the text's end: an ASCII character told by its code. */
function endsInSpace(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE.test(text[text.length - 1]!);
}

/** Most text cells are labels written plainly ('Konto 7'): a word, with nothing to trim or read. */
function isPlainWord(v: string): boolean {
  return startsAsWord(v) && !HARD_SPACE.test(v) && !endsInSpace(v);
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
  if (isPlainWord(v)) return new WordInfo(v);
  const text = v.replace(HARD_SPACES, ' ').trim();
  if (text === '') return BLANK;
  // Plain Danish numbers ('1.184.500,50') read the same by the integer fast path, with no
  // decimal made (readNumberText gives such text no unit and no footnote).
  if (fixedFromText(text)) return { kind: 'text', text, numeric: true, unit: null, footnote: null };
  // Most text cells are labels: without a digit or a fraction they cannot be a number.
  if (!DIGIT.test(text)) return new WordInfo(text);
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
  /** The cell's text when it is a word (`isWord`), else null: `at(row, col).text`, no object made. */
  word(row: number, col: number): string | null;
}

/** What the cache knows of a cell: not read yet, blank, a word that is its own raw text, or other. */
const UNREAD = 0;
const BLANK_CELL = 1;
const RAW_WORD = 2;
const OTHER = 3;

/**
 * One column's cache: a byte per row, grown as its rows are read (never sized to the sheet);
 * an info object is kept only for cells that are neither blank nor a plain word.
 */
class ColumnCache {
  codes = new Uint8Array(16);
  /** Rows far past those read so far (a lone cell at row 1.000.000): kept sparse, not grown to. */
  far: Map<number, number> | undefined;
  /** Cells cached so far: the bytes grow only as far as these justify. */
  count = 0;
  infos: Array<CellInfo | undefined> = [];

  code(row: number): number {
    return row < this.codes.length ? this.codes[row]! : (this.far?.get(row) ?? UNREAD);
  }

  set(row: number, code: number): void {
    this.count++;
    if (row >= this.codes.length) {
      if (row > 4 * this.count + 1024) {
        (this.far ??= new Map()).set(row, code);
        return;
      }
      const grown = new Uint8Array(Math.max(row + 1, this.codes.length * 2));
      grown.set(this.codes);
      this.codes = grown;
    }
    this.codes[row] = code;
  }
}

export function gridOf(sheet: Sheet): Grid {
  // Column by column: a sheet has few columns and many rows. Labels (one per line of a
  // 100.000-line table) are most of what is read, and cost a byte each, not an object.
  const cache: Array<ColumnCache | undefined> = [];
  const read = (row: number, col: number, column: ColumnCache): number => {
    const cell = cellAt(sheet, row, col);
    // A plain label is known by its text alone: no info object made only to be dropped.
    if (typeof cell?.value === 'string' && isPlainWord(cell.value)) {
      column.set(row, RAW_WORD);
      return RAW_WORD;
    }
    const info = cellInfo(cell);
    let code = OTHER;
    if (info === BLANK) code = BLANK_CELL;
    else if (info instanceof WordInfo && info.text === cell?.value) code = RAW_WORD;
    else column.infos[row] = info;
    column.set(row, code);
    return code;
  };
  return {
    sheet,
    at(row, col) {
      const column = (cache[col] ??= new ColumnCache());
      let code = column.code(row);
      if (code === UNREAD) code = read(row, col, column);
      if (code === BLANK_CELL) return BLANK;
      if (code === RAW_WORD) return new WordInfo(cellAt(sheet, row, col)!.value as string);
      return column.infos[row]!;
    },
    word(row, col) {
      const column = (cache[col] ??= new ColumnCache());
      let code = column.code(row);
      if (code === UNREAD) code = read(row, col, column);
      if (code === RAW_WORD) return cellAt(sheet, row, col)!.value as string;
      if (code === BLANK_CELL) return null;
      const info = column.infos[row]!;
      return isWord(info) ? info.text : null;
    },
  };
}

/** A text cell that is not a number. */
export function isWord(c: CellInfo): boolean {
  return c.kind === 'text' && !c.numeric;
}
