import { Dec } from './decimal';
import { readDigits, type DigitsReading } from './separators';
import { unitAfterCurrency, unitSuffix } from './units';
import type { Amount, ParseContext, ParseResult, Qualifier, Unit, UnreadableReason } from './types';
import { unreadable } from './unreadable';

/** Excel's error values as they appear in a cell's text. */
const ERROR_VALUE =
  /^#(?:REF!|DIV\/0!|N\/A|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA|PYTHON!|EXTERNAL!)$/i;

const QUALIFIERS: readonly [RegExp, Qualifier][] = [
  [/^(?:min\.?|minimum)(?=[\s\d½¼¾])\s*/i, 'min.'],
  [/^(?:max\.?|maks\.?|maksimum|maximum)(?=[\s\d½¼¾])\s*/i, 'max.'],
  [/^(?:ca\.?|cirka|approx\.?)(?=[\s\d½¼¾])\s*/i, 'ca.'],
  [/^(?:over|mere end|more than)\s+/i, 'over'],
  [/^(?:under|mindre end|less than)\s+/i, 'under'],
  [/^(?:op til|up to)\s+/i, 'op til'],
];

const FRACTIONS: Record<string, string> = { '½': '0.5', '¼': '0.25', '¾': '0.75' };
const SIGN = /^[-−÷–+]\s*/;
const NUMBER = /^(\d[\d.,]*)?(?:\s?([½¼¾]))?/;
/** Danish whole kroner: '1.200,-' (also ',--' and with an en dash). */
const WHOLE_KRONER = /^(\d[\d.]*),[-–]{1,2}/;
const FOOTNOTE = /^(\*+|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)/;
const MAX_LENGTH = 120;

interface Token {
  reading: DigitsReading;
  fraction?: string;
  /** Written '1.200,-': whole kroner, Danish style. */
  wholeKroner?: boolean;
}

