import type { Dec } from './decimal';
import type { Text } from '../i18n';

/**
 * Units a number in these workbooks can carry. Percent values are in percent (84.8 = 84,8 %);
 * 'points' are percentage points (procentpoint), a difference of percentages: never merged
 * with 'percent' (never summed with it, never shown as '%', never read as a share).
 */
export type Unit = 'kr' | '1.000 kr.' | 'mio. kr.' | 'årsværk' | 'percent' | 'points' | 'count';

/** Words before a number that qualify it: 'min. 350', 'ca. 400'. */
export type Qualifier = 'min.' | 'max.' | 'ca.' | 'over' | 'under' | 'op til';

export interface Amount {
  /** The exact value; for a range, its lower bound. */
  value: Dec;
  unit: Unit | null;
  qualifier: Qualifier | null;
  /** '60-70' → { low: 60, high: 70 }. */
  range: { low: Dec; high: Dec } | null;
  /** A footnote mark that followed the number ('*', '**'), kept as written. */
  footnote: string | null;
  /** Digits after the decimal separator as published ('84,8 %' → 1); the precision to compare at. */
  decimals: number;
  /** Whether the cell held a real number or text. */
  source: 'number' | 'text';
  /**
   * Set when the text said percentage points ('0,4 procentpoint'): a difference of two
   * percentages, in unit 'points' and displayed with `formatPoints`, never as '%'.
   */
  points?: boolean;
}

export type UnreadableReason = 'empty' | 'error-value' | 'not-a-number' | 'malformed' | 'ambiguous';

export type ParseResult =
  | { ok: true; amount: Amount }
  | {
      ok: false;
      reason: UnreadableReason;
      /** The input as text, for messages. */
      text: string;
      message: Text;
      /** For 'ambiguous': the readings it could have (e.g. 1500 and 1.5). */
      candidates?: Dec[];
    };

/** What the column around a cell says, so ambiguous text can be decided. */
export interface ParseContext {
  /** The unit from the column's header; a bare number in that column takes it. */
  unit?: Unit;
  /** How the column's (or workbook's) other cells write numbers. Decides '1.500'. */
  style?: 'da' | 'en';
  /** The cell's Excel number format, used for real numbers ('0.0%' makes 0.848 → 84,8 %). */
  numFmt?: string;
}
