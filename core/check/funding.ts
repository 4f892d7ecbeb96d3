import type { Lang } from '../i18n';
import { convert, toPlain, type Dec, type Unit } from '../numbers';
import type { Finding, FundingResult } from '../report';
import { sentence, show } from './messages';
import type { TableTotal } from './table-total';

export interface FundingInput {
  sheet: string;
  /** The spending tables' totals (initiatives, budget lines). */
  spending: TableTotal[];
  financing: TableTotal;
}

/**
 * Spending against financing: the balance (financing − spending) in the financing table's
 * unit; a shortfall is an error at the financing total, money left over is reported as info.
 */
export function checkFunding(
  input: FundingInput,
  lang: Lang,
): { result: FundingResult; finding: Finding | null } | undefined {
  const unit: Unit | null = input.financing.unit;
  let spending: Dec | undefined = undefined;
  for (const s of input.spending) {
    const v = convert(s.value, s.unit, unit);
    if (v === undefined) return undefined;
    spending = spending === undefined ? v : spending.plus(v);
  }
  if (spending === undefined) return undefined;
  const financing = input.financing.value;
  const balance = financing.minus(spending);
  const result: FundingResult = {
    sheet: input.sheet,
    spending: toPlain(spending),
    financing: toPlain(financing),
    balance: toPlain(balance),
    unit: unit ?? 'kr',
  };
  if (balance.isZero()) return { result, finding: null };
  const [s, f, b] = [spending, financing, balance.abs()].map((d) => show(d, unit, lang));
  const short = balance.isNegative();
  const message = sentence(
    short
      ? lang === 'en'
        ? `Spending of ${s} is financed by only ${f}: a shortfall of ${b}`
        : `Udgifterne på ${s} er kun finansieret med ${f}: der mangler ${b}`
      : lang === 'en'
        ? `Financing of ${f} exceeds spending of ${s}: ${b} is left`
        : `Finansieringen på ${f} overstiger udgifterne på ${s}: der er ${b} tilbage`,
  );
  return {
    result,
    finding: {
      severity: short ? 'error' : 'info',
      code: short ? 'FUNDING_SHORTFALL' : 'FUNDING_SURPLUS',
      sheet: input.sheet,
      cell: input.financing.cell,
      expected: toPlain(spending),
      actual: toPlain(financing),
      message,
    },
  };
}
