import { presentIndices, type Cell, type CellValue, type Sheet } from '../grid';
import { sharedFormula, slideFormula, type SharedFormula } from './shared-formula';
import type { CellStyles } from './xlsx-styles';
import { StringItem } from './xlsx-strings';
import { booleanValue, excelDate, isoDate, numberValue, plainNumber } from './xlsx-value';
import { xmlTrue } from './xlsx-workbook';
import type { Attrs } from './xml-attrs';
import { decodeXml, detach, type Tag, type XmlHandler } from './xml-scan';

export const MAX_ROW = 1_048_576;
export const MAX_COL = 16_384;

/** What every sheet of a workbook reads against. */
export interface SheetContext {
  strings: readonly string[];
  styles: CellStyles;
  date1904: boolean;
  /**
   * The workbook is recalculated when opened (WorkbookReader.recalcOnLoad): a formula's cached
   * result is not read, the cell keeps its formula with no value, as one never calculated.
   */
  recalcOnLoad?: boolean;
  /** Cells (`<c>` elements, empty formatted ones too) of the whole workbook so far. */
  counted: { cells: number; max: number };
  /** Characters of shared formulas written out in the whole workbook so far. */
  slid?: number;
}

/**
 * Characters of shared formulas written out in one sheet, at most. A cell shares its master's
 * formula in a few bytes of XML, so 2 MB can ask for gigabytes of formula text. Past this each
 * sharing cell keeps its master's own text (the same string, no copy): it is still known to be
 * a formula, and a sheet holding that much formula text is past what the formula rules and
 * detection read for their shape (MAX_FORMULA_TEXT, detect/formula), so its unmoved
 * references are never read.
 */
export const MAX_SLID_TEXT = 64_000_000;

/** Characters of shared formulas written out in a workbook, at most: past it, it is refused. */
export const MAX_SLID_WORKBOOK = 256_000_000;

/** Thrown when a workbook's written-out shared formulas pass MAX_SLID_WORKBOOK. */
export class FormulaTextLimit extends Error {
  constructor() {
    super('formula text');
  }
}

/** Why a sheet cannot be read: a cell outside Excel's grid, or a text the file does not have. */
export class SheetDamage extends Error {
  constructor(
    readonly kind: 'address' | 'string',
    readonly ref: string,
  ) {
    super(kind);
  }
}

/** The cell types OOXML has, as constants: no string is made per cell to read them. */
const TYPES = ['s', 'str', 'inlineStr', 'b', 'e', 'n', 'd'];

function cellType(src: string, from: number, to: number): string | undefined {
  for (const t of TYPES) if (t.length === to - from && src.startsWith(t, from)) return t;
  return src.slice(from, to);
}

/** A whole number read in place; -1 for anything but digits (a style then reads as 0). */
function wholeNumber(src: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = src.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9 || n > 1e8) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * A cell in one object literal per shape, so each gets its fields in the object itself; fields
 * added one by one would each cost a separate property store, for every cell of the sheet.
 */
export function makeCell(
  value: CellValue,
  numFmt: string | undefined,
  formula: string | undefined,
): Cell {
  if (typeof value === 'string') {
    if (formula)
      return numFmt ? { value, text: value, numFmt, formula } : { value, text: value, formula };
    return numFmt ? { value, text: value, numFmt } : { value, text: value };
  }
  if (formula) return numFmt ? { value, numFmt, formula } : { value, formula };
  return numFmt ? { value, numFmt } : { value };
}

export const NO_TEXT = 0;
export const V = 1;
export const F = 2;
const IS = 3;

/**
 * The sheet reader's general path: a worksheet part read from the scanner's calls, one per
 * tag and text (see SheetReader in xlsx-sheet.ts for what is read and its fast paths).
 */
export class SheetEvents implements XmlHandler {
  wantText = false;
  /** This sheet's cells, counted as the limits count them. */
  cells = 0;
  /** True once the workbook passed its cell limit: from then on only counting. */
  over = false;
  rows: Sheet['rows'] = [];
  readonly hiddenRows: number[] = [];
  /** Formula cells stored without a result, in reading order (sum-results.ts). */
  readonly noResult: Cell[] = [];
  readonly mergeRefs: string[] = [];
  readonly tableRids: string[] = [];

