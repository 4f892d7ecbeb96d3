import type { Lang, Text } from '../i18n';
import { formatAmount, type Dec, type Unit } from '../numbers';

/**
 * A value for a message: exact up to the unit's usual display precision; millions keep one
 * decimal as budgets write them ('7,0 mio. kr.').
 */
export function show(value: Dec, unit: Unit | null, lang: Lang): string {
  const own = Math.max(0, value.decimalPlaces());
  const decimals = unit === 'mio. kr.' ? Math.min(6, Math.max(1, own)) : undefined;
  return formatAmount(value, unit, { lang, decimals });
}

/** Ends a message with one full stop, also when it ends in 'kr.'. */
export function sentence(s: string): string {
  return s.endsWith('.') ? s : `${s}.`;
}

export function pick(text: Text, lang: Lang): string {
  return lang === 'en' ? text.en : text.da;
}
