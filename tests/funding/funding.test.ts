import { describe, expect, it } from 'vitest';
import { Dec } from '../../core/numbers';
import type { MoneyCell, MoneyUnit } from '../../core/budget';
import type { RowRole } from '../../core/detect/types';
import {
  allocatePool,
  allocatePoolByNeed,
  frameByYear,
  fundingBalance,
  toFundingResults,
  type FundingLine,
  type FundingTable,
} from '../../core/funding';
import type { Initiative } from '../../core/catalogue';

const cell = (v: string, unit?: MoneyUnit): MoneyCell => ({ value: new Dec(v), unit });
const line = (
  row: number,
  role: RowRole,
  label: string,
  values: Array<string | MoneyCell | null>,
  source?: string,
): FundingLine => ({
  row,
  role,
  label,
  values: values.map((v) => (typeof v === 'string' ? cell(v) : v)),
  source,
});

// examples/aftale-2024.xlsx, sheet 'Aftale 2024': initiatives and the 'Finansiering' table.
function aftale(pool = '4.0', sources: [string?, string?, string?] = []): FundingTable {
  return {
    sheet: 'Aftale 2024',
    unit: 'mio. kr.',
    periods: [{ col: 2, year: 2024, unit: 'mio. kr.' }],
    spending: [
      line(4, 'detail', 'Fritidsjob', ['3.0'], sources[0]),
      line(5, 'detail', 'Lærepladser', ['2.2'], sources[1]),
      line(
        6,
        'detail',
        'Forebyggelse af social kontrol',
        [{ ...cell('2.0'), footnote: '*' }],
        sources[2],
      ),
      line(7, 'heraf', 'heraf forældreindsats', ['0.6']),
      line(8, 'grandTotal', 'Total', ['7.2']),
      line(15, 'footnote', '* inkl. evaluering', [null]),
    ],
    financing: [
      line(11, 'detail', 'Integrationspuljen', [pool]),
      line(12, 'detail', 'Forventede integrationsindtægter', ['3.0']),
      line(13, 'total', 'I alt', [new Dec(pool).plus(3).toFixed()]),
    ],
  };
}

