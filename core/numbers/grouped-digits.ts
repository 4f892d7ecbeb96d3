/**
 * Danish digits ('-1.572.000,50') read in one pass, for the fast readers of number text
 * (`fixedFromText`, the check's sheet numbers): each adds its own rules to what this reads.
 */

/** What the last scanGrouped read: kept here, not in an object, so a million cells allocate nothing. */
export const grouped = { negative: false, dots: 0, intDigits: 0, scale: 0 };

/**
 * The count of all a text's digits, unsigned ('-1.572.000,50' → 157200050, `grouped` telling
 * the sign, 2 dots, 7 whole digits and 2 decimals), or NaN unless the text is an optional '-',
 * digits grouped in thousands by '.' (one to three, then exactly three after each '.'), and
 * optionally ',' with at least one digit after it.
 */
export function scanGrouped(text: string): number {
  const length = text.length;
  const negative = text.charCodeAt(0) === 0x2d;
  let i = negative ? 1 : 0;
  let units = 0;
  let intDigits = 0;
  let group = 0; // digits since the last '.'
  let dots = 0;
  for (; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) {
      units = units * 10 + (c - 0x30);
      intDigits++;
      group++;
    } else if (c === 0x2e) {
      if (dots === 0 ? group < 1 || group > 3 : group !== 3) return Number.NaN;
      dots++;
      group = 0;
    } else if (c === 0x2c) break;
    else return Number.NaN;
  }
  if (group === 0 || (dots > 0 && group !== 3)) return Number.NaN;
  let scale = 0;
  if (i < length) {
    for (i++; i < length; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x30 || c > 0x39) return Number.NaN;
      units = units * 10 + (c - 0x30);
      scale++;
    }
    if (scale === 0) return Number.NaN;
  }
  grouped.negative = negative;
  grouped.dots = dots;
  grouped.intDigits = intDigits;
  grouped.scale = scale;
  return units;
}
