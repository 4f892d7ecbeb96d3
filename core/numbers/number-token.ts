import { Dec } from './decimal';
import { readDigits, type DigitsReading } from './separators';
import type { ParseContext, Unit, UnreadableReason } from './types';

/** One written number: digits ('1.572.000,50'), a vulgar fraction ('1½'), whole kroner ('1.200,-'). */
export interface NumberToken {
  reading: DigitsReading;
  fraction?: '½' | '¼' | '¾';
  /** Written '1.200,-': whole kroner, so Danish style. */
  wholeKroner?: boolean;
}

const NUMBER = /^(\d[\d.,]*)?(?:\s?([½¼¾]))?/;
const WHOLE_KRONER = /^(\d[\d.]*),[-–]{1,2}/;
const FRACTIONS = { '½': '0.5', '¼': '0.25', '¾': '0.75' } as const;

/**
 * PDFs and some exports group thousands with (no-break) spaces: '1 572 000' or '1 572 000,50'.
 * Only runs of exact three-digit groups are joined, so '1 ½' and '60 - 70' are left alone.
 */
const SPACE_GROUPS = /^\d{1,3}(?: \d{3})+(?![\d½¼¾]| ?\d)/;

function joinSpaceGroups(s: string): string {
  const m = SPACE_GROUPS.exec(s);
  return m ? m[0].replace(/ /g, '') + s.slice(m[0].length) : s;
}

/** Takes the number at the start of `s`; undefined when `s` does not start with one. */
export function takeNumber(text: string): { token: NumberToken; rest: string } | undefined {
  const s = joinSpaceGroups(text);
  const whole = WHOLE_KRONER.exec(s);
  if (whole) {
    return {
      token: { reading: readDigits(whole[1]!), wholeKroner: true },
      rest: s.slice(whole[0].length),
    };
  }
  const m = NUMBER.exec(s);
  if (!m || (!m[1] && !m[2])) return undefined;
  const digits = m[1];
  const fraction = m[2] as NumberToken['fraction'];
  const rest = s.slice(m[0].length);
  // '1,5½' mixes a decimal with a fraction.
  if (digits !== undefined && fraction !== undefined && !/^\d+$/.test(digits)) {
    return { token: { reading: { kind: 'malformed' } }, rest };
  }
  const reading: DigitsReading = digits
    ? readDigits(digits)
    : { kind: 'exact', value: new Dec(0), decimals: 0 };
  return { token: { reading, fraction }, rest };
}

export type Resolved =
  { value: Dec; decimals: number } | { fail: UnreadableReason; candidates?: Dec[] };

/**
 * The value of a token. '1.500' is decided by the column's style; without one, kroner and head
 * counts decide it as thousands (they never carry three decimals); otherwise it stays ambiguous.
 */
export function resolveToken(
  token: NumberToken,
  contextStyle: ParseContext['style'],
  unit: Unit | null,
): Resolved {
  const r = token.reading;
  if (r.kind === 'malformed') return { fail: 'malformed' };
  let value: Dec;
  let decimals: number;
  if (r.kind === 'exact') {
    value = r.value;
    decimals = r.decimals;
  } else {
    const style = token.wholeKroner ? 'da' : contextStyle;
    let thousands: boolean | undefined;
    if (style !== undefined) thousands = (style === 'da') === (r.separator === '.');
    else if (unit === 'kr' || unit === 'count') thousands = true;
    if (thousands === undefined) return { fail: 'ambiguous', candidates: [r.grouped, r.decimal] };
    value = thousands ? r.grouped : r.decimal;
    decimals = thousands ? 0 : r.decimals;
  }
  if (token.fraction !== undefined) {
    const f = new Dec(FRACTIONS[token.fraction]);
    value = value.plus(f);
    decimals = Math.max(decimals, f.decimalPlaces());
  }
  return { value, decimals };
}
