import type { Unit } from '../numbers';
import type { TableKind } from '../report';
import type { DetectedColumn } from './types';
import { FINANCING, FINANCING_NEED, TITLE_WORDS } from './words';

export interface KindEvidence {
  columns: DetectedColumn[];
  title: string | null;
  sheetName: string;
  unit: Unit | null;
}

/** 'Beløb', 'Amount': money without a unit named. */
const AMOUNT_HEADER = /(?<!\p{L})(?:beløb|amount|kroner)(?!\p{L})/iu;
const MONEY: ReadonlySet<Unit> = new Set<Unit>(['kr', '1.000 kr.', 'mio. kr.']);
const BUDGET_ROLES = ['adopted', 'supplements', 'corrected', 'actual', 'deviation'] as const;

/**
 * The kind of a table, from what its headers and title say, most specific first. Each rule is
 * a sentence a user can check: "a person column with from/to dates is a staffing table".
 */
export function kindOf(e: KindEvidence): TableKind {
  const has = (role: DetectedColumn['role']) => e.columns.some((c) => c.role === role);
  const headers = e.columns.map((c) => c.header).join(' | ');
  const label = e.columns.find((c) => c.role === 'label')?.header ?? '';
  const context = `${e.title ?? ''} | ${e.sheetName} | ${label}`;
  const years = e.columns.filter((c) => c.role === 'year').length;
  const totalColumn = e.columns.some((c) => c.covers !== undefined);

  // Medarbejder / Fra / Til / Andel.
  if (has('person') && (has('from') || has('to'))) return 'staffing';
  // Mål + Status/Resultat: a target and the result so far.
  if (has('target') && has('result')) return 'status';
  // Year columns with a direction or a target, or on a barometer: indicators.
  if (years >= 2 && !totalColumn) {
    if (has('direction') || has('target') || e.unit === 'percent') return 'indicator';
    if (TITLE_WORDS.indicator.test(context) || /indikator|indicator/i.test(label))
      return 'indicator';
  }
  if (has('direction')) return 'indicator';
  // Målgruppe, Stjerne, Pejlemærke, Finansieringsbehov: the catalogue of possible initiatives.
  if (has('targetGroup') || has('star') || TITLE_WORDS.catalogue.test(context)) return 'catalogue';
  if (has('area') && FINANCING_NEED.test(headers)) return 'catalogue';
  // 'Finansiering' as the label header or title: the funding sources.
  if (
    FINANCING.test(label) ||
    (FINANCING.test(e.title ?? '') && !FINANCING_NEED.test(e.title ?? ''))
  ) {
    return 'financing';
  }
  // Person-years: a work plan. A plan of counts over years ('200 unge over 2009-2011') is a
  // multi-year target, not a use of staff: it stays 'unknown', its total column says what it sums.
  if (e.unit === 'årsværk' || (e.unit === null && TITLE_WORDS.plan.test(context))) return 'plan';
  if (BUDGET_ROLES.some(has)) return 'budget';
  if (e.unit && MONEY.has(e.unit)) {
    if (TITLE_WORDS.agreement.test(context) || /initiativ/i.test(label)) return 'agreement';
    return 'budget';
  }
  if (TITLE_WORDS.budget.test(context) || AMOUNT_HEADER.test(headers)) return 'budget';
  if (TITLE_WORDS.status.test(context) && has('target')) return 'status';
  return 'unknown';
}
