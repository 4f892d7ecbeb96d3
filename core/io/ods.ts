import { SaxesParser } from 'saxes';
import {
  formatRange,
  type Cell,
  type CellValue,
  type NamedRange,
  type Sheet,
  type Workbook,
} from '../grid';
import { ok, type Result } from '../i18n';
import { encryptedOds } from './format-messages';
import { readLimits, type ReadLimits } from './limits';
import { entryBytes } from './inflate';
import { inflateEntryStreamed } from './inflate-stream';
import {
  DAMAGE,
  damagedWorkbook,
  duplicatePart,
  notAWorkbook,
  partTooLarge,
  sizeLies,
  tooManyCells,
  zipBomb,
} from './messages';
import { splitSheetRange } from './names';
import { odsAddress, odsFormula } from './ods-formula';
import { OdsStyles } from './ods-styles';
import { partsOf } from './opc';
import { readZipDirectory, type ZipEntry } from './zip-directory';

/** Excel's grid: content past it cannot be in an .xlsx twin, and is not read. */
const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

/** One sheet as it is read: cells only where there are values, repeats never expanded empty. */
class SheetBuilder {
  readonly rows: Sheet['rows'] = [];
  readonly merges: string[] = [];
  private readonly hiddenSpans: Array<[number, number]> = [];
  rowCount = 0;
  colCount = 0;
  cells = 0;
  row = 0; // 0-based row of the current table-row
  col = 0; // 0-based column of the next cell
  rowRepeat = 1;
  private rowCells: Array<{ col: number; cell: Cell; repeat: number }> = [];

  constructor(
    readonly name: string,
    readonly hidden: boolean,
    private readonly budget: { left: number },
  ) {}

  startRow(repeat: number, hidden: boolean): void {
    this.col = 0;
    this.rowRepeat = repeat;
    this.rowCells = [];
    if (hidden) this.hiddenSpans.push([this.row + 1, this.row + repeat]);
  }

  /** A cell with content at the current column, repeated `repeat` times along the row. */
  addCell(cell: Cell, repeat: number): void {
    if (this.col < MAX_COLS) this.rowCells.push({ col: this.col, cell, repeat });
  }

  endRow(): void {
    if (this.rowCells.length > 0) {
      const rows = Math.min(this.rowRepeat, MAX_ROWS - this.row);
      for (let r = 0; r < rows; r++) {
        const cells: Array<Cell | undefined> = [];
        for (const { col, cell, repeat } of this.rowCells) {
          const n = Math.min(repeat, MAX_COLS - col);
          // Counted before they are made: a repeat cannot allocate past the cell limit.
          this.budget.left -= n;
          this.cells += n;
          if (this.budget.left < 0) continue; // past the limit: only counted, for the message
          for (let k = 0; k < n; k++) cells[col + k] = k === 0 ? cell : { ...cell };
          this.colCount = Math.max(this.colCount, col + n);
        }
        if (this.budget.left < 0) continue;
        this.rows[this.row + r] = cells;
        this.rowCount = this.row + r + 1;
      }
    }
    this.row = Math.min(this.row + this.rowRepeat, MAX_ROWS);
  }

  build(): Sheet {
    const sheet: Sheet = {
      name: this.name,
      rows: this.rows,
      rowCount: this.rowCount,
      colCount: this.colCount,
      merges: this.merges,
    };
    if (this.hidden) sheet.hidden = true;
    // Only hidden rows up to the last one read: LibreOffice hides a million empty rows at once.
    const hiddenRows: number[] = [];
    for (const [from, to] of this.hiddenSpans)
      for (let r = from; r <= Math.min(to, this.rowCount); r++) hiddenRows.push(r);
    if (hiddenRows.length > 0) sheet.hiddenRows = hiddenRows;
    return sheet;
  }
}

function utcDate(iso: string): Date | null {
  const m = /^(-?\d{4,})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2})(\.\d+)?)?/.exec(iso);
  if (!m) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = ''] = m;
  const ms = frac === '' ? 0 : Math.round(Number(frac) * 1000);
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), +h, +mi, +s, ms));
  return Number.isNaN(date.getTime()) ? null : date;
}

