import { formatNumber, type Dec } from '../numbers';
import type { Lang } from '../i18n';

const MAX_PLACES = 6;

/** A value for explanation text in Danish or English digits: at most 6 decimals, '≈' if cut. */
export function show(d: Dec, lang: Lang): string {
  const places = Math.min(MAX_PLACES, Math.max(0, d.decimalPlaces()));
  const text = formatNumber(d, { lang, decimals: places });
  return d.decimalPlaces() > MAX_PLACES ? `≈ ${text}` : text;
}

/** A value in a message, exact, in the reader's digits ('4,83' / '4.83'). */
export function fmt(d: Dec, lang: Lang): string {
  return formatNumber(d, { lang });
}
