import { ZERO, type Dec } from '../numbers';
import { moneyTexts, sentence } from './display';
import { valueIn, type ColumnCell, type ColumnView } from './column';
import { isTotalRole } from './total-mismatch';
import type { BudgetColumnRole, BudgetTable, MoneyFinding } from './types';

type Views = Partial<Record<BudgetColumnRole, ColumnView>>;

/** The first column of each municipal role ('Vedtaget budget', 'Korrigeret budget' …). */
export function municipalViews(views: ColumnView[], table: BudgetTable): Views {
  const out: Views = {};
  views.forEach((v) => {
    const role = table.columns[v.index].role;
    if (!out[role]) out[role] = v;
  });
  return out;
}

/** A row finding with the cells its identity adds, so a column total can point at one of them. */
export interface RowFinding extends MoneyFinding {
  label: string;
  target: ColumnCell;
  terms: Array<{ cell: ColumnCell; sign: 1 | -1 }>;
}

interface Identity {
  target: ColumnCell;
  terms: Array<{ cell: ColumnCell | undefined; sign: 1 | -1; optional: boolean }>;
}

function evaluate(identity: Identity): Dec | null {
  const unit = identity.target.unit;
  let sum = ZERO;
  for (const t of identity.terms) {
    if (!t.cell) {
      if (t.optional) continue;
      return null;
    }
    if ((t.cell.unit === null) !== (unit === null)) return null;
    const v = valueIn(t.cell, unit);
    sum = t.sign === 1 ? sum.plus(v) : sum.minus(v);
  }
  return sum;
}

function holds(target: ColumnCell, value: Dec): boolean {
  const v = target.decimals !== undefined ? value.toDecimalPlaces(target.decimals) : value;
  return v.eq(target.value);
}

/**
 * Per row: Korrigeret budget = Vedtaget budget + Tillægsbevillinger, and Afvigelse = Korrigeret
 * − Regnskab. Some municipalities write Afvigelse as Regnskab − Korrigeret; the sign the
 * rows mostly use is taken as the table's own. A blank supplement or actual counts 0.
 */
export function checkBudgetColumns(
  table: BudgetTable,
  views: ColumnView[],
  flagged: Set<string>,
  hasParts: (row: number) => boolean,
): RowFinding[] {
  const m = municipalViews(views, table);
  const findings: RowFinding[] = [];
  // Without the columns of either identity nothing can be checked: most tables end here.
  const canCorrect = m.corrected && m.adopted && m.supplements;
  if (!canCorrect && !(m.deviation && m.actual)) return findings;
  // A total row's identity follows from its parts' identities and the column totals, which are
  // checked on their own: checking it again would repeat one wrong number.
  const lines = table.lines.filter(
    (l) => l.role === 'detail' || l.role === 'heraf' || (isTotalRole(l.role) && !hasParts(l.row)),
  );
  const base = (row: number): ColumnCell | undefined => m.corrected?.cells.get(row) ?? undefined;

  const deviationIdentity = (row: number, sign: 1 | -1): Identity | null => {
    const target = m.deviation?.cells.get(row);
    if (!target) return null;
    const corrected = base(row);
    const terms: Identity['terms'] = corrected
      ? [{ cell: corrected, sign, optional: false }]
      : [
          { cell: m.adopted?.cells.get(row), sign, optional: false },
          { cell: m.supplements?.cells.get(row), sign, optional: true },
        ];
    terms.push({ cell: m.actual?.cells.get(row), sign: sign === 1 ? -1 : 1, optional: true });
    if (!m.actual) return null;
    return { target, terms };
  };

  let plus = 0;
  let minus = 0;
  // Totals vote too: with one detail line, the total keeps a single typo from flipping the sign.
  for (const l of table.lines.filter((x) => x.role !== 'group' && x.role !== 'footnote')) {
    const a = deviationIdentity(l.row, 1);
    const b = deviationIdentity(l.row, -1);
    const va = a && evaluate(a);
    const vb = b && evaluate(b);
    if (a && va && holds(a.target, va)) plus++;
    if (b && vb && holds(b.target, vb)) minus++;
  }
  const sign: 1 | -1 = minus > plus ? -1 : 1;

  for (const line of lines) {
    const checks: Array<{ identity: Identity | null; what: { da: string; en: string } }> = [];
    const corrected = m.corrected?.cells.get(line.row);
    if (corrected && m.adopted && m.supplements) {
      checks.push({
        identity: {
          target: corrected,
          terms: [
            { cell: m.adopted.cells.get(line.row), sign: 1, optional: false },
            { cell: m.supplements.cells.get(line.row), sign: 1, optional: true },
          ],
        },
        what: {
          da: 'Vedtaget budget + tillægsbevillinger',
          en: 'adopted budget + supplementary appropriations',
        },
      });
    }
    checks.push({
      identity: deviationIdentity(line.row, sign),
      what:
        sign === 1
          ? { da: 'korrigeret budget − regnskab', en: 'corrected budget − actual' }
          : { da: 'regnskab − korrigeret budget', en: 'actual − corrected budget' },
    });
    // When Korrigeret is wrong, Afvigelse is judged against the corrected value it should have,
    // so one wrong cell is not reported twice.
    let repaired: ColumnCell | null = null;
    for (const { identity, what } of checks) {
      if (!identity) continue;
      const cells = [identity.target, ...identity.terms.map((t) => t.cell)];
      if (cells.some((c) => c && flagged.has(c.cell))) continue;
      const value = evaluate(identity);
      if (!value || holds(identity.target, value)) continue;
      if (repaired && identity.target !== corrected) {
        const fixed = identity.terms.map((t) =>
          t.cell === corrected ? { ...t, cell: repaired ?? undefined } : t,
        );
        const again = evaluate({ target: identity.target, terms: fixed });
        if (again && holds(identity.target, again)) continue;
      }
      if (identity.target === corrected) repaired = { ...corrected, value };
      const t = identity.target;
      const [s, c] = moneyTexts([t.value, value], t.unit);
      const terms = identity.terms.flatMap((x) => (x.cell ? [{ cell: x.cell, sign: x.sign }] : []));
      findings.push({
        terms,
        target: identity.target,
        label: line.label,
        code: 'BUDGET_COLUMN_MISMATCH',
        severity: 'error',
        sheet: table.sheet,
        cell: t.cell,
        row: line.row,
        expected: value,
        actual: t.value,
        difference: t.value.minus(value),
        unit: t.unit,
        message: {
          da: sentence(`"${line.label}": ${t.cell} er ${s.da}, men ${what.da} giver ${c.da}`),
          en: sentence(`"${line.label}": ${t.cell} says ${s.en}, but ${what.en} gives ${c.en}`),
        },
      });
    }
  }
  return findings;
}
