import { Dec } from '../../core/numbers/decimal';
import type {
  BudgetColumn,
  BudgetLine,
  BudgetTable,
  MoneyCell,
  MoneyUnit,
} from '../../core/budget';
import type { RowRole } from '../../core/detect/types';

/** A cell from a plain decimal string: '2.0*' carries a footnote mark, '550000 kr' a unit. */
export function cell(text: string, decimals?: number): MoneyCell {
  const m = /^(-?[\d.]+)(\*+)?(?: (kr|1\.000 kr\.|mio\. kr\.))?$/.exec(text);
  if (!m) throw new Error(`bad test cell ${text}`);
  return {
    value: new Dec(m[1]),
    footnote: m[2] ?? null,
    unit: (m[3] as MoneyUnit | undefined) ?? null,
    ...(decimals !== undefined ? { decimals } : {}),
  };
}

export function line(
  row: number,
  role: RowRole,
  label: string,
  ...values: Array<string | MoneyCell | null>
): BudgetLine {
  return {
    row,
    role,
    label,
    values: values.map((v) => (typeof v === 'string' ? cell(v) : v)),
  };
}

export function column(col: number, header: string, unit: MoneyUnit | null): BudgetColumn {
  return { col, header, role: 'value', unit };
}

export function table(
  sheet: string,
  unit: MoneyUnit | null,
  columns: BudgetColumn[],
  lines: BudgetLine[],
): BudgetTable {
  return { sheet, unit, columns, lines };
}
