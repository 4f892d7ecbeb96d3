import type { Lang } from '../../../core/i18n';
import { Dec, formatNumber } from '../../../core/numbers';

/** A chart coordinate from an exact decimal: rounded to 4 places first, so no float artefacts. */
export function chartNumber(d: Dec): number {
  const n = Number(d.toDecimalPlaces(4).toString());
  return n === 0 ? 0 : n;
}

/** A report's decimal string as a chart coordinate; null when it is not a number. */
export function chartValue(s: string | null | undefined): number | null {
  if (s === null || s === undefined || s === '') return null;
  try {
    return chartNumber(new Dec(s));
  } catch {
    return null;
  }
}

/** An axis tick or a callout figure as people read it: Danish comma decimals, at most 2 places. */
export function tickText(n: number, lang: Lang, maxDecimals = 2): string {
  if (!Number.isFinite(n)) return '';
  const d = new Dec(n).toDecimalPlaces(maxDecimals);
  return formatNumber(d, { lang, decimals: Math.min(d.decimalPlaces(), maxDecimals) });
}

const STEPS = [1, 2, 5, 10, 20, 25, 50, 100];

/**
 * At most `max` whole years between `from` and `to`, on a round step (every 1, 2, 5, 10 …
 * years), so the labels fit a narrow pane and read as a calendar.
 */
export function yearTicks(from: number, to: number, max: number): number[] {
  const first = Math.ceil(from);
  const last = Math.floor(to);
  if (last < first) return [];
  const step =
    STEPS.find((s) => Math.floor(last / s) - Math.ceil(first / s) + 1 <= Math.max(1, max)) ??
    STEPS[STEPS.length - 1]!;
  const ticks: number[] = [];
  for (let y = Math.ceil(first / step) * step; y <= last; y += step) ticks.push(y);
  return ticks;
}
