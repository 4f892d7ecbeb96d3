import { attainment as attain, quarterStatus, type QuarterTarget } from '../../status';
import { ok } from '../../i18n';
import type { Dec } from '../../numbers';
import { param } from '../params';
import type { Operation, TargetValue } from '../types';
import { inPercent, percentScale, unitOf, writtenValues } from './percent-scale';

export const attainment: Operation = {
  id: 'attainment',
  excelName: 'OPFYLDELSE',
  cliName: 'opfyldelse',
  description: {
    da: 'Målopfyldelse: resultat ÷ mål. Med kvartal: et antal fremskrives til årets slut i løbende tempo; en andel (%) står som den er.',
    en: 'Attainment: result ÷ target. With a quarter: a count is forecast to year end at the run rate; a share (%) stays as it is.',
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
      ['Årets mål, fx 400, 85 % eller 60-70.', "The year's target, e.g. 400, 85% or 60-70."],
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
    const t = args.target as TargetValue;
    const written = [
      ...writtenValues(args, ['result']),
      { value: t.value, unit: unitOf(args, 'target') },
      ...(t.high ? [{ value: t.high, unit: unitOf(args, 'target') }] : []),
    ];
    const s = percentScale(written);
    if (!s.ok) return s;
    // A share (a '%' written, or percent cells) is a level: never scaled by the quarter.
    const share = s.value.percent;
    const [result, low, high] = written.map((w) => inPercent(w, s.value)) as [Dec, Dec, Dec?];
    if (args.quarter === undefined) {
      const r = attain(result, { value: low, high: high ?? null });
      if (!r.ok) return r;
      return ok({ kind: 'number', value: r.value, unit: 'percent' });
    }
    const measure = share ? 'share' : 'count';
    const target: QuarterTarget = high
      ? { kind: 'range', low, high, measure }
      : { kind: measure, value: low };
    const q = quarterStatus({ target, result, quarter: args.quarter as number });
    if (!q.ok) return q;
    const f = q.value.forecast;
    return ok({
      kind: 'number',
      value: f.attainment ?? f.attainmentLow!,
      unit: 'percent',
      note: q.value.message,
      codes: { position: f.position, forecast: q.value.method },
    });
  },
};
