import { Dec, formatNumber } from '../../numbers';
import { fail, ok, type Result } from '../../i18n';
import { ARG_UNITS, type ArgUnit, type Args } from '../types';

const HUNDRED = new Dec(100);

/** A number argument with the unit it was written with. */
export interface Written {
  value: Dec;
  unit: ArgUnit;
}

/** The values of `keys` in parameter order, each with its written unit (empty cells left out). */
export function writtenValues(args: Args, keys: readonly string[]): Written[] {
  const out: Written[] = [];
  for (const key of keys) {
    const v = args[key];
    const units = args[ARG_UNITS]?.[key] ?? [];
    const values = Array.isArray(v) ? v : v instanceof Dec ? [v] : [];
    values.forEach((d, i) => {
      if (d instanceof Dec) out.push({ value: d, unit: units[i] ?? null });
    });
  }
  return out;
}

/** The unit the `key` argument was written with (its first value's). */
export function unitOf(args: Args, key: string): ArgUnit {
  return args[ARG_UNITS]?.[key]?.[0] ?? null;
}

/**
 * How percentages arrived: 'percent' = numbers in percent (92,7, or text '92,7 %'),
 * 'fraction' = Excel percent cells, which hold 0,927 for 92,7 %.
 */
export type PercentScale = 'percent' | 'fraction';

export interface Scaled {
  /** How the bare numbers were read. */
  scale: PercentScale;
  /** Whether anything says these are percentages: a '%' written, or fractions. */
  percent: boolean;
  /** Multiply a bare value by this to have it in percent (100 for fractions, else 1). */
  factor: Dec;
}

/** A value for a message as the user wrote it: up to 6 decimals, never an exponent. */
function shown(d: Dec, lang: 'da' | 'en'): string {
  return formatNumber(d, { lang, decimals: Math.min(6, Math.max(0, d.decimalPlaces())) });
}

function isFraction(d: Dec): boolean {
  return !d.isZero() && d.abs().lt(1);
}

function isWhole(d: Dec): boolean {
  return d.abs().gt(1);
}

/**
 * Decides the scale of percentage arguments. Text with '%' is in percent whatever else comes.
 * Bare numbers between 0 and 1 (not 0 or 1 themselves) are Excel percent cells: 0,927 is
 * 92,7 %. Bare numbers above 1 are percent numbers. Both kinds of bare number together (values
 * 0,927 and 0,931 with a target of 100) cannot be meant: refused with a message.
 */
export function percentScale(values: readonly Written[]): Result<Scaled> {
  const bare = values.filter((w) => w.unit === null);
  const fractions = bare.filter((w) => isFraction(w.value));
  const wholes = bare.filter((w) => isWhole(w.value));
  if (fractions.length > 0 && wholes.length > 0) {
    const f = fractions[0]!.value;
    const w = wholes[0]!.value;
    return fail(
      'ARG_MIXED_SCALE',
      `Værdierne blander brøker og procenttal (${shown(f, 'da')} og ${shown(w, 'da')}): en celle med procentformat holder 0,927 for 92,7 %. Skriv alle som procenttal (92,7) eller alle som procentceller (92,7 %).`,
      `The values mix fractions and percent numbers (${shown(f, 'en')} and ${shown(w, 'en')}): a percent-formatted cell holds 0.927 for 92.7%. Give all as percent numbers (92.7) or all as percent cells (92.7%).`,
    );
  }
  const explicit = values.some((w) => w.unit === 'percent' || w.unit === 'points');
  const scale: PercentScale = fractions.length > 0 ? 'fraction' : 'percent';
  return ok({
    scale,
    percent: explicit || scale === 'fraction',
    factor: scale === 'fraction' ? HUNDRED : new Dec(1),
  });
}

/** A value in percent: bare values times the scale's factor, written percentages as they are. */
export function inPercent(w: Written, s: Scaled): Dec {
  return w.unit === null ? w.value.times(s.factor) : w.value;
}