  protected row = 0;
  private rowHidden = false;
  protected rowTouched = false;
  private scratch: Array<Cell | undefined> = [];
  private scratchCount = 0;
  private scratchLength = 0;
  protected col = 0;
  protected cellRow = 0;
  protected inCell = false;
  private type: string | undefined;
  private style = 0;
  protected target = NO_TEXT;
  private v: string | undefined;
  /** A `<v>` read in place as a plain number (NaN when not), its text kept where it stands. */
  private vNumber = Number.NaN;
  private vSrc = '';
  private vFrom = 0;
  private vTo = 0;
  private f: string | undefined;
  protected fType: string | undefined;
  protected fRef: string | undefined;
  protected fSi: string | undefined;
  private readonly item = new StringItem();
  private inlineText: string | undefined;
  private readonly shared = new Map<string, SharedFormula>();
  /** Characters of shared formulas written out in this sheet (MAX_SLID_TEXT). */
  private slidHere = 0;

  constructor(protected readonly ctx: SheetContext) {}

  open(name: string, tag: Tag): void {
    if (this.inCell) {
      this.openInCell(name, tag);
      return;
    }
    switch (name) {
      case 'c':
        this.openCell(tag);
        break;
      case 'row':
        this.openRow(tag);
        break;
      case 'mergeCell': {
        const ref = tag.attr('ref');
        if (ref !== undefined) this.mergeRefs.push(ref);
        break;
      }
      case 'tablePart': {
        const rid = tag.attr('id');
        if (rid !== undefined) this.tableRids.push(rid);
        break;
      }
    }
  }

  close(name: string): void {
    if (!this.inCell) {
      if (name === 'row') this.closeRow();
      return;
    }
    switch (name) {
      case 'c':
        this.closeCell();
        break;
      case 'v':
      case 'f':
        this.target = NO_TEXT;
        this.wantText = false;
        break;
      case 'is':
        this.inlineText = this.item.take();
        this.target = NO_TEXT;
        this.wantText = false;
        break;
      default:
        if (this.target === IS) {
          this.item.close(name);
          this.wantText = this.item.wantText;
        }
    }
  }

  /**
   * A `<v>` that is a plain number is read where it stands; no string is made for it. Any other
   * text is decoded and goes the general way.
   */
  rawText(src: string, from: number, to: number): void {
    if (this.target === V && this.v === undefined && this.vNumber !== this.vNumber) {
      const n = plainNumber(src, from, to);
      if (n !== undefined) {
        this.vNumber = n;
        this.vSrc = src;
        this.vFrom = from;
        this.vTo = to;
        return;
      }
    }
    this.text(decodeXml(src.slice(from, to)));
  }

  text(text: string): void {
    if (this.target === V) {
      // More text after a number read in place (CDATA, say): the two as one text.
      if (this.vNumber === this.vNumber) this.v = this.vText();
      this.vNumber = Number.NaN;
      this.v = this.v === undefined ? text : this.v + text;
    } else if (this.target === F) this.f = this.f === undefined ? text : this.f + text;
    else if (this.target === IS) this.item.text(text);
  }

  protected openRow(tag: Attrs): void {
    let n = this.row + 1;
    let hidden = false;
    tag.rewind();
    while (tag.nextAttr()) {
      const { src, valueStart: from, valueEnd: to } = tag;
      if (tag.nameLength === 1 && tag.nameChar === 0x72 /* r */) {
        n = wholeNumber(src, from, to);
        if (n < 1 || n > MAX_ROW) throw new SheetDamage('address', src.slice(from, to));
      } else if (tag.nameLength === 6 && src.startsWith('hidden', tag.nameStart)) {
        hidden = xmlTrue(src.slice(from, to));
      }
    }
    this.startRow(n, hidden);
  }

  protected startRow(n: number, hidden: boolean): void {
    this.flushRow();
    this.row = n;
    this.col = 0;
    this.rowHidden = hidden;
    this.rowTouched = false;
  }

  protected closeRow(): void {
    this.flushRow();
    if (this.rowHidden && this.rowTouched) this.hiddenRows.push(this.row);
  }

  /** Ends the part: a last row whose close tag never came still counts. */
  finish(): void {
    this.flushRow();
  }

