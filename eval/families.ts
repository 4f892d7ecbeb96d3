import type { Family } from './labels';

const KNOWN: Record<string, Family> = {
  TOTAL_MISMATCH: 'total',
  BUDGET_COLUMN_MISMATCH: 'total',
  HERAF_EXCEEDS_PARENT: 'total',
  UNREADABLE_VALUE: 'value',
  AMBIGUOUS_NUMBER: 'value',
  MIXED_UNITS: 'value',
  FORMULA_ERROR: 'formula-error',
  CAPACITY_EXCEEDED: 'capacity',
  CAPACITY_UNUSED: 'capacity',
  STAFF_OVERLAP: 'capacity',
  FUNDING_SHORTFALL: 'funding',
  FUNDING_SURPLUS: 'funding',
  TARGET_OFF_TRACK: 'status',
};

/**
 * The family of a finding code. Codes the checks may add for formulas (a SUM that omits rows,
 * counts a subtotal twice, differs from its siblings, a typed total) are about a total's number.
 */
export function familyOf(code: string): Family | string {
  return knownFamily(code) ?? code;
}

/** The family of a code, or undefined for a code eval/families.ts does not know (say so). */
export function knownFamily(code: string): Family | undefined {
  const known = KNOWN[code];
  if (known) return known;
  if (/TOTAL|SUM|OMIT|DOUBLE|SIBLING|RANGE|HERAF|INCONSISTENT|TYPED|REFERENCE/.test(code)) {
    return 'total';
  }
  return undefined;
}