describe('spending against financing', () => {
  it('aftale-2024: 7,2 spent against 7,0 financed is a shortfall of 0,2 mio. kr.', () => {
    const { periods, findings } = fundingBalance(aftale());
    expect(periods).toHaveLength(1);
    const [p] = periods;
    // The heraf line (0,6) and the footnote are never added: 3,0 + 2,2 + 2,0 = 7,2.
    expect([p.spending.toFixed(), p.financing.toFixed(), p.balance.toFixed(), p.unit]).toEqual([
      '7.2',
      '7',
      '-0.2',
      'mio. kr.',
    ]);
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect([f.code, f.severity, f.cell, f.difference?.toFixed()]).toEqual([
      'FUNDING_SHORTFALL',
      'error',
      'B13',
      '-0.2',
    ]);
    expect(f.message.da).toBe(
      'Udgifterne (7,2 mio. kr.) er større end finansieringen (7,0 mio. kr.) i 2024; der mangler 0,2 mio. kr.',
    );
    expect(f.message.en).toBe(
      'Spending (DKK 7.2m) exceeds financing (DKK 7.0m) in 2024; DKK 0.2m short.',
    );
  });

  it('reports the balance in the JSON contract', () => {
    expect(toFundingResults('Aftale 2024', fundingBalance(aftale()))).toEqual([
      { sheet: 'Aftale 2024', spending: '7.2', financing: '7', balance: '-0.2', unit: 'mio. kr.' },
    ]);
  });

  it('a pool of 4,5 leaves 0,3 mio. kr. (FUNDING_SURPLUS)', () => {
    const { periods, findings } = fundingBalance(aftale('4.5'));
    expect(periods[0].balance.toFixed()).toBe('0.3');
    expect(findings.map((f) => [f.code, f.severity, f.cell, f.difference?.toFixed()])).toEqual([
      ['FUNDING_SURPLUS', 'warning', 'B13', '0.3'],
    ]);
    expect(findings[0].message.da).toBe(
      'Der er 0,3 mio. kr. tilbage af finansieringen (7,5 mio. kr.) efter udgifterne (7,2 mio. kr.) i 2024.',
    );
  });

  it('a balanced table has no finding', () => {
    const { periods, findings } = fundingBalance(aftale('4.2'));
    expect(periods[0].balance.toFixed()).toBe('0');
    expect(findings).toEqual([]);
  });

  it('per source, where the lines name their source', () => {
    const pool = 'Integrationspuljen';
    const income = 'Forventede integrationsindtægter';
    const { periods, findings } = fundingBalance(
      aftale('4.0', [pool, income, ` ${pool.toLowerCase()} `]),
    );
    // Puljen: 4,0 − (3,0 + 2,0) = −1,0; indtægter: 3,0 − 2,2 = 0,8; together −0,2.
    expect(
      periods[0].sources.map((s) => [
        s.source,
        s.financing.toFixed(),
        s.spending.toFixed(),
        s.balance.toFixed(),
      ]),
    ).toEqual([
      [pool, '4', '5', '-1'],
      [income, '3', '2.2', '0.8'],
    ]);
    expect(periods[0].balance.toFixed()).toBe('-0.2');
    expect(findings.map((f) => [f.code, f.cell, f.difference?.toFixed()])).toEqual([
      ['FUNDING_SHORTFALL', 'B11', '-1'],
      ['FUNDING_SURPLUS', 'B12', '0.8'],
    ]);
    expect(findings[0].message.da).toBe(
      'Integrationspuljen: Udgifterne (5 mio. kr.) er større end finansieringen (4 mio. kr.) i 2024; der mangler 1 mio. kr.',
    );
  });

  it('spending naming a source the financing lacks is short by all of it; unnamed lines stay overall', () => {
    const { periods, findings } = fundingBalance(aftale('4.2', ['Fonden', undefined, undefined]));
    expect(periods[0].sources.map((s) => [s.source, s.balance.toFixed()])).toEqual([
      ['Integrationspuljen', '4.2'],
      ['Forventede integrationsindtægter', '3'],
      ['Fonden', '-3'],
      [null, '-4.2'],
    ]);
    // Balanced overall: no overall finding; per named source one each.
    expect(findings.map((f) => [f.code, f.cell])).toEqual([
      ['FUNDING_SURPLUS', 'B11'],
      ['FUNDING_SURPLUS', 'B12'],
      ['FUNDING_SHORTFALL', 'B4'],
    ]);
  });

  it('converts a source written in kr. into the table unit', () => {
    const t = aftale();
    t.financing[0] = line(11, 'detail', 'Integrationspuljen', [cell('4200000', 'kr')]);
    const { periods, findings } = fundingBalance(t);
    expect(periods[0].financing.toFixed()).toBe('7.2');
    expect(findings).toEqual([]);
  });

  it('reports mixed units instead of a balance when some cells have no unit', () => {
    const t = aftale();
    t.unit = null;
    t.periods = [{ col: 2, year: 2024, unit: null }];
    t.financing[0] = line(11, 'detail', 'Integrationspuljen', [cell('4000000', 'kr')]);
    const { periods, findings } = fundingBalance(t);
    expect(periods).toEqual([]);
    expect(findings.map((f) => [f.code, f.cell])).toEqual([['MIXED_UNITS', 'B11']]);
  });
});

