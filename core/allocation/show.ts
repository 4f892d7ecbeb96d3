import type { Dec } from '../numbers/decimal';
import type { Lang } from '../i18n';

const formats = {
  da: new Intl.NumberFormat('da-DK', { maximumFractionDigits: 6 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 6 }),
};

/**
 * A value for explanation text: Danish or English digits, at most 6 decimals, '≈' when the
 * exact value has more. Intl formats the decimal string, so no float ever touches the digits.
 */
export function show(d: Dec, lang: Lang): string {
  const rounded = d.toDecimalPlaces(6);
  const text = formats[lang].format(rounded.toFixed() as unknown as number);
  return rounded.eq(d) ? text : `≈ ${text}`;
}
