import type { TableInfo } from '../../core/report';
import { structureCells } from '../host/structure';
import { fillOf } from './snapshot';

/** One cell the structure map tinted, and the fill it had before (null: no fill). */
export interface StructureMark {
  sheet: string;
  cell: string;
  fill: string | null;
}

/** Cells tinted at most: a map of a huge sheet would take minutes of Excel round trips. */
export const STRUCTURE_LIMIT = 20_000;

/**
 * Tints the tables' cells by role, in two syncs (read the fills that are there, then tint).
 * Only the fill changes: never a value, formula or number format.
 */
export async function markStructure(
  context: Excel.RequestContext,
  tables: readonly TableInfo[],
): Promise<StructureMark[]> {
  const cells = structureCells(tables, undefined, STRUCTURE_LIMIT).map((c) => {
    const range = context.workbook.worksheets.getItem(c.sheet).getRange(c.cell);
    range.load('format/fill/color');
    return { c, range };
  });
  await context.sync();
  const marks: StructureMark[] = [];
  for (const { c, range } of cells) {
    marks.push({ sheet: c.sheet, cell: c.cell, fill: fillOf(range.format.fill.color) });
    range.format.fill.color = c.fill;
  }
  await context.sync();
  return marks;
}

/** Puts back each tinted cell's own fill, in one sync. */
export async function clearStructure(
  context: Excel.RequestContext,
  marks: readonly StructureMark[],
): Promise<void> {
  for (const m of marks) {
    const range = context.workbook.worksheets.getItem(m.sheet).getRange(m.cell);
    if (m.fill === null) range.format.fill.clear();
    else range.format.fill.color = m.fill;
  }
  await context.sync();
}
