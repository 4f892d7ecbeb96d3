import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkWorkbook } from '../../core/check';
import { sheetFromValues, type Sheet, type Workbook } from '../../core/grid';
import type { Finding } from '../../core/report';

function book(...sheets: Sheet[]): Workbook {
  return { name: 'test.xlsx', sheets, names: [] };
}

type V = string | number | Date | null;

function codes(findings: Finding[]): string[] {
  return findings.map((f) => `${f.code} ${f.sheet}!${f.cell} ${f.expected} ${f.actual}`);
}

const BUDGET: V[][] = [
  ['Oversigt over forbrug 2023'],
  [],
  ['Afholdte udgifter', 'Beløb i kr.'],
  ['Løn', '1.184.500'],
  ['Lokaleleje', '96.000'],
  ['I alt', '1.280.500'],
  [],
  ['Forventede udgifter', 'Beløb i kr.'],
  ['Evaluering', 150000],
  ['Materialer', 20000],
  ['I alt', 170000],
  [],
  ['Samlet forbrug i 2023', '1.450.500'],
];

describe('checkWorkbook: totals without a cascade', () => {
  it('a clean two-group budget has no findings', () => {
    const r = checkWorkbook(book(sheetFromValues('Budget 2023', BUDGET)), { lang: 'da' });
    expect(r.tables).toMatchObject([
      { sheet: 'Budget 2023', range: 'A3:B13', kind: 'budget', unit: 'kr' },
    ]);
    expect(r.findings).toEqual([]);
  });

  it('a wrong subtotal gives one finding at that cell, not also at the grand total', () => {
    const rows = BUDGET.map((r) => [...r]);
    rows[5]![1] = '1.290.500'; // I alt of the first group: 10.000 too much
    rows[12]![1] = '1.460.500'; // the grand total agrees with the stated subtotals
    const r = checkWorkbook(book(sheetFromValues('Budget 2023', rows)), { lang: 'da' });
    expect(codes(r.findings)).toEqual(['TOTAL_MISMATCH Budget 2023!B6 1280500 1290500']);
    expect(r.findings[0]!.message).toBe(
      '"I alt" i B6 er 1.290.500 kr., men dens dele (række 4-5) giver 1.280.500 kr.; forskel 10.000 kr.',
    );
  });

  it('a wrong grand total is found at the grand total only', () => {
    const rows = BUDGET.map((r) => [...r]);
    rows[12]![1] = '1.455.000';
    const r = checkWorkbook(book(sheetFromValues('Budget 2023', rows)), { lang: 'en' });
    expect(codes(r.findings)).toEqual(['TOTAL_MISMATCH Budget 2023!B13 1450500 1455000']);
    expect(r.findings[0]!.message).toContain('DKK 1,455,000');
  });

  it('property: one wrong subtotal among n groups gives exactly one finding, at it', () => {
    const group = fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(
        fc.array(group, { minLength: 1, maxLength: 5 }),
        fc.nat(),
        fc.integer({ min: 1, max: 1000 }),
        (groups, pick, delta) => {
          const wrongGroup = pick % groups.length;
          const rows: V[][] = [['Budget 2024'], [], ['Post', 'Beløb i kr.']];
          let grand = 0;
          let wrongCell = '';
          groups.forEach((g, gi) => {
            rows.push([`Område ${gi + 1}`]);
            for (const [i, v] of g.entries()) rows.push([`Konto ${gi}.${i}`, v]);
            const stated = g.reduce((a, b) => a + b, 0) + (gi === wrongGroup ? delta : 0);
            rows.push(['I alt', stated]);
            if (gi === wrongGroup) wrongCell = `B${rows.length}`;
            grand += stated;
          });
          rows.push(['Total', grand]);
          const r = checkWorkbook(book(sheetFromValues('Budget 2024', rows)), { lang: 'da' });
          expect(r.findings.map((f) => `${f.code} ${f.cell}`)).toEqual([
            `TOTAL_MISMATCH ${wrongCell}`,
          ]);
        },
      ),
      { numRuns: Number(process.env.RAMME_FUZZ_RUNS ?? 100) },
    );
  });
});

