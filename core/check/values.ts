import { a1, cellAt, isBlank, type Sheet } from '../grid';
import { say, type Lang } from '../i18n';
import {
  detectStyle,
  isDateFormat,
  parseAmount,
  readFormat,
  readPlainInto,
  type Amount,
  type Fixed,
  type FixedCount,
  type ParseResult,
  type Unit,
} from '../numbers';
import { isTotalLabel, type ColumnRole, type DetectedColumn, type DetectedTable } from '../detect';
import type { Finding } from '../report';

/** Columns whose cells are numbers (amounts, person-years, counts, percentages). */
const NUMERIC: ReadonlySet<ColumnRole> = new Set<ColumnRole>([
  'value',
  'year',
  'target',
  'result',
  'share',
  'targetGroup',
  'adopted',
  'supplements',
  'corrected',
  'actual',
  'deviation',
]);

export function isNumericColumn(c: DetectedColumn): boolean {
  return NUMERIC.has(c.role);
}

const MONEY_UNITS: ReadonlySet<string> = new Set(['kr', '1.000 kr.', 'mio. kr.']);
const BUDGET_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>([
  'adopted',
  'supplements',
  'corrected',
  'actual',
  'deviation',
]);
/** Headers that say money: 'Beløb', 'Amount', 'Pris', 'Cost', 'Udgift', a currency. */
const MONEY_HEADER =
  /(?<!\p{L})(?:beløb|amount|kroner|kr\.?|dkk|eur|usd|nok|sek|pris|price|cost|costs|kosten|coût|coste|costo|udgift|udgifter|expense|expenses|budget)(?!\p{L})|[€$£¥]/iu;

/** A column that is clearly an amount column: text in it is a stray note worth a warning. */
function isAmountColumn(c: DetectedColumn): boolean {
  return (
    (c.unit !== null && MONEY_UNITS.has(c.unit)) ||
    BUDGET_ROLES.has(c.role) ||
    MONEY_HEADER.test(c.header)
  );
}

/** #REF!, #NAME?, #VALUE!, #NULL!: the arithmetic is broken; #DIV/0! and #N/A may be expected. */
function brokenReference(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  return /^#(?:REF!|NAME\?|VALUE!|NULL!)$/i.test(String((value as { error: unknown }).error));
}

/** A dash in a numeric column means nothing there, as in published tables. */
const DASH = /^\s*[-–—]\s*$/;

/** A plain number or plain Danish text, read by the integer fast path (core/numbers `Fixed`). */
export interface PlainValue {
  readonly fixed: Fixed;
  /** The unit it carries: its number format's, else its column's. */
  unit: Unit | null;
  source: 'number' | 'text';
}

/** A plain cell's count and unit, as `TableValues.plainInto` writes them. */
export interface PlainCount {
  units: number;
  scale: number;
  unit: Unit | null;
}

/** Every numeric cell of a table read once: its amount, or why it could not be read. */
export interface TableValues {
  /** The amount at (row, col); null for a blank or unreadable cell. */
  at(row: number, col: number): Amount | null;
  /**
   * The cell as a count, when it is a plain number or plain text: what `at` gives, without
   * making a decimal (budget tables of 100.000 lines are summed from these).
   */
  plain(row: number, col: number): PlainValue | undefined;
  /** `plain` written into `into` (true), with no object made; false where `plain` is undefined. */
  plainInto(row: number, col: number, into: PlainCount): boolean;
  /** Whether the cell held something that is not a readable number. */
  unreadable(row: number, col: number): boolean;
  /** Whether the cell is a formula saved without its result: its value is not known. */
  unknown(row: number, col: number): boolean;
  /** Whether any cell of the column is unreadable (or unknown): when none, no cell need be asked. */
  anyUnreadable(col: number): boolean;
  findings: Finding[];
}

/** One column's amounts by sheet row: sparse arrays stay fast where big numeric keys do not. */
interface ColumnCells {
  unit: Unit | undefined;
  style: 'da' | 'en' | undefined;
  amounts: Array<Amount | undefined>;
  /**
   * Plain cells as numbers, no object per cell (100.000s of them live through the whole
   * check): the count, and its scale (plus TEXT for text). Their unit, and their Amount when
   * asked for, are read again from the cell.
   */
  counts: Float64Array | number[];
  /** The scale plus TEXT for text; -1 (typed) or undefined (sparse) where no plain cell is. */
  scales: Int8Array | number[];
  /** The sheet row of index 0 in counts and scales. */
  first: number;
  bad: Array<true | undefined>;
  unknown: Array<true | undefined>;
}

/** A plain cell as asked for: its own `Fixed`, so one object is made per question, not two. */
class PlainRead implements PlainValue, Fixed {
  constructor(
    readonly units: number,
    readonly scale: number,
    readonly unit: Unit | null,
    readonly source: 'number' | 'text',
  ) {}

  get fixed(): Fixed {
    return this;
  }
}

/** Added to a plain text's scale (a scale is at most 15). */
const TEXT = 16;

