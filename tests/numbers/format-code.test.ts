/**
 * Number format codes read in linear time (core/numbers/format-code): the helpers give what the
 * regexes they replace gave, and a code longer than Excel keeps reads as General.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bracketCurrencies,
  formatDecimals,
  isDateFormat,
  isPercentFormat,
  MAX_FORMAT_CODE,
  readFormat,
  unitFromFormat,
  withoutPairs,
} from '../../core/numbers';

/** Codes made of the characters the regexes care about, in any order. */
const code = fc.string({
  unit: fc.constantFrom('[', ']', '$', '-', '"', 'k', 'r', '.', '0', '4', '0', 'F', 'y', ' ', ';'),
  maxLength: 40,
});

describe('withoutPairs is the pair-removing regex', () => {
  it.each([
    ['[$-406]d. mmmm yyyy', '[', ']', 'd. mmmm yyyy'],
    ['[Red][<100]0.0', '[', ']', '0.0'],
    ['[a[b]c', '[', ']', 'c'],
    ['0.0 [unclosed', '[', ']', '0.0 [unclosed'],
    ['#,##0 "kr."', '"', '"', '#,##0 '],
    ['"a"b"c', '"', '"', 'b"c'],
    ['', '[', ']', ''],
  ])('%s without %s…%s is %s', (s, open, close, want) => {
    expect(withoutPairs(s, open, close)).toBe(want);
  });

  it('agrees with /\\[[^\\]]*\\]/g and /"[^"]*"/g on any code', () => {
    fc.assert(
      fc.property(code, (s) => {
        expect(withoutPairs(s, '[', ']')).toBe(s.replace(/\[[^\]]*\]/g, ''));
        expect(withoutPairs(s, '"', '"')).toBe(s.replace(/"[^"]*"/g, ''));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('bracketCurrencies is the [$…] regex', () => {
  const regex = (s: string) =>
    [...s.matchAll(/\[\$([^\]-]*)(?:-[0-9A-Fa-f]+)?\]/g)].map((m) => m[1]!);

  it.each([
    ['[$kr.-406] #,##0', ['kr.']],
    ['#,##0 [$€-x]', []],
    ['[$-406][$kr.]0', ['', 'kr.']],
    ['[$kr.-406', []],
    ['[$[$kr.]', ['[$kr.']],
    ['[$a-z[$b-1]', ['b']],
  ])('%s gives %j', (s, want) => {
    expect(bracketCurrencies(s)).toEqual(want);
    expect(regex(s)).toEqual(want);
  });

  it('agrees with the regex on any code', () => {
    fc.assert(
      fc.property(code, (s) => {
        expect(bracketCurrencies(s)).toEqual(regex(s));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('a code longer than Excel keeps reads as General', () => {
  // A date format padded with a literal to the length asked for.
  const dateOf = (length: number) => `dd-mm-yyyy "${'x'.repeat(length - 13)}"`;

  it.each([
    [MAX_FORMAT_CODE, true],
    [MAX_FORMAT_CODE + 1, false],
  ])('a date format of %i characters is a date: %s', (length, date) => {
    expect(dateOf(length)).toHaveLength(length);
    expect(isDateFormat(dateOf(length))).toBe(date);
    expect(readFormat(dateOf(length)).date).toBe(date);
  });

  it('its percent, decimals and unit are General’s', () => {
    const long = `0.00% "${'kr.'.repeat(100)}"`;
    expect(isPercentFormat(long)).toBe(false);
    expect(formatDecimals(long)).toBeUndefined();
    expect(unitFromFormat(long)).toBeNull();
    expect(isPercentFormat('0.00%')).toBe(true);
    expect(formatDecimals('0.00%')).toBe(2);
  });

  it('a million-character code with unclosed brackets is read at once', () => {
    const hostile = '['.repeat(400_000) + 'y'.repeat(300_000) + '[$'.repeat(150_000);
    expect(withoutPairs(hostile, '[', ']')).toBe(hostile);
    expect(bracketCurrencies(hostile)).toEqual([]);
    expect(readFormat(hostile)).toEqual(readFormat(undefined));
  });
});
