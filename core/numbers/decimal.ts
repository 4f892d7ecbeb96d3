import DecimalJs from 'decimal.js';

/**
 * The one decimal type of Ramme. 40 significant digits hold any kroner amount with øre and
 * any person-year count many times over, so sums never round; division results (rates,
 * quotas) are rounded half-up at the 40th digit and displayed far below that.
 */
export const Dec = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -30,
  toExpPos: 40,
});
export type Dec = InstanceType<typeof Dec>;

export const ZERO = new Dec(0);
export const ONE = new Dec(1);

/** A value a caller may hand us: a decimal, a plain decimal string ('4.4') or a safe number. */
export type DecimalLike = Dec | string | number;

export function dec(x: DecimalLike): Dec {
  return x instanceof Dec ? x : new Dec(x);
}

export function isDecimal(x: unknown): x is Dec {
  return DecimalJs.isDecimal(x);
}
