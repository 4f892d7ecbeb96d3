import { describe, expect, it } from 'vitest';
import { checkBudget, moneyCellFrom, toReportFinding, type BudgetLine } from '../../core/budget';
import { parseAmount } from '../../core/numbers';
import { cell, column, line, table } from './build';

// examples/aftale-2024.xlsx, sheet 'Aftale 2024' (mio. kr.), as written.
const aftale = (heraf: string, extra: BudgetLine[] = [], total = '7.2') =>
  table(
    'Aftale 2024',
    'mio. kr.',
    [column(2, 'Total (mio. kr.)', 'mio. kr.')],
    [
      line(4, 'detail', 'Fritidsjob', '3.0'),
      line(5, 'detail', 'Lærepladser', '2.2'),
      line(6, 'detail', 'Forebyggelse af social kontrol', '2.0*'),
      line(7, 'heraf', 'heraf forældreindsats', heraf),
      line(8, 'grandTotal', 'Total', total),
      ...extra,
    ],
  );

describe('heraf parts and footnotes', () => {
  it('never sums a heraf part: 3,0 + 2,2 + 2,0 = 7,2 with "heraf 0,6" below', () => {
    const { findings, totals } = checkBudget(aftale('0.6'));
    expect(findings).toEqual([]);
    expect(totals[0].parts).toEqual([4, 5, 6]);
    expect(totals[0].computed.toFixed()).toBe('7.2');
  });

  it('reports a heraf part larger than its line', () => {
    const { findings } = checkBudget(aftale('2.5'));
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect([f.code, f.cell, f.actual?.toFixed(), f.expected?.toFixed()]).toEqual([
      'HERAF_EXCEEDS_PARENT',
      'B7',
      '2.5',
      '2',
    ]);
    expect(f.message.da).toBe(
      '"heraf forældreindsats" i B7 (2,5 mio. kr.) er en del af "Forebyggelse af social kontrol" i B6 (2,0 mio. kr.), men er større end den.',
    );
  });

  it('an equal heraf part is fine; a heraf part follows an explicit parent', () => {
    expect(checkBudget(aftale('2.0')).findings).toEqual([]);
    const t = aftale('2.5');
    t.lines[3] = { ...t.lines[3], parent: 4 };
    expect(checkBudget(t).findings).toEqual([]);
  });

  it('treats a footnote row "* heraf 0,7 mio. kr. til …" as part of the marked line, never summed', () => {
    const note = (v: string) =>
      line(10, 'footnote', '* heraf 0,7 mio. kr. til evaluering', cell(`${v} mio. kr.`));
    expect(checkBudget(aftale('0.6', [note('0.7')])).findings).toEqual([]);
    const { findings } = checkBudget(aftale('0.6', [note('2.7')]));
    expect(findings.map((f) => [f.code, f.cell])).toEqual([['HERAF_EXCEEDS_PARENT', 'B10']]);
  });

  it('a footnote amount in kr. is converted before it is compared with a line in mio. kr.', () => {
    const note = line(10, 'footnote', '* heraf 700.000 kr. til evaluering', cell('700000 kr'));
    expect(checkBudget(aftale('0.6', [note])).findings).toEqual([]);
    const big = line(10, 'footnote', '* heraf 2.100.000 kr.', cell('2100000 kr'));
    const [f] = checkBudget(aftale('0.6', [big])).findings;
    expect([f.code, f.actual?.toFixed(), f.unit]).toEqual([
      'HERAF_EXCEEDS_PARENT',
      '2.1',
      'mio. kr.',
    ]);
  });

  it('a footnote without an amount ("* inkl. evaluering") changes nothing', () => {
    const note = line(15, 'footnote', '* inkl. evaluering');
    expect(checkBudget(aftale('0.6', [note])).findings).toEqual([]);
  });

  it('does not tie a footnote to one line when several lines carry its mark', () => {
    const t = aftale('0.6', [line(10, 'footnote', '* heraf 2,7', cell('2.7'))]);
    t.lines[0] = line(4, 'detail', 'Fritidsjob', '3.0*');
    expect(checkBudget(t).findings).toEqual([]);
  });
});

