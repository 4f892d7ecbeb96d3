import { a1 } from '../grid';
import { convert, Dec, sum, ZERO } from '../numbers';
import { moneyTexts, sentence, UNIT_NAME, type MoneyFinding, type MoneyUnit } from '../budget';
import { frameForYear } from './frame';
import type {
  Frame,
  FundingCheck,
  FundingLine,
  FundingTable,
  PeriodBalance,
  SourceBalance,
} from './types';

interface Resolved {
  line: FundingLine;
  value: Dec;
  unit: MoneyUnit | null;
  cell: string;
}

const norm = (s: string): string => s.trim().replace(/\s+/g, ' ').toLocaleLowerCase('da');

function resolve(table: FundingTable, lines: FundingLine[], p: number): Resolved[] {
  const period = table.periods[p];
  return lines.flatMap((line) => {
    const v = line.values[p];
    if (!v) return [];
    const unit = v.unit ?? period.unit ?? table.unit ?? null;
    return [{ line, value: v.value, unit, cell: v.cell ?? a1(line.row, period.col) }];
  });
}

/** What a table adds up to: its detail lines (heraf and footnotes never), else its stated total. */
function amount(cells: Resolved[], to: MoneyUnit | null): Dec {
  const inUnit = (c: Resolved): Dec =>
    c.unit && to ? (convert(c.value, c.unit, to) as Dec) : c.value;
  const details = cells.filter((c) => c.line.role === 'detail');
  if (details.length > 0) return sum(details.map(inUnit));
  const totals = cells.filter((c) => c.line.role === 'grandTotal' || c.line.role === 'total');
  return totals.length > 0 ? inUnit(totals[totals.length - 1]) : ZERO;
}

/**
 * Spending against financing per period: the balance (financing − spending), a shortfall
 * (FUNDING_SHORTFALL, an error as a plan over capacity is: it cannot be paid) or what is left
 * (FUNDING_SURPLUS), in the table's unit; per source when spending lines name their source. Balances use the lines, not stated totals: a stated total
 * that disagrees with its lines is the budget check's finding (core/budget).
 */
export function fundingBalance(table: FundingTable, options: { frame?: Frame } = {}): FundingCheck {
  const out: FundingCheck = { periods: [], findings: [] };
  table.periods.forEach((period, p) => {
    const spent = resolve(table, table.spending, p);
    const funds = resolve(table, table.financing, p);
    const all = [...spent, ...funds];
    const units = new Set(all.map((c) => c.unit));
    if (units.size > 1 && units.has(null)) {
      out.findings.push(mixedUnits(table, all));
      return;
    }
    const unit =
      table.unit ?? period.unit ?? all.find((c) => c.unit)?.unit ?? options.frame?.unit ?? null;
    const frame = options.frame && unit ? frameForYear(options.frame, period.year, unit) : null;
    const spending = amount(spent, unit);
    const financing = amount(funds, unit).plus(frame ?? ZERO);
    const sources = bySource(
      spent,
      funds,
      unit,
      options.frame && frame ? { label: options.frame.label, amount: frame } : null,
    );
    const balance: PeriodBalance = {
      year: period.year,
      unit,
      spending,
      financing,
      balance: financing.minus(spending),
      sources,
    };
    out.periods.push(balance);
    const where = anchor(funds) ?? anchor(spent);
    const named = sources.filter((s) => s.source !== null);
    const unassigned = sources.some((s) => s.source === null);
    if (named.length === 0 || unassigned) {
      const f = balanceFinding(table.sheet, where, period.year, null, balance);
      if (f) out.findings.push(f);
    }
    for (const s of named) {
      const at =
        funds.find(
          (c) => c.line.role === 'detail' && norm(sourceName(c.line)) === norm(s.source!),
        ) ??
        spent.find((c) => c.line.source && norm(c.line.source) === norm(s.source!)) ??
        where;
      const f = balanceFinding(table.sheet, at, period.year, s.source, { ...s, unit });
      if (f) out.findings.push(f);
    }
  });
  return out;
}

const sourceName = (line: FundingLine): string => line.source ?? line.label;

