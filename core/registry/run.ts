import type { Result } from '../i18n';
import { readArgs, type RawArg } from './read-args';
import type { Operation, OperationValue, RunContext } from './types';

/** Reads raw inputs and runs the operation: the one entry point every front end uses. */
export function runOperation(
  op: Operation,
  raw: Readonly<Record<string, RawArg | undefined>>,
  context: RunContext = {},
): Result<OperationValue> {
  const args = readArgs(op, raw, context);
  if (!args.ok) return args;
  return op.run(args.value, context);
}
