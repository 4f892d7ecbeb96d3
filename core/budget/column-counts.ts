import { POW10, type Fixed } from '../numbers';

/**
 * Every sum the integer path makes is of counts whose magnitudes add up to less than this, so
 * each partial sum is an integer below 2^53 and exact in a double; the headroom covers rounding
 * a total to its published decimals (a step of at most 10^15 more).
 */
export const EXACT_BELOW = 2 ** 52;

/**
 * A column's values as counts at one scale, by line index (NaN where a line has no cell). The
 * scale is the smallest that holds every value so far and grows when one needs more decimals.
 */
export class ColumnCounts {
  scale = 0;
  readonly units: Float64Array;

  constructor(lines: number) {
    this.units = new Float64Array(lines).fill(Number.NaN);
  }

  /** Puts a value; false when a count would pass the bound (the Dec path must decide). */
  put(i: number, f: Fixed): boolean {
    if (f.scale > this.scale && !this.grow(f.scale)) return false;
    return this.putUnits(i, f.units * POW10[this.scale - f.scale]!);
  }

  /** Puts a count already at `scale`. */
  putUnits(i: number, units: number): boolean {
    if (!(Math.abs(units) < EXACT_BELOW)) return false;
    this.units[i] = units;
    return true;
  }

  private grow(to: number): boolean {
    const factor = POW10[to - this.scale]!;
    const units = this.units;
    for (let i = 0; i < units.length; i++) {
      const u = units[i]! * factor;
      if (u !== u) continue;
      if (!(Math.abs(u) < EXACT_BELOW)) return false;
      units[i] = u;
    }
    this.scale = to;
    return true;
  }
}
