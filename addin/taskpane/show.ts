import type { Lang } from '../../core/i18n';
import { Dec, formatNumber } from '../../core/numbers';

/** A report's decimal string for people: Danish digits, at most `maxDecimals` places. */
export function showDecimal(s: string | null | undefined, lang: Lang, maxDecimals = 2): string {
  if (s === null || s === undefined || s === '') return '–';
  try {
    const d = new Dec(s);
    return formatNumber(d, {
      lang,
      decimals: Math.min(Math.max(0, d.decimalPlaces()), maxDecimals),
    });
  } catch {
    return s;
  }
}

export function showDec(d: Dec | null, lang: Lang, maxDecimals = 4): string {
  return d === null ? '–' : showDecimal(d.toString(), lang, maxDecimals);
}
