import { Dec } from '../numbers';
import { fail, ok, type Result } from '../i18n';
import { noNegZero } from './clean';

/**
 * The change between two percentages in percentage points (procentpoint): 92,7 % → 93,1 % is
 * +0,4 points. Exact.
 */
export function changePoints(from: Dec, to: Dec): Dec {
  return noNegZero(to.minus(from));
}

/**
 * The relative change in percent (procent): 92,7 → 93,1 is +0,43 %. Not defined from zero;
 * rounded at the 40th significant digit when the quotient does not terminate.
 */
export function relativeChange(from: Dec, to: Dec): Result<Dec> {
  if (from.isZero()) {
    return fail(
      'BASE_IS_ZERO',
      'En relativ ændring kan ikke beregnes fra 0.',
      'A relative change cannot be computed from 0.',
    );
  }
  return ok(noNegZero(to.minus(from).times(100).div(from.abs())));
}
