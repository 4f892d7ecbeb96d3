import { sum, type Dec } from '../numbers';
import { moneyTexts, sentence } from './display';
import { convertMoney } from './units';
import type { ColumnCell } from './column';
import type { RowFinding } from './columns';
import type { MoneyFinding, MoneyUnit, TotalCheck } from './types';

const inUnit = (x: Dec, from: MoneyUnit | null, to: MoneyUnit | null): Dec =>
  from && to ? convertMoney(x, from, to) : x;

/**
 * A column total and a row identity that disagree because of one cell: the cell wrong against
 * both is reported once, instead of two findings that point around it.
 *  - the row's own cell (Korrigeret, Afvigelse) off by what its column total is off: the
 *    total's finding repeats it and is dropped;
 *  - a cell the row adds (Vedtaget, Tillæg, Regnskab) that explains both: one finding there.
 */
export function attribute(
  totals: TotalCheck[],
  totalFindings: MoneyFinding[],
  rowFindings: RowFinding[],
): MoneyFinding[] {
  const dropped = new Set<MoneyFinding>();
  const replaced = new Map<RowFinding, MoneyFinding>();
  for (const f of totalFindings) {
    const off = f.difference;
    if (f.code !== 'TOTAL_MISMATCH' || !off) continue;
    const total = totals.find((t) => t.row === f.row && t.cell === f.cell);
    if (!total) continue;
    const diff = (r: RowFinding): Dec => inUnit(r.difference!, r.unit, f.unit);
    const candidates = rowFindings.filter(
      (r) => total.parts.includes(r.row) && r.difference && !replaced.has(r),
    );
    const own = candidates.filter((r) => r.target.col === total.col);
    if (own.length > 0 && sum(own.map(diff)).plus(off).isZero()) {
      dropped.add(f);
      continue;
    }
    for (const r of candidates) {
      const term = r.terms.find((t) => t.cell.col === total.col && diff(r).eq(off.times(t.sign)));
      if (!term) continue;
      dropped.add(f);
      replaced.set(r, moved(r, term.cell, f));
      break;
    }
  }
  return [
    ...totalFindings.filter((f) => !dropped.has(f)),
    ...rowFindings.map((r) => replaced.get(r) ?? plain(r)),
  ];
}

function plain(r: RowFinding): MoneyFinding {
  const { code, severity, sheet, cell, row, expected, actual, difference, unit, message } = r;
  return { code, severity, sheet, cell, row, expected, actual, difference, unit, message };
}

function moved(r: RowFinding, cell: ColumnCell, total: MoneyFinding): MoneyFinding {
  const expected = cell.value.plus(inUnit(total.difference!, total.unit, cell.unit));
  const [s, e] = moneyTexts([cell.value, expected], cell.unit);
  return {
    code: 'BUDGET_COLUMN_MISMATCH',
    severity: 'error',
    sheet: r.sheet,
    cell: cell.cell,
    row: cell.row,
    expected,
    actual: cell.value,
    difference: cell.value.minus(expected),
    unit: cell.unit,
    message: {
      da: sentence(
        `"${r.label}": ${cell.cell} er ${s.da}, men både rækken og kolonnens total giver ${e.da}`,
      ),
      en: sentence(
        `"${r.label}": ${cell.cell} says ${s.en}, but both its row and its column total give ${e.en}`,
      ),
    },
  };
}