/** Fold no-break and thin spaces from PDFs and Excel into plain spaces. */
export function normalizeSpaces(text: string): string {
  return text
    .replace(/[\u00a0\u202f\u2009\u2007\u200a\t\r\n]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

function takeNumber(s: string): { token: Token; rest: string } | undefined {
  const whole = WHOLE_KRONER.exec(s);
  if (whole) {
    const token: Token = { reading: readDigits(whole[1]!), wholeKroner: true };
    return { token, rest: s.slice(whole[0].length) };
  }
  const m = NUMBER.exec(s);
  if (!m || m[0].length === 0 || (!m[1] && !m[2])) return undefined;
  const digits = m[1];
  if (digits !== undefined && m[2] !== undefined && !/^\d+$/.test(digits)) {
    return { token: { reading: { kind: 'malformed' } }, rest: s.slice(m[0].length) };
  }
  const reading: DigitsReading = digits
    ? readDigits(digits)
    : { kind: 'exact', value: new Dec(0), decimals: 0 };
  return { token: { reading, fraction: m[2] }, rest: s.slice(m[0].length) };
}

type Resolved = { value: Dec; decimals: number } | { fail: UnreadableReason; candidates?: Dec[] };

/** '1.500': the column's style decides; kroner and head counts never have three decimals. */
function resolve(token: Token, contextStyle: ParseContext['style'], unit: Unit | null): Resolved {
  const r = token.reading;
  const style = token.wholeKroner ? 'da' : contextStyle;
  if (r.kind === 'malformed') return { fail: 'malformed' };
  let value: Dec;
  let decimals: number;
  if (r.kind === 'exact') {
    value = r.value;
    decimals = r.decimals;
  } else {
    const thousands =
      style !== undefined
        ? (style === 'da') === (r.separator === '.')
        : unit === 'kr' || unit === 'count'
          ? true
          : undefined;
    if (thousands === undefined) return { fail: 'ambiguous', candidates: [r.grouped, r.decimal] };
    value = thousands ? r.grouped : r.decimal;
    decimals = thousands ? 0 : r.decimals;
  }
  if (token.fraction !== undefined) {
    const f = new Dec(FRACTIONS[token.fraction]!);
    value = value.plus(f);
    decimals = Math.max(decimals, f.decimalPlaces());
  }
  return { value, decimals };
}

function fail(reason: UnreadableReason, text: string, candidates?: Dec[]): ParseResult {
  return unreadable(reason, text, candidates);
}

/** Reads a cell's text: '4,4 mio. kr.', 'min. 350 borgere', '60-70', '(1.200)', '2,0*'. */
export function parseText(raw: string, context: ParseContext): ParseResult {
  const text = normalizeSpaces(raw);
  if (text === '') return fail('empty', raw);
  if (ERROR_VALUE.test(text)) return fail('error-value', text);
  const hasDigit = /[\d½¼¾]/.test(text);
  if (!hasDigit) return fail('not-a-number', text);
  if (text.length > MAX_LENGTH) return fail('malformed', text);

  let s = text;
  let qualifier: Qualifier | null = null;
  for (const [re, q] of QUALIFIERS) {
    const m = re.exec(s);
    if (m) {
      qualifier = q;
      s = s.slice(m[0].length);
      break;
    }
  }

  let negative = false;
  let parens = false;
  if (s.startsWith('(')) {
    const close = s.indexOf(')');
    if (close < 0) return fail('malformed', text);
    parens = negative = true;
    s = s.slice(1, close).trim() + ' ' + s.slice(close + 1);
    s = s.trim();
  }
  let prefixUnit: Unit | null = null;
  let currencyPrefix = false;
  const takeSign = (): boolean => {
    const m = SIGN.exec(s);
    if (!m) return true;
    if (negative && !parens) return false;
    if (parens) return false;
    negative = !m[0].startsWith('+');
    s = s.slice(m[0].length);
    return true;
  };
  if (!takeSign()) return fail('malformed', text);
  const prefix = /^(dkk|kr\.?)\s*/i.exec(s);
  if (prefix) {
    currencyPrefix = prefix[1]!.toLowerCase() === 'dkk';
    prefixUnit = 'kr';
    s = s.slice(prefix[0].length);
    if (!takeSign()) return fail('malformed', text);
  }

  const first = takeNumber(s);
  // 'Aftale om … 2024', 'Mål 2024': words with a number in them, not a number.
  if (!first) return fail(/^\p{L}/u.test(s) ? 'not-a-number' : 'malformed', text);
  s = first.rest;
  const footnotes: string[] = [];
  const takeFootnote = (): void => {
    const m = FOOTNOTE.exec(s.trimStart());
    if (m) {
      footnotes.push(m[1]!);
      s = s.trimStart().slice(m[1]!.length);
    }
  };
  takeFootnote();

  let second: Token | undefined;
  let secondNegative = false;
  const dash = /^\s*[-–—]\s*/.exec(s);
  if (dash) {
    s = s.slice(dash[0].length);
    const sign = /^[-−÷]\s*/.exec(s);
    if (sign) {
      secondNegative = true;
      s = s.slice(sign[0].length);
    }
    const next = takeNumber(s);
    if (!next || parens) return fail('malformed', text);
    second = next.token;
    s = next.rest;
    takeFootnote();
  }

  let rest = s.trim();
  const trailing = /\s*(\*+|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)$/.exec(rest);
  if (trailing) {
    footnotes.push(trailing[1]!);
    rest = rest.slice(0, trailing.index).trim();
  }
  if (footnotes.length > 1) return fail('malformed', text);

  let unit: Unit | null = prefixUnit;
  let points = false;
  if (currencyPrefix) {
    const u = unitAfterCurrency(rest);
    if (u === undefined) return fail('malformed', text);
    unit = u;
  } else if (rest !== '') {
    const reading = prefixUnit === null ? unitSuffix(rest) : undefined;
    if (reading === undefined) return fail('malformed', text);
    unit = reading.unit;
    points = reading.points;
  }
  const effectiveUnit = unit ?? context.unit ?? null;

  const low = resolve(first.token, context.style, effectiveUnit);
  if ('fail' in low) return fail(low.fail, text, low.candidates);
  let value = negative ? low.value.negated() : low.value;
  let decimals = low.decimals;
  let range: Amount['range'] = null;
  if (second) {
    const high = resolve(second, context.style, effectiveUnit);
    if ('fail' in high) return fail(high.fail, text, high.candidates);
    const highValue = secondNegative ? high.value.negated() : high.value;
    if (highValue.lessThan(value)) return fail('malformed', text);
    decimals = Math.max(decimals, high.decimals);
    range = { low: plusZero(value), high: plusZero(highValue) };
  }
  value = plusZero(value);

  const amount: Amount = {
    value,
    unit: effectiveUnit,
    qualifier,
    range,
    footnote: footnotes[0] ?? null,
    decimals,
    source: 'text',
  };
  if (points) amount.points = true;
  return { ok: true, amount };
}

/** Never hand out a negative zero ('-0', '(0)'). */
function plusZero(d: Dec): Dec {
  return d.isZero() ? new Dec(0) : d;
}
