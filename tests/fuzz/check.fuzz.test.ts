/**
 * checkWorkbook on random workbooks, serialised as `ramme check --json` prints it: never a
 * throw, never NaN/Infinity/-0, always valid against schema/check-report.schema.json.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkWorkbook } from '../../core/check';
import type { Cell, Sheet, Workbook } from '../../core/grid';
import { REPORT_VERSION, type CheckReport } from '../../core/report';
import { oreToDanish, oreToPlain } from '../../scripts/gen-synthetic';
import { reportValidator } from '../bad/run-cli';
import { leaks, RUNS, workbook, TIMEOUT } from './arbitraries';

const validate = reportValidator();

describe('checkWorkbook under fuzzing', () => {
  it(
    'always gives a schema-valid report with only finite decimal strings',
    () => {
      fc.assert(
        fc.property(workbook, fc.constantFrom('da' as const, 'en' as const), (wb, lang) => {
          const report: CheckReport = {
            version: REPORT_VERSION,
            files: [checkWorkbook(wb, { lang })],
          };
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

/** A budget overview as users keep it: lines in kr. with øre, text and real numbers mixed. */
function budgetWorkbook(
  lines: Array<{ ore: bigint; asText: boolean }>,
  statedOre: bigint,
): Workbook {
  const cell = (ore: bigint, asText: boolean): Cell =>
    asText ? { value: oreToDanish(ore) } : { value: Number(oreToPlain(ore)), numFmt: '#,##0.00' };
  const rows: Array<Array<Cell | undefined> | undefined> = [
    [{ value: 'Oversigt over forbrug 2024' }],
    undefined,
    [{ value: 'Afholdte udgifter' }, { value: 'Beløb i kr.' }],
    ...lines.map((l, i) => [{ value: `Post ${i + 1}` }, cell(l.ore, l.asText)]),
    [{ value: 'I alt' }, cell(statedOre, false)],
  ];
  const sheet: Sheet = {
    name: 'Budget 2024',
    rows,
    rowCount: rows.length,
    colCount: 2,
    merges: [],
  };
  return { name: 'budget.xlsx', sheets: [sheet], names: [] };
}

const budgetLines = fc.array(
  fc.record({ ore: fc.bigInt({ min: 0n, max: 10n ** 11n }), asText: fc.boolean() }),
  { minLength: 2, maxLength: 30 },
);

describe('checkWorkbook on budget overviews', () => {
  it(
    'finds no mismatch when the total is exact, and exactly one when it is off by any øre',
    () => {
      fc.assert(
        fc.property(budgetLines, fc.bigInt({ min: -(10n ** 6n), max: 10n ** 6n }), (lines, off) => {
          const exact = lines.reduce((s, l) => s + l.ore, 0n);
          const stated = exact + off < 0n ? exact : exact + off;
          const report = checkWorkbook(budgetWorkbook(lines, stated), { lang: 'da' });
          const mismatches = report.findings.filter((f) => f.code === 'TOTAL_MISMATCH');
          if (stated === exact) {
            expect(mismatches).toEqual([]);
          } else {
            expect(mismatches.map((f) => f.cell)).toEqual([`B${lines.length + 4}`]);
            expect(mismatches[0]!.expected).toBe(oreToPlain(exact));
            expect(mismatches[0]!.actual).toBe(oreToPlain(stated));
          }
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});
