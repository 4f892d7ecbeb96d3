import type { Lang } from '../i18n';
import { NO_YEARS_MESSAGES, STATUS_LABELS } from '../indicators';
import type { IndicatorStatus, NoYearsReason, TableKind } from '../report';

/**
 * The words for the report's codes: the CLI's text, the pane, the web page and the annotated
 * copy show these; the JSON carries the codes.
 */
const KINDS: Record<TableKind, { da: string; en: string }> = {
  budget: { da: 'budgetoversigt', en: 'budget overview' },
  plan: { da: 'årsværksplan', en: 'person-year plan' },
  staffing: { da: 'bemanding', en: 'staffing' },
  financing: { da: 'finansiering', en: 'financing' },
  agreement: { da: 'aftale (initiativer)', en: 'agreement (initiatives)' },
  catalogue: { da: 'katalog over indsatser', en: 'catalogue of initiatives' },
  indicator: { da: 'indikatorer', en: 'indicators' },
  status: { da: 'status for mål', en: 'status of targets' },
  unknown: { da: 'ukendt tabel', en: 'unknown table' },
};

export function kindName(kind: TableKind, lang: Lang): string {
  const k = KINDS[kind] ?? KINDS.unknown;
  return lang === 'en' ? k.en : k.da;
}

const UNITS: Record<string, { da: string; en: string }> = {
  kr: { da: 'kr.', en: 'DKK' },
  '1.000 kr.': { da: '1.000 kr.', en: 'DKK 1,000' },
  'mio. kr.': { da: 'mio. kr.', en: 'DKK m' },
  årsværk: { da: 'årsværk', en: 'person-years' },
  percent: { da: '%', en: '%' },
  count: { da: 'antal', en: 'count' },
};

export function unitName(unit: string, lang: Lang): string {
  const u = UNITS[unit];
  return u === undefined ? unit : lang === 'en' ? u.en : u.da;
}

/** 'progress' → Fremgang / Progress. */
export function statusName(status: IndicatorStatus, lang: Lang): string {
  return lang === 'en' ? STATUS_LABELS[status].en : STATUS_LABELS[status].da;
}

/** Why there are no years to the target, as a sentence. */
export function reasonText(reason: NoYearsReason, lang: Lang): string {
  return lang === 'en' ? NO_YEARS_MESSAGES[reason].en : NO_YEARS_MESSAGES[reason].da;
}
