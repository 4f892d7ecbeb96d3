import { describe, expect, it } from 'vitest';
import { describeTables, detectTables, type DetectOptions } from '../../core/detect';
import { sheetFromValues, type Cell, type CellValue, type Sheet } from '../../core/grid';
import { readCsv } from '../../core/io';
import { summarize } from './summary';

type Rows = Array<Array<CellValue | undefined>>;
const jan = (y: number, m: number) => new Date(Date.UTC(y, m - 1, 1));

function found(name: string, rows: Rows, options?: DetectOptions) {
  return detectTables(sheetFromValues(name, rows), options).map((t) => {
    const s = summarize(t);
    return `${s.range} ${s.kind} ${s.unit} h${s.headerRow} y${s.year} q${s.quarter} | ${s.columns} | ${s.rows}`;
  });
}

describe('each kind is recognised by its content in English headers', () => {
  it.each<[string, Rows, string[]]>([
    [
      'Staff',
      [
        ['Employee', 'From', 'To', 'Share'],
        ['A', jan(2024, 1), null, 1],
        ['B', jan(2024, 5), jan(2024, 12), 0.5],
      ],
      ['A1:D3 staffing null h1 ynull qnull | 1:person 2:from 3:to 4:share | 2:detail 3:detail'],
    ],
    [
      'Plan',
      [
        ['Work plan 2025'],
        [],
        ['Main areas', 'Person-years'],
        ['Outreach', '2.5'],
        ['of which housing', 1],
        ['Advice', 1.5],
        ['Total', 4],
      ],
      [
        'A3:B7 plan årsværk h3 y2025 qnull | 1:label 2:value(årsværk) | 4:detail 5:heraf^4 6:detail 7:total{4,6}',
      ],
    ],
    [
      'Spending',
      [
        ['Spending 2024'],
        [],
        ['Item', 'Amount (DKK)'],
        ['Wages', '1,184,500'],
        ['Rent', 96000],
        [],
        ['Total', '1,280,500'],
      ],
      ['A3:B7 budget kr h3 y2024 qnull | 1:label 2:value(kr) | 4:detail 5:detail 7:total{4,5}'],
    ],
    [
      'Indicators',
      [
        ['Indicator', 'Direction', 2019, 2020, 2021, 'Target'],
        ['Employment rate', 'Up', 0.5, 0.52, null, 0.6],
        ['Unemployment', 'Down', '9%', '8%', '7%', '5%'],
      ],
      [
        'A1:F3 indicator percent h1 ynull qnull | 1:label 2:direction 3:year(percent)[2019] 4:year(percent)[2020] 5:year(percent)[2021] 6:target(percent) | 2:detail 3:detail',
      ],
    ],
    [
      'Follow-up',
      [
        ['Status Q3 2024'],
        [],
        ['No.', 'Initiative', 'Target 2024', 'Result to date', 'Unit'],
        ['1', 'Job courses', 350, 280, 'courses'],
        ['2', 'Share activated', '85%', '80%', 'share'],
      ],
      ['A3:E5 status null h3 y2024 q3 | 1:id 2:label 3:target 4:result 5:note | 4:detail 5:detail'],
    ],
    [
      'Deals',
      [
        ['Agreement on integration initiatives 2024'],
        [],
        ['Initiative', 'Total (DKK m)'],
        ['Leisure jobs', '3.0'],
        ['Apprenticeships', '2.2*'],
        ['Total', '5.2'],
        [],
        ['Funding', 'DKK m'],
        ['Integration pool', '4.0'],
        ['Expected income', '1.0'],
        ['Total', '5.0'],
        [],
        ['* incl. evaluation'],
      ],
      [
        'A3:B6 agreement mio. kr. h3 y2024 qnull | 1:label 2:value(mio. kr.) | 4:detail 5:detail 6:total{4,5} 13:footnote',
        'A8:B11 financing mio. kr. h8 y2024 qnull | 1:label 2:value(mio. kr.) | 9:detail 10:detail 11:total{9,10}',
      ],
    ],
    [
      'Ideas',
      [
        ['Focus area', 'Initiative', 'Star', 'Target group', 'Financing need (DKK m)'],
        ['Jobs', 'Hands-on', '*', 'min. 350', '4.4'],
        ['Jobs', 'Upskilling', null, 100, '2.9'],
      ],
      [
        'A1:E3 catalogue mio. kr. h1 ynull qnull | 1:area 2:label 3:star 4:targetGroup(count) 5:value(mio. kr.) | 2:detail 3:detail',
      ],
    ],
  ])('%s', (name, rows, expected) => {
    expect(found(name, rows)).toEqual(expected);
  });
});

