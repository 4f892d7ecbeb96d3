import { a1, type Sheet } from '../grid';
import {
  FixedMoneyCell,
  moneyUnitOf,
  type BudgetColumn,
  type BudgetColumnRole,
  type BudgetTable,
  type CellCount,
  type GridBudgetTable,
  type MoneyCell,
} from '../budget';
import {
  AMOUNT_ROLES,
  isSummable,
  type DetectedColumn,
  type DetectedRow,
  type DetectedTable,
} from '../detect';
import { parseAmount, type Amount } from '../numbers';
import type { PlainCount, TableValues } from './values';

/** The columns whose totals are checked: amounts, person-years, budget columns. */
export function summedColumns(table: DetectedTable): DetectedColumn[] {
  return table.columns.filter(
    (c) => AMOUNT_ROLES.has(c.role) && c.unit !== 'percent' && isSummable(c.header),
  );
}

function moneyCell(amount: Amount, cell: string, exact: boolean): MoneyCell {
  return {
    value: amount.range ? amount.range.low : amount.value,
    unit: moneyUnitOf(amount.unit),
    footnote: amount.footnote,
    // A number typed as text is compared at the precision it was written with ('7,2');
    // person-years and real numbers are compared exactly.
    decimals: exact || amount.source === 'number' ? undefined : amount.decimals,
    cell,
  };
}

/** '* heraf 0,7 mio. kr. til evaluering' → the amount in it, placed in the table's first column. */
function footnoteAmount(row: DetectedRow, labelCell: string): MoneyCell | null {
  const m = /heraf\s+((?:ca\.\s*)?[\d.,½¼¾]+(?:\s*(?:mio\.?\s*kr\.?|t\.?\s*kr\.?|kr\.?))?)/i.exec(
    row.label,
  );
  if (!m) return null;
  const read = parseAmount(m[1]!.trim());
  if (!read.ok) return null;
  return moneyCell(read.amount, labelCell, false);
}

/** How one table's cells become core/budget's cells: the same for lines and for the grid. */
function cellReader(table: DetectedTable, values: TableValues) {
  const columns = summedColumns(table);
  const exact = table.kind === 'plan' || table.unit === 'årsværk';
  const labelCol = table.columns.find((c) => c.role === 'label')?.col ?? table.range.left;
  const exactCols = columns.map((c) => exact || c.unit === 'årsværk');
  const read = (r: DetectedRow, k: number): MoneyCell | null => {
    const c = columns[k]!;
    // Plain cells go in as counts: no decimal is made unless a check looks at the cell
    // (and its name, the same A1 the check would give it, only then too).
    const plain = values.plain(r.row, c.col);
    if (plain) {
      const unit = moneyUnitOf(plain.unit);
      const decimals = exactCols[k] || plain.source === 'number' ? undefined : plain.fixed.scale;
      return new FixedMoneyCell(plain.fixed, unit, decimals);
    }
    const amount = values.at(r.row, c.col);
    return amount ? moneyCell(amount, a1(r.row, c.col), exactCols[k]!) : null;
  };
  /** A row's cells; a footnote row with none takes the amount its text names, in the first. */
  const rowCells = (r: DetectedRow): Array<MoneyCell | null> => {
    const cells = columns.map((_, k) => read(r, k));
    if (r.role === 'footnote' && cells.length > 0 && !cells.some((c) => c !== null)) {
      cells[0] = footnoteAmount(r, a1(r.row, labelCol));
    }
    return cells;
  };
  const cell = (r: DetectedRow, k: number): MoneyCell | null =>
    r.role === 'footnote' ? rowCells(r)[k]! : read(r, k);
  /** `read`'s plain cell as a count, no object made (a footnote row's cells go through `cell`). */
  const plainCount: PlainCount = { units: 0, scale: 0, unit: null };
  const count = (r: DetectedRow, k: number, into: CellCount): boolean => {
    if (r.role === 'footnote' || !values.plainInto(r.row, columns[k]!.col, plainCount))
      return false;
    into.units = plainCount.units;
    into.scale = plainCount.scale;
    into.unit = moneyUnitOf(plainCount.unit);
    return true;
  };
  return { columns, rowCells, cell, count };
}

function budgetColumns(columns: DetectedColumn[]): BudgetColumn[] {
  return columns.map((c) => ({
    col: c.col,
    header: c.header,
    role: c.role as BudgetColumnRole,
    unit: moneyUnitOf(c.unit),
  }));
}

/**
 * A detected table as core/budget's input. Unreadable cells are left blank here; their
 * findings come from `readTableValues`, and totals over them are not judged.
 */
export function toBudgetTable(
  sheet: Sheet,
  table: DetectedTable,
  values: TableValues,
): BudgetTable {
  const reader = cellReader(table, values);
  return {
    sheet: sheet.name,
    unit: moneyUnitOf(table.unit),
    columns: budgetColumns(reader.columns),
    lines: table.rows.map((r) => {
      const line: BudgetTable['lines'][number] = {
        row: r.row,
        label: r.label,
        role: r.role,
        values: reader.rowCells(r),
      };
      if (r.parent !== undefined) line.parent = r.parent;
      if (r.covers !== undefined) line.covers = r.covers;
      return line;
    }),
  };
}

/**
 * The same table left in its grid (core/budget `checkBudgetGrid`): the same cells, read when
 * asked and not kept, so a 100.000-line table is checked without an object per line.
 */
export function toGridBudgetTable(
  sheet: Sheet,
  table: DetectedTable,
  values: TableValues,
): GridBudgetTable {
  const reader = cellReader(table, values);
  const rows = table.rows;
  return {
    sheet,
    unit: moneyUnitOf(table.unit),
    columns: budgetColumns(reader.columns),
    rows: rows.map((r) => r.row),
    roles: rows.map((r) => r.role),
    label: (i) => rows[i]!.label,
    cell: (i, k) => reader.cell(rows[i]!, k),
    count: (i, k, into) => reader.count(rows[i]!, k, into),
    covers: (i) => rows[i]!.covers,
    parent: (i) => rows[i]!.parent,
  };
}
