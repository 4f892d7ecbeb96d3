import type { Dec } from '../numbers';
import { fail, ok, type Result } from '../i18n';
import { toDec } from './scale';
import { fmt } from './show';
import type { RowValues } from './types';

export type GridRounding = 'exact' | 'up' | 'down';

const NAMES = {
  locked: { da: 'Den låste værdi', en: 'The locked value' },
  min: { da: 'Minimum', en: 'The minimum' },
  max: { da: 'Maksimum', en: 'The maximum' },
};

function entries(values: RowValues): [number, unknown][] {
  return values instanceof Map
    ? [...values.entries()]
    : Object.entries(values).map(([k, v]) => [Number(k), v]);
}

/**
 * Per-row values (locks, minimums, maximums) as whole numbers of steps. Locks must be on the
 * grid; a minimum is rounded up and a maximum down to it, which is what "at least" and "at
 * most" mean when only whole steps can be given.
 */
export function rowUnits(
  values: RowValues | undefined,
  kind: keyof typeof NAMES,
  rows: number,
  step: Dec,
): Result<Map<number, bigint>> {
  const out = new Map<number, bigint>();
  if (!values) return ok(out);
  for (const [row, raw] of entries(values)) {
    const name = NAMES[kind];
    if (!Number.isInteger(row) || row < 0 || row >= rows) {
      return fail(
        'ROW_OUT_OF_RANGE',
        `${name.da} gælder række ${row + 1}, men der er ${rows} rækker.`,
        `${name.en} is for row ${row + 1}, but there are ${rows} rows.`,
      );
    }
    const where = { da: `${name.da} i række ${row + 1}`, en: `${name.en} in row ${row + 1}` };
    const d = toDec(raw as Dec, where);
    if (!d.ok) return d;
    if (d.value.isNegative() && !d.value.isZero()) {
      return fail('NEGATIVE_VALUE', `${where.da} er negativ.`, `${where.en} is negative.`);
    }
    // mod is exact in decimal.js, so the grid test and floor never round.
    const rest = d.value.mod(step);
    if (kind === 'locked' && !rest.isZero()) {
      return fail(
        'LOCK_NOT_ON_STEP',
        `${where.da} (${fmt(d.value, 'da')}) er ikke et helt antal trin à ${fmt(step, 'da')}.`,
        `${where.en} (${fmt(d.value, 'en')}) is not a whole number of steps of ${fmt(step, 'en')}.`,
      );
    }
    const floor = BigInt(d.value.minus(rest).div(step).toFixed(0));
    out.set(row, kind === 'min' && !rest.isZero() ? floor + 1n : floor);
  }
  return ok(out);
}
