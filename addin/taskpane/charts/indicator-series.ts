import { parsePeriod, periodMonths } from '../../../core/indicators';
import { Dec } from '../../../core/numbers';
import type { IndicatorResult } from '../../../core/report';
import { chartNumber, chartValue, yearTicks } from './chart-number';

export interface XY {
  x: number;
  y: number;
}

/** What the indicator chart draws: everything on one year axis (2019 = the start of 2019). */
export interface IndicatorChartModel {
  observed: XY[];
  /** The pace (the least-squares rate per year) from the latest observation to the target. */
  pace: XY[];
  /** The target as a level across the chart; empty without a target. */
  target: XY[];
  /** The calendar year the sheet wants the target by, drawn as a band [year, year + 1]. */
  targetYear: number | null;
  ticks: number[];
  xMin: number;
  xMax: number;
  /** Where the value axis starts: a round number below every point, 0 when that is near. */
  yMin: number;
}

/**
 * A pace that reaches its target decades away would squash the observations into a corner:
 * past this many years beyond the latest observation (or the target year's end, if later)
 * the pace line stops short, and the table still says when the target is reached.
 */
export const PACE_HORIZON = 10;

/** A period header ('2019', 'Februar 2011', '3. kvt. 2009') as a year on the axis; else null. */
export function periodX(period: string): number | null {
  const p = parsePeriod(period);
  return p.ok ? chartNumber(periodMonths(p.value, 'start').div(12)) : null;
}

/**
 * The chart of one indicator: its observations as read from the sheet, its pace carried from
 * the latest observation to where it meets the target (or, when it never does, to the end of
 * the target year), the target as a level and the target year as a band. `maxTicks` keeps the
 * year labels apart in a 320-pixel pane.
 */
export function indicatorChart(
  series: { periods: readonly string[]; values: ReadonlyArray<number | null> },
  ind: IndicatorResult,
  maxTicks = 6,
): IndicatorChartModel {
  const observed: XY[] = [];
  series.periods.forEach((period, i) => {
    const x = periodX(period);
    const y = series.values[i];
    if (x !== null && y !== null && y !== undefined) observed.push({ x, y });
  });
  observed.sort((a, b) => a.x - b.x);
  const targetYear = ind.target !== null ? ind.targetYear : null;
  const last = observed[observed.length - 1];
  const pace = last ? paceLine(last, ind, targetYear) : [];
  const xs = [...observed, ...pace].map((p) => p.x);
  if (targetYear !== null) xs.push(targetYear, targetYear + 1);
  const xMin = xs.length > 0 ? Math.floor(Math.min(...xs)) : 0;
  const xMax = xs.length > 0 ? Math.ceil(Math.max(...xs)) : 0;
  const level = chartValue(ind.target);
  return {
    observed,
    pace,
    target:
      level === null || observed.length === 0
        ? []
        : [
            { x: xMin, y: level },
            { x: xMax, y: level },
          ],
    targetYear,
    ticks: observed.length > 0 ? yearTicks(xMin, xMax, maxTicks) : [],
    xMin,
    xMax,
    yMin: axisStart([...observed, ...pace].map((p) => p.y).concat(level ?? [])),
  };
}

/**
 * A value axis from 0 would flatten 56,6 → 60,3 into a line: it starts a round step below the
 * lowest value instead (the step a tenth of the spread's order of magnitude), and at 0 when
 * the values come down to within a third of the highest or below it.
 */
export function axisStart(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const low = Math.min(...values);
  const high = Math.max(...values);
  if (low <= 0) return Math.min(0, Math.floor(low));
  if (low < high / 3) return 0;
  const spread = Math.max(high - low, Math.abs(high) / 100);
  const step = 10 ** Math.floor(Math.log10(spread));
  return chartNumber(new Dec(Math.floor((low - spread * 0.1) / step)).times(step));
}

function paceLine(last: XY, ind: IndicatorResult, targetYear: number | null): XY[] {
  if (ind.ratePerYear === null) return [];
  const rate = new Dec(ind.ratePerYear);
  const horizon = Math.max(last.x + PACE_HORIZON, targetYear === null ? 0 : targetYear + 1);
  const along = (x: number): XY => ({
    x,
    y: chartNumber(new Dec(last.y).plus(rate.times(new Dec(x).minus(last.x)))),
  });
  if (ind.yearsToTarget !== null && ind.target !== null) {
    const end = chartNumber(new Dec(last.x).plus(ind.yearsToTarget));
    return end <= horizon
      ? [last, { x: end, y: chartNumber(new Dec(ind.target)) }]
      : [last, along(horizon)];
  }
  // Moving away or standing still: where the pace stands at the end of the target year.
  if (ind.reason === 'TARGET_REACHED') return [];
  if (targetYear !== null && targetYear + 1 > last.x) return [last, along(targetYear + 1)];
  return [];
}
