import { Dec } from '../numbers';

/** decimal.js keeps a sign on zero (0 × −1, −0,04 rounded to one decimal): never let one out. */
export function noNegZero(d: Dec): Dec {
  return d.isZero() ? new Dec(0) : d;
}
