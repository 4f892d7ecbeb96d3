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

/**
 * Intl.NumberFormat reads a decimal string exactly since ECMA-402 NumberFormat v3 (Node 20,
 * Chrome/Edge 106, Safari 15.4, Firefox 116). An older engine would read it as a float, so
 * there we group the exact digits ourselves instead.
 */
const INTL_TAKES_DECIMAL_STRINGS = (() => {
  try {
    const probe = '12345678901234567890.125';
    return formatter('en', 3, false).format(probe as unknown as number) === probe;
  } catch {
    return false;
  }
})();

const SEPARATORS = { da: { group: '.', decimal: ',' }, en: { group: ',', decimal: '.' } } as const;

/** The same output as Intl for these two locales, from the digits alone. */
export function groupDigits(plain: string, lang: Lang, grouping: boolean): string {
  const { group, decimal } = SEPARATORS[lang];
  const negative = plain.startsWith('-');
  const [int, frac] = (negative ? plain.slice(1) : plain).split('.') as [string, string?];
  const grouped = grouping ? int.replace(/\B(?=(\d{3})+(?!\d))/g, group) : int;
  return `${negative ? '-' : ''}${grouped}${frac ? decimal + frac : ''}`;
}

/** 1.572.000,5 (Danish) or 1,572,000.5 (English), from the exact decimal. */
export function formatNumber(value: DecimalLike, options: FormatNumberOptions = {}): string {
  const { text, decimals } = fixedString(value, options.decimals);
  const lang = options.lang ?? 'da';
  const grouping = options.grouping ?? true;
  if (!INTL_TAKES_DECIMAL_STRINGS) return groupDigits(text, lang, grouping);
  return formatter(lang, decimals, grouping).format(text as unknown as number);
}
