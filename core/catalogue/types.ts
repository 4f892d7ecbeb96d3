import type { Dec, Qualifier } from '../numbers';
import type { MoneyUnit } from '../budget';

/** 'min. 350 borgere', '150-200', '20 familier'. */
export interface TargetGroup {
  /** The lower bound; the number itself when there is no range. */
  low: Dec;
  /** The upper bound; equal to `low` when there is no range. */
  high: Dec;
  qualifier: Qualifier | null;
  /** The word for who is counted: 'borgere', 'unge', 'familier' …; null when not written. */
  unit: string | null;
}

/** Which number of a target group the money is taken to reach. */
export type PeopleBasis = 'low' | 'mid' | 'high';

/** What the money was stated to buy: kept exact, so scaling never compounds a rounding. */
export interface CostBasis {
  /** The financing need, in kroner. */
  kroner: Dec;
  people: Dec;
}

/** One row of a catalogue of possible initiatives (a 'Bruttokatalog'). */
export interface Initiative {
  /** 1-based sheet row. */
  row: number;
  id?: string;
  label: string;
  /** Pejlemærke. */
  area: string | null;
  /** Fokusområde. */
  focus: string | null;
  /** Marked with a star: expected to be effective. */
  starred: boolean;
  target: TargetGroup | null;
  /** Financing need per year. */
  need: Dec;
  unit: MoneyUnit;
  /** The need's cell ('G4'), for messages. */
  cell?: string;
  /** Set once scaled: the original need and people, so the cost per person stays. */
  basis?: CostBasis;
}

export type Rounding = 'half-up' | 'down' | 'up';
