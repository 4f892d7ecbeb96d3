import { Dec } from './decimal';

/** Reading of a run of digits with '.' and ',' in it. */
export type DigitsReading =
  | { kind: 'exact'; value: Dec; decimals: number }
  /** One separator followed by exactly three digits: thousands or a decimal point. */
  | { kind: 'ambiguous'; separator: '.' | ','; grouped: Dec; decimal: Dec; decimals: number }
  | { kind: 'malformed' };

const MALFORMED = { kind: 'malformed' } as const;

/** Groups after the first must be exactly three digits; the first one to three. */
function validGroups(groups: string[]): boolean {
  if (groups.length < 2) return false;
  const first = groups[0]!.length;
  if (first < 1 || first > 3) return false;
  for (let i = 1; i < groups.length; i++) if (groups[i]!.length !== 3) return false;
  return true;
}

function isDigit(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c >= 48 && c <= 57;
}

function exact(intPart: string, fracPart: string): DigitsReading {
  const plain = fracPart.length > 0 ? `${intPart}.${fracPart}` : intPart;
  return { kind: 'exact', value: new Dec(plain), decimals: fracPart.length };
}

/**
 * Reads digits written with Danish ('1.572.000,50') or English ('1,572,000.50') separators.
 * Only a lone separator before exactly three digits ('1.500', '1,500') has two readings; the
 * caller decides those from the column's style or unit.
 */
export function readDigits(text: string): DigitsReading {
  // One pass: only digits and separators, a digit first and last, and how many of each.
  let dots = 0;
  let commas = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 46) dots++;
    else if (c === 44) commas++;
    else if (c < 48 || c > 57) return MALFORMED;
  }
  if (text.length === 0 || !isDigit(text, 0) || !isDigit(text, text.length - 1)) return MALFORMED;
  if (dots === 0 && commas === 0) return exact(text, '');

  if (dots > 0 && commas > 0) {
    const decimalSep = text.lastIndexOf('.') > text.lastIndexOf(',') ? '.' : ',';
    const groupSep = decimalSep === '.' ? ',' : '.';
    const at = text.lastIndexOf(decimalSep);
    const intPart = text.slice(0, at);
    const fracPart = text.slice(at + 1);
    if (fracPart.includes(groupSep) || intPart.includes(decimalSep)) return MALFORMED;
    const groups = intPart.split(groupSep);
    if (!validGroups(groups)) return MALFORMED;
    return exact(groups.join(''), fracPart);
  }

  const sep = dots > 0 ? '.' : ',';
  const parts = text.split(sep);
  if (parts.length > 2) {
    return validGroups(parts) ? exact(parts.join(''), '') : MALFORMED;
  }
  const [intPart, fracPart] = parts as [string, string];
  // '0,500' and '1500,000' cannot be thousands groups; '1,5' and '1.25' cannot either.
  if (fracPart.length !== 3 || !validGroups(parts) || /^0+$/.test(intPart)) {
    return exact(intPart, fracPart);
  }
  return {
    kind: 'ambiguous',
    separator: sep,
    grouped: new Dec(intPart + fracPart),
    decimal: new Dec(`${intPart}.${fracPart}`),
    decimals: 3,
  };
}
