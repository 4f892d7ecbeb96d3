import { formatNumber, type Dec } from '../numbers';
import type { Text } from '../i18n';

/** A number for a message in both languages, half-up to at most `decimals`: 34,5 / 34.5. */
export function say(d: Dec, decimals = 1): Text {
  const places = Math.min(decimals, Math.max(0, d.toDecimalPlaces(decimals).decimalPlaces()));
  return {
    da: formatNumber(d, { decimals: places }),
    en: formatNumber(d, { decimals: places, lang: 'en' }),
  };
}
