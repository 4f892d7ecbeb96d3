import type { Cell, Sheet } from './types';

export function cellAt(sheet: Sheet, row: number, col: number): Cell | undefined {
  return sheet.rows[row - 1]?.[col - 1];
}

export function isBlank(cell: Cell | undefined): boolean {
  if (!cell) return true;
  const v = cell.value;
  return v === null || (typeof v === 'string' && v.trim() === '');
}

/** Builds a sheet from a 2-D array of plain values, for tests and CSV. */
export function sheetFromValues(
  name: string,
  values: ReadonlyArray<ReadonlyArray<Cell['value'] | undefined>>,
): Sheet {
  let colCount = 0;
  const rows = values.map((r) => {
    colCount = Math.max(colCount, r.length);
    return r.map((v) => (v === undefined || v === null ? undefined : { value: v }));
  });
  return { name, rows, rowCount: values.length, colCount, merges: [] };
}
