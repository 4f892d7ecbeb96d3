import { formatRange, parseRange, type NamedRange } from '../grid';

/**
 * Splits "'Ark 1'!$A$1:$C$9" into sheet and range. Undefined for what is not one rectangle on
 * one sheet (whole columns, constants, formulas, other workbooks).
 */
export function splitSheetRange(ref: string): { sheet: string; range: string } | undefined {
  const bang = ref.lastIndexOf('!');
  if (bang < 1) return undefined;
  let sheet = ref.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  if (sheet.includes('[')) return undefined;
  const range = parseRange(ref.slice(bang + 1).replace(/\$/g, ''));
  return range ? { sheet, range: formatRange(range) } : undefined;
}

/** Defined names as ExcelJS models them: one name, one or more ranges. */
export function namedRangesFromDefinedNames(
  model: ReadonlyArray<{ name: string; ranges: readonly string[] }>,
): NamedRange[] {
  const out: NamedRange[] = [];
  for (const { name, ranges } of model) {
    // Excel's own names (print areas, filter databases) are not the user's tables.
    if (name.startsWith('_xlnm.') || name.startsWith('_')) continue;
    for (const ref of ranges) {
      const where = splitSheetRange(ref);
      if (where) out.push({ name, ...where, kind: 'name' });
    }
  }
  return out;
}
