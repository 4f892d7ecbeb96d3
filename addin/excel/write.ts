import type { CellWrite, WriteOutcome } from '../host/types';
import { sheetCell } from '../../core/grid';
import { restore, snapshotOf, type CellSnapshot } from './snapshot';

const SNAPSHOT_PROPS = 'values,formulas,numberFormat,format/fill/color';

function cellRange(context: Excel.RequestContext, sheet: string, cell: string): Excel.Range {
  return context.workbook.worksheets.getItem(sheet).getRange(cell);
}

/**
 * Writes cells in two syncs whatever their number: one reads what is there (the snapshot, and
 * whether a formula would be lost), one writes with calculation suspended. Numbers go in as
 * numbers with a number format, never as Danish text.
 */
export async function writeCells(
  context: Excel.RequestContext,
  writes: readonly CellWrite[],
  overwriteFormulas: boolean,
  suspendCalculation: boolean,
): Promise<{ outcome: WriteOutcome; snapshot: CellSnapshot[] }> {
  const ranges = writes.map((w) => {
    const range = cellRange(context, w.sheet, w.cell);
    range.load(SNAPSHOT_PROPS);
    return { w, range };
  });
  await context.sync();
  const snapshot = ranges.map(({ w, range }) => snapshotOf(w.sheet, w.cell, range));
  const formulaCells = snapshot
    .filter((s) => s.formula !== null)
    .map((s) => sheetCell(s.sheet, s.cell));
  if (formulaCells.length > 0 && !overwriteFormulas) {
    return { outcome: { ok: false, formulaCells }, snapshot: [] };
  }
  if (suspendCalculation) context.application.suspendApiCalculationUntilNextSync();
  for (const { w, range } of ranges) {
    if (w.numFmt !== undefined) range.numberFormat = [[w.numFmt]];
    range.values = [[w.value ?? '']];
  }
  await context.sync();
  return { outcome: { ok: true, written: writes.length }, snapshot };
}

/** Restores a snapshot in one sync. */
export async function restoreCells(
  context: Excel.RequestContext,
  snapshot: readonly CellSnapshot[],
): Promise<void> {
  for (const s of snapshot) restore(cellRange(context, s.sheet, s.cell), s);
  await context.sync();
}
