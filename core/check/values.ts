import { a1, cellAt, isBlank, type Sheet } from '../grid';
import { say, type Lang } from '../i18n';
import { parseAmount, type Amount, type ParseResult } from '../numbers';
import type { ColumnRole, DetectedColumn, DetectedTable } from '../detect';
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

/** A dash in a numeric column means nothing there, as in published tables. */
const DASH = /^\s*[-–—]\s*$/;

/** Every numeric cell of a table read once: its amount, or why it could not be read. */
export interface TableValues {
  /** The amount at (row, col); null for a blank or unreadable cell. */
  at(row: number, col: number): Amount | null;
  /** Whether the cell held something that is not a readable number. */
  unreadable(row: number, col: number): boolean;
  findings: Finding[];
}

/** One column's amounts by sheet row: sparse arrays stay fast where big numeric keys do not. */
interface ColumnCells {
  amounts: Array<Amount | undefined>;
  bad: Array<true | undefined>;
}

function finding(
  table: DetectedTable,
  c: DetectedColumn,
  row: number,
  read: Extract<ParseResult, { ok: false }>,
  lang: Lang,
): Finding {
  const header = c.header.trim();
  const intro =
    header === ''
      ? { da: '', en: '' }
      : { da: `Kolonnen "${header}": `, en: `Column "${header}": ` };
  return {
    severity: read.reason === 'ambiguous' ? 'warning' : 'error',
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

export function readTableValues(
  sheet: Sheet,
  table: DetectedTable,
  style: 'da' | 'en' | undefined,
  lang: Lang,
): TableValues {
  const findings: Finding[] = [];
  const columns = table.columns.filter(isNumericColumn);
  const byCol = new Map<number, ColumnCells>();
  for (const c of columns) {
    const cells: ColumnCells = { amounts: [], bad: [] };
    byCol.set(c.col, cells);
    const unit = c.unit ?? undefined;
    // Indexed, not for…of: this loop runs once per cell of the table.
    for (let i = 0; i < table.rows.length; i++) {
      const r = table.rows[i]!;
      if (r.role === 'group' || r.role === 'footnote') continue;
      const cell = cellAt(sheet, r.row, c.col);
      if (isBlank(cell)) continue;
      const value = cell!.value;
      if (typeof value === 'string' && DASH.test(value)) continue;
      const read = parseAmount(value, { unit, style, numFmt: cell!.numFmt });
      if (read.ok) cells.amounts[r.row] = read.amount;
      else {
        cells.bad[r.row] = true;
        findings.push(finding(table, c, r.row, read, lang));
      }
    }
  }
  return {
    at: (row, col) => byCol.get(col)?.amounts[row] ?? null,
    unreadable: (row, col) => byCol.get(col)?.bad[row] === true,
    findings,
  };
}
