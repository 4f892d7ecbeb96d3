export type {
  Args,
  ArgValue,
  Operation,
  OperationId,
  OperationValue,
  ParamKind,
  ParamSpec,
  ProblemClass,
  RawValue,
  ResultUnit,
  RunContext,
  TargetValue,
} from './types';
export type { RawArg } from './read-args';
export { readArgs, readDate } from './read-args';
export { runOperation } from './run';
export { isListKind } from './params';
export { problemClass } from './problems';
export { OPERATIONS, operation, operationByCliName, operationByExcelName } from './table';
