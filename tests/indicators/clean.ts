import { expect } from 'vitest';
import { isDecimal } from '../../core/numbers';

/** A minus zero written out: '-0', '-0,0', '−0.00' (but not '-0,4'). */
const MINUS_ZERO = /(^|[^\d])[-−]0(?:[.,]0+)?(?![\d.,])/;

/**
 * Fails when any number, Dec or string inside `value` is NaN, ±Infinity or −0, or says so.
 * Returns how many leaves it inspected, so a test can assert it looked at something.
 */
export function expectClean(value: unknown, path = '$'): number {
  if (isDecimal(value)) {
    expect(value.isFinite(), `${path} is finite`).toBe(true);
    expect(value.isZero() && value.isNegative(), `${path} is -0`).toBe(false);
    return 1;
  }
  if (typeof value === 'number') {
    expect(Number.isFinite(value), `${path} = ${value} is finite`).toBe(true);
    expect(Object.is(value, -0), `${path} is -0`).toBe(false);
    return 1;
  }
  if (typeof value === 'string') {
    expect(value, path).not.toMatch(/NaN|Infinity|∞/);
    expect(value, path).not.toMatch(MINUS_ZERO);
    return 1;
  }
  if (Array.isArray(value))
    return value.reduce((n: number, v, i) => n + expectClean(v, `${path}[${i}]`), 0);
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).reduce((n, [k, v]) => n + expectClean(v, `${path}.${k}`), 0);
  }
  return 0;
}
