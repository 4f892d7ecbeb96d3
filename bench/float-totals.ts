/** The floor: the same total check in plain JS floats, as a quick script would do it. */
import type { CellValue, Sheet } from '../core/grid';

export interface TotalsOutcome {
  /** Cells (A1) whose stated total the check found wrong. */
  mismatches: string[];
  /** Each computed total as printed (shortest round-trip string), by total row. */
  computed: Map<number, string>;
}

const DANISH = /^-?\d{1,3}(?:\.\d{3})*(?:,\d+)?$|^-?\d+(?:,\d+)?$/;

/** '1.572.000,50' → 1572000.5; real numbers pass through; anything else is NaN. */
export function floatOf(value: CellValue | undefined): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && DANISH.test(value)) {
    return Number(value.replace(/\./g, '').replace(',', '.'));
  }
  return Number.NaN;
}

/** What the float check computed, before anything is printed. */
export interface FloatCheck {
  mismatches: string[];
  sums: Map<number, number>;
}

/** Subtotals at 'I alt' against their lines, the 'Total' against the stated subtotals. */
export function floatCheck(sheet: Sheet, firstRow: number): FloatCheck {
  const mismatches: string[] = [];
  const sums = new Map<number, number>();
  let group = 0;
  let subtotals = 0;
  for (let r = firstRow; r <= sheet.rowCount; r++) {
    const cells = sheet.rows[r - 1];
    const label = cells?.[0]?.value;
    const value = floatOf(cells?.[1]?.value);
    if (Number.isNaN(value)) continue;
    if (label === 'I alt' || label === 'Total') {
      const sum = label === 'I alt' ? group : subtotals;
      sums.set(r, sum);
      if (sum !== value) mismatches.push(`B${r}`);
      if (label === 'I alt') subtotals += value;
      group = 0;
    } else {
      group += value;
    }
  }
  return { mismatches, sums };
}

/** The computed totals as printed (shortest round-trip strings), for the verdict. */
export function floatOutcome(check: FloatCheck): TotalsOutcome {
  const computed = new Map([...check.sums].map(([row, sum]) => [row, String(sum)]));
  return { mismatches: check.mismatches, computed };
}

export function floatTotals(sheet: Sheet, firstRow: number): TotalsOutcome {
  return floatOutcome(floatCheck(sheet, firstRow));
}
