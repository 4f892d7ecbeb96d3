import { a1, cellAt, isBlank, type Sheet } from '../grid';
import { say, type Lang } from '../i18n';
import { parseAmount, type Amount } from '../numbers';
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

function key(row: number, col: number): number {
  return row * 16_384 + col;
}

export function readTableValues(
  sheet: Sheet,
  table: DetectedTable,
  style: 'da' | 'en' | undefined,
  lang: Lang,
): TableValues {
  const amounts = new Map<number, Amount>();
  const bad = new Set<number>();
  const findings: Finding[] = [];
  const columns = table.columns.filter(isNumericColumn);
  for (const r of table.rows) {
    if (r.role === 'group' || r.role === 'footnote') continue;
    for (const c of columns) {
      const cell = cellAt(sheet, r.row, c.col);
      if (isBlank(cell) || (typeof cell?.value === 'string' && DASH.test(cell.value))) {
        continue;
      }
      const read = parseAmount(cell!.value, {
        unit: c.unit ?? undefined,
        style,
        numFmt: cell!.numFmt,
      });
      if (read.ok) {
        amounts.set(key(r.row, c.col), read.amount);
        continue;
      }
      bad.add(key(r.row, c.col));
      const where = a1(r.row, c.col);
      const header = c.header.trim();
      const intro =
        header === ''
          ? { da: '', en: '' }
          : { da: `Kolonnen "${header}": `, en: `Column "${header}": ` };
      const message = say({ da: intro.da + read.message.da, en: intro.en + read.message.en }, lang);
      findings.push({
        severity: read.reason === 'ambiguous' ? 'warning' : 'error',
        code:
          read.reason === 'ambiguous'
            ? 'AMBIGUOUS_NUMBER'
            : read.reason === 'error-value'
              ? 'FORMULA_ERROR'
              : 'UNREADABLE_VALUE',
        sheet: table.sheet,
        cell: where,
        expected: null,
        actual: null,
        message,
      });
    }
  }
  return {
    at: (row, col) => amounts.get(key(row, col)) ?? null,
    unreadable: (row, col) => bad.has(key(row, col)),
    findings,
  };
}
