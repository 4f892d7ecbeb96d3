import { describe, expect, it } from 'vitest';
import {
  compatibleUnits,
  convert,
  Dec,
  detectStyle,
  formatAmount,
  parseAmount,
  unitFromText,
} from '../../core/numbers';

describe('number style: only numbers vote (issue 14.6)', () => {
  it.each<[string[], 'da' | 'en' | undefined]>([
    // The header of a Danish Excel CSV: a date in a label is no English decimal point.
    [['Forbrug pr. 30.9.'], undefined],
    [['Forbrug pr. 30.9.', '12.400', '3.250'], undefined],
    [['1.3.2009', '30.09.2024', 'Status 1.7.'], undefined],
    [['Forbrug pr. 30.9.', '4,4'], 'da'],
    [['4.4', '1,572,000'], 'en'],
    [['1.200,-'], 'da'],
    [['4,4 mio. kr.', '0,55'], 'da'],
  ])('%j → %s', (texts, style) => {
    expect(detectStyle(texts)).toBe(style);
  });
});

describe('case numbers are not ranges (issue 14.7)', () => {
  it.each(['2009-19598', 'Sagsnr. 2009-19598', '2021-0042', 'J.nr. 2015-123456'])(
    '%s is not a number',
    (text) => {
      const r = parseAmount(text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.reason).toBe('not-a-number');
    },
  );

  it.each<[string, string, string]>([
    ['60-70', '60', '70'],
    ['150-200', '150', '200'],
    ['2019-2023', '2019', '2023'],
    ['1.000-20.000', '1000', '20000'],
  ])('%s stays a range %s–%s', (text, low, high) => {
    const r = parseAmount(text, { style: 'da' });
    expect(r.ok && r.amount.range?.low.toString()).toBe(low);
    expect(r.ok && r.amount.range?.high.toString()).toBe(high);
  });
});

describe('procentpoint is never percent (issue 14.3)', () => {
  it('a points text and a points column keep their own unit, shown as procentpoint', () => {
    const r = parseAmount('10,1 procentpoint');
    expect(r.ok && [r.amount.unit, r.amount.points]).toEqual(['points', true]);
    const col = parseAmount('0,4', { unit: unitFromText('Ændring (procentpoint)') ?? undefined });
    expect(col.ok && col.amount.unit).toBe('points');
    expect(formatAmount('0.4', 'points')).toBe('0,4 procentpoint');
    expect(formatAmount('1', 'points', { lang: 'en' })).toBe('1 percentage point');
    expect(formatAmount('84.8', 'percent')).toBe('84,8 %');
  });

  it('a share written in points is not a share: convert never turns points into percent', () => {
    expect(convert(new Dec('0.4'), 'points', 'percent')).toBeUndefined();
    expect(compatibleUnits('points', 'percent')).toBe(false);
  });
});
