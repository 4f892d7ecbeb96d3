import type { CapacityResult } from '../../../core/report';
import { chartValue } from './chart-number';

/** One plan year against what the staff can give that year, in person-years. */
export interface CapacityBar {
  key: string;
  plan: number;
  capacity: number;
}

/**
 * The plans against their capacity, one bar per plan year: named by the year, or by sheet and
 * year when the workbook holds plans on several sheets. Unreadable figures are left out.
 */
export function capacityBars(results: readonly CapacityResult[]): CapacityBar[] {
  const sheets = new Set(results.map((c) => c.sheet));
  const bars: CapacityBar[] = [];
  for (const c of results) {
    const plan = chartValue(c.allocated);
    const capacity = chartValue(c.capacity);
    if (plan === null || capacity === null) continue;
    bars.push({ key: sheets.size > 1 ? `${c.sheet} ${c.year}` : String(c.year), plan, capacity });
  }
  return bars;
}