  protected openCell(tag: Attrs): void {
    this.cells++;
    if (++this.ctx.counted.cells > this.ctx.counted.max && !this.over) {
      this.over = true;
      this.rows = [];
    }
    // One pass over the attributes, read in place: this runs once per cell.
    let addressed = false;
    this.type = undefined;
    this.style = 0;
    tag.rewind();
    while (tag.nextAttr()) {
      if (tag.nameLength !== 1) continue;
      const { src, valueStart: from, valueEnd: to } = tag;
      if (tag.nameChar === 0x72 /* r */) {
        if (!this.parseRef(src, from, to)) throw new SheetDamage('address', src.slice(from, to));
        addressed = true;
      } else if (tag.nameChar === 0x74 /* t */) this.type = cellType(src, from, to);
      else if (tag.nameChar === 0x73 /* s */) this.style = Math.max(0, wholeNumber(src, from, to));
    }
    if (!addressed) {
      this.cellRow = this.row === 0 ? 1 : this.row;
      if (++this.col > MAX_COL) throw new SheetDamage('address', `R${this.cellRow}C${this.col}`);
    }
    this.inCell = true;
    this.v = undefined;
    this.vNumber = Number.NaN;
    this.f = undefined;
    this.fType = undefined;
    this.fRef = undefined;
    this.fSi = undefined;
    this.inlineText = undefined;
  }

  /** 'AB12' in src[from, to) into this.col and this.cellRow; false when it is no cell on the grid. */
  private parseRef(r: string, from: number, n: number): boolean {
    let col = 0;
    let i = from;
    for (; i < n; i++) {
      const c = r.charCodeAt(i) | 0x20;
      if (c < 0x61 || c > 0x7a) break;
      col = col * 26 + (c - 0x60);
    }
    if (i === from || i - from > 3 || i === n || n - i > 7) return false;
    let row = 0;
    for (; i < n; i++) {
      const d = r.charCodeAt(i) - 0x30;
      if (d < 0 || d > 9) return false;
      row = row * 10 + d;
    }
    if (row < 1 || row > MAX_ROW || col > MAX_COL) return false;
    this.col = col;
    this.cellRow = row;
    return true;
  }

  private openInCell(name: string, tag: Tag): void {
    if (this.target === IS) {
      this.item.open(name);
      this.wantText = this.item.wantText;
      return;
    }
    switch (name) {
      case 'v':
        this.target = V;
        this.wantText = true;
        break;
      case 'f':
        this.target = F;
        this.wantText = true;
        this.fType = tag.attr('t');
        this.fRef = tag.attr('ref');
        this.fSi = tag.attr('si');
        break;
      case 'is':
        this.target = IS;
        break;
    }
  }

  protected closeCell(): void {
    this.inCell = false;
    this.target = NO_TEXT;
    this.wantText = false;
    const formula = this.formula();
    const isFormula = formula !== undefined || this.fType !== undefined;
    let value: CellValue | undefined;
    // A formula stored without a result, as openpyxl writes them, or whose result Excel will
    // recalculate (recalcOnLoad); not an empty text result (t="str", as Google Sheets writes).
    let noResult = false;
    if (isFormula && this.ctx.recalcOnLoad === true) {
      value = null;
      noResult = true;
    } else if (isFormula) {
      const fast = this.vNumber;
      if (fast === fast && (this.type === undefined || this.type === 'n')) {
        value = this.fastNumber(fast);
      } else {
        const v = this.vText();
        value = v ? this.result(v) : null;
        noResult = !v && (this.type === undefined || this.type === 'n');
      }
    } else value = this.value();
    if (value === undefined) {
      // As ExcelJS counted rows: a cell without a value counts unless it carries a style.
      if (this.style === 0) this.rowTouched = true;
      return;
    }
    this.rowTouched = true;
    if (this.over) return;
    const cell = makeCell(value, this.ctx.styles.numFmt[this.style], formula);
    if (noResult) this.noResult.push(cell);
    this.put(cell);
  }

  /**
   * A cell of the row being read goes to a scratch row, copied to an array of its own size when
   * the row ends; a cell addressed to another row goes straight there.
   */
  protected put(cell: Cell): void {
    if (this.cellRow === this.row) {
      this.scratch[this.col - 1] = cell;
      this.scratchCount++;
      if (this.col > this.scratchLength) this.scratchLength = this.col;
      return;
    }
    (this.rows[this.cellRow - 1] ??= [])[this.col - 1] = cell;
  }

