import { a1 } from '../grid';
import type { Dec } from '../numbers';
import { UNIT_NAME } from './display';
import type { RowIndex } from './rows';
import { convertMoney } from './units';
import type { BudgetTable, MoneyCell, MoneyFinding, MoneyUnit } from './types';

/** One cell of a value column with its unit resolved. */
export interface ColumnCell {
  row: number;
  col: number;
  value: Dec;
  unit: MoneyUnit | null;
  cell: string;
  decimals?: number;
}

/** The readable cells of one column, with one unit to compare them in. */
export interface ColumnView {
  index: number;
  col: number;
  header: string;
  /** The unit sums are compared in; each total is reported in its own cell's unit. */
  unit: MoneyUnit | null;
  /** A row's cell, made when first asked for (and then the same object every time). */
  cells: { get(row: number): ColumnCell | undefined };
  /** Set when units are mixed and some cells say none: nothing in the column is added. */
  mixed: MoneyFinding | null;
}

/** A cell's unit: its own, else the column's. */
export function unitOf(v: MoneyCell, fallback: MoneyUnit | null): MoneyUnit | null {
  return v.unit ?? fallback;
}

/**
 * Cells are made on demand: a 100.000-line column is summed from its lines directly (see
 * totals), and only the cells a check looks at become objects.
 */
function lazyCells(
  table: BudgetTable,
  index: number,
  fallback: MoneyUnit | null,
  rows: RowIndex,
): ColumnView['cells'] {
  const col = table.columns[index]!.col;
  const made = new Map<number, ColumnCell | undefined>();
  return {
    get(row) {
      if (made.has(row)) return made.get(row);
      const i = rows(row);
      const line = i < 0 ? undefined : table.lines[i];
      const v = line?.values[index];
      const cell: ColumnCell | undefined = v
        ? {
            row,
            col,
            value: v.value,
            unit: unitOf(v, fallback),
            cell: v.cell ?? a1(row, col),
            decimals: v.decimals,
          }
        : undefined;
      made.set(row, cell);
      return cell;
    },
  };
}

export function columnView(table: BudgetTable, index: number, rows: RowIndex): ColumnView {
  const column = table.columns[index]!;
  const fallback = column.unit ?? table.unit ?? null;
  // One pass counting units, in the order they first appear (ties go to the first).
  const counts = new Map<MoneyUnit | null, number>();
  let odd: { line: number; v: MoneyCell } | undefined;
  let first: { line: number; v: MoneyCell } | undefined;
  for (let i = 0; i < table.lines.length; i++) {
    const v = table.lines[i]!.values[index];
    if (!v) continue;
    const unit = unitOf(v, fallback);
    counts.set(unit, (counts.get(unit) ?? 0) + 1);
    first ??= { line: i, v };
    if (unit !== null) odd ??= { line: i, v };
  }
  let mixed: MoneyFinding | null = null;
  if (counts.size > 1 && counts.has(null)) {
    const at = odd ?? first!;
    const row = table.lines[at.line]!.row;
    const oddUnit = unitOf(at.v, fallback);
    const cell = at.v.cell ?? a1(row, column.col);
    const name = oddUnit ? UNIT_NAME[oddUnit] : { da: '', en: '' };
    mixed = {
      code: 'MIXED_UNITS',
      severity: 'warning',
      sheet: table.sheet,
      cell,
      row,
      expected: null,
      actual: at.v.value,
      difference: null,
      unit: oddUnit,
      message: {
        da: `Kolonnen "${column.header}" blander enheder: ${cell} står i ${name.da}, mens andre celler ingen enhed har. Tallene lægges ikke sammen; angiv enheden i kolonneoverskriften.`,
        en: `Column "${column.header}" mixes units: ${cell} is in ${name.en} while other cells have no unit. The numbers are not added; state the unit in the column header.`,
      },
    };
  }
  let common: MoneyUnit | null = null;
  let most = 0;
  for (const [unit, count] of counts) {
    if (count > most) [common, most] = [unit, count];
  }
  return {
    index,
    col: column.col,
    header: column.header,
    unit: fallback ?? common,
    cells: lazyCells(table, index, fallback, rows),
    mixed,
  };
}

/** A cell's value in `unit` (units are known whenever the column is not mixed). */
export function valueIn(cell: ColumnCell, unit: MoneyUnit | null): Dec {
  if (!cell.unit || !unit) return cell.value;
  return convertMoney(cell.value, cell.unit, unit);
}
