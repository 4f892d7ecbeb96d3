/**
 * core/numbers: the exact number layer. Every amount, person-year count and percentage in
 * Ramme is a `Dec`; this module reads them from cells, converts units exactly and displays
 * them the Danish way (English one option away). Never a float in between.
 *
 * Conventions:
 * - Percent values are held in percent (84.8 = 84,8 %). A difference of percentages is in
 *   percentage points: same numbers, shown with `formatPoints` ('0,4 procentpoint'), and a
 *   parsed '0,4 procentpoint' has `amount.points === true`.
 * - Thousands of kroner display as '1.250 t.kr.' (English 'DKK 1,250k'): the abbreviation
 *   Danish municipal budgets print under a '1.000 kr.' header; parseAmount reads it back.
 * - A count column shows bare numbers ('350'); the unit lives in the header.
 * - '1.500' alone is ambiguous and reported with both readings, unless `context.style`
 *   (see `detectStyle`) or a kr/count unit decides it. Several groups ('1.572.000'), both
 *   separators ('1.572.000,50') and ',-' ('1.200,-') are never ambiguous.
 */
export { Dec, dec, ZERO, ONE, isDecimal } from './decimal';
export type { DecimalLike } from './decimal';
export type { Amount, Unit, Qualifier, UnreadableReason, ParseResult, ParseContext } from './types';

// Reading cells.
/** Read a cell's value (number, text, error, null…) as an exact `Amount`; never throws. */
export { parseAmount, readNumberText } from './parse-amount';
/** A label by how it starts: `readNumberText` would say 'not-a-number' ('Konto 7'). */
export { isWordText, startsAsWord } from './parse-text';
export type { TextReading } from './parse-text';
/** 'da' or 'en' from the cells that can only be read one way; decides '1.500' for a column. */
export { detectStyle } from './style';
/** The unit a header names ('Beløb i mio. kr.' → 'mio. kr.', 'Andel (%)' → 'percent'), or null. */
export { unitFromText } from './units';
/** Excel numbers at Excel's 15 significant digits (0.1 + 0.2 → 0.3); a number format's unit and decimals. */
export {
  decFromExcelNumber,
  isPercentFormat,
  isDateFormat,
  formatDecimals,
  unitFromFormat,
  readFormat,
} from './from-number';
export type { FormatReading } from './from-number';
export { bracketCurrencies, MAX_FORMAT_CODE, withoutPairs } from './format-code';
export { grouped, scanGrouped } from './grouped-digits';
/**
 * The integer fast path: plain numbers and plain Danish text ('1.572.000,50') as a safe integer
 * count of 10^-scale, equal to what parseAmount reads; undefined for anything else.
 */
export {
  fixedFromNumber,
  fixedFromText,
  isPlainText,
  textUnits,
  numberUnits,
  fixedFromDec,
  fixedToDec,
  numberInto,
  POW10,
} from './fixed';
export type { Fixed, FixedCount } from './fixed';
export { readPlain, readPlainInto } from './plain-reading';
export type { PlainReading } from './plain-reading';
/** No-break and thin spaces folded to plain spaces, trimmed: for comparing header texts too. */
export { normalizeSpaces } from './parse-text';

// Units.
/** kr ↔ 1.000 kr. ↔ mio. kr., exact; undefined between incompatible units. */
export { convert, compatibleUnits } from './convert';

// Display (Danish by default, grouped from the exact decimal digits as Intl.NumberFormat would).
/** 1.572.000,5 / 1,572,000.5, rounded half-up when `decimals` is given. */
export { formatNumber, groupDigits, MAX_DISPLAY_DECIMALS, wholeNumber } from './format-number';
export type { FormatNumberOptions } from './format-number';
/** '4,4 mio. kr.', '84,8 %', '1½ årsværk', '1.250 t.kr.'; English 'DKK 4.4m', '84.8%'. */
export { formatAmount, formatPoints, asFraction } from './format-amount';
export type { FormatAmountOptions } from './format-amount';
/** An Amount shown with its qualifier, range and footnote: 'min. 350', '150–200', '2,0* mio. kr.'. */
export { formatParsedAmount } from './format-parsed';

// JSON decimal strings.
/** '1572000.5': no grouping, no exponent, never '-0'; 10 places, ≥ 6 significant digits. */
export { toPlain, fromPlain } from './plain';

// Small exact arithmetic the table modules share.
/** sum, half-up rounding to places or to a step (¼ person-year), published-precision checks. */
export { sum, roundHalfUp, roundToStep, agreesAt, percentOf } from './arithmetic';
