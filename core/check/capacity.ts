import type { Lang } from '../i18n';
import { capacityForYear } from './capacity-shim';
import { toPlain, type Dec } from '../numbers';
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
  staff: StaffLine[];
  settings: Settings;
}

/**
 * A person-year plan against the capacity its staffing table gives in the plan year
 * (core/capacity: whole months by default, part-time shares scale). More than the staff can
 * give is an error at the plan's total; less is a warning.
 */
export function checkCapacity(
  input: CapacityInput,
  lang: Lang,
): { result: CapacityResult; finding: Finding | null } | undefined {
  const staff = input.staff.filter((s) => s.from !== null || s.to !== null || s.share !== null);
  const read = capacityForYear(
    staff.map((s) => ({ person: s.person, from: s.from, to: s.to, share: s.share })),
    input.year,
    { counting: input.settings.capacityCounting },
  );
  if (!read.ok) return undefined;
  const capacity: Dec = read.value.total;
  const allocated = input.plan.value;
  const difference = capacity.minus(allocated);
  const result: CapacityResult = {
    sheet: input.sheet,
    year: input.year,
    capacity: toPlain(capacity),
    allocated: toPlain(allocated),
    difference: toPlain(difference),
  };
  if (difference.isZero()) return { result, finding: null };
  const [c, a, d] = [capacity, allocated, difference.abs()].map((x) => show(x, 'årsværk', lang));
  const over = difference.isNegative();
  const message = over
    ? lang === 'en'
      ? `The plan allocates ${a} in ${input.year}, but the staff give only ${c}: ${d} too many.`
      : `Planen fordeler ${a} i ${input.year}, men bemandingen giver kun ${c}: ${d} for meget.`
    : lang === 'en'
      ? `The plan allocates ${a} in ${input.year}, but the staff give ${c}: ${d} left unallocated.`
      : `Planen fordeler ${a} i ${input.year}, men bemandingen giver ${c}: ${d} er ikke fordelt.`;
  return {
    result,
    finding: {
      severity: over ? 'error' : 'warning',
      code: over ? 'CAPACITY_EXCEEDED' : 'CAPACITY_UNUSED',
      sheet: input.sheet,
      cell: input.plan.cell,
      expected: toPlain(capacity),
      actual: toPlain(allocated),
      message,
    },
  };
}
