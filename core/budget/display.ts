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

/** Ends a message with one full stop, also when it ends in 'kr.'. */
export function sentence(s: string): string {
  return s.endsWith('.') ? s : `${s}.`;
}
