import { allocate } from './ops/allocate';
import { attainment } from './ops/attainment';
import { parseNumber } from './ops/parse-number';
import { personYears } from './ops/person-years';
import { pointChange } from './ops/point-change';
import { ratePerYear } from './ops/rate-per-year';
import { yearsToTarget } from './ops/years-to-target';
import { costPerPerson } from './ops/cost-per-person';
import { scale } from './ops/scale';
import { select } from './ops/select';
import { capacity } from './ops/capacity';
import type { Operation, OperationId } from './types';

/** Every operation, in the order front ends list them. */
export const OPERATIONS: readonly Operation[] = [
  allocate,
  parseNumber,
  personYears,
  pointChange,
  ratePerYear,
  yearsToTarget,
  attainment,
  costPerPerson,
  scale,
  select,
  capacity,
];

export function operation(id: OperationId): Operation {
  const op = OPERATIONS.find((o) => o.id === id);
  if (!op) throw new Error(`Unknown operation ${id}`);
  return op;
}

export function operationByExcelName(name: string): Operation | undefined {
  return OPERATIONS.find((o) => o.excelName === name.toUpperCase());
}

export function operationByCliName(name: string): Operation | undefined {
  return OPERATIONS.find((o) => o.cliName === name.toLowerCase());
}
