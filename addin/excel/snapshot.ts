/** What one cell held before Ramme wrote or marked it, so "Fortryd" can put it back. */
export interface CellSnapshot {
  sheet: string;
  cell: string;
  value: unknown;
  /** The formula ('=SUM(…)') when the cell had one. */
  formula: string | null;
  numberFormat: string;
  /** The fill colour, or null for no fill. */
  fill: string | null;
}

/** Excel reports "no fill" as white. */
export function fillOf(color: string | undefined | null): string | null {
  return !color || /^#?FFFFFF$/i.test(color) ? null : color;
}

export function snapshotOf(
  sheet: string,
  cell: string,
  range: Pick<Excel.Range, 'values' | 'formulas' | 'numberFormat' | 'format'>,
): CellSnapshot {
  const formula = range.formulas?.[0]?.[0];
  return {
    sheet,
    cell,
    value: range.values?.[0]?.[0] ?? '',
    formula: typeof formula === 'string' && formula.startsWith('=') ? formula : null,
    numberFormat: String(range.numberFormat?.[0]?.[0] ?? 'General'),
    fill: fillOf(range.format?.fill?.color),
  };
}

/** Puts a snapshot back: formula or value, number format and fill. */
export function restore(range: Excel.Range, s: CellSnapshot): void {
  range.numberFormat = [[s.numberFormat]];
  if (s.formula !== null) range.formulas = [[s.formula]];
  else range.values = [[s.value as string | number | boolean]];
  if (s.fill === null) range.format.fill.clear();
  else range.format.fill.color = s.fill;
}
