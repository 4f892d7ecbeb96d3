import { apportion } from '../../allocation';
import { Dec } from '../../numbers';
import { fail, ok } from '../../i18n';
import { param } from '../params';
import { ARG_UNITS, type Operation } from '../types';
import { resultUnit } from './parse-number';
import { unitOf } from './percent-scale';

/** Without a step, the total's own last digit is the step: 5 → 1, 9,1 → 0,1. */
function defaultStep(total: Dec): Dec {
  return new Dec(10).pow(-Math.max(0, total.decimalPlaces()));
}

export const allocate: Operation = {
  id: 'allocate',
  excelName: 'FORDEL',
  cliName: 'fordel',
  description: {
    da: 'Fordeler en total efter vægte, så delene summer præcist til totalen (største rest).',
    en: 'Spreads a total by weights so the parts add up to the total exactly (largest remainder).',
  },
  params: [
    param(
      'total',
      'amount',
      ['total', 'total'],
      ['Beløbet der fordeles.', 'The amount to spread.'],
    ),
    param(
      'weights',
      'amounts',
      ['vægte', 'weights'],
      ['Vægte eller nuværende værdier, én pr. række.', 'Weights or current values, one per row.'],
    ),
    param(
      'step',
      'amount',
      ['trin', 'step'],
      [
        'Trinnet delene rundes til, fx 0,5 årsværk eller 0,1 mio. kr. Standard: totalens sidste ciffer.',
        "The step parts are rounded to, e.g. 0.5 or 0.1. Default: the total's last digit.",
      ],
      true,
    ),
  ],
  result: 'column',
  run(args) {
    const total = args.total as Dec;
    const weights = args.weights as Array<Dec | null>;
    const step = (args.step as Dec | undefined) ?? defaultStep(total);
    if (step.lte(0)) {
      return fail(
        'STEP_NOT_POSITIVE',
        'Trinnet skal være større end 0.',
        'The step must be above 0.',
      );
    }
    const rows = weights.flatMap((w, i) => (w === null ? [] : [i]));
    const r = apportion(
      total,
      rows.map((i) => weights[i]!),
      step,
    );
    if (!r.ok) return r;
    const values: Array<Dec | null> = weights.map(() => null);
    rows.forEach((row, k) => (values[row] = r.value.allocations[k]!));
    // The parts are in the total's unit ('4,4 mio. kr.'), else in the weights' one.
    const written = unitOf(args, 'total') ?? args[ARG_UNITS]?.weights?.find((u) => u !== null);
    return ok({
      kind: 'column',
      values,
      unit: resultUnit(written ?? null, false),
    });
  },
};
