import type { Lang } from '../i18n';
import { Dec, type DecimalLike, dec } from './decimal';

export interface FormatNumberOptions {
  /** 'da' (default): 1.572.000,5; 'en': 1,572,000.5. */
  lang?: Lang;
  /** Exactly this many decimals, rounded half-up. Default: the value's own decimals (max 20). */
  decimals?: number;
  /** Thousands separators (default true). */
  grouping?: boolean;
}

/** Intl cannot show more than 20 fraction digits in Node 20; no display needs more. */
export const MAX_DISPLAY_DECIMALS = 20;

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(lang: Lang, decimals: number, grouping: boolean): Intl.NumberFormat {
  const key = `${lang}|${decimals}|${grouping}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'da-DK', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      useGrouping: grouping,
    });
    formatters.set(key, f);
  }
  return f;
}

/**
 * The value rounded half-up as an exact plain string with exactly `decimals` digits, never '-0'.
 * This string, not a float, is what Intl.NumberFormat gets.
 */
export function fixedString(
  value: DecimalLike,
  decimals?: number,
): { text: string; decimals: number } {
  const v = dec(value);
  const places = Math.min(
    MAX_DISPLAY_DECIMALS,
    Math.max(0, decimals ?? Math.max(0, v.decimalPlaces())),
  );
  const rounded = v.toDecimalPlaces(places, Dec.ROUND_HALF_UP);
  const text = rounded.isZero() ? rounded.abs().toFixed(places) : rounded.toFixed(places);
  return { text, decimals: places };
}

/** 1.572.000,5 (Danish) or 1,572,000.5 (English), from the exact decimal. */
export function formatNumber(value: DecimalLike, options: FormatNumberOptions = {}): string {
  const { text, decimals } = fixedString(value, options.decimals);
  // Intl.NumberFormat reads a decimal string exactly (ECMA-402 NumberFormat v3, Node 20).
  return formatter(options.lang ?? 'da', decimals, options.grouping ?? true).format(
    text as unknown as number,
  );
}
