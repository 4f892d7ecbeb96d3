import { Dec } from '../../../core/numbers';
import type { StatusResult } from '../../../core/report';
import { chartNumber } from './chart-number';

/**
 * One status line on the chart, as a percentage of its target (lines count people, places or
 * shares, so only their share of the target puts them on one axis): the target is 100.
 */
export interface StatusBar {
  /** The short name on the axis: the line's number, else its place in the list. */
  key: string;
  label: string;
  actual: number;
  /** The forecast for the year (counts only); null where the sheet gives none. */
  forecast: number | null;
}

/** The target every bar is measured against. */
export const TARGET_PERCENT = 100;

function percentOf(value: string, target: Dec): number {
  return chartNumber(new Dec(value).div(target).times(100).toDecimalPlaces(1));
}

/**
 * The status lines as bars of their target: result so far and, for counts, the forecast; a
 * range ('15-20') is measured against its lower bound, the least that meets it. A line whose
 * target is zero or unreadable has no share and is left out (the table still shows it).
 */
export function statusBars(results: readonly StatusResult[]): StatusBar[] {
  const bars: StatusBar[] = [];
  results.forEach((r, i) => {
    try {
      const target = new Dec(r.target);
      if (target.isZero() || target.isNegative()) return;
      bars.push({
        key: r.id || String(i + 1),
        label: r.id ? `${r.id} ${r.label}` : r.label,
        actual: percentOf(r.actual, target),
        forecast: r.forecast !== null && r.unit === 'count' ? percentOf(r.forecast, target) : null,
      });
    } catch {
      // An unreadable figure: the table shows it as written; the chart leaves the line out.
    }
  });
  return bars;
}