function bySource(
  spent: Resolved[],
  funds: Resolved[],
  unit: MoneyUnit | null,
  frame: { label: string; amount: Dec } | null,
): SourceBalance[] {
  const named = spent.filter((c) => c.line.role === 'detail' && c.line.source);
  if (named.length === 0) return [];
  const inUnit = (c: Resolved): Dec =>
    c.unit && unit ? (convert(c.value, c.unit, unit) as Dec) : c.value;
  const order: string[] = [];
  const rows = new Map<string, { source: string | null; financing: Dec; spending: Dec }>();
  const at = (key: string, source: string | null) => {
    let r = rows.get(key);
    if (!r) {
      r = { source, financing: ZERO, spending: ZERO };
      rows.set(key, r);
      order.push(key);
    }
    return r;
  };
  for (const c of funds.filter((x) => x.line.role === 'detail')) {
    const r = at(norm(sourceName(c.line)), sourceName(c.line).trim());
    r.financing = r.financing.plus(inUnit(c));
  }
  if (frame) {
    const r = at(norm(frame.label), frame.label);
    r.financing = r.financing.plus(frame.amount);
  }
  for (const c of spent.filter((x) => x.line.role === 'detail')) {
    const r = c.line.source ? at(norm(c.line.source), c.line.source.trim()) : at('', null);
    r.spending = r.spending.plus(inUnit(c));
  }
  return order.map((k) => {
    const r = rows.get(k)!;
    return { ...r, balance: r.financing.minus(r.spending) };
  });
}

/** The financing (or spending) total's cell, else its last line's. */
function anchor(cells: Resolved[]): Resolved | undefined {
  const totals = cells.filter((c) => c.line.role === 'grandTotal' || c.line.role === 'total');
  return totals.at(-1) ?? cells.filter((c) => c.line.role === 'detail').at(-1);
}

function balanceFinding(
  sheet: string,
  at: Resolved | undefined,
  year: number | null,
  source: string | null,
  b: { spending: Dec; financing: Dec; balance: Dec; unit: MoneyUnit | null },
): MoneyFinding | null {
  if (b.balance.isZero() || !at) return null;
  const short = b.balance.isNegative();
  const [s, f, d] = moneyTexts([b.spending, b.financing, b.balance.abs()], b.unit);
  const when = { da: year === null ? '' : ` i ${year}`, en: year === null ? '' : ` in ${year}` };
  const who = { da: source ? `${source}: ` : '', en: source ? `${source}: ` : '' };
  return {
    code: short ? 'FUNDING_SHORTFALL' : 'FUNDING_SURPLUS',
    severity: short ? 'error' : 'warning',
    sheet,
    cell: at.cell,
    row: at.line.row,
    expected: b.spending,
    actual: b.financing,
    difference: b.balance,
    unit: b.unit,
    message: short
      ? {
          da: sentence(
            `${who.da}Udgifterne (${s.da}) er større end finansieringen (${f.da})${when.da}; der mangler ${d.da}`,
          ),
          en: sentence(
            `${who.en}Spending (${s.en}) exceeds financing (${f.en})${when.en}; ${d.en} short`,
          ),
        }
      : {
          da: sentence(
            `${who.da}Der er ${d.da} tilbage af finansieringen (${f.da}) efter udgifterne (${s.da})${when.da}`,
          ),
          en: sentence(
            `${who.en}${d.en} of the financing (${f.en}) is left after spending (${s.en})${when.en}`,
          ),
        },
  };
}

function mixedUnits(table: FundingTable, cells: Resolved[]): MoneyFinding {
  const odd = cells.find((c) => c.unit !== null) ?? cells[0];
  const name = odd.unit ? UNIT_NAME[odd.unit] : { da: '', en: '' };
  return {
    code: 'MIXED_UNITS',
    severity: 'warning',
    sheet: table.sheet,
    cell: odd.cell,
    row: odd.line.row,
    expected: null,
    actual: odd.value,
    difference: null,
    unit: odd.unit,
    message: {
      da: `Udgifter og finansiering blander enheder: ${odd.cell} står i ${name.da}, mens andre celler ingen enhed har. Balancen beregnes ikke; angiv enheden i overskriften.`,
      en: `Spending and financing mix units: ${odd.cell} is in ${name.en} while other cells have no unit. No balance is computed; state the unit in the header.`,
    },
  };
}