describe('checkWorkbook: heraf, unreadable and ambiguous cells', () => {
  it('a heraf part is never added, and may not exceed its line', () => {
    const rows: V[][] = [
      ['Aftale 2024'],
      [],
      ['Initiativ', 'Total (mio. kr.)'],
      ['Fritidsjob', '3,0'],
      ['heraf ambassadører', '3,5'],
      ['Lærepladser', '2,2'],
      ['Total', '5,2'],
    ];
    const r = checkWorkbook(book(sheetFromValues('Aftale 2024', rows)), { lang: 'da' });
    expect(codes(r.findings)).toEqual(['HERAF_EXCEEDS_PARENT Aftale 2024!B5 3 3.5']);
  });

  it('an unreadable cell is reported (a warning in an amount column), and the total over it is not judged', () => {
    const rows: V[][] = [
      ['Post', 'Beløb i kr.'],
      ['Løn', '500.000'],
      ['Husleje', 'ca. et par tusind'],
      ['I alt', '620.000'],
    ];
    const r = checkWorkbook(book(sheetFromValues('Budget', rows)), { lang: 'da' });
    expect(r.findings.map((f) => `${f.severity} ${f.code} ${f.cell}`)).toEqual([
      'warning UNREADABLE_VALUE B3',
    ]);
    expect(r.findings[0]!.message).toContain('Kolonnen "Beløb i kr."');
  });

  it.each([
    // A total's label written in the number column beside its amount labels the row.
    ['I alt', []],
    ['TOTAL', []],
    ['Total timer:', []],
    // Text that is no label of a total is still noted, and so is a total word with a number.
    ['ikke oplyst', ['info UNREADABLE_VALUE B5']],
    ['I alt 3', ['info UNREADABLE_VALUE B5']],
  ])('%j in the count column of the total row → %j', (text, expected) => {
    const rows: V[][] = [
      ['Post', 'Antal', 'Beløb i kr.'],
      ['Løn', 2, 500000],
      ['Husleje', 1, 120000],
      ['Rengøring', 1, 30000],
      ['', text, 650000],
    ];
    const r = checkWorkbook(book(sheetFromValues('Budget', rows)), { lang: 'da' });
    expect(r.findings.map((f) => `${f.severity} ${f.code} ${f.cell}`)).toEqual(expected);
  });

  it.each([
    // A second header row: words in two number columns head them.
    [['', 'planlagt', 'stk.'], []],
    // A label for the number beside it.
    [['', 'Ugetimer:', 9], []],
    // The column's own header written again in it.
    [['Carl', 'TIMER', 1], []],
    // One word in one number column is a stray word, and is noted.
    [['Carl', 'ikke oplyst', 1], ['info UNREADABLE_VALUE B2']],
  ] as Array<[V[], string[]]>)('the row %j under the header → %j', (row, expected) => {
    const rows: V[][] = [
      ['Medarbejder', 'Timer', 'Antal'],
      row,
      ['Anne', 10, 2],
      ['Bo', 12, 3],
      ['Dorte', 8, 1],
    ];
    const r = checkWorkbook(book(sheetFromValues('Timer', rows)), { lang: 'da' });
    expect(r.findings.map((f) => `${f.severity} ${f.code} ${f.cell}`)).toEqual(expected);
  });

  it('"1.500" in a column without a unit, in a workbook with no deciding cells, is ambiguous', () => {
    const rows: V[][] = [
      ['Post', 'Beløb'],
      ['Løn', '1.500'],
      ['Husleje', 200],
      ['I alt', 1700],
    ];
    const r = checkWorkbook(book(sheetFromValues('Budget', rows)), { lang: 'en' });
    expect(r.findings.map((f) => `${f.severity} ${f.code} ${f.cell}`)).toEqual([
      'warning AMBIGUOUS_NUMBER B2',
    ]);
    expect(r.findings[0]!.message).toContain('could be 1,500 or 1.5');
  });

  it('the workbook style decides "1.500": Danish cells elsewhere make it 1500', () => {
    const rows: V[][] = [
      ['Post', 'Beløb'],
      ['Løn', '1.500'],
      ['Husleje', '2,5'],
      ['I alt', '1.502,5'],
    ];
    const r = checkWorkbook(book(sheetFromValues('Budget', rows)), { lang: 'da' });
    expect(r.findings).toEqual([]);
  });

  it('an Excel error value in a numeric column is a FORMULA_ERROR', () => {
    const rows: V[][] = [
      ['Post', 'Beløb i kr.'],
      ['Løn', 100],
      ['Husleje', 200],
      ['I alt', 300],
    ];
    const sheet = sheetFromValues('Budget', rows);
    sheet.rows[2]![1] = { value: { error: '#REF!' } };
    const r = checkWorkbook(book(sheet), { lang: 'da' });
    expect(r.findings.map((f) => `${f.code} ${f.cell}`)).toEqual(['FORMULA_ERROR B3']);
  });
});