describe('a frame per year', () => {
  // A frame of 10 mio. kr. a year from 2006; spending in 1.000 kr. per year (made up).
  const frame = { label: 'Ramme', amount: new Dec(10), unit: 'mio. kr.' as const, from: 2006 };
  const table: FundingTable = {
    sheet: 'Ramme 2006-2008',
    unit: '1.000 kr.',
    periods: [
      { col: 2, year: 2006, unit: '1.000 kr.' },
      { col: 3, year: 2007, unit: '1.000 kr.' },
      { col: 4, year: 2008, unit: '1.000 kr.' },
    ],
    spending: [
      line(3, 'detail', 'Virksomhedsindsats', ['6500', '6500', '7000']),
      line(4, 'detail', 'Sprogundervisning', ['3000', '3800', '3000']),
      line(5, 'total', 'I alt', ['9500', '10300', '10000']),
    ],
    financing: [],
  };

  it('frameByYear spreads 10 mio. kr. a year from 2006', () => {
    const m = frameByYear(frame, [2005, 2006, 2007], '1.000 kr.');
    expect([...m.entries()].map(([y, v]) => [y, v.toFixed()])).toEqual([
      [2005, '0'],
      [2006, '10000'],
      [2007, '10000'],
    ]);
  });

  it('balances each year in the table unit: 500 left, 300 short, even', () => {
    const { periods, findings } = fundingBalance(table, { frame });
    expect(
      periods.map((p) => [p.year, p.financing.toFixed(), p.balance.toFixed(), p.unit]),
    ).toEqual([
      [2006, '10000', '500', '1.000 kr.'],
      [2007, '10000', '-300', '1.000 kr.'],
      [2008, '10000', '0', '1.000 kr.'],
    ]);
    expect(findings.map((f) => [f.code, f.cell, f.difference?.toFixed()])).toEqual([
      ['FUNDING_SURPLUS', 'B5', '500'],
      ['FUNDING_SHORTFALL', 'C5', '-300'],
    ]);
    expect(findings[1].message.da).toBe(
      'Udgifterne (10.300 t.kr.) er større end finansieringen (10.000 t.kr.) i 2007; der mangler 300 t.kr.',
    );
  });
});

describe('allocating a pool', () => {
  it('Integrationspuljen 4,0 mio. kr. over 3,0 / 2,2 / 2,0 in steps of 0,1: 1,7 + 1,2 + 1,1', () => {
    // Quotas 1,666…, 1,222…, 1,111…; floors 1,6 + 1,2 + 1,1 = 3,9; the one step left goes to
    // the largest remainder (0,0666…).
    const r = allocatePool(
      '4.0',
      [
        { label: 'Fritidsjob', row: 4, weight: '3.0' },
        { label: 'Lærepladser', row: 5, weight: '2.2' },
        { label: 'Forebyggelse af social kontrol', row: 6, weight: '2.0' },
      ],
      '0.1',
      'mio. kr.',
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.lines.map((l) => [l.row, l.amount.toFixed()])).toEqual([
      [4, '1.7'],
      [5, '1.2'],
      [6, '1.1'],
    ]);
    expect(r.value.lines.reduce((a, l) => a.plus(l.amount), new Dec(0)).toFixed()).toBe('4');
  });

  it('10 mio. kr. over the three pejlemærker by need (21,1 / 6,7 / 4,855) in steps of 0,001', () => {
    // Quotas 6,46149…, 2,05175…, 1,48676…; floors sum 9,998; two steps to the remainders
    // 0,7554 and 0,7532 (pejlemærke 3 and 2), none to 0,4913.
    const area = (row: number, need: string): Initiative => ({
      row,
      label: `Pejlemærke ${row}`,
      area: null,
      focus: null,
      starred: false,
      target: null,
      need: new Dec(need),
      unit: 'mio. kr.',
    });
    const r = allocatePoolByNeed(
      10,
      [area(1, '21.1'), area(2, '6.7'), area(3, '4.855')],
      '0.001',
      'mio. kr.',
    );
    expect(r.ok && r.value.lines.map((l) => l.amount.toFixed())).toEqual([
      '6.461',
      '2.052',
      '1.487',
    ]);
  });

  it('a pool that is not a whole number of steps is refused in words', () => {
    const r = allocatePool('4.05', [{ label: 'A', weight: 1 }], '0.1', 'mio. kr.');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('TOTAL_NOT_ON_STEP');
  });
});