describe('units', () => {
  it('converts lines that say their own unit: 4,4 mio. kr. + 550.000 kr. = 4,95 mio. kr.', () => {
    const t = (total: string) =>
      table(
        'Katalog',
        null,
        [column(7, 'Finansieringsbehov', null)],
        [
          line(4, 'detail', 'Håndholdt virksomhedsindsats', '4.4 mio. kr.'),
          line(5, 'detail', 'Sundhedsfremme', '550000 kr'),
          line(6, 'total', 'I alt', `${total} mio. kr.`),
        ],
      );
    expect(checkBudget(t('4.95')).findings).toEqual([]);
    const [f] = checkBudget(t('5.5')).findings;
    expect([f.code, f.expected?.toFixed(), f.difference?.toFixed(), f.unit]).toEqual([
      'TOTAL_MISMATCH',
      '4.95',
      '0.55',
      'mio. kr.',
    ]);
  });

  it('reports each total in its own unit: a total in 1.000 kr. over lines in kr.', () => {
    const t = table(
      'Ark1',
      null,
      [column(2, 'Beløb', null)],
      [
        line(2, 'detail', 'Løn', '1184500 kr'),
        line(3, 'detail', 'Husleje', '96000 kr'),
        line(4, 'total', 'I alt', '1280 1.000 kr.'),
      ],
    );
    const [f] = checkBudget(t).findings;
    expect([f.expected?.toFixed(), f.actual?.toFixed(), f.unit]).toEqual([
      '1280.5',
      '1280',
      '1.000 kr.',
    ]);
  });

  it('reports MIXED_UNITS instead of adding when some cells have no unit', () => {
    const t = table(
      'Ark1',
      null,
      [column(2, 'Beløb', null)],
      [
        line(2, 'detail', 'A', '4.4'),
        line(3, 'detail', 'B', '550000 kr'),
        line(4, 'total', 'I alt', '4.95'),
      ],
    );
    const { findings, totals } = checkBudget(t);
    expect(findings.map((f) => [f.code, f.cell])).toEqual([['MIXED_UNITS', 'B3']]);
    expect(totals).toEqual([]);
    expect(findings[0].message.da).toContain('B3 står i kr.');
  });

  it('a column header unit gives unmarked cells their unit', () => {
    const t = table(
      'Ark1',
      null,
      [column(2, 'mio. kr.', 'mio. kr.')],
      [
        line(2, 'detail', 'A', '4.4'),
        line(3, 'detail', 'B', '550000 kr'),
        line(4, 'total', 'I alt', '4.95'),
      ],
    );
    expect(checkBudget(t).findings).toEqual([]);
  });
});

describe('cells from parsed text', () => {
  it('reads "2,0*", "550.000 kr." and "4,4" through parseAmount into budget cells', () => {
    const read = (text: string) => {
      const r = parseAmount(text);
      if (!r.ok) throw new Error(text);
      return moneyCellFrom(r.amount, 'B6');
    };
    const a = read('2,0*');
    expect([a.value.toFixed(), a.footnote, a.unit, a.decimals, a.cell]).toEqual([
      '2',
      '*',
      null,
      1,
      'B6',
    ]);
    expect(read('550.000 kr.').unit).toBe('kr');
    expect(read('84,8 %').unit).toBe(null);
  });
});

describe('report findings', () => {
  it('turns a money finding into the JSON contract: decimal strings, one language', () => {
    const [f] = checkBudget(aftale('2.5')).findings;
    expect(toReportFinding(f, 'en')).toEqual({
      severity: 'error',
      code: 'HERAF_EXCEEDS_PARENT',
      sheet: 'Aftale 2024',
      cell: 'B7',
      expected: '2',
      actual: '2.5',
      message:
        '"heraf forældreindsats" in B7 (DKK 2.5m) is part of "Forebyggelse af social kontrol" in B6 (DKK 2.0m) but is larger than it.',
    });
  });
});