  /**
   * The row's cells into the grid. V8 gives an array grown cell by cell room for 17, so a
   * two-column row would carry 15 empty slots; a dense row is copied to its exact length, a
   * sparse one (a value in A and one in XFD) is kept as a sparse array.
   */
  private flushRow(): void {
    if (this.scratchCount === 0) return;
    const scratch = this.scratch;
    const length = this.scratchLength;
    const existing = this.rows[this.row - 1];
    if (!existing && length <= 2 * this.scratchCount + 8) {
      // Made at its length, the empty cells left holes (as a copy of a fresh array has them).
      const cells = new Array<Cell | undefined>(length);
      for (let i = 0; i < length; i++) {
        const cell = scratch[i];
        if (cell !== undefined) cells[i] = cell;
      }
      this.rows[this.row - 1] = cells;
    } else {
      // Only the cells the row holds are copied: a row with A and XFD is two cells, not 16.384.
      const cells = existing ?? [];
      for (const i of presentIndices(scratch, 0, length - 1)) cells[i] = scratch[i];
      this.rows[this.row - 1] = cells;
    }
    // The scratch row is emptied for the next row, not made anew: a fresh array grown cell by
    // cell is one more allocation of 17 slots for every row (a wide row's may be a dictionary:
    // that one is dropped).
    if (length <= 256) scratch.fill(undefined, 0, length);
    else this.scratch = [];
    this.scratchCount = 0;
    this.scratchLength = 0;
  }

  /** The cell's formula without '=', a shared one moved here from its master. */
  private formula(): string | undefined {
    const f = this.f;
    const own = f === undefined ? '' : f.charCodeAt(0) === 0x3d ? f.slice(1) : f;
    if (this.fType === 'shared' && this.fSi !== undefined) {
      if (this.fRef !== undefined && own !== '') {
        const kept = detach(own);
        this.shared.set(this.fSi, sharedFormula(kept, this.cellRow, this.col));
        return kept;
      }
      if (own === '') {
        const master = this.shared.get(this.fSi);
        if (!master) return undefined;
        const n = master.formula.length;
        if (this.slidHere + n > MAX_SLID_TEXT) return master.formula;
        this.slidHere += n;
        if ((this.ctx.slid = (this.ctx.slid ?? 0) + n) > MAX_SLID_WORKBOOK) {
          throw new FormulaTextLimit();
        }
        return slideFormula(master, { row: this.cellRow, col: this.col });
      }
    }
    return own === '' ? undefined : detach(own);
  }

  /** A formula's cached result in `<v>`, read by the cell's type. */
  private result(v: string): CellValue {
    switch (this.type) {
      case 'str':
      case 'inlineStr':
        return detach(v);
      case 'b':
        return booleanValue(v);
      case 'e':
        return { error: v.trim() };
      default:
        return this.number(v);
    }
  }

  /** The text of `<v>`, made only now if it was read in place as a number. */
  private vText(): string | undefined {
    if (this.vNumber !== this.vNumber) return this.v;
    return this.vSrc.slice(this.vFrom, this.vTo);
  }

  /** A plain cell's value, or undefined when it has none. */
  private value(): CellValue | undefined {
    const fast = this.vNumber;
    if (fast === fast) {
      // A plain number in `<v>`: the common cells need no text of it.
      if (this.type === undefined || this.type === 'n') return this.fastNumber(fast);
      if (this.type === 's') return this.sharedString(fast);
    }
    const v = this.vText();
    switch (this.type) {
      case 's': {
        if (v === undefined) return undefined;
        return this.sharedString(Number(v));
      }
      case 'inlineStr':
        return this.inlineText ?? (v === undefined ? undefined : detach(v));
      case 'str':
        return v === undefined ? undefined : detach(v);
      case 'b':
        return v === undefined ? undefined : booleanValue(v);
      case 'e':
        return v === undefined ? undefined : { error: v.trim() };
      case 'd':
        return v === undefined ? undefined : (isoDate(v) ?? detach(v));
      default:
        return v === undefined ? undefined : this.number(v);
    }
  }

  private sharedString(index: number): string {
    const s = this.ctx.strings[index];
    if (s === undefined) throw new SheetDamage('string', this.ref());
    return s;
  }

  /** As `number`, for a value read in place: its text is made only for a date out of range. */
  private fastNumber(n: number): CellValue {
    if (this.ctx.styles.isDate[this.style] !== true) return n;
    return excelDate(n, this.ctx.date1904) ?? this.vText()!;
  }

  private number(v: string): CellValue {
    const value = numberValue(v, this.ctx.styles.isDate[this.style] === true, this.ctx.date1904);
    return typeof value === 'string' ? detach(value) : value;
  }

  private ref(): string {
    let s = '';
    for (let n = this.col; n > 0; n = Math.floor((n - 1) / 26)) {
      s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    }
    return `${s}${this.cellRow}`;
  }
}
