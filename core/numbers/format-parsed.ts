import type { Lang } from '../i18n';
import { formatAmount, formatPoints, type FormatAmountOptions } from './format-amount';
import { formatNumber } from './format-number';
import type { Amount, Qualifier } from './types';

const QUALIFIER_WORDS: Record<Qualifier, { da: string; en: string }> = {
  'min.': { da: 'min.', en: 'at least' },
  'max.': { da: 'max.', en: 'at most' },
  'ca.': { da: 'ca.', en: 'approx.' },
  over: { da: 'over', en: 'over' },
  under: { da: 'under', en: 'under' },
  'op til': { da: 'op til', en: 'up to' },
};

function money(unit: Amount['unit']): boolean {
  return unit === 'kr' || unit === '1.000 kr.' || unit === 'mio. kr.';
}

/**
 * A parsed amount shown with everything it said: 'min. 350', '150–200', '2,0* mio. kr.',
 * 'ca. 4,4 mio. kr.', '0,4 procentpoint'. Decimals default to those it was written with, so
 * '3,0' stays '3,0'. The Danish text reads back through parseAmount to the same amount.
 */
export function formatParsedAmount(amount: Amount, options: FormatAmountOptions = {}): string {
  const lang: Lang = options.lang ?? 'da';
  const opts: FormatAmountOptions = {
    ...options,
    lang,
    decimals: options.decimals ?? amount.decimals,
  };
  const show = (v: Amount['value']): string =>
    amount.points ? formatPoints(v, opts) : formatAmount(v, amount.unit, opts);
  let text: string;
  if (amount.range) {
    const { low, high } = amount.range;
    // English money puts 'DKK' in front of each bound; elsewhere the unit follows the range once.
    text =
      lang === 'en' && money(amount.unit) && !amount.points
        ? `${show(low)}–${show(high)}`
        : `${formatNumber(low, { lang, decimals: opts.decimals })}–${show(high)}`;
  } else {
    text = show(amount.value);
  }
  if (amount.footnote) {
    // The mark sits right after the digits, as in '2,0* mio. kr.'.
    const m = /^(.*?[\d½¼¾])(?!.*[\d½¼¾])(.*)$/u.exec(text);
    text = m ? `${m[1]}${amount.footnote}${m[2]}` : `${text}${amount.footnote}`;
  }
  return amount.qualifier ? `${QUALIFIER_WORDS[amount.qualifier][lang]} ${text}` : text;
}
