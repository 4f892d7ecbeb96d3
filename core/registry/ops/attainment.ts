import { attainment as attain, forecast } from '../../status';
import { ok } from '../../i18n';
import type { Dec } from '../../numbers';
import { param } from '../params';
import type { Operation, TargetValue } from '../types';

export const attainment: Operation = {
  id: 'attainment',
  excelName: 'OPFYLDELSE',
  cliName: 'opfyldelse',
  description: {
    da: 'Målopfyldelse: resultat ÷ mål. Med kvartal: det forventede resultat ved årets slut i løbende tempo ÷ mål.',
    en: 'Attainment: result ÷ target. With a quarter: the year-end forecast at the run rate ÷ target.',
  },
  params: [
    param(
      'result',
      'amount',
      ['resultat', 'result'],
      ['Resultatet indtil nu.', 'The result so far.'],
    ),
    param(
      'target',
      'target',
      ['mål', 'target'],
      ['Årets mål, fx 400 eller 60-70.', "The year's target, e.g. 400 or 60-70."],
    ),
    param(
      'quarter',
      'integer',
      ['kvartal', 'quarter'],
      [
        'Kvartalet resultatet gælder (1-4); giver en prognose for året.',
        'The quarter of the result (1-4); gives a year-end forecast.',
      ],
      true,
    ),
  ],
  result: 'number',
  run(args) {
    const target = args.target as TargetValue;
    let result = args.result as Dec;
    if (args.quarter !== undefined) {
      const f = forecast(result, args.quarter as number);
      if (!f.ok) return f;
      result = f.value;
    }
    const r = attain(result, target);
    if (!r.ok) return r;
    return ok({ kind: 'number', value: r.value, unit: 'percent' });
  },
};
