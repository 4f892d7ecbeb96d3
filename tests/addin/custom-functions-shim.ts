/**
 * The two pieces of Excel's CustomFunctions runtime the wrappers use, as a real (tiny)
 * implementation so functions can be called as plain functions in Node.
 */
export const ErrorCode = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
} as const;

export class ExcelError {
  constructor(
    public code: string,
    public message?: string,
  ) {}
}

export function installCustomFunctions(): void {
  (globalThis as Record<string, unknown>).CustomFunctions = {
    Error: ExcelError,
    ErrorCode,
    associate: () => undefined,
  };
}
