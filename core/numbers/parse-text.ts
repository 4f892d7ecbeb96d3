import { Dec } from './decimal';
import { resolveToken, takeNumber, type NumberToken } from './number-token';
import { unitAfterCurrency, unitSuffix, type UnitReading } from './units';
import type { Amount, ParseContext, ParseResult, Qualifier, UnreadableReason } from './types';
import { unreadable } from './unreadable';

/** Excel's error values as they appear in a cell's text. */
const ERROR_VALUE =
  /^#(?:REF!|DIV\/0!|N\/A|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA|PYTHON!|EXTERNAL!)$/i;

const QUALIFIERS: readonly [RegExp, Qualifier][] = [
  [/^(?:min\.?|minimum|mindst|at least)(?=[\s\d½¼¾])\s*/i, 'min.'],
  [/^(?:max\.?|maks\.?|maksimum|højst|maximum|at most)(?=[\s\d½¼¾])\s*/i, 'max.'],
  [/^(?:ca\.?|cirka|omkring|approx\.?)(?=[\s\d½¼¾])\s*/i, 'ca.'],
  [/^(?:over|mere end|more than)\s+/i, 'over'],
  [/^(?:under|mindre end|less than)\s+/i, 'under'],
  [/^(?:op til|up to)\s+/i, 'op til'],
];

/** All six at once: most cells have no qualifier and are done with one test instead of six. */
const ANY_QUALIFIER = new RegExp(QUALIFIERS.map(([re]) => `(?:${re.source})`).join('|'), 'i');

/** Minus as typed, as PDFs print it (U+2212, en dash) and as Danish accounts write it (÷). */
const SIGN = /^[-−÷–+]\s*/;
const RANGE_DASH = /^\s*[-–—]\s*/;
const FOOTNOTE = /^\s*(\*+|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)/;
const TRAILING_FOOTNOTE = /\s*(\*+|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)$/;
const MAX_LENGTH = 120;
/**
 * A case or journal number ('2009-19598', '2021-0042'): a year, a hyphen, then a serial of five
 * or more digits or one with a leading zero. Never a range: ranges here are '60-70', '150-200'.
 */
const CASE_NUMBER = /^(?:19|20)\d\d-(?:\d{5,}|0\d+)$/;

const ODD_SPACE = /[\u00a0\u202f\u2009\u2007\u200a\t\r\n]| {2}/;

