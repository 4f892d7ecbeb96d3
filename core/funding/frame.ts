import { convert, Dec, ZERO } from '../numbers';
import type { MoneyUnit } from '../budget';
import type { Frame } from './types';

/** The frame's amount in one year (0 outside its years); a table without years gets one year's. */
export function frameForYear(frame: Frame, year: number | null, unit: MoneyUnit): Dec {
  const inside =
    year === null ||
    ((frame.from === undefined || year >= frame.from) &&
      (frame.to === undefined || year <= frame.to));
  return inside ? (convert(frame.amount, frame.unit, unit) as Dec) : ZERO;
}

/** A frame over a run of years: 10 mio. kr. a year from 2006 → 2006: 10, 2007: 10 … */
export function frameByYear(
  frame: Frame,
  years: number[],
  unit: MoneyUnit = frame.unit,
): Map<number, Dec> {
  return new Map(years.map((y) => [y, frameForYear(frame, y, unit)]));
}
