import { Dec, isDecimal } from './decimal';
import { amountFromNumber, decimalPlaces } from './from-number';
import { parseText } from './parse-text';
import type { ParseContext, ParseResult } from './types';
import { unreadable } from './unreadable';

/** Best-effort text of any value, for messages; never throws. */
function describe(input: unknown): string {
  try {
    if (input instanceof Date)
      return Number.isNaN(input.getTime()) ? 'Invalid Date' : input.toISOString().slice(0, 10);
    if (typeof input === 'object' && input !== null) return Object.prototype.toString.call(input);
    return String(input);
  } catch {
    return '?';
  }
}

function fromObject(input: object, context: ParseContext, depth: number): ParseResult {
  const o = input as Record<string, unknown>;
  if ('error' in o) return unreadable('error-value', String(o.error ?? '#?'));
  // ExcelJS cell values: formulas carry their cached result, rich text its runs.
  if ('formula' in o || 'sharedFormula' in o || 'result' in o)
    return parseCell(o.result, context, depth + 1);
  if (Array.isArray(o.richText)) {
    const text = o.richText
      .map((run: unknown) => String((run as { text?: unknown })?.text ?? ''))
      .join('');
    return parseText(text, context);
  }
  if (typeof o.text === 'string') return parseText(o.text, context);
  return unreadable('not-a-number', describe(input));
}

function parseCell(input: unknown, context: ParseContext, depth: number): ParseResult {
  if (input === null || input === undefined) return unreadable('empty', '');
  if (typeof input === 'string') return parseText(input, context);
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return unreadable('not-a-number', String(input));
    return { ok: true, amount: amountFromNumber(input, context) };
  }
  if (typeof input === 'bigint') {
    const value = new Dec(input.toString());
    return { ok: true, amount: { ...amountFromNumber(0, context), value, decimals: 0 } };
  }
  if (isDecimal(input)) {
    const value = new Dec(input as Dec);
    if (!value.isFinite()) return unreadable('not-a-number', value.toString());
    const base = amountFromNumber(0, { ...context, numFmt: undefined });
    return {
      ok: true,
      amount: {
        ...base,
        value: value.isZero() ? new Dec(0) : value,
        decimals: decimalPlaces(value),
      },
    };
  }
  if (typeof input === 'object' && !(input instanceof Date) && depth < 3)
    return fromObject(input, context, depth);
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
