import { changePoints } from '../../indicators';
import { ok } from '../../i18n';
import type { Dec } from '../../numbers';
import { param } from '../params';
import type { Operation } from '../types';

export const pointChange: Operation = {
  id: 'pointChange',
  excelName: 'PP',
  cliName: 'pp',
  description: {
    da: 'Ændringen i procentpoint fra én procentsats til en anden (ikke den relative ændring i %).',
    en: 'The change in percentage points from one percentage to another (not the relative change).',
  },
  params: [
    param('from', 'amount', ['fra', 'from'], ['Procentsatsen før.', 'The percentage before.']),
    param('to', 'amount', ['til', 'to'], ['Procentsatsen efter.', 'The percentage after.']),
  ],
  result: 'number',
  run(args) {
    // Both values are in the same scale (84,8 or 0,848): the difference is in points of it.
    return ok({
      kind: 'number',
      value: changePoints(args.from as Dec, args.to as Dec),
      unit: 'points',
    });
  },
};
