import { changePoints } from '../../indicators';
import { ok } from '../../i18n';
import { param } from '../params';
import type { Operation } from '../types';
import { inPercent, percentScale, writtenValues } from './percent-scale';

export const pointChange: Operation = {
  id: 'pointChange',
  excelName: 'PP',
  cliName: 'pp',
  description: {
    da: 'Ændringen i procentpoint fra én procentsats til en anden (ikke den relative ændring i %).',
    en: 'The change in percentage points from one percentage to another (not the relative change).',
  },
  params: [
    param(
      'from',
      'amount',
      ['fra', 'from'],
      ['Procentsatsen før (92,7, 92,7 % eller en procentcelle).', 'The percentage before.'],
    ),
    param('to', 'amount', ['til', 'to'], ['Procentsatsen efter.', 'The percentage after.']),
  ],
  result: 'number',
  run(args) {
    // 0,566 → 0,603 from percent cells is 56,6 % → 60,3 %: 3,7 points, never 0,04.
    const [from, to] = writtenValues(args, ['from', 'to']);
    const s = percentScale([from!, to!]);
    if (!s.ok) return s;
    return ok({
      kind: 'number',
      value: changePoints(inPercent(from!, s.value), inPercent(to!, s.value)),
      unit: 'points',
    });
  },
};
