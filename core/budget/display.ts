import { formatAmount, type Dec } from '../numbers';
import type { Text } from '../i18n';
import type { MoneyUnit } from './types';

/** A unit's name in running text. */
export const UNIT_NAME: Record<MoneyUnit, Text> = {
  kr: { da: 'kr.', en: 'DKK' },
  '1.000 kr.': { da: '1.000 kr.', en: 'DKK thousand' },
  'mio. kr.': { da: 'mio. kr.', en: 'DKK million' },
};

/** An amount in both languages: '4,4 mio. kr.' / 'DKK 4.4m'. */
export function moneyText(value: Dec, unit: MoneyUnit | null, decimals?: number): Text {
  return {
    da: formatAmount(value, unit, { lang: 'da', decimals }),
    en: formatAmount(value, unit, { lang: 'en', decimals }),
  };
}

/** The most decimals formatAmount shows by default for each money unit. */
const MAX_PLACES: Record<MoneyUnit, number> = { kr: 2, '1.000 kr.': 3, 'mio. kr.': 6 };

/**
 * Amounts that stand side by side in one message, at one precision: '7,2 mio. kr.' beside
 * '7,0 mio. kr.', never beside '7 mio. kr.'.
 */
export function moneyTexts(values: readonly Dec[], unit: MoneyUnit | null): Text[] {
  const most = unit === null ? 6 : MAX_PLACES[unit];
  const places = values.reduce(
    (n, v) => Math.max(n, Math.min(most, Math.max(0, v.decimalPlaces()))),
    0,
  );
  // Kroner with øre show both digits: '1.572.000,50 kr.'.
  return values.map((v) => moneyText(v, unit, unit === 'kr' && places > 0 ? 2 : places));
}

/** Ends a message with one full stop, also when it ends in 'kr.'. */
export function sentence(s: string): string {
  return s.endsWith('.') ? s : `${s}.`;
}