describe('layout rules', () => {
  it('a blank row before the total keeps the total in its table', () => {
    expect(found('Ark', [['Post', 'Beløb i kr.'], ['a', 1], ['b', 2], [], ['I alt', 3]])).toEqual([
      'A1:B5 budget kr h1 ynull qnull | 1:label 2:value(kr) | 2:detail 3:detail 5:total{2,3}',
    ]);
  });

  it('a blank row between lines does not split the table', () => {
    expect(found('Ark', [['Post', 'Beløb i kr.'], ['a', 1], [], ['b', 2], ['I alt', 3]])).toEqual([
      'A1:B5 budget kr h1 ynull qnull | 1:label 2:value(kr) | 2:detail 4:detail 5:total{2,4}',
    ]);
  });

  it('a table far below (more than three blank rows) is a table of its own', () => {
    const rows: Rows = [
      ['Post', 'Beløb i kr.'],
      ['a', 1],
      ['I alt', 1],
      [],
      [],
      [],
      [],
      ['Post', 'Beløb i kr.'],
      ['b', 2],
    ];
    expect(found('Ark', rows)).toEqual([
      'A1:B3 budget kr h1 ynull qnull | 1:label 2:value(kr) | 2:detail 3:total{2}',
      'A8:B9 budget kr h8 ynull qnull | 1:label 2:value(kr) | 9:detail',
    ]);
  });

  it('one-word headings without a header row: groups, their totals and the grand total', () => {
    const rows: Rows = [
      ['Afholdte udgifter'],
      ['Løn', 100],
      ['Leje', 50],
      ['I alt', 150],
      [],
      ['Forventede udgifter'],
      ['Evaluering', 20],
      ['I alt', 20],
      [],
      ['Samlet forbrug', 170],
    ];
    expect(found('Ark', rows)).toEqual([
      'A1:B10 budget null h1 ynull qnull | 1:label 2:value | 2:detail 3:detail 4:total{2,3} 6:group 7:detail 8:total{7} 10:grandTotal{4,8}',
    ]);
  });

  it('group headings inside a table, and lines outside any group total go to the grand total', () => {
    const rows: Rows = [
      ['Initiativ', 'Beløb (mio. kr.)'],
      ['Aftale A'],
      ['x', '1,0'],
      ['y', '2,0'],
      ['Total', '3,0'],
      ['Aftale B'],
      ['z', '0,5'],
      ['Samlet', '3,5'],
    ];
    expect(found('Aftaler', rows)).toEqual([
      'A1:B8 agreement mio. kr. h1 ynull qnull | 1:label 2:value(mio. kr.) | 2:group 3:detail 4:detail 5:total{3,4} 6:group 7:detail 8:grandTotal{5,7}',
    ]);
  });

  it('a second header line of units gives the columns their units', () => {
    const rows: Rows = [
      ['Indsats', 'Budget 2024', 'Forbrug'],
      [null, '(mio. kr.)', '(1.000 kr.)'],
      ['Fritidsjob', '3,0', 2800],
      ['I alt', '3,0', 2800],
    ];
    expect(found('Ark', rows)).toEqual([
      'A1:C4 budget mio. kr. h1 y2024 qnull | 1:label 2:adopted(mio. kr.) 3:actual(1.000 kr.) | 3:detail 4:total{3}',
    ]);
    expect(found('Ark', rows, { range: 'A1:C4' })).toEqual(found('Ark', rows));
  });

  it('a heraf row after a total is a part of that total', () => {
    const rows: Rows = [
      ['Post', 'Beløb i kr.'],
      ['a', 60],
      ['b', 40],
      ['I alt', 100],
      ['heraf løn', 70],
    ];
    expect(found('Ark', rows)).toEqual([
      'A1:B5 budget kr h1 ynull qnull | 1:label 2:value(kr) | 2:detail 3:detail 4:total{2,3} 5:heraf^4',
    ]);
  });

  it('a text row after the last total is a footnote; a heraf row with nothing above is a line', () => {
    const rows: Rows = [
      ['Post', 'Årsværk'],
      ['heraf x', 1],
      ['a', 2],
      ['I alt', 3],
      ['Tallene er foreløbige'],
    ];
    expect(found('Plan 2024', rows)).toEqual([
      'A1:B5 plan årsværk h1 y2024 qnull | 1:label 2:value(årsværk) | 2:detail 3:detail 4:total{2,3} 5:footnote',
    ]);
  });

  it('a headerless column numbering the rows 1, 2, 3 is an id, not an amount', () => {
    const rows: Rows = [
      [null, 'Post', 'Beløb i kr.'],
      ['1.', 'Løn', 100],
      [2, 'Leje', 50],
      ['3', 'Tolk', 5],
      [null, 'I alt', 155],
    ];
    expect(found('Ark', rows)).toEqual([
      'A1:C5 budget kr h1 ynull qnull | 1:id 2:label 3:value(kr) | 2:detail 3:detail 4:detail 5:total{2,3,4}',
    ]);
    rows[3]![0] = 7;
    expect(found('Ark', rows)[0]).toContain('1:value 2:label');
  });

  it('tables side by side, with an empty column between them, are two tables', () => {
    const rows: Rows = [
      ['Afholdte udgifter', 'Beløb i kr.', null, 'Forventede udgifter', 'Beløb i kr.'],
      ['Løn', 100, null, 'Evaluering', 20],
      ['Leje', 50, null, 'I alt', 20],
      ['I alt', 150],
    ];
    expect(found('Budget 2024', rows)).toEqual([
      'A1:B4 budget kr h1 y2024 qnull | 1:label 2:value(kr) | 2:detail 3:detail 4:total{2,3}',
      'D1:E3 budget kr h1 y2024 qnull | 4:label 5:value(kr) | 2:detail 3:total{2}',
    ]);
  });

  it('an empty spacer column inside a table does not split it', () => {
    const rows: Rows = [
      ['Indikator', null, 2019, 2020, 'Mål'],
      ['Beskæftigelse', null, '56%', '58%', '65%'],
      ['Ledighed', null, '9%', '8%', '6%'],
    ];
    expect(found('Barometer', rows)).toEqual([
      'A1:E3 indicator percent h1 ynull qnull | 1:label 3:year(percent)[2019] 4:year(percent)[2020] 5:target(percent) | 2:detail 3:detail',
    ]);
  });

  it('a range names one table; its first header-like row is the header', () => {
    const rows: Rows = [
      ['x'],
      ['Post', 'Beløb'],
      ['a', 1],
      ['b', 2],
      [],
      ['Andet', 'Beløb'],
      ['c', 5],
    ];
    expect(found('Ark', rows, { range: 'A2:B4' })).toEqual([
      'A2:B4 budget null h2 ynull qnull | 1:label 2:value | 3:detail 4:detail',
    ]);
    expect(found('Ark', rows, { range: 'A1:B7' })).toEqual([
      'A2:B7 budget null h2 ynull qnull | 1:label 2:value | 3:detail 4:detail 6:group 7:detail',
    ]);
    expect(found('Ark', rows, { range: 'nonsense' })).toEqual([]);
    expect(found('Ark', rows, { range: 'Z100:Z200' })).toEqual([]);
  });

  it('an Excel table takes its title from the row just above it', () => {
    const rows: Rows = [
      ['Status 3. kvartal 2024'],
      [],
      ['Indsats', 'Mål', 'Resultat'],
      ['x', 10, 8],
    ];
    const names = [{ name: 'Status', sheet: 'Ark', range: 'A3:C4', kind: 'table' as const }];
    const [t] = detectTables(sheetFromValues('Ark', rows), { names });
    expect([t?.title, t?.kind, t?.year, t?.quarter]).toEqual([
      'Status 3. kvartal 2024',
      'status',
      2024,
      3,
    ]);
  });

  it('Excel tables are taken as given; defined names only where nothing else was found', () => {
    const rows: Rows = [
      ['Post', 'Beløb i kr.'],
      ['a', 1],
      ['b', 2],
      ['c', 3],
      [],
      [],
      [],
      [],
      ['Post', 'Note'],
      ['p', 'q'],
    ];
    const names = [
      { name: 'Tabel1', sheet: 'Ark', range: 'A1:B3', kind: 'table' as const },
      { name: 'Andet', sheet: 'Ark', range: 'A9:B10', kind: 'name' as const },
      { name: 'Celle', sheet: 'Ark', range: 'B2', kind: 'name' as const },
      { name: 'Fremmed', sheet: 'Andet ark', range: 'A1:B2', kind: 'table' as const },
    ];
    expect(found('Ark', rows, { names })).toEqual([
      'A1:B3 budget kr h1 ynull qnull | 1:label 2:value(kr) | 2:detail 3:detail',
      'A9:B10 unknown null h9 ynull qnull | 1:label 2:note | 10:detail',
    ]);
  });

  it('reads a Danish CSV export the same way as the workbook', () => {
    const csv =
      '\ufeffOversigt over forbrug 2023;\r\n;\r\nAfholdte udgifter;Beløb i kr.\r\nLøn;1.184.500\r\nLeje;96.000\r\nI alt;1.280.500\r\n';
    const sheet = readCsv(csv, 'budget-2023.csv').sheets[0]!;
    expect(describeTables(detectTables(sheet))).toEqual([
      {
        sheet: 'budget-2023',
        range: 'A3:B6',
        kind: 'budget',
        unit: 'kr',
        roles: {
          rows: [
            { from: 3, to: 3, role: 'header' },
            { from: 4, to: 5, role: 'detail' },
            { from: 6, to: 6, role: 'total' },
          ],
          columns: [
            { column: 'A', role: 'label' },
            { column: 'B', role: 'amount' },
          ],
        },
      },
    ]);
  });

  it('finds nothing in a sheet of prose or an empty sheet', () => {
    expect(found('Tom', [])).toEqual([]);
    expect(
      found('Tekst', [
        ['Arbejdsplanen omfatter:'],
        ['En fokuseret indsats'],
        [],
        ['Øvrige leverancer'],
      ]),
    ).toEqual([]);
  });
});

