import { Dec, isDecimal, type DecimalLike } from '../numbers';
import { fail, ok, type Result } from '../i18n';

/**
 * Weights as integers on one common decimal scale (weight × 10^scale), so quotas and
 * remainders compare exactly. `small` is set when every value and the sum are safe integers.
 */
export interface ScaledWeights {
  big: bigint[] | null;
  small: Float64Array | null;
  scale: number;
}

const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);
/** Decimals with at most 15 significant digits survive the trip to a double and back. */
const MAX_EXACT_MANTISSA = 1e15;

/** Parses one user value into a Dec, or says which row could not be read. */
export function toDec(x: DecimalLike, what: { da: string; en: string }): Result<Dec> {
  if (isDecimal(x)) return x.isFinite() ? ok(x) : notANumber(String(x), what);
  if (typeof x === 'number' && !Number.isFinite(x)) return notANumber(String(x), what);
  try {
    const d = new Dec(typeof x === 'string' ? x.trim() : x);
    return d.isFinite() ? ok(d) : notANumber(String(x), what);
  } catch {
    return notANumber(String(x), what);
  }
}

function notANumber(text: string, what: { da: string; en: string }): Result<never> {
  return fail(
    'INVALID_NUMBER',
    `${what.da} er ikke et tal: '${text}'.`,
    `${what.en} is not a number: '${text}'.`,
  );
}

function negative(i: number): Result<never> {
  return fail(
    'NEGATIVE_WEIGHT',
    `Vægten i række ${i + 1} er negativ; vægte skal være 0 eller større.`,
    `The weight in row ${i + 1} is negative; weights must be 0 or more.`,
  );
}

/**
 * Decimal places of a double read as its shortest decimal form, or -1 if it has more than 15
 * significant digits. m / 10^k === w with m < 10^15 means m·10^-k is the one ≤15-digit decimal
 * that rounds to w, which is the decimal `String(w)` and `new Dec(w)` denote.
 */
function placesOf(w: number): number {
  for (let k = 0; k < POW10.length; k++) {
    const m = Math.round(w * POW10[k]);
    if (m >= MAX_EXACT_MANTISSA) return -1;
    if (m / POW10[k] === w) return k;
  }
  return -1;
}

/** Fast path for plain numbers: no strings, no Dec per element. */
function scaleNumbers(weights: readonly number[]): Result<ScaledWeights> | null {
  let scale = 0;
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i];
    if (!Number.isFinite(w)) return null;
    if (w < 0) return negative(i);
    if (Number.isInteger(w) && w <= Number.MAX_SAFE_INTEGER) continue;
    const k = placesOf(w);
    if (k < 0) return null;
    if (k > scale) scale = k;
  }
  const f = POW10[scale];
  const small = new Float64Array(weights.length);
  let sum = 0;
  for (let i = 0; i < weights.length; i++) {
    // |w·10^s − m| < ½ while the product stays below 2^51, so rounding recovers m exactly.
    const m = scale === 0 ? weights[i] : Math.round(weights[i] * f);
    if (m > 2 ** 51) return null;
    small[i] = m;
    sum += m;
  }
  if (sum > Number.MAX_SAFE_INTEGER) return null;
  return ok({ big: null, small, scale });
}

/** General path: any DecimalLike, exact through Dec and BigInt. */
function scaleDecimals(weights: readonly DecimalLike[]): Result<ScaledWeights> {
  const decs: Dec[] = [];
  let scale = 0;
  for (let i = 0; i < weights.length; i++) {
    const d = toDec(weights[i], {
      da: `Vægten i række ${i + 1}`,
      en: `The weight in row ${i + 1}`,
    });
    if (!d.ok) return d;
    if (d.value.isNegative() && !d.value.isZero()) return negative(i);
    decs.push(d.value);
    scale = Math.max(scale, d.value.decimalPlaces());
  }
  const f = new Dec(10).pow(scale);
  const big = decs.map((d) => BigInt(d.times(f).toFixed(0)));
  return ok({ big, small: null, scale });
}

/** Plain decimal text with at most 15 digits: Number() of it is exact in the sense above. */
const SHORT_DECIMAL = /^\s*\d+(?:\.\d+)?\s*$/;

function digits(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++)
    if (text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) n++;
  return n;
}

/**
 * Every weight as a double whose shortest form is the weight's exact decimal value, or null.
 * A decimal of at most 15 significant digits converts to the one double whose shortest form
 * it is, so text ('12.5') and Dec weights of that size take the fast path too.
 */
function asNumbers(weights: readonly DecimalLike[]): number[] | null {
  const out: number[] = new Array(weights.length);
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i];
    if (typeof w === 'number') out[i] = w;
    else if (typeof w === 'string') {
      if (!SHORT_DECIMAL.test(w) || digits(w) > 15) return null;
      out[i] = Number(w);
    } else {
      if (!isDecimal(w) || !w.isFinite() || w.sd(true) > 15 || w.e > 15 || w.e < -15) return null;
      out[i] = w.toNumber();
    }
  }
  return out;
}

export function scaleWeights(weights: readonly DecimalLike[]): Result<ScaledWeights> {
  const numbers = weights.every((w) => typeof w === 'number')
    ? (weights as readonly number[])
    : asNumbers(weights);
  if (numbers) {
    const fast = scaleNumbers(numbers);
    if (fast) return fast;
  }
  return scaleDecimals(weights);
}

/** The scaled weights as BigInt, whichever path made them. */
export function bigWeights(s: ScaledWeights): bigint[] {
  if (s.big) return s.big;
  const out: bigint[] = new Array(s.small!.length);
  for (let i = 0; i < out.length; i++) out[i] = BigInt(s.small![i]);
  return out;
}
