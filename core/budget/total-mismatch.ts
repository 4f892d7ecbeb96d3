import type { Dec } from '../numbers';
import { moneyTexts, sentence } from './display';
import { describeRows } from './structure';
import type { BudgetLine, MoneyFinding, MoneyUnit } from './types';

export const isTotalRole = (role: string | undefined): boolean =>
  role === 'total' || role === 'grandTotal';

export const isTotal = (l: BudgetLine | undefined): boolean => isTotalRole(l?.role);

/** The finding for a total whose stated value its parts do not give. */
export function totalMismatch(
  sheet: string,
  line: { row: number; label: string },
  cell: string,
  parts: number[],
  stated: Dec,
  computed: Dec,
  unit: MoneyUnit | null,
): MoneyFinding {
  const difference = stated.minus(computed);
  let message: MoneyFinding['message'] | undefined;
  return {
    code: 'TOTAL_MISMATCH',
    severity: 'error',
    sheet,
    cell,
    row: line.row,
    expected: computed,
    actual: stated,
    difference,
    unit,
    // Written when first read (an own getter, so spreading and JSON see it as a value): a check
    // whose findings are only counted, as on a 100.000-line sheet, does not format numbers twice
    // in two languages for each.
    get message() {
      if (message) return message;
      const rows = describeRows(parts);
      const [s, c, d] = moneyTexts([stated, computed, difference.abs()], unit);
      message = {
        da: sentence(
          `"${line.label}" i ${cell} er ${s.da}, men dens dele (række ${rows}) giver ${c.da}; forskel ${d.da}`,
        ),
        en: sentence(
          `"${line.label}" in ${cell} says ${s.en}, but its parts (rows ${rows}) add up to ${c.en}; difference ${d.en}`,
        ),
      };
      return message;
    },
  };
}