function finding(
  table: DetectedTable,
  c: DetectedColumn,
  row: number,
  read: Extract<ParseResult, { ok: false }>,
  lang: Lang,
  value: unknown,
): Finding {
  const header = c.header.trim();
  const intro =
    header === ''
      ? { da: '', en: '' }
      : { da: `Kolonnen "${header}": `, en: `Column "${header}": ` };
  // Only a wrong number is an error: unreadable text is a stray note (a warning) in an amount
  // column and merely information elsewhere; an Excel error value is broken arithmetic.
  const severity =
    read.reason === 'error-value'
      ? isAmountColumn(c) || brokenReference(value)
        ? 'error'
        : 'warning'
      : read.reason === 'ambiguous' || isAmountColumn(c)
        ? 'warning'
        : 'info';
  return {
    severity,
    code:
      read.reason === 'ambiguous'
        ? 'AMBIGUOUS_NUMBER'
        : read.reason === 'error-value'
          ? 'FORMULA_ERROR'
          : 'UNREADABLE_VALUE',
    sheet: table.sheet,
    cell: a1(row, c.col),
    expected: null,
    actual: null,
    message: say({ da: intro.da + read.message.da, en: intro.en + read.message.en }, lang),
  };
}

const DIGIT = /\d/;

/** A cell's finding, with its row; `heading`: words only (no digit), above its column's numbers. */
interface CellNote {
  finding: Finding;
  row: number;
  heading: boolean;
}

/**
 * Words in a number column that label their row: 'Total' or 'I alt' beside the sum,
 * 'Wochenstunden:' before it. No one meant them as numbers; a note saying they are none would
 * be noise. (With a digit, 'I alt 400', the text may be a number typed with its label.)
 */
function isRowLabel(text: string): boolean {
  const t = text.trim();
  return t.endsWith(':') || isTotalLabel(t);
}

/** A column's own header written again in it: a header repeated down the table ('HOURS'). */
function repeatsHeader(text: string, c: DetectedColumn): boolean {
  const header = c.header.trim();
  return header !== '' && text.trim().toLowerCase() === header.toLowerCase();
}

/**
 * Adds the notes to `findings`, less those of a header row inside the table (a second header
 * row, or the header below a title taken for it): words in two or more of its number columns
 * above any of their numbers. A stray word in an amount column is a warning and stays: it
 * stops the total over it being judged.
 */
function addNotes(findings: Finding[], notes: readonly CellNote[]): void {
  const headings = new Map<number, number>();
  for (const n of notes) if (n.heading) headings.set(n.row, (headings.get(n.row) ?? 0) + 1);
  // A loop, not push(...): a damaged sheet may carry a note on every one of a million rows.
  for (const n of notes) {
    if (n.heading && n.finding.severity === 'info' && headings.get(n.row)! >= 2) continue;
    findings.push(n.finding);
  }
}

/** A digit, a separator, a digit: text that may tell the style (made once, not per cell). */
const DECIMAL_MARK = /\d[.,]\d/;

interface RowSpan {
  first: number;
  last: number;
  count: number;
}

/** The first and last sheet row of a table's rows, and how many rows it has. */
function rowSpan(table: DetectedTable): RowSpan {
  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < table.rows.length; i++) {
    const row = table.rows[i]!.row;
    if (row < first) first = row;
    if (row > last) last = row;
  }
  return { first, last, count: table.rows.length };
}

/**
 * Where a column's plain counts are kept: typed arrays over the table's rows (9 bytes a row,
 * nothing to grow) when they lie close together, as they do; sparse arrays by sheet row when
 * a footnote far below spreads them out (a typed array would span the gap).
 */
function plainStore(span: RowSpan): Pick<ColumnCells, 'counts' | 'scales' | 'first'> {
  const length = span.last - span.first + 1;
  if (!(length > 0) || length > 4 * span.count + 1024) {
    return { counts: [], scales: [], first: 0 };
  }
  return {
    counts: new Float64Array(length),
    scales: new Int8Array(length).fill(-1),
    first: span.first,
  };
}

const COLUMN_STYLE_SAMPLE = 1000;

/**
 * A column's own values decide how its numbers are written ('1.234,5' beside '12.400'); the
 * workbook's majority only when they cannot tell.
 */
function columnStyle(sheet: Sheet, table: DetectedTable, col: number): 'da' | 'en' | undefined {
  const texts: string[] = [];
  // A column writes its numbers one way: a sample decides as well as 100.000 cells.
  for (let i = 0; i < table.rows.length && texts.length < COLUMN_STYLE_SAMPLE; i++) {
    const v = cellAt(sheet, table.rows[i]!.row, col)?.value;
    if (typeof v === 'string' && DECIMAL_MARK.test(v)) texts.push(v);
  }
  return detectStyle(texts);
}

