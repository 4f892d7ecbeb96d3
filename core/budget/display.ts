import type { Dec } from '../numbers/decimal';
import type { Lang, Text } from '../i18n';
import type { MoneyUnit } from './types';

export const UNIT_NAME: Record<MoneyUnit, Text> = {
  kr: { da: 'kr.', en: 'DKK' },
  '1.000 kr.': { da: '1.000 kr.', en: 'DKK 1,000' },
  'mio. kr.': { da: 'mio. kr.', en: 'DKK million' },
};

/** A number for a message: Danish '1.341.150' / '4,4', English '1,341,150' / '4.4'. */
export function showNumber(value: Dec, lang: Lang, maxDecimals = 6): string {
  const rounded = value.toDecimalPlaces(maxDecimals);
  const text = rounded.isZero() ? '0' : rounded.toFixed();
  const places = text.includes('.') ? text.length - text.indexOf('.') - 1 : 0;
  const format = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'da-DK', {
    minimumFractionDigits: places,
    maximumFractionDigits: places,
  });
  // Intl reads a decimal string exactly (no float on the way).
  return format.format(text as unknown as number);
}

/** An amount with its unit for a message: '4,4 mio. kr.' / '4.4 DKK million'. */
export function showMoney(value: Dec, unit: MoneyUnit | null, lang: Lang): string {
  const n = showNumber(value, lang);
  return unit ? `${n} ${UNIT_NAME[unit][lang]}` : n;
}

/** The same amount in both languages. */
export function moneyText(value: Dec, unit: MoneyUnit | null): Text {
  return { da: showMoney(value, unit, 'da'), en: showMoney(value, unit, 'en') };
}

/** Ends a message with one full stop, also when it ends in 'kr.'. */
export function sentence(s: string): string {
  return s.endsWith('.') ? s : `${s}.`;
}
