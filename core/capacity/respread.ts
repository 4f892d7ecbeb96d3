import { apportion } from '../allocation';
import { roundRatio } from '../catalogue';
import { fail, ok, type Result } from '../i18n';
import { Dec, ZERO } from '../numbers';
import { floorSteps, fromDec, sub, type Rational } from './rational';

/** A line of a plan as it stands in the sheet; a heraf part names its row's sheet row. */
export interface PlanLine {
  /** Sheet row (1-based). */
  row: number;
  label: string;
  value: Dec;
  /** For a heraf part: the sheet row of the line it is part of. */
  parent?: number;
}

export interface RespreadRow extends PlanLine {
  old: Dec;
  new: Dec;
  /** Whether the line kept its value because it was locked. */
  locked: boolean;
  /** Whether the line got one of the steps left after every line's floor (largest remainder). */
  extraStep: boolean;
}

export interface Respread {
  step: Dec;
  /** The capacity rounded down to whole steps: what the proposal spreads. */
  target: Dec;
  /** The capacity minus the target: what a whole number of steps cannot hold. */
  unspread: Rational;
  rows: RespreadRow[];
}

/**
 * The plan re-spread to a capacity in whole steps: the lines (not their heraf parts) by their
 * current split, largest remainder, locked lines kept; each heraf part scaled with its line,
 * rounded half-up to the step and never above the line's new value. The capacity is rounded
 * down to the step first (4 10/12 in ¼ steps spreads 4¾), so the proposal never plans more
 * than the staff give and its lines add up to the target exactly.
 */
export function respreadPlan(
  lines: readonly PlanLine[],
  capacity: Rational,
  step: Dec,
  locked: ReadonlySet<number> = new Set(),
): Result<Respread> {
  if (!step.isFinite() || step.lte(0)) {
    return fail(
      'STEP_NOT_POSITIVE',
      'Trinnet skal være større end 0.',
      'The step must be above 0.',
    );
  }
  const own = lines.filter((l) => l.parent === undefined);
  const target = step.times(floorSteps(capacity, fromDec(step)).toString());
  const lockedValues = new Map<number, Dec>();
  own.forEach((l, i) => {
    if (locked.has(l.row)) lockedValues.set(i, l.value);
  });
  const spread = apportion(
    target,
    own.map((l) => l.value),
    step,
    { weightsAre: 'current', locked: lockedValues, explain: true },
  );
  if (!spread.ok) return spread;
  const newOf = new Map<number, Dec>();
  const extra = new Set<number>();
  own.forEach((l, i) => newOf.set(l.row, spread.value.allocations[i]!));
  for (const e of spread.value.explanation?.rows ?? []) if (e.extraStep) extra.add(own[e.row]!.row);
  const rows = lines.map((l): RespreadRow => {
    if (l.parent === undefined) {
      return {
        ...l,
        old: l.value,
        new: newOf.get(l.row)!,
        locked: locked.has(l.row),
        extraStep: extra.has(l.row),
      };
    }
    const parentOld = lines.find((p) => p.row === l.parent)?.value ?? ZERO;
    const parentNew = newOf.get(l.parent) ?? ZERO;
    const scaled = parentOld.isZero()
      ? ZERO
      : roundRatio(l.value.times(parentNew), parentOld, step, 'half-up');
    return {
      ...l,
      old: l.value,
      new: Dec.min(scaled, parentNew),
      locked: false,
      extraStep: false,
    };
  });
  const unspread = sub(capacity, fromDec(target));
  return ok({ step, target, unspread, rows });
}