const d = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

describe('checkWorkbook: person-year plans against staffing', () => {
  // Arbejdsplan 2009 (sources/arbejdsplan-2009-…): 4 consultants all year, a fifth from 1 March.
  const plan: V[][] = [
    ['Arbejdsplan 2009 for TaskForce Integration'],
    [],
    ['Hovedområder', 'Årsværk'],
    ['1. En fokuseret områdebaseret indsats', '2'],
    ['heraf helhedsplaner', '1'],
    ['2. Projektledelse af "Fra Sport til Job"', '1'],
    ['3. Øvrige leverancer', '½'],
    ['4. Rekvireringer og rådgivninger', '1½'],
    ['I alt', '5'],
  ];
  const staff: V[][] = [
    ['Medarbejder', 'Fra', 'Til', 'Andel'],
    ['Konsulent 1', d('2007-02-01'), null, 1],
    ['Konsulent 2', d('2007-02-01'), null, 1],
    ['Konsulent 3', d('2007-02-01'), null, 1],
    ['Konsulent 4', d('2007-02-01'), null, 1],
    ['Ny konsulent', d('2009-03-01'), null, 1],
  ];

  it('5 person-years in 2009 exceed the 4 10/12 the staff can give', () => {
    const r = checkWorkbook(
      book(sheetFromValues('Arbejdsplan', plan), sheetFromValues('Bemanding', staff)),
      {
        lang: 'da',
        year: 2009,
      },
    );
    expect(r.capacity).toEqual([
      {
        sheet: 'Arbejdsplan',
        year: 2009,
        capacity: '4.8333333333',
        allocated: '5',
        difference: '-0.1666666667',
        // 19 quarters (4,75) by 2 : 1 : ½ : 1½; heraf 1 × 1,75 / 2 = 0,875 → 1 (tests/golden/README.md).
        proposal: [
          { row: 4, label: '1. En fokuseret områdebaseret indsats', old: '2', new: '1.75' },
          { row: 5, label: 'heraf helhedsplaner', old: '1', new: '1' },
          { row: 6, label: '2. Projektledelse af "Fra Sport til Job"', old: '1', new: '1' },
          { row: 7, label: '3. Øvrige leverancer', old: '0.5', new: '0.5' },
          { row: 8, label: '4. Rekvireringer og rådgivninger', old: '1.5', new: '1.5' },
        ],
        proposalStep: '0.25',
        proposalTotal: '4.75',
      },
    ]);
    expect(codes(r.findings)).toEqual(['CAPACITY_EXCEEDED Arbejdsplan!B9 4.8333333333 5']);
    expect(r.findings[0]!.message).toBe(
      'Planen fordeler 5 årsværk i 2009, men bemandingen giver kun 4,83 årsværk: 0,17 årsværk for meget.',
    );
  });

  it('the plan year comes from the title when --year is not given; 2010 has full capacity', () => {
    const r2009 = checkWorkbook(
      book(sheetFromValues('Arbejdsplan', plan), sheetFromValues('Bemanding', staff)),
      { lang: 'da' },
    );
    expect(r2009.capacity[0]!.year).toBe(2009);
    const r2010 = checkWorkbook(
      book(sheetFromValues('Arbejdsplan', plan), sheetFromValues('Bemanding', staff)),
      {
        lang: 'da',
        year: 2010,
      },
    );
    expect(r2010.capacity).toEqual([
      { sheet: 'Arbejdsplan', year: 2010, capacity: '5', allocated: '5', difference: '0' },
    ]);
    expect(r2010.findings).toEqual([]);
  });

  it('a plan below capacity is a warning (CAPACITY_UNUSED)', () => {
    const small = plan.map((r) => [...r]);
    small[6]![1] = '0';
    small[8]![1] = '4½';
    const r = checkWorkbook(
      book(sheetFromValues('Arbejdsplan', small), sheetFromValues('Bemanding', staff)),
      {
        lang: 'da',
        year: 2010,
      },
    );
    expect(
      r.findings.map((f) => `${f.severity} ${f.code} ${f.cell} ${f.expected} ${f.actual}`),
    ).toEqual(['warning CAPACITY_UNUSED B9 5 4.5']);
  });
});

