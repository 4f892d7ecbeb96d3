import { cellAt, type Sheet } from '../grid';
import { parsePeriod } from '../indicators';
import { withoutPairs } from '../numbers';
import { mayContain } from '../numbers/word-pattern';
import { spelledPattern, type SpelledPattern } from '../numbers/latin-letters';

/**
 * The period a header names, as written: a year (2019 as a number or text), a month or date
 * ('Februar 2011', a date cell), a quarter ('Q3 2024'). Null for anything else; a header must
 * name a year to count, so 'Mål' or 'Retning' never does.
 */
export function headerPeriod(sheet: Sheet, row: number, col: number): string | null {
  const cell = cellAt(sheet, row, col);
  const v = cell?.value;
  if (typeof v === 'number') {
    return Number.isInteger(v) && v >= 1900 && v <= 2100 ? String(v) : null;
  }
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return null;
    const iso = v.toISOString().slice(0, 10);
    // A date formatted without its day ('mmm yyyy') names a month.
    return cell?.numFmt && !/d/i.test(withoutPairs(cell.numFmt, '[', ']')) ? iso.slice(0, 7) : iso;
  }
  if (typeof v !== 'string') return null;
  const text = v.trim();
  if (!/(?<!\d)(?:19|20)\d{2}(?!\d)/.test(text) || text.length > 40) return null;
  return parsePeriod(text).ok ? text : null;
}

const YEAR = /(?<!\d)((?:19|20)\d{2})(?!\d)/;

/** The first plausible year (1900–2100) in a text. */
export function yearIn(text: string | null | undefined): number | null {
  const m = text ? YEAR.exec(text) : null;
  return m ? Number(m[1]) : null;
}

const QUARTERS: ReadonlyArray<SpelledPattern> = [
  /(?<!\d)([1-4])\.?\s*(?:kvartal|kvt\.?|kv\.)/iu,
  spelledPattern(String.raw`(?<![\p{L}\d])q([1-4])(?!\d)`, 'iu'),
  /(?<!\d)([1-4])(?:st|nd|rd|th)?\s+quarter/iu,
  /quarter\s*([1-4])(?!\d)/iu,
];
const QUARTER_NEEDLES = ['q', 'kv'];
const QUARTER_WORDS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  første: 1,
  andet: 2,
  tredje: 3,
  fjerde: 4,
};

const QUARTER_WORDS_PATTERN = spelledPattern(
  String.raw`(?<!\p{L})(first|second|third|fourth|første|andet|tredje|fjerde)\s+(?:quarter|kvartal)`,
  'iu',
);

/** A quarter named in a text: '2. kvartal', 'Q3', '3rd quarter', 'tredje kvartal'. */
export function quarterIn(text: string | null | undefined): number | null {
  // Every way of naming a quarter holds a 'q' or a 'kv' (kvartal, kvt., kv.).
  if (!text || !mayContain(text, QUARTER_NEEDLES)) return null;
  for (const re of QUARTERS) {
    const m = re.exec(text);
    if (m) return Number(m[1]);
  }
  const w = QUARTER_WORDS_PATTERN.exec(text);
  return w ? QUARTER_WORDS[w[1]!.toLowerCase()]! : null;
}
