/**
 * checkWorkbook on random workbooks, serialised as `ramme check --json` prints it: never a
 * throw, never NaN/Infinity/-0, always valid against schema/check-report.schema.json.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkWorkbook } from '../../core/check';
import type { CheckReport } from '../../core/report';
import { reportValidator } from '../bad/run-cli';
import { leaks, RUNS, workbook, TIMEOUT } from './arbitraries';

const validate = reportValidator();

describe('checkWorkbook under fuzzing', () => {
  it(
    'always gives a schema-valid report with only finite decimal strings',
    () => {
      fc.assert(
        fc.property(workbook, fc.constantFrom('da' as const, 'en' as const), (wb, lang) => {
          const report: CheckReport = { version: 1, files: [checkWorkbook(wb, { lang })] };
          const json = JSON.stringify(report, null, 2);
          expect(leaks(json)).toEqual([]);
          const parsed: unknown = JSON.parse(json);
          expect(validate(parsed), JSON.stringify(validate.errors)).toBe(true);
          for (const f of report.files[0]!.findings) {
            expect(f.message.length).toBeGreaterThan(0);
          }
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});
