import { Dec } from '../../core/numbers';
import {
  operationByExcelName,
  problemClass,
  runOperation,
  type OperationValue,
  type ResultUnit,
  type RunContext,
} from '../../core/registry';
import { rawFromExcel, type ExcelArg } from './excel-values';

const HUNDRED = new Dec(100);

/** Excel holds a percentage as a fraction (84,8 % is 0,848), so a percent result is divided. */
function excelNumber(d: Dec, unit: ResultUnit): number {
  const n = (unit === 'percent' ? d.div(HUNDRED) : d).toNumber();
  return n === 0 ? 0 : n;
}

function excelError(code: string, message: string): CustomFunctions.Error {
  const kind = problemClass(code);
  const errorCode =
    kind === 'input'
      ? CustomFunctions.ErrorCode.invalidValue
      : kind === 'none'
        ? CustomFunctions.ErrorCode.notAvailable
        : CustomFunctions.ErrorCode.invalidNumber;
  return new CustomFunctions.Error(errorCode, message);
}

function toExcel(v: OperationValue): number | Array<Array<number | string>> {
  if (v.kind === 'number') return excelNumber(v.value, v.unit);
  // A spilled column: one row per input row, blank where the input row was blank.
  return v.values.map((d) => [d === null ? '' : excelNumber(d, v.unit)]);
}

/** The functions run in their own runtime (not the pane's): Danish text, whole months. */
export const functionSettings: RunContext = { capacityCounting: 'months', numberStyle: 'da' };

/**
 * Runs a registry operation with Excel's arguments in parameter order. Never throws: every
 * problem, and any programming error, comes back as an Excel error value with a Danish message.
 */
export function callOperation(
  excelName: string,
  args: readonly ExcelArg[],
): number | Array<Array<number | string>> | CustomFunctions.Error {
  try {
    const op = operationByExcelName(excelName);
    if (!op) return excelError('UNKNOWN', `Ukendt funktion ${excelName}.`);
    const raw = Object.fromEntries(op.params.map((p, i) => [p.key, rawFromExcel(p.kind, args[i])]));
    const r = runOperation(op, raw, functionSettings);
    return r.ok ? toExcel(r.value) : excelError(r.error.code, r.error.message.da);
  } catch {
    // A fault of Ramme's own: the cell says so, never the program's internal text.
    return excelError('INTERNAL', 'Ramme kunne ikke regne funktionen ud (en fejl i Ramme).');
  }
}
