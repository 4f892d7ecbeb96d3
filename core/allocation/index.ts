export { apportion } from './apportion';
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
