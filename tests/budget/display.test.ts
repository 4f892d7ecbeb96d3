/** Amounts side by side in one message share one precision. */
import { describe, expect, it } from 'vitest';
import { moneyTexts } from '../../core/budget';
import { Dec } from '../../core/numbers';

describe('moneyTexts', () => {
  it.each([
    [['7.2', '7', '0.2'], 'mio. kr.', ['7,2 mio. kr.', '7,0 mio. kr.', '0,2 mio. kr.']],
    [['1830750', '1820750', '10000'], 'kr', ['1.830.750 kr.', '1.820.750 kr.', '10.000 kr.']],
    [['1572000.5', '1572000'], 'kr', ['1.572.000,50 kr.', '1.572.000,00 kr.']],
    [['2600', '2500'], '1.000 kr.', ['2.600 t.kr.', '2.500 t.kr.']],
  ] as const)('%j %s', (values, unit, texts) => {
    expect(
      moneyTexts(
        values.map((v) => new Dec(v)),
        unit,
      ).map((t) => t.da),
    ).toEqual(texts);
  });
});
