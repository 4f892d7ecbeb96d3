/**
 * core/numbers: the exact number layer. Every amount, person-year count and percentage in
 * Ramme is a `Dec`; this module reads them from cells, converts units exactly and displays
 * them the Danish way (English one option away).
 */
export { Dec, dec, ZERO, ONE, isDecimal } from './decimal';
export type { DecimalLike } from './decimal';
export type { Amount, Unit, Qualifier, UnreadableReason, ParseResult, ParseContext } from './types';

/** Read a cell's value (number, text, error, null…) as an exact `Amount`; never throws. */
export { parseAmount } from './parse-amount';
/** 'da' or 'en' from the cells that can only be read one way. */
export { detectStyle } from './style';
/** The unit a header names ('Beløb i mio. kr.' → 'mio. kr.'), or null. */
export { unitFromText } from './units';
/** A JS number from Excel read at Excel's 15 significant digits (0.1 + 0.2 → 0.3). */
export { decFromExcelNumber } from './from-number';
