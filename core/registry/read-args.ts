import { parseAmount, type Dec } from '../numbers';
import { fail, ok, type Result } from '../i18n';
import { isListKind } from './params';
import {
  ARG_UNITS,
  type ArgUnit,
  type Args,
  type ArgValue,
  type Operation,
  type ParamSpec,
  type RawValue,
  type RunContext,
} from './types';

type Style = 'da' | 'en';

/** A parameter's raw input: one value, or a list (a range of cells, several CLI words). */
export type RawArg = RawValue | readonly RawValue[];

function label(p: ParamSpec): { da: string; en: string } {
  return { da: `Argumentet '${p.name.da}'`, en: `The argument '${p.name.en}'` };
}

function isEmpty(v: RawValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

interface ReadAmount {
  value: Dec;
  high: Dec | null;
  unit: ArgUnit;
}

function readAmount(p: ParamSpec, v: RawValue, style: Style): Result<ReadAmount> {
  const l = label(p);
  if (typeof v === 'boolean' || v instanceof Date) {
    return fail('ARG_NOT_A_NUMBER', `${l.da} skal være et tal.`, `${l.en} must be a number.`);
  }
  const parsed = parseAmount(v ?? '', { style });
  if (!parsed.ok) {
    return fail(
      'ARG_NOT_A_NUMBER',
      `${l.da}: ${parsed.message.da}`,
      `${l.en}: ${parsed.message.en}`,
    );
  }
  const a = parsed.amount;
  return ok({
    value: a.range ? a.range.low : a.value,
    high: a.range ? a.range.high : null,
    unit: a.points ? 'points' : a.unit,
  });
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DANISH = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/;

/** A date from a Date, '2009-03-01' or '1.3.2009' (day first, as written in Denmark). */
export function readDate(v: RawValue): Date | undefined {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? undefined : v;
  if (typeof v !== 'string') return undefined;
  const t = v.trim();
  const iso = ISO.exec(t);
  const da = DANISH.exec(t);
  const [y, m, d] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : da
      ? [Number(da[3]), Number(da[2]), Number(da[1])]
      : [NaN, NaN, NaN];
  if (!Number.isInteger(y)) return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? date : undefined;
}

function periodText(v: RawValue): string {
  return v instanceof Date ? v.toISOString().slice(0, 10) : String(v).trim();
}

function asList(raw: RawArg): RawValue[] {
  return Array.isArray(raw) ? [...(raw as RawValue[])] : [raw as RawValue];
}

/** Row n of a list, for messages ('række 3' / 'row 3'). */
function rowText(i: number): { da: string; en: string } {
  return { da: `række ${i + 1}`, en: `row ${i + 1}` };
}

function readDates(p: ParamSpec, list: RawValue[]): Result<ArgValue> {
  const l = label(p);
  const out: Array<Date | null> = [];
  for (const [i, v] of list.entries()) {
    if (isEmpty(v)) {
      out.push(null);
      continue;
    }
    const d = readDate(v);
    if (!d) {
      const r = rowText(i);
      return fail(
        'ARG_NOT_A_DATE',
        `${l.da}, ${r.da}: '${String(v)}' er ikke en dato (skriv fx 2009-03-01 eller 1.3.2009).`,
        `${l.en}, ${r.en}: '${String(v)}' is not a date (write e.g. 2009-03-01).`,
      );
    }
    out.push(d);
  }
  return ok(out);
}

/** Shares of full time: 0,5 or '50 %' (a percentage is divided by 100, as Excel holds it). */
function readShares(p: ParamSpec, list: RawValue[], style: Style): Result<ArgValue> {
  const out: Array<Dec | null> = [];
  for (const v of list) {
    if (isEmpty(v)) {
      out.push(null);
      continue;
    }
    const r = readAmount(p, v, style);
    if (!r.ok) return r;
    out.push(r.value.unit === 'percent' ? r.value.value.div(100) : r.value.value);
  }
  return ok(out);
}

function readOne(p: ParamSpec, raw: RawArg, style: Style, units: ArgUnit[]): Result<ArgValue> {
  const l = label(p);
  const list = asList(raw);
  switch (p.kind) {
    case 'amounts': {
      const out: Array<Dec | null> = [];
      for (const v of list) {
        if (isEmpty(v)) {
          out.push(null);
          units.push(null);
          continue;
        }
        const r = readAmount(p, v, style);
        if (!r.ok) return r;
        out.push(r.value.value);
        units.push(r.value.unit);
      }
      return ok(out);
    }
    case 'periods':
    case 'texts':
      return ok(list.map((v) => (isEmpty(v) ? null : periodText(v))));
    case 'dates':
      return readDates(p, list);
    case 'shares':
      return readShares(p, list, style);
    default:
      break;
  }
  if (list.length !== 1) {
    return fail('ARG_NOT_SINGLE', `${l.da} skal være én værdi.`, `${l.en} must be one value.`);
  }
  const v = list[0]!;
  switch (p.kind) {
    case 'amount': {
      const r = readAmount(p, v, style);
      if (!r.ok) return r;
      if (r.value.high) {
        return fail('ARG_RANGE', `${l.da} må ikke være et interval.`, `${l.en} cannot be a range.`);
      }
      units.push(r.value.unit);
      return ok(r.value.value);
    }
    case 'target': {
      const r = readAmount(p, v, style);
      if (!r.ok) return r;
      units.push(r.value.unit);
      return ok({ value: r.value.value, high: r.value.high });
    }
    case 'integer': {
      const r = readAmount(p, v, style);
      if (!r.ok) return r;
      if (r.value.high || !r.value.value.isInteger()) {
        return fail(
          'ARG_NOT_INTEGER',
          `${l.da} skal være et helt tal.`,
          `${l.en} must be a whole number.`,
        );
      }
      return ok(r.value.value.toNumber());
    }
    case 'date': {
      const d = readDate(v);
      if (!d) {
        return fail(
          'ARG_NOT_A_DATE',
          `${l.da} er ikke en dato: '${String(v)}' (skriv fx 2009-03-01 eller 1.3.2009).`,
          `${l.en} is not a date: '${String(v)}' (write e.g. 2009-03-01).`,
        );
      }
      return ok(d);
    }
    case 'text':
      return ok(String(v));
  }
}

/**
 * Reads raw inputs into typed arguments. Lists keep their empty cells as null so a value column
 * stays aligned with its periods (and a spilled result with its weights); a missing required
 * argument is an input problem, never an exception. Text such as '1.500' is read in
 * `context.numberStyle` (Danish unless told otherwise). The unit each number was written with
 * ('81 %', '0,4 procentpoint', bare) is kept under `ARG_UNITS` for the operations that need it.
 */
export function readArgs(
  op: Operation,
  raw: Readonly<Record<string, RawArg | undefined>>,
  context: RunContext = {},
): Result<Args> {
  const args: Args = {};
  const units: Record<string, ArgUnit[]> = {};
  args[ARG_UNITS] = units;
  for (const p of op.params) {
    const given = raw[p.key];
    const list = given === undefined ? [] : asList(given);
    if (list.every(isEmpty)) {
      if (p.optional || p.allowEmpty) continue;
      const l = label(p);
      return fail('ARG_MISSING', `${l.da} mangler.`, `${l.en} is missing.`);
    }
    const single = list.filter((v) => !isEmpty(v));
    const written: ArgUnit[] = [];
    const r = readOne(p, isListKind(p.kind) ? list : single, context.numberStyle ?? 'da', written);
    if (!r.ok) return r;
    args[p.key] = r.value;
    if (written.length > 0) units[p.key] = written;
  }
  return ok(args);
}
