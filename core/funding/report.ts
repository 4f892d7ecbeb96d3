import { toPlain } from '../numbers';
import type { FundingResult } from '../report/types';
import type { FundingCheck } from './types';

/** The balances for the `ramme check --json` report, one per period. */
export function toFundingResults(sheet: string, check: FundingCheck): FundingResult[] {
  return check.periods.map((p) => ({
    sheet,
    spending: toPlain(p.spending),
    financing: toPlain(p.financing),
    balance: toPlain(p.balance),
    unit: p.unit ?? '',
  }));
}
