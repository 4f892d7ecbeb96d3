import { a1 } from '../grid';
import type { Dec } from '../numbers';
import { UNIT_NAME } from './display';
import { convertMoney } from './units';
import type { BudgetTable, MoneyFinding, MoneyUnit } from './types';

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
  cells: Map<number, ColumnCell>;
  /** Set when units are mixed and some cells say none: nothing in the column is added. */
  mixed: MoneyFinding | null;
}

export function columnView(table: BudgetTable, index: number): ColumnView {
  const column = table.columns[index];
  const fallback = column.unit ?? table.unit ?? null;
  const cells = new Map<number, ColumnCell>();
  // Indexed, not for…of: this loop runs once per line of the table.
  for (let i = 0; i < table.lines.length; i++) {
    const line = table.lines[i];
    const v = line.values[index];
    if (!v) continue;
    const unit = v.unit ?? fallback;
    cells.set(line.row, {
      row: line.row,
      col: column.col,
      value: v.value,
      unit,
      cell: v.cell ?? a1(line.row, column.col),
      decimals: v.decimals,
    });
  }
  const list = [...cells.values()];
  const units = new Set(list.map((c) => c.unit));
  let mixed: MoneyFinding | null = null;
  if (units.size > 1 && units.has(null)) {
    const odd = list.find((c) => c.unit !== null) ?? list[0];
    const name = odd.unit ? UNIT_NAME[odd.unit] : { da: '', en: '' };
    mixed = {
      code: 'MIXED_UNITS',
      severity: 'warning',
      sheet: table.sheet,
      cell: odd.cell,
      row: odd.row,
      expected: null,
      actual: odd.value,
      difference: null,
      unit: odd.unit,
      message: {
        da: `Kolonnen "${column.header}" blander enheder: ${odd.cell} står i ${name.da}, mens andre celler ingen enhed har. Tallene lægges ikke sammen; angiv enheden i kolonneoverskriften.`,
        en: `Column "${column.header}" mixes units: ${odd.cell} is in ${name.en} while other cells have no unit. The numbers are not added; state the unit in the column header.`,
      },
    };
  }
  const counts = new Map<MoneyUnit | null, number>();
  for (const c of list) counts.set(c.unit, (counts.get(c.unit) ?? 0) + 1);
  const common = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  return {
    index,
    col: column.col,
    header: column.header,
    unit: fallback ?? common,
    cells,
    mixed,
  };
}

/** A cell's value in `unit` (units are known whenever the column is not mixed). */
export function valueIn(cell: ColumnCell, unit: MoneyUnit | null): Dec {
  if (!cell.unit || !unit) return cell.value;
  return convertMoney(cell.value, cell.unit, unit);
}
