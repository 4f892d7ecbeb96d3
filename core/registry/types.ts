import type { Dec, Unit } from '../numbers';
import type { Result, Text } from '../i18n';

/**
 * Operations declared as data (as HyperFormula declares each spreadsheet function in a table):
 * one entry drives an Excel custom function, a CLI subcommand and a pane action. Nothing here
 * knows about Excel: front ends turn their own inputs into `RawValue`s and the results back.
 */

/** A value as a front end hands it over: a cell value, a CLI word, a typed pane field. */
export type RawValue = number | string | boolean | Date | null;

/**
 * What a parameter takes.
 * - `amount`: one number (Danish or English text, '½', '84,8 %', '4,4 mio. kr.' all read).
 * - `amounts`: a list of numbers (a column or row of cells, CLI words).
 * - `target`: one number or a range ('60-70').
 * - `date`: a date (JS Date, '2009-03-01', '1.3.2009').
 * - `periods`: a list of periods ('2012', 'Februar 2011', '3. kvartal 2009', dates).
 * - `text`: any text, passed as written.
 * - `integer`: a whole number (a year, a quarter).
 * - `texts`: a list of texts, empty cells null (a star column: '*' or blank).
 * - `dates`: a list of dates, empty cells null (a staffing table's Fra or Til column).
 * - `shares`: a list of shares of full time (0,5, '50 %' → 0,5), empty cells null.
 */
export type ParamKind =
  | 'amount'
  | 'amounts'
  | 'target'
  | 'date'
  | 'periods'
  | 'text'
  | 'integer'
  | 'texts'
  | 'dates'
  | 'shares';

export interface ParamSpec {
  /** Stable key in `Args` (ASCII). */
  key: string;
  /** Shown to users: Danish name in Excel's argument list, English as override. */
  name: Text;
  description: Text;
  kind: ParamKind;
  /** May be left out entirely (Excel lists it in brackets; it must come after the others). */
  optional?: boolean;
  /** Required in place, but an empty cell is fine and means the default (AARSVAERK's 'til'). */
  allowEmpty?: boolean;
}

/**
 * What a result means, so each front end can display it in its own way. A code, never a word:
 * the JSON output carries it as is.
 */
export type ResultUnit =
  | 'percent' // held in percent: 84.8 means 84,8 %
  | 'points' // percentage points, never merged with percent
  | 'points-per-year'
  | 'person-years'
  | 'years'
  | 'kr'
  | '1.000 kr.'
  | 'mio. kr.'
  | 'count' // a bare number: no unit written
  | 'per-year' // the values' own unit a year (`valueUnit` names it when they had one)
  | null;

interface ValueExtras {
  note?: Text;
  /** For 'per-year': the unit of the values the rate is of. */
  valueUnit?: Unit;
  /** Digits after the decimal separator as the user wrote them ('1.572.000,50' → 2). */
  decimals?: number;
  /** What the note says, as codes for JSON ({ position: 'within', forecast: 'not-scaled' }). */
  codes?: Record<string, string>;
}

export type OperationValue =
  | ({ kind: 'number'; value: Dec; unit: ResultUnit } & ValueExtras)
  /** One value per input row; null where the input row was empty. */
  | ({ kind: 'column'; values: Array<Dec | null>; unit: ResultUnit } & ValueExtras);

/** A range target ('60-70') keeps both bounds. */
export interface TargetValue {
  value: Dec;
  high: Dec | null;
}

/**
 * The unit a number argument was written with: a Unit ('84,8 %' → 'percent'), 'points' for
 * '0,4 procentpoint', null for a bare number (an Excel percent cell arrives as a bare 0,848).
 */
export type ArgUnit = Unit | null;

/** Where `readArgs` keeps the units of number arguments, beside their values. */
export const ARG_UNITS: unique symbol = Symbol('argUnits');

/** A parameter's value after `readArgs`: what `run` receives. */
export type ArgValue =
  | Dec
  | Array<Dec | null>
  | TargetValue
  | Date
  | Array<Date | null>
  | string
  | Array<string | null>
  | number
  | undefined;

export type Args = Record<string, ArgValue> & {
  /** Per parameter key, the unit of each value as written (one entry for a single value). */
  [ARG_UNITS]?: Record<string, ArgUnit[]>;
};

/** Settings an operation may use (from the pane's Indstillinger or CLI flags). */
export interface RunContext {
  capacityCounting?: 'months' | 'days';
  hoursPerPersonYear?: number;
  /** How text numbers are written when a text alone cannot tell ('1.500'): Danish by default. */
  numberStyle?: 'da' | 'en';
}

export type OperationId =
  | 'allocate'
  | 'parseNumber'
  | 'personYears'
  | 'pointChange'
  | 'ratePerYear'
  | 'yearsToTarget'
  | 'attainment'
  | 'costPerPerson'
  | 'scale'
  | 'select'
  | 'capacity';

export interface Operation {
  id: OperationId;
  /** Excel custom function name in the RAMME namespace ('FORDEL'). */
  excelName: string;
  /** CLI subcommand ('tal'); `ramme allocate` has its own command, `fordel` is this generic one. */
  cliName: string;
  description: Text;
  params: readonly ParamSpec[];
  /** `column` spills downwards in Excel and prints one value per line in the CLI. */
  result: 'number' | 'column';
  run(args: Args, context: RunContext): Result<OperationValue>;
}

/**
 * Problem codes of operations. `input`: an argument cannot be read (Excel #VALUE!);
 * `domain`: readable but impossible (#NUM!); `none`: no answer exists, with a reason (#N/A).
 */
export type ProblemClass = 'input' | 'domain' | 'none';
