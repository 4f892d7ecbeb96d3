/** fast-check arbitraries for the fuzz suites: cell values and sheets in the shape users keep. */
import fc from 'fast-check';
import type { Cell, CellValue, Sheet, Workbook } from '../../core/grid';

export const RUNS = Number(process.env.RAMME_FUZZ_RUNS ?? 1000);
/** Deep runs (`npm run fuzz`: 100,000) need more than the default two minutes per test. */
export const TIMEOUT = Math.max(120_000, RUNS * 20);

/** Words that steer detection: headers, totals, heraf, footnotes, units, periods. */
const WORDS = [
  'I alt',
  'Total',
  'Samlet forbrug',
  'Totalt',
  'Sum',
  'heraf helhedsplaner',
  'Heraf:',
  'of which',
  '* heraf 0,7 mio. kr. til evaluering',
  'Note:',
  'Kilde: Jobindsats',
  'Afholdte udgifter',
  'Forventede udgifter',
  'Beløb i kr.',
  'Beløb (mio. kr.)',
  'Budget 2024',
  'Arbejdsplan 2024',
  'Årsværk',
  'Indsatsområde',
  'Hovedområder',
  'Medarbejder',
  'Fra',
  'Til',
  'Andel',
  'Mål',
  'Målår',
  'Retning',
  'Højere er bedre',
  'Lavere er bedre',
  'Status',
  'Resultat',
  'Q2',
  '2. kvartal 2024',
  'Februar 2011',
  'November 2012',
  '2012',
  '2024',
  'Finansiering',
  'Pulje',
  'Vedtaget budget',
  'Tillægsbevillinger',
  'Korrigeret budget',
  'Regnskab',
  'Afvigelse',
  'Målgruppe',
  'Finansieringsbehov',
  'Pejlemærke',
  'Initiativ',
  '*',
  'Nr.',
  'Antal',
  'Andel (%)',
  'Fremgang',
  'Tilbagegang',
  'Uændret',
  'min. 350 borgere',
  '150-200',
  'Indikator',
  'Enhed',
  '',
];

/** Numbers written the ways these workbooks write them, and the ways they go wrong. */
export const numberText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '1.572.000',
    '1.572.000,50',
    '4,4',
    '0,55',
    '½',
    '1½',
    '¾',
    '2,0*',
    '84,8%',
    '84,8 %',
    '60-70',
    'min. 350',
    'ca. 400',
    '1,572,000.50',
    '1.500',
    '1,500',
    '4,4 mio. kr.',
    '550.000 kr.',
    'DKK 4.4m',
    '1.200,-',
    '-',
    '–',
    '(1.000)',
    '-0',
    '-0,00',
    '0,000',
    '1e308',
    '1e-400',
    'NaN',
    'Infinity',
    '-Infinity',
    '١٢٣',
    '１２３',
    '1 572 000',
    '1\u00a0572\u00a0000',
    '12,5 årsværk',
    '3 pct.',
    '0,4 procentpoint',
    '9'.repeat(400),
    '0,' + '0'.repeat(60) + '1',
    '1.2.3',
    ',5',
    '5,',
    '1..5',
    '++5',
    '--5',
    '5%%',
  ),
  fc.tuple(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 99 })).map(
    ([kr, ore]) =>
      `${kr < 0 ? '-' : ''}${Math.abs(kr)
        .toString()
        .replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${String(ore).padStart(2, '0')}`,
  ),
  fc.string({ unit: fc.constantFrom(...'0123456789.,-+ %½¼¾*kr.mio()'.split('')), maxLength: 16 }),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
);

const finiteNumber = fc.oneof(
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }),
  fc.constantFrom(-0, 0.1 + 0.2, 1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER, 0.848, 1924),
);

/** Words whose presence in output we hunt for; kept out of the grids so a hit is Ramme's own. */
const LEAK_WORDS = /NaN|Infinity|undefined|-0(?![\d,.])/;

const gridText = numberText.filter((t) => !LEAK_WORDS.test(t));

export const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 4, arbitrary: finiteNumber },
  { weight: 4, arbitrary: gridText },
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom('#REF!', '#DIV/0!', '#N/A', '#VALUE!', '#NAME?')
      .map((error) => ({ error })),
  },
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: Date.UTC(1899, 11, 30), max: Date.UTC(2100, 0, 1) })
      .map((t) => new Date(t - (t % 86_400_000))),
  },
);

export const cell: fc.Arbitrary<Cell | undefined> = fc.oneof(
  { weight: 1, arbitrary: fc.constant(undefined) },
  {
    weight: 5,
    arbitrary: fc.record(
      {
        value: cellValue,
        numFmt: fc.constantFrom(
          'General',
          '#,##0',
          '#,##0.00',
          '0.0%',
          '0%',
          'dd-mm-yyyy',
          '# ?/?',
        ),
        formula: fc.constantFrom('SUM(B2:B5)', 'B2/0', 'A1'),
      },
      { requiredKeys: ['value'] },
    ),
  },
);

/** A block laid out like a budget: label column, a header, value columns, totals. */
const blockRows = fc
  .array(
    fc.tuple(
      fc.constantFrom(...WORDS, 'Løn', 'Husleje', 'Konsulent A', 'Projekt X'),
      fc.array(cell, { maxLength: 5 }),
    ),
    { maxLength: 14 },
  )
  .map((rows) => rows.map(([label, cells]) => [{ value: label } as Cell, ...cells]));

const randomRows = fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 16 });

function sheetOf(name: string, rows: Array<Array<Cell | undefined>>, hidden: boolean): Sheet {
  const colCount = rows.reduce((m, r) => Math.max(m, r.length), 0);
  const sheet: Sheet = {
    name,
    rows: rows.map((r) => (r.length ? r : undefined)),
    rowCount: rows.length,
    colCount,
    merges: colCount > 1 && rows.length > 0 ? ['A1:B1'] : [],
  };
  if (hidden) sheet.hidden = true;
  return sheet;
}

export const sheet: fc.Arbitrary<Sheet> = fc
  .tuple(
    fc.constantFrom(
      'Budget 2024',
      'Ark1',
      'Arbejdsplan 2009',
      'Barometer',
      "Status Q2 '24",
      'Data',
    ),
    fc.oneof(blockRows, randomRows),
    fc.boolean(),
  )
  .map(([name, rows, hidden]) => sheetOf(name, rows, hidden && name === 'Data'));

export const workbook: fc.Arbitrary<Workbook> = fc
  .array(sheet, { minLength: 0, maxLength: 3 })
  .map((sheets) => ({
    name: 'fuzz.xlsx',
    // Sheet names are unique in a workbook.
    sheets: sheets.map((s, i) => ({ ...s, name: i === 0 ? s.name : `${s.name} ${i + 1}` })),
    names: [],
  }));

/** Every place a non-finite or negative-zero number could leak into output text. */
export function leaks(json: string): string[] {
  return ['NaN', 'Infinity', '"-0"', ':-0,', ':-0}', 'undefined'].filter((bad) =>
    json.includes(bad),
  );
}
