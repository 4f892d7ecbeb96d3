import { parseA1 } from '../grid';
import type { Lang } from '../i18n';
import { capacityForYear, respreadPlan, type PlanLine, type Rational } from '../capacity';
import { parseAmount, toPlain } from '../numbers';
import type { CapacityResult, Finding } from '../report';
import type { Settings } from './types';
import { show } from './messages';
import type { StaffLine } from './staff';
import type { TableTotal } from './table-total';

export interface CapacityInput {
  sheet: string;
  year: number;
  /** What the plan allocates (its lines, heraf parts not added) and where its total stands. */
  plan: TableTotal;
  /** The plan's lines and heraf parts, for the proposal; undefined when they cannot be read. */
  lines?: PlanLine[];
  staff: StaffLine[];
  settings: Settings;
}

export interface CapacityRun {
  result: CapacityResult;
  findings: Finding[];
}

/** Staff rows core/capacity could not use (unreadable share or dates, overlaps), as findings. */
function staffFindings(
  problems: ReadonlyArray<{
    code: string;
    message: { da: string; en: string };
    sheet?: string;
    cell?: string;
  }>,
  lang: Lang,
): Finding[] {
  return problems
    .filter((p) => p.sheet !== undefined && p.cell !== undefined && parseA1(p.cell) !== undefined)
    .map((p) => ({
      severity: 'warning',
      code: p.code === 'STAFF_OVERLAP' ? 'STAFF_OVERLAP' : 'UNREADABLE_VALUE',
      sheet: p.sheet!,
      cell: p.cell!,
      expected: null,
      actual: null,
      message: lang === 'en' ? p.message.en : p.message.da,
    }));
}

/**
 * A person-year plan against the capacity its staffing table gives in the plan year
 * (core/capacity: whole months by default, part-time shares scale). More than the staff can
 * give is an error at the plan's total; less is a warning.
 */
export function checkCapacity(input: CapacityInput, lang: Lang): CapacityRun | undefined {
  const read = capacityForYear(
    input.staff.map((s) => ({
      person: s.person,
      from: s.from,
      to: s.to,
      share: s.share,
      sheet: s.sheet,
      cell: s.cell,
    })),
    input.year,
    {
      capacityCounting: input.settings.capacityCounting,
      hoursPerPersonYear: input.settings.hoursPerPersonYear,
    },
  );
  if (!read.ok) return undefined;
  const capacity = read.value.total;
  const allocated = input.plan.value;
  const difference = capacity.minus(allocated);
  const result: CapacityResult = {
    sheet: input.sheet,
    year: input.year,
    capacity: toPlain(capacity),
    allocated: toPlain(allocated),
    difference: toPlain(difference),
  };
  const findings = staffFindings(read.value.problems, lang);
  if (difference.isZero()) return { result, findings };
  Object.assign(result, proposal(input, read.value.personYears));
  const [c, a, d] = [capacity, allocated, difference.abs()].map((x) => show(x, 'årsværk', lang));
  const over = difference.isNegative();
  const message = over
    ? lang === 'en'
      ? `The plan allocates ${a} in ${input.year}, but the staff give only ${c}: ${d} too many.`
      : `Planen fordeler ${a} i ${input.year}, men bemandingen giver kun ${c}: ${d} for meget.`
    : lang === 'en'
      ? `The plan allocates ${a} in ${input.year}, but the staff give ${c}: ${d} left unallocated.`
      : `Planen fordeler ${a} i ${input.year}, men bemandingen giver ${c}: ${d} er ikke fordelt.`;
  findings.push({
    severity: over ? 'error' : 'warning',
    code: over ? 'CAPACITY_EXCEEDED' : 'CAPACITY_UNUSED',
    sheet: input.sheet,
    cell: input.plan.cell,
    expected: toPlain(capacity),
    actual: toPlain(allocated),
    message,
  });
  return { result, findings };
}

/** The plan re-spread to the capacity in the settings' step, as the report carries it. */
function proposal(input: CapacityInput, capacity: Rational): Partial<CapacityResult> {
  const step = parseAmount(input.settings.planStep);
  if (!input.lines || input.lines.length === 0 || !step.ok || step.amount.range) return {};
  const r = respreadPlan(input.lines, capacity, step.amount.value);
  if (!r.ok) return {};
  return {
    proposal: r.value.rows.map((x) => ({
      row: x.row,
      label: x.label,
      old: toPlain(x.old),
      new: toPlain(x.new),
    })),
    proposalStep: toPlain(r.value.step),
    proposalTotal: toPlain(r.value.target),
  };
}
