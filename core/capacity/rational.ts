import { Dec } from '../numbers';

/**
 * An exact fraction: person-years from months (10/12) and day counts (306/365) stay exact
 * until they are shown. Always reduced, denominator positive.
 */
export interface Rational {
  num: bigint;
  den: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y > 0n) [x, y] = [y, x % y];
  return x;
}

export function rational(num: bigint, den: bigint = 1n): Rational {
  if (den === 0n) throw new RangeError('rational: zero denominator');
  const sign = den < 0n ? -1n : 1n;
  const g = gcd(num, den) || 1n;
  return { num: (sign * num) / g, den: (sign * den) / g };
}

export const R_ZERO: Rational = { num: 0n, den: 1n };

/** A finite Dec as the exact fraction it is (2.5 → 5/2). */
export function fromDec(d: Dec): Rational {
  const places = Math.max(0, d.decimalPlaces());
  const scale = 10n ** BigInt(places);
  return rational(BigInt(d.times(new Dec(10).pow(places)).toFixed(0)), scale);
}

export function add(a: Rational, b: Rational): Rational {
  return rational(a.num * b.den + b.num * a.den, a.den * b.den);
}

export function sub(a: Rational, b: Rational): Rational {
  return rational(a.num * b.den - b.num * a.den, a.den * b.den);
}

export function mul(a: Rational, b: Rational): Rational {
  return rational(a.num * b.num, a.den * b.den);
}

/** -1, 0 or 1. */
export function compare(a: Rational, b: Rational): number {
  const l = a.num * b.den;
  const r = b.num * a.den;
  return l < r ? -1 : l > r ? 1 : 0;
}

/** The value as a Dec (exact when the fraction is a finite decimal, else 40 digits). */
export function toDec(r: Rational): Dec {
  const d = new Dec(r.num.toString()).div(r.den.toString());
  return d.isZero() ? new Dec(0) : d;
}

/** How many whole `step`s fit in r (rounded down), for r ≥ 0. */
export function floorSteps(r: Rational, step: Rational): bigint {
  return (r.num * step.den) / (r.den * step.num);
}

export function isExactDecimal(r: Rational): boolean {
  let d = r.den;
  while (d % 2n === 0n) d /= 2n;
  while (d % 5n === 0n) d /= 5n;
  return d === 1n;
}
