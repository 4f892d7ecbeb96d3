/** Danish and English month names and their usual abbreviations, lower case, without dots. */
const NAMES: readonly (readonly string[])[] = [
  ['januar', 'january', 'jan'],
  ['februar', 'february', 'feb', 'febr'],
  ['marts', 'march', 'mar', 'mrt'],
  ['april', 'apr'],
  ['maj', 'may'],
  ['juni', 'june', 'jun'],
  ['juli', 'july', 'jul'],
  ['august', 'aug'],
  ['september', 'sep', 'sept'],
  ['oktober', 'october', 'okt', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
];

const BY_NAME = new Map<string, number>(
  NAMES.flatMap((names, i) => names.map((n) => [n, i + 1] as const)),
);

/** 'Februar' → 2, 'nov.' → 11, 'Oct' → 10; undefined for anything else. */
export function monthNumber(word: string): number | undefined {
  return BY_NAME.get(word.toLowerCase().replace(/\.$/, ''));
}

export const MONTH_NAMES_DA = NAMES.map((n) => n[0]);
export const MONTH_NAMES_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
