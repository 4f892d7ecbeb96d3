import { fail, ok } from '../../i18n';
import { parseAmount, type Unit } from '../../numbers';
import { param } from '../params';
import type { Operation, ResultUnit } from '../types';

/** The result's unit code for what the text said. */
export function resultUnit(unit: Unit | null, points: boolean): ResultUnit {
  if (points) return 'points';
  if (unit === null) return 'count';
  return unit === 'årsværk' ? 'person-years' : unit;
}

export const parseNumber: Operation = {
  id: 'parseNumber',
  excelName: 'TAL',
  cliName: 'tal',
  description: {
    da: 'Læser et tal skrevet som tekst på dansk (1.572.000,50, 4,4 mio. kr., 84,8 %, 1½).',
    en: 'Reads a number written as Danish (or English) text (1.572.000,50, 4,4 mio. kr., 84,8 %).',
  },
  params: [
    param(
      'text',
      'text',
      ['tekst', 'text'],
      ['Teksten med tallet.', 'The text holding the number.'],
    ),
  ],
  result: 'number',
  run(args, context) {
    const parsed = parseAmount(args.text as string, { style: context.numberStyle ?? 'da' });
    if (!parsed.ok) return fail('ARG_NOT_A_NUMBER', parsed.message.da, parsed.message.en);
    const a = parsed.amount;
    if (a.range) {
      return fail(
        'ARG_RANGE',
        `"${args.text as string}" er et interval, ikke ét tal.`,
        `"${args.text as string}" is a range, not one number.`,
      );
    }
    // A percentage keeps its unit so a spreadsheet can show 84,8 % as 0,848 in percent format;
    // '10,1 procentpoint' stays points, and the digits written are kept for display.
    return ok({
      kind: 'number',
      value: a.value,
      unit: resultUnit(a.unit, a.points === true),
      decimals: a.decimals,
    });
  },
};
