import { describe, expect, it } from 'vitest';
import { cellFromExcel } from './exceljs-cell';

describe('cellFromExcel: every ExcelJS value shape, never NaN, -0 or a throw', () => {
  it.each<[string, unknown, unknown]>([
    ['empty', null, undefined],
    ['number', 7.5, { value: 7.5 }],
    ['minus zero', -0, { value: 0 }],
    ['NaN', Number.NaN, { value: null }],
    ['text', 'I alt', { value: 'I alt', text: 'I alt' }],
    ['error', { error: '#N/A' }, { value: { error: '#N/A' } }],
    ['rich text', { richText: [{ text: 'a' }, { text: 'b' }] }, { value: 'ab', text: 'ab' }],
    [
      'hyperlink without text',
      { hyperlink: 'https://kk.dk' },
      { value: 'https://kk.dk', text: 'https://kk.dk' },
    ],
    ['invalid date', new Date(Number.NaN), { value: null }],
    ['unknown object', { checkbox: true }, undefined],
    ['formula without result', { formula: 'A1' }, { value: null, formula: 'A1' }],
    [
      'formula with error',
      { formula: '1/0', result: { error: '#DIV/0!' } },
      { value: { error: '#DIV/0!' }, formula: '1/0' },
    ],
  ])('%s', (_name, value, expected) => {
    expect(cellFromExcel({ value })).toEqual(expected);
  });

  it('keeps a shared formula whose master is gone instead of failing the workbook', () => {
    const cell = {
      value: { sharedFormula: 'B1', result: 4, formula: undefined },
      numFmt: 'General',
      get formula(): string {
        throw new Error('master missing');
      },
    };
    expect(cellFromExcel(cell)).toEqual({ value: 4 });
  });
});
