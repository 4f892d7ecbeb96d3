import { Dec, isDecimal } from './decimal';
import { amountFromNumber, decimalPlaces, readFormat } from './from-number';
import { parseText, readText, type TextReading } from './parse-text';
import type { ParseContext, ParseResult } from './types';
import { unreadable } from './unreadable';

/**
 * Text of a value for messages; '' when it has none a user would recognise, so a message never
 * shows a JS artefact ('[object Object]', 'NaN', 'undefined'). Never throws.
 */
function describe(input: unknown): string {
  try {
    if (input instanceof Date) {
      return Number.isNaN(input.getTime()) ? '' : input.toISOString().slice(0, 10);
    }
    if (typeof input === 'boolean') return input ? 'TRUE' : 'FALSE';
    if (typeof input === 'string') return input;
    if (typeof input === 'number' || typeof input === 'bigint') {
      return typeof input === 'number' && !Number.isFinite(input) ? '' : String(input);
    }
    if (typeof input === 'object' && input !== null) {
      const json = JSON.stringify(input);
      return typeof json === 'string' && !/undefined|\[object |NaN/.test(json) ? json : '';
    }
    return '';
  } catch {
    return '';
  }
}

function textOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function fromObject(input: object, context: ParseContext, depth: number): ParseResult {
  const o = input as Record<string, unknown>;
  if ('error' in o) return unreadable('error-value', describe(o.error) || '#?');
  // ExcelJS cell values: formulas carry their cached result, rich text its runs.
  if ('formula' in o || 'sharedFormula' in o || 'result' in o) {
    return parseCell(o.result, context, depth + 1);
  }
  if (Array.isArray(o.richText)) {
    return parseText(
      o.richText.map((run: unknown) => textOf((run as { text?: unknown })?.text)).join(''),
      context,
    );
  }
  if (typeof o.text === 'string') return parseText(o.text, context);
  return unreadable('not-a-number', describe(input));
}

function parseCell(input: unknown, context: ParseContext, depth: number): ParseResult {
  if (input === null || input === undefined) return unreadable('empty', '');
  if (typeof input === 'string') return parseText(input, context);
  if (typeof input === 'number') {
    // A date-formatted number is a date serial; NaN and Infinity never come from a sheet.
    if (!Number.isFinite(input) || readFormat(context.numFmt).date) {
      return unreadable('not-a-number', describe(input));
    }
    return { ok: true, amount: amountFromNumber(input, context) };
  }
  if (typeof input === 'bigint') {
    const value = new Dec(input.toString());
    return { ok: true, amount: { ...amountFromNumber(0, context), value, decimals: 0 } };
  }
  if (isDecimal(input)) {
    const value = new Dec(input as Dec);
    if (!value.isFinite()) return unreadable('not-a-number', '');
    const base = amountFromNumber(0, { ...context, numFmt: undefined });
    const amount = {
      ...base,
      value: value.isZero() ? new Dec(0) : value,
      decimals: decimalPlaces(value),
    };
    return { ok: true, amount };
  }
  if (typeof input === 'object' && !(input instanceof Date) && depth < 3) {
    return fromObject(input, context, depth);
  }
  return unreadable('not-a-number', describe(input));
}

/**
 * A cell's value read as an exact decimal with its meaning (unit, qualifier, range, footnote,
 * published decimals). Accepts what Excel and ExcelJS hand over: numbers, strings, booleans,
 * dates, `{ error: '#REF!' }`, formula results, rich text, null. Never throws: what cannot be
 * read comes back as `{ ok: false, reason, message }`, and an ambiguous '1.500' with the
 * readings it could have.
 */
export function parseAmount(input: unknown, context: ParseContext = {}): ParseResult {
  try {
    return parseCell(input, context ?? {}, 0);
  } catch {
    return unreadable('malformed', describe(input));
  }
}

/**
 * A text read as `parseAmount` reads it, but a failure carries no message: detection asks every
 * label whether it is a number and never shows why it is not.
 */
export function readNumberText(text: string): TextReading {
  try {
    return readText(text, {});
  } catch {
    return { ok: false, reason: 'malformed', text };
  }
}