export function readTableValues(
  sheet: Sheet,
  table: DetectedTable,
  style: 'da' | 'en' | undefined,
  lang: Lang,
): TableValues {
  const findings: Finding[] = [];
  const notes: CellNote[] = [];
  const columns = table.columns.filter(isNumericColumn);
  const byCol = new Map<number, ColumnCells>();
  const fast: FixedCount = { units: 0, scale: 0 };
  const span = rowSpan(table);
  for (const c of columns) {
    const unit = c.unit ?? undefined;
    const own = columnStyle(sheet, table, c.col) ?? style;
    const cells: ColumnCells = {
      unit,
      style: own,
      amounts: [],
      ...plainStore(span),
      bad: [],
      unknown: [],
    };
    byCol.set(c.col, cells);
    // Whether a number has been read in this column yet: words above the first are headings.
    let numbered = false;
    // Indexed, not for…of: this loop runs once per cell of the table.
    for (let i = 0; i < table.rows.length; i++) {
      const r = table.rows[i]!;
      const cell = cellAt(sheet, r.row, c.col);
      // A formula saved without its result (openpyxl writes no results) has a value we do not
      // know: it is not 0, so totals over it are not judged, and it is no mistake either. Its
      // row looks like a heading to the layout, so it is noted before headings are passed over.
      if (cell?.formula !== undefined && cell.value === null) {
        cells.bad[r.row] = true;
        cells.unknown[r.row] = true;
        continue;
      }
      if (r.role === 'group' || r.role === 'footnote') continue;
      if (isBlank(cell)) continue;
      const value = cell!.value;
      if (typeof value === 'string' && DASH.test(value)) continue;
      // A date (or a serial shown as one) is not an amount and not a mistake either.
      if (value instanceof Date || (typeof value === 'number' && isDateFormat(cell!.numFmt)))
        continue;
      // Written into one scratch count: no object per cell of a 100.000-line column.
      if (readPlainInto(value, cell!.numFmt, fast)) {
        numbered = true;
        cells.counts[r.row - cells.first] = fast.units;
        cells.scales[r.row - cells.first] = fast.scale + (typeof value === 'string' ? TEXT : 0);
        continue;
      }
      const read = parseAmount(value, { unit, style: own, numFmt: cell!.numFmt });
      if (read.ok) {
        numbered = true;
        cells.amounts[r.row] = read.amount;
      } else {
        cells.bad[r.row] = true;
        const words = typeof value === 'string' && !DIGIT.test(value);
        if (words && (isRowLabel(value) || repeatsHeader(value, c))) continue;
        const heading = words && !numbered;
        notes.push({ finding: finding(table, c, r.row, read, lang, value), row: r.row, heading });
      }
    }
  }
  addNotes(findings, notes);
  // A column has one or two number formats: the last one's unit is kept, not looked up per cell.
  let lastFormat: string | undefined;
  let lastUnit: Unit | null = null;
  const formatUnit = (numFmt: string | undefined): Unit | null => {
    if (numFmt !== lastFormat) {
      lastFormat = numFmt;
      lastUnit = readFormat(numFmt).unit;
    }
    return lastUnit;
  };
  const plainInto = (row: number, col: number, into: PlainCount): boolean => {
    const cells = byCol.get(col);
    if (!cells) return false;
    const s = cells.scales[row - cells.first];
    if (s === undefined || s < 0) return false;
    const text = s >= TEXT;
    // A number's format names its unit, else the column's applies (as parseAmount reads it).
    const own = text ? null : formatUnit(cellAt(sheet, row, col)?.numFmt);
    into.units = cells.counts[row - cells.first]!;
    into.scale = text ? s - TEXT : s;
    into.unit = own ?? cells.unit ?? null;
    return true;
  };
  const plain = (row: number, col: number): PlainValue | undefined => {
    const read: PlainCount = { units: 0, scale: 0, unit: null };
    if (!plainInto(row, col, read)) return undefined;
    const cells = byCol.get(col)!;
    const text = cells.scales[row - cells.first]! >= TEXT;
    return new PlainRead(read.units, read.scale, read.unit, text ? 'text' : 'number');
  };
  const at = (row: number, col: number): Amount | null => {
    const cells = byCol.get(col);
    if (!cells) return null;
    const known = cells.amounts[row];
    if (known) return known;
    const s = cells.scales[row - cells.first];
    if (s === undefined || s < 0) return null;
    const cell = cellAt(sheet, row, col)!;
    // A plain cell always reads (a property test holds the fast path to parseAmount).
    const read = parseAmount(cell.value, {
      unit: cells.unit,
      style: cells.style,
      numFmt: cell.numFmt,
    });
    if (!read.ok) return null;
    cells.amounts[row] = read.amount;
    return read.amount;
  };
  return {
    at,
    plain,
    plainInto,
    unreadable: (row, col) => byCol.get(col)?.bad[row] === true,
    unknown: (row, col) => byCol.get(col)?.unknown[row] === true,
    anyUnreadable: (col) => (byCol.get(col)?.bad.length ?? 0) > 0,
    findings,
  };
}
