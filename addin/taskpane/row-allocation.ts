import { apportion } from '../../core/allocation';
import { a1, cellAt, type Workbook } from '../../core/grid';
import { fail, ok, type Result } from '../../core/i18n';
import type { Dec } from '../../core/numbers';
import type { CellWrite } from '../host/types';
import { excelNumber, formatFor, type AllocTable, type Preview } from './allocation-model';
import { amountAt } from './engine';

/** The columns a row is spread over: the year (or value) columns, not a total column. */
export function partColumns(table: AllocTable): AllocTable['columns'] {
  return table.columns.filter((c) => !c.sums);
}

/**
 * A multi-year target spread along one row: `total` over the row's year columns by their
 * current values, in steps, locked columns kept. Each preview line is a column (its `row` is
 * the sheet column, the key a lock uses).
 */
export function previewAlongRow(
  workbook: Workbook,
  table: AllocTable,
  row: number,
  total: Dec,
  step: Dec,
  locked: ReadonlySet<number>,
): Result<Preview> {
  const columns = partColumns(table);
  if (columns.length === 0)
    return fail('NOTHING', 'Ingen kolonner at fordele over.', 'No columns to spread over.');
  const olds = columns.map((c) => amountAt(workbook, table.sheet, row, c.col));
  const lockedValues = new Map<number, Dec>();
  columns.forEach((c, i) => {
    if (locked.has(c.col)) lockedValues.set(i, olds[i] ?? total.minus(total));
  });
  const result = apportion(
    total,
    olds.map((o) => (o === null ? '0' : o)),
    step,
    { locked: lockedValues, weightsAre: 'current', explain: true },
  );
  if (!result.ok) return result;
  const a = result.value;
  const explained = new Map((a.explanation?.rows ?? []).map((e) => [e.row, e.text]));
  return ok({
    total: a.total,
    step: a.step,
    summary: a.explanation?.summary ?? { da: '', en: '' },
    // Along a row the year columns share the table's unit; nothing is converted.
    otherUnit: [],
    rows: columns.map((c, i) => ({
      row: c.col,
      label: c.header,
      cell: a1(row, c.col),
      old: olds[i] ?? null,
      next: a.allocations[i]!,
      locked: locked.has(c.col),
      why: explained.get(i) ?? { da: '', en: '' },
    })),
  });
}

/** The row's new year values, and its total column when that holds a typed number. */
export function rowAllocationWrites(
  workbook: Workbook,
  table: AllocTable,
  row: number,
  p: Preview,
): Result<CellWrite[]> {
  if (p.rows.length === 0) return fail('NOTHING', 'Intet at skrive.', 'Nothing to write.');
  const writes: CellWrite[] = p.rows.map((r) => ({
    sheet: table.sheet,
    cell: r.cell,
    value: excelNumber(r.next),
    numFmt: formatFor(workbook, table.sheet, row, r.row, p.step),
  }));
  const sums = table.columns.find((c) => c.sums);
  const s = workbook.sheets.find((x) => x.name === table.sheet);
  const totalCell = sums && s ? cellAt(s, row, sums.col) : undefined;
  // Only a plain number is replaced: 'min. 120' is a target as written, not a sum to update.
  if (sums && totalCell && !totalCell.formula && typeof totalCell.value === 'number') {
    writes.push({
      sheet: table.sheet,
      cell: a1(row, sums.col),
      value: excelNumber(p.total),
      numFmt: formatFor(workbook, table.sheet, row, sums.col, p.step),
    });
  }
  return ok(writes);
}
