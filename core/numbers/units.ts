import type { Unit } from './types';
import { eitherOf, wordPattern, type WordTest } from './word-pattern';

/** What a unit word after (or 'DKK' before) a number says. */
export interface UnitReading {
  unit: Unit;
  /** 'procentpoint' / 'percentage points': a difference of percentages. */
  points: boolean;
}

const L = '\\p{L}';
/** A word that starts and ends at a non-letter: '\b' does not know 'å'. */
function word(pattern: string): WordTest {
  return wordPattern(`(?<![${L}])(?:${pattern})(?![${L}])`, pattern, 'anywhere');
}

const SUFFIXES: readonly [RegExp, UnitReading][] = [
  [/^(?:mio\.?\s*kr\.?|mio\.?|mill?\.?\s*kr\.?|millioner\s+kr(?:oner|\.)?)$/iu, u('mio. kr.')],
  [/^(?:t\.?\s*kr\.?|tkr\.?|t\.\s*kr\.?|\(1\.000\s*kr\.?\)|tusind\s+kr\.?)$/iu, u('1.000 kr.')],
  [/^(?:kr\.?|kroner|dkk)$/iu, u('kr')],
  [/^(?:procentpoint|pct\.?-?\s?point|%-point|percentage\s+points?|pp)$/iu, u('points', true)],
  [/^(?:%|pct\.?|procent|percent)$/iu, u('percent')],
  [/^(?:årsværk|å\.\s?v\.?|åv\.?|person[-\s]?years?|fte)$/iu, u('årsværk')],
];

function u(unit: Unit, points = false): UnitReading {
  return { unit, points };
}

/** A few plain words after a number ('borgere', 'personer', 'stk.') make it a count. */
const COUNT_WORDS = /^[\p{L}][\p{L}.-]*(?:\s+[\p{L}][\p{L}.-]*){0,3}$/u;
/** Money or units we do not hold ('mia. kr.', 'EUR'): never read those as a head count. */
const NOT_A_COUNT =
  /(?<![\p{L}])(?:kr|kroner|dkk|mia|mio|mill\p{L}*|milliard\p{L}*|billion\p{L}*|tusind\p{L}*|thousand\p{L}*|tkr|eur|euro|usd|procent|pct|point|år|timer|mdr|måneder|uger|dage)(?![\p{L}])/iu;

/** The unit written after a number in a cell ('4,4 mio. kr.' → 'mio. kr.'), or undefined. */
export function unitSuffix(text: string): UnitReading | undefined {
  const t = text.trim().replace(/\s+/g, ' ');
  for (const [re, reading] of SUFFIXES) if (re.test(t)) return reading;
  if (COUNT_WORDS.test(t) && !NOT_A_COUNT.test(t)) return u('count');
  return undefined;
}

/** After an English 'DKK' prefix: 'DKK 4.4m', 'DKK 250k', 'DKK 4.4 million'. */
export function unitAfterCurrency(text: string): Unit | undefined {
  const t = text.trim().toLowerCase();
  if (t === '') return 'kr';
  if (/^(?:m|mn|mio\.?|million)$/.test(t)) return 'mio. kr.';
  if (/^(?:k|thousand|'000)$/.test(t)) return '1.000 kr.';
  return undefined;
}

/** A '%' anywhere (no case to fold). */
export const PERCENT_SIGN: WordTest = { test: (text) => text.includes('%') };

const HEADER_UNITS: readonly [WordTest, Unit][] = [
  [
    word(
      'mio\\.?\\s*kr|mill?\\.?\\s*kr|mio|millioner|dkk\\s*(?:m|mn|mio|million)|(?:m|mn)\\s*dkk|million\\s*(?:kr|dkk)',
    ),
    'mio. kr.',
  ],
  [
    word(
      "1[.,]000\\s*(?:kr|dkk)|t\\.?\\s*kr|tkr|tusind\\s*kr|dkk\\s*(?:k|'000|thousands?)|(?:k|'000)\\s*dkk",
    ),
    '1.000 kr.',
  ],
  [word('kr|kroner|dkk'), 'kr'],
  [word('årsværk|å\\.\\s?v|person[-\\s]?years?|fte'), 'årsværk'],
  // Points before percent: 'Ændring (procentpoint)' is a column of differences, not of shares.
  [
    eitherOf(
      wordPattern(/%-point/iu, '%-point', 'anywhere'),
      word('procentpoint|pct\\.?-?\\s?point|percentage\\s+points?'),
    ),
    'points',
  ],
  [eitherOf(PERCENT_SIGN, word('pct|procent|percent(?:age)?')), 'percent'],
  [word('antal|number|count|borgere|personer|deltagere|stk'), 'count'],
];

/**
 * The unit a column header names: 'Beløb i kr.' → 'kr', 'Total (mio. kr.)' → 'mio. kr.',
 * 'Andel (%)' → 'percent', 'Antal' → 'count', 'DKK m' → 'mio. kr.'. Null when it names none.
 */
export function unitFromText(header: string): Unit | null {
  const t = String(header).replace(/[\u00a0\u202f\u2009]/g, ' ');
  for (const [re, unit] of HEADER_UNITS) if (re.test(t)) return unit;
  return null;
}
