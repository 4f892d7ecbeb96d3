import { toPlain } from '../numbers';
import { say, type Lang } from '../i18n';
import type { Finding } from '../report/types';
import type { MoneyFinding } from './types';

/** A money finding as the `ramme check --json` contract has it: decimal strings, one language. */
export function toReportFinding(f: MoneyFinding, lang: Lang): Finding {
  return {
    severity: f.severity,
    code: f.code,
    sheet: f.sheet,
    cell: f.cell,
    expected: f.expected === null ? null : toPlain(f.expected),
    actual: f.actual === null ? null : toPlain(f.actual),
    message: say(f.message, lang),
  };
}
