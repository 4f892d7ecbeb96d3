import type { Dec, DecimalLike } from '../numbers';
import type { Text } from '../i18n';

/** Row-indexed values (0-based rows): a Map or a plain object keyed by row index. */
export type RowValues = ReadonlyMap<number, DecimalLike> | Readonly<Record<number, DecimalLike>>;

/**
 * How the weights are meant: plain numbers, percentages (must add up to 100) or the current
 * values of the rows that are re-scaled to a new total. The arithmetic is the same; checks and
 * wording differ.
 */
export type WeightKind = 'numbers' | 'percent' | 'current';

export interface ApportionOptions {
  /** Rows that keep their value; the rest of the total is spread over the other rows. */
  locked?: RowValues;
  /** Lowest value per row (rounded up to the step grid). */
  min?: RowValues;
  /** Highest value per row (rounded down to the step grid). */
  max?: RowValues;
  weightsAre?: WeightKind;
  /** Build the per-row explanation (costs time on very large inputs). */
  explain?: boolean;
}

/** Why a row has the value it has. */
export type RowBasis = 'quota' | 'locked' | 'min' | 'max';

export interface RowExplanation {
  /** 0-based row index. */
  row: number;
  weight: Dec;
  basis: RowBasis;
  /** The exact (unrounded) share of the total; for locked and clamped rows the fixed value. */
  quota: Dec;
  /** The quota rounded down to the step grid. */
  floor: Dec;
  /** Whether the row received one of the leftover steps. */
  extraStep: boolean;
  /** Place in the remainder order (1 = largest remainder) among rows with a remainder. */
  rank: number | null;
  allocation: Dec;
  text: Text;
}

export interface Explanation {
  /** Steps left after every row got its floor, handed out by largest remainder. */
  leftoverSteps: number;
  rows: RowExplanation[];
  summary: Text;
}

export interface Apportionment {
  total: Dec;
  step: Dec;
  allocations: Dec[];
  explanation: Explanation | null;
}

export interface IndependentRounding {
  /** Each value rounded on its own (half up) to the step. */
  values: Dec[];
  /** Sum of the rounded values. */
  sum: Dec;
  /** The total the rounded values are compared with (given, or the sum of the unrounded). */
  total: Dec;
  /** sum - total; not zero is what the footnote is for. */
  difference: Dec;
  footnote: Text;
}