describe('checkWorkbook: funding, order, options', () => {
  const agreement: V[][] = [
    ['Aftale 2025'],
    [],
    ['Initiativ', 'Total (mio. kr.)'],
    ['Fritidsjob', '3,0'],
    ['Lærepladser', '2,2'],
    ['Total', '5,2'],
    [],
    ['Finansiering', 'mio. kr.'],
    ['Integrationspuljen', '4,0'],
    ['Forventede indtægter', '1,5'],
    ['I alt', '5,5'],
  ];

  it('financing above spending is a warning with the balance (as unused capacity is)', () => {
    const r = checkWorkbook(book(sheetFromValues('Aftale 2025', agreement)), { lang: 'da' });
    expect(r.funding).toEqual([
      { sheet: 'Aftale 2025', spending: '5.2', financing: '5.5', balance: '0.3', unit: 'mio. kr.' },
    ]);
    expect(r.findings.map((f) => `${f.severity} ${f.code} ${f.cell}`)).toEqual([
      'warning FUNDING_SURPLUS B11',
    ]);
    expect(r.findings[0]!.message).toBe(
      'Der er 0,3 mio. kr. tilbage af finansieringen (5,5 mio. kr.) efter udgifterne (5,2 mio. kr.).',
    );
  });

  it('orders findings by sheet order, then row, then column', () => {
    const bad: V[][] = [
      ['Post', 'A (kr.)', 'B (kr.)'],
      ['x', 1, 1],
      ['y', 1, 1],
      ['I alt', 3, 3],
    ];
    const r = checkWorkbook(book(sheetFromValues('Zeta', bad), sheetFromValues('Alfa', bad)), {
      lang: 'da',
    });
    expect(r.findings.map((f) => `${f.sheet}!${f.cell}`)).toEqual([
      'Zeta!B4',
      'Zeta!C4',
      'Alfa!B4',
      'Alfa!C4',
    ]);
  });

  it('--sheet picks one sheet (any case); an unknown sheet is an error naming the sheets', () => {
    const bad: V[][] = [
      ['Post', 'Beløb i kr.'],
      ['x', 1],
      ['I alt', 3],
    ];
    const wb = book(sheetFromValues('Første', bad), sheetFromValues('Anden', bad));
    expect(checkWorkbook(wb, { lang: 'da', sheet: 'anden' }).findings.map((f) => f.sheet)).toEqual([
      'Anden',
    ]);
    const missing = checkWorkbook(wb, { lang: 'da', sheet: 'Tredje' });
    expect(missing.error).toBe('Arket "Tredje" findes ikke i test.xlsx (ark: "Første", "Anden").');
    expect(missing.tables).toEqual([]);
  });
});

