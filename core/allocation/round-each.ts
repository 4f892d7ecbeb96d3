import { Dec, type DecimalLike } from '../numbers';
import { fail, ok, type Result, type Text } from '../i18n';
import { toDec } from './scale';
import type { IndependentRounding } from './types';

/** The standard footnote under tables whose rounded rows need not add up to the total. */
export const ROUNDING_FOOTNOTE: Text = {
  da: 'I tabeller kan afrunding medføre, at tallene ikke summer til totalen.',
  en: 'In tables, rounding may cause the figures not to add up to the total.',
};

/**
 * Rounds each value on its own (half up) to the step, as published tables do, and says how far
 * the rounded rows miss the total. `total` defaults to the sum of the unrounded values.
 */
export function roundEach(
  values: readonly DecimalLike[],
  step: DecimalLike,
  total?: DecimalLike,
): Result<IndependentRounding> {
  const st = toDec(step, { da: 'Trinnet', en: 'The step' });
  if (!st.ok) return st;
  if (st.value.lte(0)) {
    return fail(
      'STEP_NOT_POSITIVE',
      'Trinnet skal være større end 0.',
      'The step must be greater than 0.',
    );
  }
  const decs: Dec[] = [];
  for (let i = 0; i < values.length; i++) {
    const d = toDec(values[i], { da: `Værdien i række ${i + 1}`, en: `The value in row ${i + 1}` });
    if (!d.ok) return d;
    decs.push(d.value);
  }
  let exactSum = new Dec(0);
  for (const d of decs) exactSum = exactSum.plus(d);
  let stated = exactSum;
  if (total !== undefined) {
    const t = toDec(total, { da: 'Totalen', en: 'The total' });
    if (!t.ok) return t;
    stated = t.value;
  }
  const rounded = decs.map((d) => d.toNearest(st.value, Dec.ROUND_HALF_UP).plus(0));
  let sum = new Dec(0);
  for (const d of rounded) sum = sum.plus(d);
  return ok({
    values: rounded,
    sum,
    total: stated,
    difference: sum.minus(stated).plus(0),
    footnote: ROUNDING_FOOTNOTE,
  });
}
