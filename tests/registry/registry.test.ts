import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  OPERATIONS,
  operation,
  operationByCliName,
  operationByExcelName,
  problemClass,
  runOperation,
  type OperationValue,
  type RawArg,
} from '../../core/registry';
import type { Result } from '../../core/i18n';

function shown(r: Result<OperationValue>): string | string[] {
  if (!r.ok) return `!${r.error.code}`;
  const v = r.value;
  return v.kind === 'number' ? v.value.toFixed() : v.values.map((d) => (d ? d.toFixed() : ''));
}

type Row = [string, Record<string, RawArg>, string | string[]];

const CASES: Row[] = [
  // FORDEL: the hand-checked allocations.
  ['FORDEL', { total: 5, weights: [3, 2, 2], step: 0.5 }, ['2', '1.5', '1.5']],
  ['FORDEL', { total: 10, weights: [1, 1, 1], step: '0,1' }, ['3.4', '3.3', '3.3']],
  ['FORDEL', { total: '9,1', weights: [1, 1, 1] }, ['3.1', '3', '3']],
  ['FORDEL', { total: 5, weights: [3, null, 2, '', 2], step: '½' }, ['2', '', '1.5', '', '1.5']],
  ['FORDEL', { total: 5, weights: ['3', '2', '2'], step: 0 }, '!STEP_NOT_POSITIVE'],
  ['FORDEL', { total: 5, weights: [0, 0] }, '!ALL_ZERO_WEIGHTS'],
  ['FORDEL', { total: 5, weights: [1, 'abc'] }, '!ARG_NOT_A_NUMBER'],
  ['FORDEL', { total: null, weights: [1, 2] }, '!ARG_MISSING'],
  ['FORDEL', { total: '60-70', weights: [1, 2] }, '!ARG_RANGE'],
  // TAL: Danish text to numbers; percentages stay in percent.
  ['TAL', { text: '1.572.000,50' }, '1572000.5'],
  ['TAL', { text: '4,4 mio. kr.' }, '4.4'],
  ['TAL', { text: '84,8 %' }, '84.8'],
  ['TAL', { text: '1½' }, '1.5'],
  ['TAL', { text: '1.500' }, '1500'],
  ['TAL', { text: 'abc' }, '!ARG_NOT_A_NUMBER'],
  ['TAL', { text: '60-70' }, '!ARG_RANGE'],
  ['TAL', { text: '' }, '!ARG_MISSING'],
  // AARSVAERK: the 2009 plan's fifth consultant from 1 March gives 10/12 of a person-year.
  [
    'AARSVAERK',
    { from: '2009-03-01', to: null, share: null, year: 2009 },
    '0.8333333333333333333333333333333333333333',
  ],
  [
    'AARSVAERK',
    { from: '1.3.2009', to: '', share: '0,5', year: 2009 },
    '0.4166666666666666666666666666666666666667',
  ],
  ['AARSVAERK', { from: null, to: '2009-06-30', share: 1, year: 2009 }, '0.5'],
  ['AARSVAERK', { from: '2008-01-01', to: '2010-12-31', share: 1, year: 2009 }, '1'],
  ['AARSVAERK', { from: '2010-01-01', to: null, share: 1, year: 2009 }, '0'],
  ['AARSVAERK', { from: '2009-13-01', to: null, share: 1, year: 2009 }, '!ARG_NOT_A_DATE'],
  ['AARSVAERK', { from: '2009-03-01', to: null, share: 1, year: null }, '!ARG_MISSING'],
  // PP: points, not relative change.
  ['PP', { from: '92,7', to: '93,1' }, '0.4'],
  ['PP', { from: 84.8, to: 84.8 }, '0'],
  // Bare numbers below 1 are Excel percent cells: 30 % → 10 % is −20 points.
  ['PP', { from: 0.3, to: 0.1 }, '-20'],
  ['PP', { from: '0,3 %', to: '0,1 %' }, '-0.2'],
  // AARSRATE: 92,7 (2010) → 93,1 (2012) is 0,2 points a year.
  ['AARSRATE', { values: [92.7, 93.1], periods: [2010, 2012] }, '0.2'],
  ['AARSRATE', { values: [92.7, null, 93.1], periods: ['2010', '2011', '2012'] }, '0.2'],
  ['AARSRATE', { values: [92.7, 93.1], periods: ['2010'] }, '!ARG_LENGTH_MISMATCH'],
  ['AARSRATE', { values: [92.7, 93.1], periods: ['2010', 'hej'] }, '!ARG_NOT_A_PERIOD'],
  ['AARSRATE', { values: [92.7, null], periods: ['2010', '2011'] }, '!TOO_FEW_POINTS'],
  // AARTILMAAL: 34,5 years to parity from 2012, never 17.
  ['AARTILMAAL', { values: [92.7, 93.1], periods: [2010, 2012], target: 100 }, '34.5'],
  ['AARTILMAAL', { values: [93.1, 92.7], periods: [2010, 2012], target: 100 }, '!MOVING_AWAY'],
  ['AARTILMAAL', { values: [93, 93], periods: [2010, 2012], target: 100 }, '!NO_CHANGE'],
  // OPFYLDELSE: 160 of 350 is 45,71… %; after Q3 at the run rate 300 → 400 of 400.
  ['OPFYLDELSE', { result: 200, target: 400 }, '50'],
  ['OPFYLDELSE', { result: 300, target: 400, quarter: 3 }, '100'],
  ['OPFYLDELSE', { result: 30, target: 400, quarter: 1 }, '30'],
  ['OPFYLDELSE', { result: 65, target: '60-70' }, '108.3333333333333333333333333333333333333'],
  ['OPFYLDELSE', { result: 1, target: 0 }, '!TARGET_NOT_POSITIVE'],
  ['OPFYLDELSE', { result: 1, target: 4, quarter: 5 }, '!QUARTER_INVALID'],
];

