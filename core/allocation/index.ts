/**
 * core/allocation: splitting a total in whole steps (½ person-year, 0,1 mio. kr.) so the parts
 * add up to the total exactly. Largest remainder (Hamilton) on integer step counts; Dec only at
 * the edges; errors as Result, never exceptions.
 */

/** apportion(total, weights, step, { locked, min, max, weightsAre, explain }) → Result. */
export { apportion } from './apportion';
/** Each value rounded on its own, with the standard footnote and the sum difference. */
export { roundEach, ROUNDING_FOOTNOTE } from './round-each';
export type {
  Apportionment,
  ApportionOptions,
  Explanation,
  IndependentRounding,
  RowBasis,
  RowExplanation,
  RowValues,
  WeightKind,
} from './types';
