import type { Unit } from '../numbers';
import type { Text } from '../i18n';
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
export function kindOf(e: KindEvidence): KindReading {
  const has = (role: DetectedColumn['role']) => e.columns.some((c) => c.role === role);
  const headers = e.columns.map((c) => c.header).join(' | ');
  const label = e.columns.find((c) => c.role === 'label')?.header ?? '';
  const context = `${e.title ?? ''} | ${e.sheetName} | ${label}`;
  const years = e.columns.filter((c) => c.role === 'year').length;
  const totalColumn = e.columns.some((c) => c.covers !== undefined);
  const money = e.unit !== null && MONEY.has(e.unit);

  if (has('person') && (has('from') || has('to') || has('share'))) return STAFFING;
  if (has('target') && has('result')) return STATUS;
  if (years >= 2 && !totalColumn) {
    if (has('direction') || has('target') || e.unit === 'percent') return INDICATOR;
    if (TITLE_WORDS.indicator.test(context) || /indikator|indicator/i.test(label)) return INDICATOR;
  }
  if (has('direction')) return INDICATOR;
  if (
    has('targetGroup') ||
    has('catalogueText') ||
    has('star') ||
    TITLE_WORDS.catalogue.test(context)
  )
    return CATALOGUE;
  if (has('area') && FINANCING_NEED.test(headers)) return CATALOGUE;
  const title = e.title ?? '';
  if (FINANCING.test(label) || (FINANCING.test(title) && !FINANCING_NEED.test(title))) {
    return FINANCING_SOURCES;
  }
  // A plan of counts over years ('200 unge over 2009-2011') is a multi-year target, not a use
  // of staff: it stays 'unknown', its total column says what it sums.
  if (e.unit === 'årsværk' || (e.unit === null && TITLE_WORDS.plan.test(context))) return PLAN;
  if (BUDGET_ROLES.some(has)) return BUDGET_COLUMNS;
  if (money && (TITLE_WORDS.agreement.test(context) || /initiativ/i.test(label))) return AGREEMENT;
  if (money || TITLE_WORDS.budget.test(context) || AMOUNT_HEADER.test(headers)) return BUDGET;
  if (TITLE_WORDS.status.test(context) && has('target')) return STATUS;
  return UNKNOWN;
}

export interface KindReading {
  kind: TableKind;
  /** Why, in a sentence a user can check. */
  reason: Text;
}

function reading(kind: TableKind, da: string, en: string): KindReading {
  return { kind, reason: { da, en } };
}

const STAFFING = reading(
  'staffing',
  'En kolonne med medarbejdere og en Fra/Til-dato eller en andel: en bemandingstabel.',
  'A column of staff and a From/To date or a share: a staffing table.',
);
const STATUS = reading(
  'status',
  'En målkolonne og en resultat- eller statuskolonne: status for mål.',
  'A target column and a result or status column: the status of targets.',
);
const INDICATOR = reading(
  'indicator',
  'Kolonner pr. år eller dato med en retning, et mål eller procenter: indikatorer.',
  'Columns per year or date with a direction, a target or percentages: indicators.',
);
const CATALOGUE = reading(
  'catalogue',
  'Målgruppe, stjerne eller pejlemærke med finansieringsbehov: et katalog over indsatser.',
  'Target group, star or focus area with a financing need: a catalogue of initiatives.',
);
const FINANCING_SOURCES = reading(
  'financing',
  'Overskriften "Finansiering": en tabel over finansieringskilder.',
  'The heading "Finansiering" (financing): a table of funding sources.',
);
const PLAN = reading(
  'plan',
  'Værdier i årsværk (eller en arbejdsplan uden anden enhed): en årsværksplan.',
  'Values in person-years (or a work plan with no other unit): a person-year plan.',
);
const BUDGET_COLUMNS = reading(
  'budget',
  'Kolonner som Vedtaget budget, Tillægsbevillinger, Korrigeret budget, Forbrug: en budgetopfølgning.',
  'Columns such as adopted budget, supplements, corrected budget, actuals: a budget follow-up.',
);
const AGREEMENT = reading(
  'agreement',
  'Beløb i kroner under en aftale eller pr. initiativ: en aftale.',
  'Amounts in kroner under an agreement or per initiative: an agreement.',
);
const BUDGET = reading(
  'budget',
  'Beløb i kroner (eller udgifter og forbrug): en budgetoversigt.',
  'Amounts in kroner (or expenses and spending): a budget overview.',
);
const UNKNOWN = reading(
  'unknown',
  'Ingen overskrift eller enhed siger, hvilken slags tabel det er.',
  'No header or unit says what kind of table this is.',
);
