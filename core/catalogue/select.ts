import { convert, dec, Dec, ZERO, type DecimalLike } from '../numbers';
import { fail, ok, type Result } from '../i18n';
import type { MoneyUnit } from '../budget';
import { costBasis } from './cost';
import { roundRatio } from './exact';
import type { Initiative, PeopleBasis } from './types';

export interface SelectOptions {
  /** After the starred ones: the order given (default) or the lowest cost per person first. */
  order?: 'given' | 'costPerPerson';
  /** Starred initiatives first (default true). */
  starredFirst?: boolean;
  /** Step for the scaled-down suggestions, in the frame's unit (default 0,001 mio. kr. = 1.000 kr.). */
  step?: DecimalLike;
  peopleStep?: DecimalLike;
  basis?: PeopleBasis;
}

export interface ScaledDown {
  /** What fits in what is left, in the frame's unit. */
  need: Dec;
  /** The people it reaches at the same cost per person; null for a money-only initiative. */
  people: Dec | null;
}

export interface Selection {
  frame: Dec;
  unit: MoneyUnit;
  /** In the order they were taken. */
  chosen: Initiative[];
  /** Those that did not fit whole, each with what would fit of it in what is left. */
  rest: Array<{ initiative: Initiative; scaledDown: ScaledDown | null }>;
  /** Sum of the chosen needs and what is left of the frame, in the frame's unit. */
  total: Dec;
  left: Dec;
}

/** The order initiatives are considered in: starred first, then given or cheapest per person. */
export function selectionOrder(
  initiatives: Initiative[],
  options: SelectOptions = {},
): Initiative[] {
  const starredFirst = options.starredFirst ?? true;
  const perPerson = (i: Initiative): Dec | null => {
    const b = costBasis(i, options.basis);
    return b.ok ? b.value.kroner.div(b.value.people) : null;
  };
  const keyed = initiatives.map((initiative, index) => ({
    initiative,
    index,
    cost: options.order === 'costPerPerson' ? perPerson(initiative) : null,
  }));
  keyed.sort((a, b) => {
    if (starredFirst && a.initiative.starred !== b.initiative.starred) {
      return a.initiative.starred ? -1 : 1;
    }
    if (options.order === 'costPerPerson' && !(a.cost === null && b.cost === null)) {
      // Initiatives without a target group have no cost per person: they come last.
      if (a.cost === null) return 1;
      if (b.cost === null) return -1;
      const c = a.cost.cmp(b.cost);
      if (c !== 0) return c;
    }
    return a.index - b.index;
  });
  return keyed.map((k) => k.initiative);
}

/**
 * Pick initiatives that fit a frame (15 mio. kr.): in selection order, each is taken whole when
 * it fits what is left, else passed over for the next. For those passed over: what would fit
 * of each if it alone were scaled down into what is left.
 */
export function selectWithinFrame(
  initiatives: Initiative[],
  frame: DecimalLike,
  unit: MoneyUnit,
  options: SelectOptions = {},
): Result<Selection> {
  const f = dec(frame);
  if (!f.isFinite() || f.isNegative()) {
    return fail('OUT_OF_RANGE', 'Rammen skal være 0 eller mere.', 'The frame must be 0 or more.');
  }
  const step = dec(options.step ?? convert(new Dec(1000), 'kr', unit)!);
  const peopleStep = dec(options.peopleStep ?? 1);
  if (step.lte(0) || peopleStep.lte(0)) {
    return fail(
      'OUT_OF_RANGE',
      'Trinnet skal være større end 0.',
      'The step must be greater than 0.',
    );
  }
  const needIn = (i: Initiative): Dec => convert(i.need, i.unit, unit) as Dec;
  const chosen: Initiative[] = [];
  const passed: Initiative[] = [];
  let left = f;
  for (const i of selectionOrder(initiatives, options)) {
    const need = needIn(i);
    if (need.lte(left)) {
      chosen.push(i);
      left = left.minus(need);
    } else {
      passed.push(i);
    }
  }
  const room = roundRatio(left, new Dec(1), step, 'down');
  const rest = passed.map((initiative) => ({
    initiative,
    scaledDown: scaleDownInto(initiative, room, unit, step, peopleStep, options.basis),
  }));
  const total = f.minus(left);
  return ok({ frame: f, unit, chosen, rest, total, left: left.isZero() ? ZERO : left });
}

function scaleDownInto(
  i: Initiative,
  room: Dec,
  unit: MoneyUnit,
  step: Dec,
  peopleStep: Dec,
  basis: PeopleBasis | undefined,
): ScaledDown | null {
  if (room.lte(0)) return null;
  const b = costBasis(i, basis);
  if (!b.ok) return i.target ? null : { need: room, people: null };
  if (b.value.kroner.lte(0)) return null;
  const roomKr = convert(room, unit, 'kr') as Dec;
  const people = roundRatio(roomKr.times(b.value.people), b.value.kroner, peopleStep, 'down');
  if (people.isZero()) return null;
  // Rounded up to the step, the cost of those people still fits: room is on the step grid.
  const perUnit = convert(new Dec(1), unit, 'kr') as Dec;
  const need = roundRatio(b.value.kroner.times(people), b.value.people.times(perUnit), step, 'up');
  return { need, people };
}
