/** The number parser on anything a cell can hold: never a throw, never NaN/Infinity/-0. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAmount, toPlain, type ParseContext } from '../../core/numbers';
import { oreToDanish, oreToPlain } from '../../scripts/gen-synthetic';
import { cellValue, numberText, RUNS, TIMEOUT } from './arbitraries';

const PLAIN = /^-?(0|[1-9]\d*)(\.\d*[1-9])?$/;

const context: fc.Arbitrary<ParseContext> = fc.record(
  {
    unit: fc.constantFrom('kr', '1.000 kr.', 'mio. kr.', 'årsværk', 'percent', 'count'),
    style: fc.constantFrom('da', 'en'),
    numFmt: fc.constantFrom(
      'General',
      '#,##0',
      '0.0%',
      '0%',
      '#,##0.00 "kr."',
      'dd-mm-yyyy',
      '[Red]0;0',
    ),
  },
  { requiredKeys: [] },
);

const anything = fc.oneof(
  cellValue,
  numberText,
  fc.constantFrom('NaN', 'Infinity', '-Infinity', '-0', '1e999'),
  fc.anything(),
  fc.constantFrom(
    Number.NaN,
    Infinity,
    -Infinity,
    -0,
    new Date(Number.NaN),
    10n ** 30n,
    Symbol('x'),
  ),
);

describe('parseAmount under fuzzing', () => {
  it(
    'never throws, and an amount is always a finite exact decimal, never -0',
    () => {
      fc.assert(
        fc.property(anything, context, (input, ctx) => {
          const result = parseAmount(input, ctx);
          if (result.ok) {
            const { value, decimals, range } = result.amount;
            expect(value.isFinite()).toBe(true);
            expect(value.isZero() && value.isNegative()).toBe(false);
            expect(toPlain(value)).toMatch(PLAIN);
            expect(Number.isInteger(decimals) && decimals >= 0).toBe(true);
            if (range) expect(range.low.lte(range.high)).toBe(true);
          } else {
            expect(result.message.da.length).toBeGreaterThan(0);
            expect(result.message.en.length).toBeGreaterThan(0);
          }
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'explains any cell it cannot read in words, quoting the cell, never a JS artefact',
    () => {
      fc.assert(
        fc.property(fc.oneof(cellValue, numberText), context, (input, ctx) => {
          const result = parseAmount(input, ctx);
          if (!result.ok) {
            // The message may quote the input ('NaN' typed in a cell), never a JS artefact.
            expect(result.message.da + result.message.en).not.toMatch(/undefined|\[object /);
          }
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'reads any Danish kroner amount with øre back exactly',
    () => {
      fc.assert(
        fc.property(fc.bigInt({ min: -(10n ** 17n), max: 10n ** 17n }), (ore) => {
          const result = parseAmount(oreToDanish(ore), { style: 'da', unit: 'kr' });
          expect(result.ok).toBe(true);
          if (result.ok) expect(toPlain(result.amount.value)).toBe(oreToPlain(ore));
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});