/** Fold no-break and thin spaces from PDFs and Excel into plain spaces. */
export function normalizeSpaces(text: string): string {
  // Most texts have none: one test instead of two replacements (each cell is read this way).
  if (!ODD_SPACE.test(text)) return text.trim();
  return text
    .replace(/[\u00a0\u202f\u2009\u2007\u200a\t\r\n]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** What comes before the number: 'min. ', '(', '÷', 'DKK ', 'kr. '. */
interface Lead {
  qualifier: Qualifier | null;
  negative: boolean;
  parens: boolean;
  currency: 'dkk' | 'kr' | null;
  rest: string;
}

function startsWithDigit(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= 48 && c <= 57;
}

function readLead(text: string): Lead | undefined {
  let s = text;
  let qualifier: Qualifier | null = null;
  // Every qualifier starts with a letter: most cells start with a digit and skip the six tests.
  const qualified = !startsWithDigit(s) && ANY_QUALIFIER.test(s);
  for (const [re, q] of qualified ? QUALIFIERS : []) {
    const m = re.exec(s);
    if (m) {
      qualifier = q;
      s = s.slice(m[0].length);
      break;
    }
  }
  // Accounts write a negative as '(1.200)'; the unit may sit inside or after the brackets.
  const parens = s.startsWith('(');
  if (parens) {
    const close = s.indexOf(')');
    if (close < 0) return undefined;
    s = `${s.slice(1, close).trim()} ${s.slice(close + 1)}`.trim();
  }
  let negative = parens;
  let signs = 0;
  let currency: Lead['currency'] = null;
  for (let step = 0; step < 2; step++) {
    const sign = SIGN.exec(s);
    if (sign) {
      if (parens || ++signs > 1) return undefined;
      negative = !sign[0].startsWith('+');
      s = s.slice(sign[0].length);
    }
    const prefix = step === 0 ? /^(dkk|kr\.?)\s*/i.exec(s) : null;
    if (!prefix) break;
    currency = prefix[1]!.toLowerCase() === 'dkk' ? 'dkk' : 'kr';
    s = s.slice(prefix[0].length);
  }
  return { qualifier, negative, parens, currency, rest: s };
}

/** The number (or range) and what follows it: footnote marks and the unit words. */
interface Body {
  first: NumberToken;
  second?: { token: NumberToken; negative: boolean };
  footnotes: string[];
  tail: string;
}

/** A footnote mark right after a number goes to `footnotes`; returns the text after it. */
function takeFootnote(s: string, footnotes: string[]): string {
  const m = FOOTNOTE.exec(s);
  if (!m) return s;
  footnotes.push(m[1]!);
  return s.slice(m[0].length);
}

const LETTER_FIRST = /^\p{L}/u;

function readBody(text: string): Body | 'not-a-number' | 'malformed' {
  // 'Aftale om … 2024', 'Mål 2024': words with a number in them are text, not a number. (A
  // number never starts with a letter, so labels skip takeNumber.)
  if (LETTER_FIRST.test(text)) return 'not-a-number';
  const first = takeNumber(text);
  if (!first) return 'malformed';
  const footnotes: string[] = [];
  let s = takeFootnote(first.rest, footnotes);
  let second: Body['second'];
  const dash = RANGE_DASH.exec(s);
  if (dash) {
    s = s.slice(dash[0].length);
    const sign = /^[-−÷]\s*/.exec(s);
    if (sign) s = s.slice(sign[0].length);
    const next = takeNumber(s);
    if (!next) return 'malformed';
    second = { token: next.token, negative: sign !== null };
    s = takeFootnote(next.rest, footnotes);
  }
  let tail = s.trim();
  const trailing = TRAILING_FOOTNOTE.exec(tail);
  if (trailing) {
    footnotes.push(trailing[1]!);
    tail = tail.slice(0, trailing.index).trim();
  }
  return { first: first.token, second, footnotes, tail };
}

function readUnit(tail: string, currency: Lead['currency']): UnitReading | null | undefined {
  if (currency === 'dkk') {
    const unit = unitAfterCurrency(tail);
    return unit === undefined ? undefined : { unit, points: false };
  }
  if (tail === '') return currency === 'kr' ? { unit: 'kr', points: false } : null;
  return currency === null ? unitSuffix(tail) : undefined;
}

/** Never hand out a negative zero ('-0', '(0)'). */
function plusZero(d: Dec): Dec {
  return d.isZero() ? new Dec(0) : d;
}

/** A text read without the message a user would see: that message is written only if shown. */
export type TextReading =
  | { ok: true; amount: Amount }
  | { ok: false; reason: UnreadableReason; text: string; candidates?: Dec[] };

function fail(reason: UnreadableReason, text: string, candidates?: Dec[]): TextReading {
  return candidates ? { ok: false, reason, text, candidates } : { ok: false, reason, text };
}

/** What a text says before its column is known: the same wherever it stands. Never mutated. */
interface Written {
  lead: Lead;
  body: Body;
  written: UnitReading | null;
}

/** A currency written before the number ('kr. 500', 'DKK 1.200'). */
const CURRENCY_FIRST = /^(?:dkk|kr)/i;

/** First letters of the qualifiers and currencies above ('min.', 'ca.', 'over', 'kr.', 'DKK'). */
const LEADS = new Set('mahcouldk');

/** A normalised text that starts with a letter beginning no qualifier and no currency. */
function wordFirst(text: string): boolean {
  const c = text.charCodeAt(0);
  // An ASCII letter no qualifier or currency starts with (their patterns ignore case only
  // within ASCII): a word, without the two tests.
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
    if (!LEADS.has(String.fromCharCode(c | 32))) return true;
  }
  return LETTER_FIRST.test(text) && !ANY_QUALIFIER.test(text) && !CURRENCY_FIRST.test(text);
}

/**
 * A quick `isWordText`, true only where it is: an ASCII letter no qualifier or currency starts
 * with, and a length within what is read (normalizing spaces changes neither). Detection asks
 * this of every label before anything else.
 */
export function startsAsWord(text: string): boolean {
  const c = text.charCodeAt(0);
  if (text.length > MAX_LENGTH || !((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return false;
  const first = String.fromCharCode(c | 32);
  if (!LEADS.has(first)) return true;
  // 'Konto 7' starts as 'kr.' does, but its second letter rules that out: an ASCII character
  // matches only itself in either case (the patterns ignore case only within ASCII).
  const second = text.charCodeAt(1);
  return !(second >= 128) && !SECONDS[first]!.includes(String.fromCharCode(second | 32));
}

/** Second letters of the qualifiers and currencies, by their first ('højst' has a non-ASCII one). */
const SECONDS: Readonly<Record<string, string>> = {
  m: 'iaeo', // min., minimum, mindst, max., maks., maksimum, maximum, mere end, mindre end, more than
  a: 'tp', // at least, at most, approx.
  h: '', // højst
  c: 'ai', // ca., cirka
  o: 'mvp', // omkring, over, op til
  u: 'np', // under, up to
  l: 'e', // less than
  d: 'k', // dkk
  k: 'r', // kr.
};

/**
 * Whether `readText` reads a text as no number ('not-a-number') for how it starts ('Konto 7',
 * 'Mål 2024'): detection asks this of every label first, with no reading made.
 */
export function isWordText(raw: string): boolean {
  const text = normalizeSpaces(raw);
  return text.length <= MAX_LENGTH && wordFirst(text);
}

function readWritten(text: string): Written | UnreadableReason {
  // A label ('Konto 7') starts with a letter that begins no qualifier and no currency: readBody
  // would say the same after reading its lead; detection asks this of 100.000s of labels.
  if (wordFirst(text)) return 'not-a-number';
  if (CASE_NUMBER.test(text)) return 'not-a-number';
  const lead = readLead(text);
  if (!lead) return 'malformed';
  const body = readBody(lead.rest);
  if (typeof body === 'string') return body;
  if (body.footnotes.length > 1 || (body.second && lead.parens)) return 'malformed';
  const written = readUnit(body.tail, lead.currency);
  if (written === undefined) return 'malformed';
  return { lead, body, written };
}

/**
 * Detection reads every text cell to see whether it is a number; the checks then read the
 * number cells again with their column's unit and style. The part that does not depend on
 * those is kept for the second reading. Bounded, so a huge sheet only loses the reuse.
 */
const recent = new Map<string, Written>();
const MAX_RECENT = 65_536;

function writtenOf(text: string): Written | UnreadableReason {
  const known = recent.get(text);
  if (known) return known;
  const read = readWritten(text);
  if (typeof read !== 'string') {
    if (recent.size >= MAX_RECENT) recent.clear();
    recent.set(text, read);
  }
  return read;
}

/** Reads a cell's text: '4,4 mio. kr.', 'min. 350 borgere', '60-70', '(1.200)', '2,0*'. */
export function parseText(raw: string, context: ParseContext): ParseResult {
  const read = readText(raw, context);
  return read.ok ? read : unreadable(read.reason, read.text, read.candidates);
}

/**
 * `parseText` without the failure's message, for detection: it asks 100.000s of labels
 * ('Konto 7') whether they are numbers and never shows why they are not.
 */
export function readText(raw: string, context: ParseContext): TextReading {
  const text = normalizeSpaces(raw);
  if (text === '') return fail('empty', raw);
  if (ERROR_VALUE.test(text)) return fail('error-value', text);
  if (!/[\d½¼¾]/.test(text)) return fail('not-a-number', text);
  if (text.length > MAX_LENGTH) return fail('malformed', text);

  const read = writtenOf(text);
  if (typeof read === 'string') return fail(read, text);
  const { lead, body, written } = read;
  const unit = written?.unit ?? context.unit ?? null;

  const low = resolveToken(body.first, context.style, unit);
  if ('fail' in low) return fail(low.fail, text, low.candidates);
  const value = plusZero(lead.negative ? low.value.negated() : low.value);
  let decimals = low.decimals;
  let range: Amount['range'] = null;
  if (body.second) {
    const high = resolveToken(body.second.token, context.style, unit);
    if ('fail' in high) return fail(high.fail, text, high.candidates);
    const highValue = plusZero(body.second.negative ? high.value.negated() : high.value);
    if (highValue.lessThan(value)) return fail('malformed', text);
    decimals = Math.max(decimals, high.decimals);
    range = { low: value, high: highValue };
  }

  const amount: Amount = {
    value,
    unit,
    qualifier: lead.qualifier,
    range,
    footnote: body.footnotes[0] ?? null,
    decimals,
    source: 'text',
  };
  if (written?.points) amount.points = true;
  return { ok: true, amount };
}