describe('formulas read for their shape, at most 4 million characters a region', () => {
  // Numbers closed by a SUM row, after `k` rows of a 891-character product: a table while the
  // formulas before it are under 4 million characters, none past it (say less, not more).
  const long = Array.from({ length: 200 }, (_, i) => `A${i + 1}`).join('*');
  function sheetAfter(k: number): Sheet {
    const prefix = Array.from({ length: k }, (): Array<Cell | undefined> => [
      { value: 1, formula: long },
    ]);
    const block = [10, 20, 30, 40].map((value): Array<Cell | undefined> => [{ value }]);
    const total: Cell = { value: 100, formula: `SUM(A${k + 2}:A${k + 5})` };
    const rows = [...prefix, [], ...block, [total]];
    return { name: 'S', rows, rowCount: rows.length, colCount: 1, merges: [] };
  }

  it.each([
    [0, ['A2:A6']],
    [4000, ['A4002:A4006']],
    [5000, []],
  ])('after %i long formulas: %j', (k, ranges) => {
    const tables = detectTables(sheetAfter(k)).map((t) => summarize(t).range);
    expect(tables).toEqual(ranges);
  });
});

describe('every table says why it has its kind', () => {
  it.each<[Rows, string, RegExp]>([
    [
      [
        ['Medarbejder', 'Fra', 'Til'],
        ['A', jan(2024, 1), null],
      ],
      'staffing',
      /Fra\/Til/,
    ],
    [
      [
        ['Navn', 'Andel'],
        ['A', '0,5'],
        ['B', 1],
      ],
      'staffing',
      /andel/,
    ],
    [
      [
        ['Indsats', 'Mål 2024', 'Status pr. 2. kvartal'],
        ['x', 10, 5],
      ],
      'status',
      /målkolonne/,
    ],
    [
      [
        ['Finansiering', 'mio. kr.'],
        ['Pulje', '4,0'],
      ],
      'financing',
      /Finansiering/,
    ],
    [
      [
        ['Indsatsområde', 'Årsværk'],
        ['x', '1½'],
      ],
      'plan',
      /årsværk/,
    ],
    [
      [
        ['Post', 'Note'],
        ['x', 'y'],
        ['z', 1],
      ],
      'unknown',
      /Ingen overskrift/,
    ],
  ])('%#: %s', (rows, kind, da) => {
    const [t] = detectTables(sheetFromValues('Ark', rows));
    expect(t?.kind).toBe(kind);
    expect(t?.reason?.da).toMatch(da);
    expect(t?.reason?.en.length).toBeGreaterThan(10);
  });
});
