import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { ExcelError, installCustomFunctions } from './custom-functions-shim';
import { FUNCTIONS_EN_FILE, FUNCTIONS_FILE, functionsSource } from '../../addin/functions/generate';
import { dateFromSerial } from '../../addin/functions/excel-values';
import * as F from '../../addin/functions/functions';
import { OPERATIONS } from '../../core/registry';

beforeAll(installCustomFunctions);

function err(v: unknown): string {
  expect(v).toBeInstanceOf(ExcelError);
  const e = v as ExcelError;
  expect(e.message?.length).toBeGreaterThan(5);
  return e.code;
}

describe('custom functions as plain functions with Excel-shaped input', () => {
  it('FORDEL spills the exact allocation as a column, blanks where the weights are blank', () => {
    expect(F.fordel(5, [[3], [2], [2]], 0.5)).toEqual([[2], [1.5], [1.5]]);
    expect(F.fordel(10, [[1, 1, 1]], '0,1')).toEqual([[3.4], [3.3], [3.3]]);
    expect(F.fordel('9,1', [[1], [''], [1], [null], [1]])).toEqual([[3.1], [''], [3], [''], [3]]);
    expect(F.fordel('5', [['3'], ['2'], ['2']], '½')).toEqual([[2], [1.5], [1.5]]);
    // 0.1 + 0.2 typed in Excel is 0.30000000000000004 as a double: read at Excel's 15 digits.
    expect(F.fordel(0.1 + 0.2, [[1], [2]], 0.1)).toEqual([[0.1], [0.2]]);
  });

  it('FORDEL returns Excel errors for bad arguments', () => {
    expect(err(F.fordel('abc', [[1]]))).toBe('#VALUE!');
    expect(err(F.fordel(5, [[0], [0]]))).toBe('#NUM!');
    expect(err(F.fordel(5, [[1], [-1]]))).toBe('#NUM!');
    expect(err(F.fordel(5, [[1]], 0))).toBe('#NUM!');
    expect(err(F.fordel(null, [[1]]))).toBe('#VALUE!');
    expect(err(F.fordel(5, [[''], [null]]))).toBe('#VALUE!');
  });

  it('TAL reads Danish text; a percentage becomes an Excel fraction', () => {
    expect(F.tal('1.572.000,50')).toBe(1572000.5);
    expect(F.tal('4,4 mio. kr.')).toBe(4.4);
    expect(F.tal('84,8 %')).toBe(0.848);
    expect(F.tal('1½')).toBe(1.5);
    expect(F.tal('(1.200)')).toBe(-1200);
    expect(F.tal(1500)).toBe(1500);
    expect(err(F.tal('abc'))).toBe('#VALUE!');
    expect(err(F.tal(''))).toBe('#VALUE!');
    expect(err(F.tal('#REF!'))).toBe('#VALUE!');
  });

  it('PP is the change in points in the scale of its inputs', () => {
    expect(F.pp('92,7', '93,1')).toBe(0.4);
    expect(F.pp(84.8, 84.8)).toBe(0);
    expect(Object.is(F.pp(84.8, 84.8), -0)).toBe(false);
    expect(err(F.pp('x', 1))).toBe('#VALUE!');
  });

  it('AARSRATE and AARTILMAAL take a row of values with year, text or date periods', () => {
    expect(F.aarsrate([[92.7, 93.1]], [[2010, 2012]])).toBe(0.2);
    expect(F.aarsrate([[92.7, '', 93.1]], [['2010', '2011', '2012']])).toBe(0.2);
    // Excel dates: 40179 = 1 Jan 2010, 40909 = 1 Jan 2012: two years apart.
    expect(F.aarsrate([[92.7], [93.1]], [[40179], [40909]])).toBe(0.2);
    expect(F.aartilmaal([[92.7, 93.1]], [[2010, 2012]], 100)).toBe(34.5);
    expect(err(F.aartilmaal([[93.1, 92.7]], [[2010, 2012]], 100))).toBe('#N/A');
    expect(err(F.aarsrate([[1, 2]], [[2010]]))).toBe('#VALUE!');
    expect(err(F.aarsrate([[1, 2]], [['x', 2012]]))).toBe('#VALUE!');
  });

  it('AARSVAERK takes Excel dates and empty cells', () => {
    // 39873 = 1 March 2009: ten whole months of 2009.
    expect(F.aarsvaerk(39873, null, 1, 2009)).toBeCloseTo(10 / 12, 14);
    expect(F.aarsvaerk(39873, '', '0,5', 2009)).toBeCloseTo(5 / 12, 14);
    expect(F.aarsvaerk('', 39994, '', 2009)).toBe(0.5); // to 30 June 2009
    expect(F.aarsvaerk(39448, 40543, 1, 2009)).toBe(1); // 2008-01-01 to 2010-12-31
    expect(err(F.aarsvaerk('hej', null, 1, 2009))).toBe('#VALUE!');
    expect(err(F.aarsvaerk(39873, null, 2, 2009))).toMatch(/#NUM!|#VALUE!/);
    expect(err(F.aarsvaerk(39873, null, 1, null))).toBe('#VALUE!');
  });

  it('OPFYLDELSE gives attainment as an Excel fraction, with a year-end forecast by quarter', () => {
    expect(F.opfyldelse(200, 400)).toBe(0.5);
    expect(F.opfyldelse(300, 400, 3)).toBe(1);
    expect(F.opfyldelse('150', '400')).toBe(0.375);
    expect(err(F.opfyldelse(1, 0))).toBe('#NUM!');
    expect(err(F.opfyldelse(1, 'mål'))).toBe('#VALUE!');
    expect(err(F.opfyldelse(1, 4, 2.5))).toBe('#VALUE!');
  });

  it('converts Excel serial dates, including around the phantom 29 Feb 1900', () => {
    expect(dateFromSerial(1)?.toISOString().slice(0, 10)).toBe('1900-01-01');
    expect(dateFromSerial(59)?.toISOString().slice(0, 10)).toBe('1900-02-28');
    expect(dateFromSerial(61)?.toISOString().slice(0, 10)).toBe('1900-03-01');
    expect(dateFromSerial(39873)?.toISOString().slice(0, 10)).toBe('2009-03-01');
    expect(dateFromSerial(39873.75)?.toISOString().slice(0, 10)).toBe('2009-03-01');
    expect(dateFromSerial(0)).toBeUndefined();
    expect(dateFromSerial(Number.NaN)).toBeUndefined();
  });
});

describe('functions.ts and functions.json', () => {
  it('the wrapper files are generated from the registry and in sync', () => {
    expect(readFileSync(FUNCTIONS_FILE, 'utf8')).toBe(functionsSource('da'));
    expect(readFileSync(FUNCTIONS_EN_FILE, 'utf8')).toBe(functionsSource('en'));
  });

  it('the English metadata has the same functions with English names and descriptions', async () => {
    const [da, en] = await Promise.all(
      [FUNCTIONS_FILE, FUNCTIONS_EN_FILE].map((f) => generateCustomFunctionsMetadata(f)),
    );
    expect(en!.errors).toEqual([]);
    type Meta = {
      functions: Array<{ id: string; description: string; parameters: Array<{ name: string }> }>;
    };
    const d = JSON.parse(da!.metadataJson) as Meta;
    const e = JSON.parse(en!.metadataJson) as Meta;
    expect(e.functions.map((f) => f.id)).toEqual(d.functions.map((f) => f.id));
    const fordel = e.functions.find((f) => f.id === 'FORDEL')!;
    expect(fordel.parameters.map((p) => p.name)).toEqual(['total', 'weights', 'step']);
    expect(fordel.description).toMatch(/^Spreads a total/);
  });

  it('custom-functions-metadata makes functions.json with every registry function', async () => {
    const result = await generateCustomFunctionsMetadata(FUNCTIONS_FILE);
    expect(result.errors).toEqual([]);
    const json = JSON.parse(result.metadataJson) as {
      functions: Array<{
        id: string;
        parameters: Array<{ name: string; optional?: boolean; dimensionality?: string }>;
        result: { dimensionality?: string };
      }>;
    };
    const ids = json.functions.map((f) => f.id);
    for (const name of [
      'FORDEL',
      'TAL',
      'AARSVAERK',
      'PP',
      'AARSRATE',
      'AARTILMAAL',
      'OPFYLDELSE',
    ]) {
      if (OPERATIONS.some((o) => o.excelName === name)) expect(ids).toContain(name);
    }
    expect(ids).toEqual(OPERATIONS.map((o) => o.excelName));
    const fordel = json.functions.find((f) => f.id === 'FORDEL')!;
    expect(
      fordel.parameters.map((p) => [p.name, !!p.optional, p.dimensionality ?? 'scalar']),
    ).toEqual([
      ['total', false, 'scalar'],
      ['vægte', false, 'matrix'],
      ['trin', true, 'scalar'],
    ]);
    expect(fordel.result.dimensionality).toBe('matrix');
    expect(result.associate.map((a) => a.id)).toEqual(ids);
  });
});

describe('a fault inside a function', () => {
  it('comes back as an Excel error in Danish words, never the program text', async () => {
    const { callOperation } = await import('../../addin/functions/call');
    // Arguments whose reading throws stand in for any programming error inside the call.
    const broken = new Proxy([], {
      get(target, key) {
        if (typeof key === 'string' && /^\d+$/.test(key)) {
          throw new TypeError("Cannot read properties of undefined (reading 'x')");
        }
        return Reflect.get(target, key) as unknown;
      },
    });
    const v = callOperation('FORDEL', broken);
    expect(v).toBeInstanceOf(ExcelError);
    const { message } = v as ExcelError;
    expect(message).toBe('Ramme kunne ikke regne funktionen ud (en fejl i Ramme).');
  });
});
