import type { Sheet } from '../grid';
import type { RowRole } from '../detect/types';
import { moneyCellOf, type MoneyContext } from './money-cell';
import type { BudgetColumn, BudgetLine, BudgetTable, MoneyCell, MoneyUnit } from './types';

/**
 * A budget overview as a range of a grid: its lines' rows and roles and its value columns, the
 * values left in the sheet's cells. A table of 100.000s of lines is checked from here without
 * an object per line (see `checkBudgetGrid`).
 */
export interface GridBudgetTable {
  sheet: Sheet;
  /** The table's unit (title or header); a column's or a cell's own unit wins over it. */
  unit: MoneyUnit | null;
  /** Value columns; `col` is the sheet column. */
  columns: BudgetColumn[];
  /** Sheet rows of the table's lines, top to bottom. */
  rows: ArrayLike<number>;
  /** Each line's role (same order as `rows`). */
  roles: ArrayLike<RowRole>;
  /** Line i's label, asked for the totals only. */
  label(i: number): string;
  /** Decides '1.500' (see core/numbers `detectStyle`). */
  style?: 'da' | 'en';
  /** Person-years and plans: text is compared exactly, not at its written decimals. */
  exact?: boolean;
  /**
   * Line i's cell in column k, when the caller has read the cells itself (core/check reads
   * them with each column's own style and unit); else each cell is read by `moneyCellOf`.
   * Asked as needed and not kept: a table of 100.000s of lines keeps no object per cell.
   */
  cell?(i: number, k: number): MoneyCell | null;
  /**
   * Line i's cell in column k as a count, when `cell` would give a plain count (a
   * `FixedMoneyCell`): written into `into`, with no object made, and true; false when `cell`
   * must be asked. Summing a 100.000-line column asks this of every cell.
   */
  count?(i: number, k: number, into: CellCount): boolean;
  /** A detected total's own parts, when detection knows them (see `Layout`). */
  covers?(i: number): number[] | undefined;
  /** A detected heraf line's parent. */
  parent?(i: number): number | undefined;
}

/** A plain cell as a count: what `GridBudgetTable.count` writes, reused from cell to cell. */
export interface CellCount {
  units: number;
  scale: number;
  unit: MoneyUnit | null;
}

/** How a column's cells are read: its unit (else the table's), the table's style. */
export function moneyContext(table: GridBudgetTable, column: BudgetColumn): MoneyContext {
  return { unit: column.unit ?? table.unit, style: table.style, exact: table.exact };
}

/** The same table as lines (core/budget's general input), every cell read by `moneyCellOf`. */
export function budgetTableOfGrid(table: GridBudgetTable): BudgetTable {
  const contexts = table.columns.map((c) => moneyContext(table, c));
  const lines: BudgetLine[] = [];
  for (let i = 0; i < table.rows.length; i++) {
    const row = table.rows[i]!;
    const cells = table.sheet.rows[row - 1];
    const line: BudgetLine = {
      row,
      label: table.label(i),
      role: table.roles[i]!,
      values: table.columns.map((c, k) => {
        if (table.cell) return table.cell(i, k);
        const cell = cells?.[c.col - 1];
        if (!cell) return null;
        return moneyCellOf(cell.value, { ...contexts[k], numFmt: cell.numFmt });
      }),
    };
    const parent = table.parent?.(i);
    if (parent !== undefined) line.parent = parent;
    const covers = table.covers?.(i);
    if (covers !== undefined) line.covers = covers;
    lines.push(line);
  }
  return { sheet: table.sheet.name, unit: table.unit, columns: table.columns, lines };
}