describe('registry operations', () => {
  it.each(CASES)('%s %j → %j', (name, raw, expected) => {
    const op = operationByExcelName(name)!;
    expect(op).toBeDefined();
    expect(shown(runOperation(op, raw))).toEqual(expected);
  });

  it('names each operation once, in Excel and the CLI, with both languages', () => {
    const excel = OPERATIONS.map((o) => o.excelName);
    const cli = OPERATIONS.map((o) => o.cliName);
    expect(new Set(excel).size).toBe(excel.length);
    expect(new Set(cli).size).toBe(cli.length);
    for (const op of OPERATIONS) {
      expect(operation(op.id)).toBe(op);
      expect(operationByCliName(op.cliName)).toBe(op);
      expect(op.excelName).toMatch(/^[A-Z]+$/);
      expect(op.description.da.length).toBeGreaterThan(10);
      expect(op.description.en.length).toBeGreaterThan(10);
      const optionalSeen: boolean[] = [];
      for (const p of op.params) {
        expect(p.key).toMatch(/^[a-z]+$/);
        expect(p.name.da && p.name.en && p.description.da && p.description.en).toBeTruthy();
        optionalSeen.push(!!p.optional);
      }
      // Excel puts optional arguments last.
      expect(
        optionalSeen.indexOf(true) === -1 ||
          optionalSeen.slice(optionalSeen.indexOf(true)).every(Boolean),
      ).toBe(true);
    }
  });

  it('classifies problems for Excel errors', () => {
    expect(problemClass('ARG_NOT_A_NUMBER')).toBe('input');
    expect(problemClass('MOVING_AWAY')).toBe('none');
    expect(problemClass('ALL_ZERO_WEIGHTS')).toBe('domain');
  });

  it('never throws and never returns NaN, Infinity or -0 on arbitrary input', () => {
    const raw = fc.oneof(
      fc.constant(null),
      fc.string(),
      fc.double(),
      fc.integer(),
      fc.boolean(),
      fc.date(),
    );
    const arg: fc.Arbitrary<RawArg> = fc.oneof(raw, fc.array(raw, { maxLength: 6 }));
    fc.assert(
      fc.property(
        fc.constantFrom(...OPERATIONS),
        fc.dictionary(
          fc.constantFrom(
            'total',
            'weights',
            'step',
            'text',
            'from',
            'to',
            'values',
            'periods',
            'target',
            'result',
            'quarter',
            'share',
            'year',
            'need',
            'people',
            'newpeople',
            'stars',
            'frame',
            'direction',
          ),
          arg,
        ),
        (op, args) => {
          const r = runOperation(op, args);
          if (!r.ok) {
            expect(r.error.message.da).not.toBe('');
            return;
          }
          const values = r.value.kind === 'number' ? [r.value.value] : r.value.values;
          for (const v of values) {
            if (v === null) continue;
            expect(v.isFinite()).toBe(true);
            expect(v.isZero() && v.isNegative()).toBe(false);
          }
        },
      ),
      { numRuns: Number(process.env.RAMME_FUZZ_RUNS ?? 2000) },
    );
  });
});
