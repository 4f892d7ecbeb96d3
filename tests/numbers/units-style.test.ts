import { describe, expect, it } from 'vitest';
import { detectStyle, parseAmount, unitFromText, type Unit } from '../../core/numbers';

describe('unitFromText (column headers)', () => {
  it.each<[string, Unit | null]>([
    ['Beløb i kr.', 'kr'],
    ['Beløb (kr.)', 'kr'],
    ['Kr.', 'kr'],
    ['Mio. kr.', 'mio. kr.'],
    ['Total (mio. kr.)', 'mio. kr.'],
    ['Finansieringsbehov pr. år (mio.kr.)', 'mio. kr.'],
    ['1.000 kr.', '1.000 kr.'],
    ['Budget 2024 (1.000 kr.)', '1.000 kr.'],
    ['t.kr.', '1.000 kr.'],
    ['Årsværk', 'årsværk'],
    ['Antal årsværk', 'årsværk'],
    ['%', 'percent'],
    ['Pct.', 'percent'],
    ['Andel (%)', 'percent'],
    ['Ændring (procentpoint)', 'points'],
    ['Ændring i %-point', 'points'],
    ['Andel (procent)', 'percent'],
    ['Antal', 'count'],
    ['Antal borgere', 'count'],
    ['Målgruppe (borgere)', 'count'],
    ['DKK m', 'mio. kr.'],
    ['Amount (DKK)', 'kr'],
    ['DKK thousands', '1.000 kr.'],
    ['Person-years', 'årsværk'],
    ['Share (%)', 'percent'],
    ['Number of citizens', 'count'],
    ['Indsats', null],
    ['Hovedområde', null],
    ['Bemærkning', null],
    ['2024', null],
    ['', null],
    ['Krav', null],
    ['Kronologi', null],
  ])('%j → %s', (header, unit) => {
    expect(unitFromText(header)).toBe(unit);
  });
});

describe('detectStyle', () => {
  it.each<[string[], 'da' | 'en' | undefined]>([
    [['1.572.000', '4,4', '1.500'], 'da'],
    [['1,572,000', '4.4', '1,500'], 'en'],
    [['1.572.000,50'], 'da'],
    [['1,572,000.50'], 'en'],
    [['84,8 %', 'abc', ''], 'da'],
    [['DKK 4.4m'], 'en'],
    [['1.500', '2.500'], undefined],
    [['350', '400', '½'], undefined],
    [[], undefined],
    [['4,4', '4.4'], undefined],
    [['0,500'], 'da'],
    [['4,4', '5,5', '1.5'], 'da'],
    [['kr. 96.000,-', '1.500'], 'da'],
  ])('%j → %s', (texts, style) => {
    expect(detectStyle(texts)).toBe(style);
  });

  it('decides the ambiguous cells of its column', () => {
    const column = ['1.572.000', '1.500', '2.250,5'];
    const style = detectStyle(column);
    const values = column
      .map((t) => parseAmount(t, { style }))
      .map((r) => (r.ok ? r.amount.value.toFixed() : r.reason));
    expect(values).toEqual(['1572000', '1500', '2250.5']);
  });
});