describe('checkWorkbook: a total column over year columns', () => {
  // Fra Sport til Job 2009–2011 (sources/arbejdsplan-2009-…): 50 + 75 + 75 = 200 young people.
  const rows: V[][] = [
    ['Succeskriterier 2009-2011 (antal)'],
    [],
    ['Succeskriterium', 2009, 2010, 2011, 'I alt'],
    ['Kontakt med unge', 50, 75, 75, 200],
    ['Job eller uddannelse', 30, 45, 45, 'min. 120'],
    ['Virksomhedsaftaler', 10, 10, null, 'min. 25'],
    ['Partnerskaber', 5, null, null, 6],
  ];

  it('checks each row against its own year columns; "min." is a lower bound', () => {
    const r = checkWorkbook(book(sheetFromValues('Fra Sport til Job', rows)), { lang: 'da' });
    // 10 + 10 = 20 < min. 25; 5 ≠ 6. 200 and min. 120 (30 + 45 + 45 = 120) hold.
    expect(codes(r.findings)).toEqual([
      'TOTAL_MISMATCH Fra Sport til Job!E6 20 25',
      'TOTAL_MISMATCH Fra Sport til Job!E7 5 6',
    ]);
    expect(r.findings[0]!.message).toBe(
      '"I alt" i E6 er min. 25, men række 6s dele (kolonne B-D) giver 20; forskel 5.',
    );
  });
});

describe('checkWorkbook: indicators', () => {
  const rows: V[][] = [
    ['Indikator', 'Retning', 2010, 2011, 2012, 'Mål'],
    ['Andel i beskæftigelse', 'Op', '92,7%', null, '93,1%', '100%'],
  ];

  it('gives the change, the yearly rate and the years to target as data (34,5 years, 2046)', () => {
    const r = checkWorkbook(book(sheetFromValues('Barometer', rows)), { lang: 'da' });
    expect(r.findings).toEqual([]);
    // 92,7 → 93,1 over two years: 0,2 points a year; (100 − 93,1)/0,2 = 34,5 years from mid-2012.
    expect(r.indicators).toEqual([
      {
        sheet: 'Barometer',
        row: 2,
        label: 'Andel i beskæftigelse',
        direction: 'up',
        unit: 'percent',
        first: { period: '2010', value: '92.7' },
        latest: { period: '2012', value: '93.1' },
        changePoints: '0.4',
        ratePerYear: '0.2',
        target: '100',
        yearsToTarget: '34.5',
        reachedIn: 2046,
        targetYear: null,
        status: 'progress',
        reason: null,
      },
    ]);
  });

  it('a change within the Uændret tolerance setting is Uændret', () => {
    const r = checkWorkbook(book(sheetFromValues('Barometer', rows)), {
      lang: 'en',
      settings: { unchangedTolerance: '0,5' },
    });
    expect(r.indicators[0]!.status).toBe('unchanged');
  });

  it('carries codes, not words: the same data in Danish and English', () => {
    const da = checkWorkbook(book(sheetFromValues('Barometer', rows)), { lang: 'da' });
    const en = checkWorkbook(book(sheetFromValues('Barometer', rows)), { lang: 'en' });
    expect(en.indicators).toEqual(da.indicators);
    expect(da.indicators[0]!.status).toBe('progress');
  });
});

describe('one total after headed groups without totals of their own', () => {
  // As a workbook holds it (detection, then the grid path): the false alarm a finance officer
  // met was 'I alt' 200 read as the last group's total (50).
  const groups = (stated: number): V[][] => [
    ['Post', 'Beløb i kr.'],
    ['Personale'],
    ['Løn', 1572000],
    ['Uddannelse', 40000],
    ['Drift'],
    ['Husleje', 144000],
    ['Tolkebistand', 18400],
    ['I alt', stated],
  ];

  it.each([
    ['the whole budget, right', 1774400, []],
    ['the last group, right', 162400, []],
    ['the whole budget, 10.000 off', 1784400, ['TOTAL_MISMATCH Budget!B8 1774400 1784400']],
  ])('%s', (_, stated, expected) => {
    const report = checkWorkbook(book(sheetFromValues('Budget', groups(stated))), { lang: 'da' });
    expect(codes(report.findings.filter((f) => f.severity === 'error'))).toEqual(expected);
  });
});
