import type { Dec } from '../numbers/decimal';
import type { Text } from '../i18n';

/**
 * A number for a message in both languages, rounded half-up to `decimals` and fed to
 * Intl.NumberFormat as a decimal string so no float ever rounds it: 34,5 / 34.5.
 */
export function say(d: Dec, decimals = 1): Text {
  const fixed = d.toDecimalPlaces(decimals).toFixed(decimals);
  const plain = /^-0(\.0*)?$/.test(fixed) ? fixed.slice(1) : fixed;
  const opts = { minimumFractionDigits: 0, maximumFractionDigits: decimals };
  // Intl reads a numeric string exactly (ECMA-402 NumberFormat v3); the lib types lag behind.
  const s = plain as unknown as number;
  return {
    da: new Intl.NumberFormat('da-DK', opts).format(s),
    en: new Intl.NumberFormat('en-GB', opts).format(s),
  };
}