/** 'PT12H30M15S' as Excel keeps a time: a fraction of a day. */
function dayFraction(duration: string): number | null {
  const m = /^-?P(?:(\d+)D)?T?(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?$/.exec(duration);
  if (!m) return null;
  const [, d = '0', h = '0', mi = '0', s = '0'] = m;
  return (Number(d) * 86400 + Number(h) * 3600 + Number(mi) * 60 + Number(s)) / 86400;
}

function finite(text: string | undefined): number | null {
  const n = Number(text);
  return text !== undefined && text.trim() !== '' && Number.isFinite(n) ? (n === 0 ? 0 : n) : null;
}

const FALLBACK_FORMAT: Record<string, string> = {
  percentage: '0%',
  currency: '#,##0.00',
  date: 'yyyy-mm-dd',
  time: 'hh:mm:ss',
};

/** A cell's value from its attributes and displayed text; undefined for an empty cell. */
function cellOf(a: Record<string, string>, text: string, styles: OdsStyles): Cell | undefined {
  const type = a['office:value-type'];
  const formula = a['table:formula'];
  if (type === undefined && formula === undefined) return undefined;
  let value: CellValue;
  if (a['calcext:value-type'] === 'error') value = { error: text.trim() || '#VALUE!' };
  else if (type === 'float' || type === 'percentage' || type === 'currency')
    value = finite(a['office:value']);
  else if (type === 'date') value = utcDate(a['office:date-value'] ?? '');
  else if (type === 'time') value = dayFraction(a['office:time-value'] ?? '');
  else if (type === 'boolean') value = a['office:boolean-value'] === 'true';
  else if (type === 'string') value = a['office:string-value'] ?? text;
  else value = text === '' ? null : text;
  if (value === '' && formula === undefined) return undefined;
  const cell: Cell = { value };
  if (typeof value === 'string') cell.text = value;
  const numFmt =
    type === 'string' || type === 'boolean'
      ? undefined
      : (styles.formatOf(a['table:style-name']) ?? FALLBACK_FORMAT[type ?? '']);
  if (numFmt !== undefined) cell.numFmt = numFmt;
  if (formula !== undefined) cell.formula = odsFormula(formula);
  return cell;
}

function repeat(a: Record<string, string>, key: string): number {
  const n = Number(a[key] ?? 1);
  return Number.isInteger(n) && n >= 1 ? n : 1;
}

/**
 * Spaces that text:s elements may add in a whole workbook. Each asks for up to `text:c`
 * spaces (capped at 1.000): 20.000 cells of 50 such elements made a gigabyte of spaces from an
 * 83 KB file. Past the budget each adds one space, so words stay apart.
 */
const SPACES_BUDGET = 16_000_000;

/** Text inside a cell: paragraphs on lines, text:s as spaces, text:tab as a tab. */
class CellText {
  active = false;
  private spacesLeft = SPACES_BUDGET;
  private parts: string[] = [];
  private paragraphs = 0;
  start(): void {
    this.active = true;
    this.parts = [];
    this.paragraphs = 0;
  }
  open(tag: string, a: Record<string, string>): void {
    // A note's paragraphs and spaces are no more the cell's text than its words (chars).
    if (!this.active || this.annotation > 0) return;
    if (tag === 'text:p' && this.paragraphs++ > 0) this.parts.push('\n');
    else if (tag === 'text:s') {
      const n = Math.max(1, Math.min(repeat(a, 'text:c'), 1000, this.spacesLeft));
      this.spacesLeft -= n;
      this.parts.push(' '.repeat(n));
    } else if (tag === 'text:tab') this.parts.push('\t');
    else if (tag === 'text:line-break') this.parts.push('\n');
  }
  chars(t: string): void {
    // Notes (office:annotation) are not the cell's text.
    if (this.active && this.annotation === 0) this.parts.push(t);
  }
  annotation = 0;
  end(): string {
    this.active = false;
    return this.parts.join('');
  }
}

interface Parsed {
  sheets: Sheet[];
  names: NamedRange[];
  cells: Array<{ sheet: string; cells: number }>;
}

/** content.xml's reader: its text is written in pieces as the part is unpacked, never whole. */
interface ContentParser {
  write(text: string): void;
  close(): Parsed;
}

function contentParser(styles: OdsStyles, maxCells: number): ContentParser {
  const parser = new SaxesParser({ xmlns: false, position: false });
  const budget = { left: maxCells };
  const sheets: Sheet[] = [];
  const names: NamedRange[] = [];
  const cells: Parsed['cells'] = [];
  const text = new CellText();
  let sheet: SheetBuilder | undefined;
  let cellAttrs: Record<string, string> | undefined;
  let inStyles = 0;
  const addName = (
    name: string | undefined,
    address: string | undefined,
    kind: NamedRange['kind'],
  ) => {
    if (!name || !address || name.startsWith('__Anonymous')) return;
    // A list of ranges is separated by spaces outside quoted sheet names; the first is kept.
    const first = /^(?:'[^']*(?:''[^']*)*'|[^ '])*/.exec(address)![0];
    const where = splitSheetRange(odsAddress(first));
    if (where) names.push({ name, ...where, kind });
  };
  parser.on('opentag', (tag) => {
    const name = tag.name;
    const a = tag.attributes as Record<string, string>;
    if (name === 'office:automatic-styles') inStyles++;
    if (inStyles > 0) return styles.open(name, a);
    if (name === 'table:table') {
      sheet = new SheetBuilder(
        a['table:name'] ?? `Ark${sheets.length + 1}`,
        styles.hiddenTables.has(a['table:style-name'] ?? ''),
        budget,
      );
    } else if (!sheet) {
      if (name === 'table:named-range')
        addName(a['table:name'], a['table:cell-range-address'], 'name');
      else if (name === 'table:database-range')
        addName(a['table:name'], a['table:target-range-address'], 'table');
    } else if (name === 'table:table-row') {
      const v = a['table:visibility'];
      sheet.startRow(repeat(a, 'table:number-rows-repeated'), v === 'collapse' || v === 'filter');
    } else if (name === 'table:table-cell' || name === 'table:covered-table-cell') {
      cellAttrs = a;
      text.start();
      if (name === 'table:table-cell') {
        const across = repeat(a, 'table:number-columns-spanned');
        const down = repeat(a, 'table:number-rows-spanned');
        if ((across > 1 || down > 1) && sheet.col < MAX_COLS && sheet.row < MAX_ROWS) {
          const range = {
            top: sheet.row + 1,
            left: sheet.col + 1,
            bottom: Math.min(sheet.row + down, MAX_ROWS),
            right: Math.min(sheet.col + across, MAX_COLS),
          };
          sheet.merges.push(formatRange(range));
        }
      } else cellAttrs = undefined; // only a merge's top-left cell holds its value
    } else if (name === 'office:annotation') text.annotation++;
    else text.open(name, a);
  });
  parser.on('text', (t) => (inStyles > 0 ? styles.chars(t) : text.chars(t)));
  parser.on('closetag', (tag) => {
    const name = tag.name;
    if (inStyles > 0) {
      if (name === 'office:automatic-styles') inStyles--;
      else styles.close(name);
      return;
    }
    if (!sheet) return;
    if (name === 'office:annotation') text.annotation--;
    else if (name === 'table:table-cell' || name === 'table:covered-table-cell') {
      const cellText = text.end();
      const n = repeat(tag.attributes as Record<string, string>, 'table:number-columns-repeated');
      const cell = cellAttrs && cellOf(cellAttrs, cellText, styles);
      if (cell) sheet.addCell(cell, n);
      sheet.col += n;
      cellAttrs = undefined;
    } else if (name === 'table:table-row') sheet.endRow();
    else if (name === 'table:table') {
      sheets.push(sheet.build());
      cells.push({ sheet: sheet.name, cells: sheet.cells });
      sheet = undefined;
    }
  });
  return {
    write: (text) => void parser.write(text),
    close: () => {
      parser.close();
      return { sheets, names, cells };
    },
  };
}

function parseStyles(xml: string, styles: OdsStyles): void {
  const parser = new SaxesParser({ xmlns: false, position: false });
  parser.on('opentag', (tag) => styles.open(tag.name, tag.attributes as Record<string, string>));
  parser.on('text', (t) => styles.chars(t));
  parser.on('closetag', (tag) => styles.close(tag.name));
  parser.write(xml).close();
}

const PARTS = ['META-INF/manifest.xml', 'styles.xml', 'content.xml'];

/** The parts read, or the refusal of a part past the limits, in the zip's order. */
function partsWithin(
  entries: readonly ZipEntry[],
  name: string,
  limits: ReadLimits,
): Map<string, ZipEntry> | Result<Workbook> {
  const parts = partsOf(entries);
  if (parts.duplicate !== undefined) return duplicatePart(name, parts.duplicate);
  const wanted = new Map<string, ZipEntry>();
  for (const part of PARTS) {
    const entry = parts.get(part);
    if (entry) wanted.set(part, entry);
  }
  for (const entry of entries) {
    const part = PARTS.find((p) => wanted.get(p) === entry);
    if (part === undefined) continue;
    const size = entry.uncompressedSize;
    const ratio = size / Math.max(1, entry.compressedSize);
    if (size > limits.maxPartBytes)
      return partTooLarge(name, part, undefined, size, limits.maxPartBytes);
    if (size > 1_000_000 && ratio > limits.maxRatio)
      return zipBomb(name, part, undefined, Math.round(ratio), limits.maxRatio);
  }
  return wanted;
}

/**
 * Reads an OpenDocument spreadsheet (.ods, as LibreOffice writes it) into the grid model:
 * values with their number formats, formulas in A1 notation, merges, hidden sheets and rows,
 * named and database ranges. Repeated rows and columns are never expanded where they are empty
 * (LibreOffice writes a million of each), and the cells made count against the cell limit.
 * content.xml (39 MB for 100.000 lines) is parsed as it is unpacked, never held whole.
 */
export async function readOds(
  bytes: Uint8Array,
  name: string,
  changes: Partial<ReadLimits> = {},
): Promise<Result<Workbook>> {
  const limits = readLimits(changes);
  const entries = readZipDirectory(bytes);
  if (!entries) return damagedWorkbook(name, DAMAGE.unzip);
  const parts = partsWithin(entries, name, limits);
  if (!(parts instanceof Map)) return parts;
  const small = (part: string): string | undefined | null => {
    const entry = parts.get(part);
    if (!entry) return undefined;
    const data = entryBytes(bytes, entry);
    return data ? new TextDecoder('utf-8').decode(data) : null;
  };
  const manifest = small('META-INF/manifest.xml');
  const common = small('styles.xml');
  const content = parts.get('content.xml');
  if (manifest === null || common === null) return damagedWorkbook(name, DAMAGE.unzip);
  if (/<manifest:encryption-data/.test(manifest ?? '')) return encryptedOds(name);
  if (!content) return notAWorkbook(name);
  const styles = new OdsStyles();
  // The part being parsed, to name in the message: the parser's own words are not the user's.
  let part = 'styles.xml';
  try {
    if (common !== undefined) parseStyles(common, styles);
    part = 'content.xml';
    const parser = contentParser(styles, limits.maxCells);
    const decoder = new TextDecoder('utf-8');
    const outcome = await inflateEntryStreamed(bytes, content, (chunk) =>
      parser.write(decoder.decode(chunk, { stream: true })),
    );
    if (outcome === 'longer') return sizeLies(name, part, undefined);
    if (outcome !== 'complete') return damagedWorkbook(name, DAMAGE.unzip);
    parser.write(decoder.decode());
    const { sheets, names, cells } = parser.close();
    if (sheets.length === 0) return notAWorkbook(name);
    const total = cells.reduce((n, c) => n + c.cells, 0);
    if (total > limits.maxCells) {
      const largest = [...cells].sort((a, b) => b.cells - a.cells).slice(0, 3);
      return tooManyCells(name, total, limits.maxCells, largest);
    }
    return ok({ name, sheets, names });
  } catch {
    return damagedWorkbook(name, DAMAGE.part(part));
  }
}
