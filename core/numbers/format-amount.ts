import type { Lang } from '../i18n';
import { Dec, type DecimalLike, dec } from './decimal';
import { fixedString, formatNumber } from './format-number';
import type { Unit } from './types';

export interface FormatAmountOptions {
  lang?: Lang;
  /** Exactly this many decimals (half-up). Default: exact, up to the unit's usual precision. */
  decimals?: number;
  /** Person-years as '1½' (exact halves and quarters only) or '1,5' (default 'decimal'). */
  personYears?: 'fraction' | 'decimal';
}

/** Beyond these, a default display rounds half-up (a 40-digit quotient is never shown whole). */
const DEFAULT_MAX_DECIMALS: Record<Unit, number> = {
  kr: 2,
  '1.000 kr.': 3,
  'mio. kr.': 6,
  årsværk: 2,
  percent: 2,
  points: 2,
  count: 2,
};

function places(value: Dec, unit: Unit | null, decimals: number | undefined): number {
  if (decimals !== undefined) return decimals;
  const own = Math.max(0, value.decimalPlaces());
  return Math.min(own, unit === null ? 6 : DEFAULT_MAX_DECIMALS[unit]);
}

const FRACTION_GLYPH: Record<string, string> = { '0.25': '¼', '0.5': '½', '0.75': '¾' };

/** '1½', '¾', '-2¼' for exact quarters; undefined for anything else. */
export function asFraction(value: DecimalLike): string | undefined {
  const v = dec(value);
  if (!v.times(4).isInteger()) return undefined;
  const whole = v.abs().floor();
  const part = v.abs().minus(whole);
  const sign = v.isNegative() && !v.isZero() ? '-' : '';
  if (part.isZero()) return `${sign}${whole.toFixed()}`;
  return `${sign}${whole.isZero() ? '' : whole.toFixed()}${FRACTION_GLYPH[part.toFixed()]}`;
}

/**
 * An amount the way a Danish finance reader expects it, or in English:
 *   kr          1.572.000 kr.       DKK 1,572,000
 *   1.000 kr.   1.250 t.kr.         DKK 1,250k
 *   mio. kr.    4,4 mio. kr.        DKK 4.4m
 *   percent     84,8 %              84.8%
 *   årsværk     1,5 årsværk / 1½ årsværk     1.5 person-years
 *   count, null 350                 350
 * 't.kr.' is the abbreviation Danish municipal budgets use for thousands of kroner.
 */
export function formatAmount(
  value: DecimalLike,
  unit: Unit | null,
  options: FormatAmountOptions = {},
): string {
  const v = dec(value);
  const lang = options.lang ?? 'da';
  const decimals = places(v, unit, options.decimals);
  if (unit === 'årsværk' && options.personYears === 'fraction') {
    const rounded = fixedString(v, decimals).text;
    const fraction = asFraction(rounded);
    if (fraction !== undefined)
      return `${fraction} ${lang === 'en' ? personYearWord(rounded) : 'årsværk'}`;
  }
  const n = formatNumber(v, { lang, decimals });
  if (lang === 'en') return english(n, unit, fixedString(v, decimals).text);
  switch (unit) {
    case 'kr':
      return `${n} kr.`;
    case '1.000 kr.':
      return `${n} t.kr.`;
    case 'mio. kr.':
      return `${n} mio. kr.`;
    case 'percent':
      return `${n} %`;
    case 'points':
      return `${n} procentpoint`;
    case 'årsværk':
      return `${n} årsværk`;
    case 'count':
    case null:
      return n;
  }
}

function personYearWord(plain: string): string {
  return new Dec(plain).abs().equals(1) ? 'person-year' : 'person-years';
}

function english(n: string, unit: Unit | null, plain: string): string {
  const negative = n.startsWith('-');
  const abs = negative ? n.slice(1) : n;
  const sign = negative ? '-' : '';
  switch (unit) {
    case 'kr':
      return `${sign}DKK ${abs}`;
    case '1.000 kr.':
      return `${sign}DKK ${abs}k`;
    case 'mio. kr.':
      return `${sign}DKK ${abs}m`;
    case 'percent':
      return `${n}%`;
    case 'points':
      return `${n} ${new Dec(plain).abs().equals(1) ? 'percentage point' : 'percentage points'}`;
    case 'årsværk':
      return `${n} ${personYearWord(plain)}`;
    case 'count':
    case null:
      return n;
  }
}

/**
 * A difference of two percentages: '0,4 procentpoint' / '0.4 percentage points'. Kept apart
 * from '%' so a change of 84,4 % → 84,8 % is never shown as a 0,4 % change.
 */
export function formatPoints(
  value: DecimalLike,
  options: Omit<FormatAmountOptions, 'personYears'> = {},
): string {
  const v = dec(value);
  const lang = options.lang ?? 'da';
  const decimals = places(v, 'percent', options.decimals);
  const n = formatNumber(v, { lang, decimals });
  if (lang === 'da') return `${n} procentpoint`;
  return `${n} ${new Dec(fixedString(v, decimals).text).abs().equals(1) ? 'percentage point' : 'percentage points'}`;
}
