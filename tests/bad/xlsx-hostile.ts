/**
 * The hostile .xlsx cases of the bad-input corpus (issue 13), built part by part: files that
 * declare a huge sheet, merge or name, an address past Excel's grid, a part stored twice,
 * numbers no spreadsheet holds, UTF-16 parts. Each ends in a few seconds with a check or exit 2
 * and a Danish message naming the file.
 *
 *   npx tsx tests/bad/xlsx-hostile.ts        # writes these files into tests/fixtures/bad/
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { prng } from '../../scripts/gen-synthetic';
import { c, row, xlsxPackage, type PackageSpec, type SheetPartSpec } from '../io/xlsx-package';
import type { Expected } from './expect';

function text(ref: string, s: string): string {
  return `<c r="${ref}" t="inlineStr"><is><t>${s}</t></is></c>`;
}

/** The corpus's small budget (a wrong total in B7), as sheet XML. */
function budgetRows(amounts: string[] = ['1184500', '96000', '48250.5', '1328850.5']): string {
  const labels = ['Løn', 'Lokaleleje', 'Workshops', 'I alt'];
  return (
    row(1, text('A1', 'Oversigt over forbrug 2024')) +
    row(3, text('A3', 'Afholdte udgifter') + text('B3', 'Beløb i kr.')) +
    labels.map((l, i) => row(4 + i, text(`A${4 + i}`, l) + c(`B${4 + i}`, amounts[i]!))).join('')
  );
}

function budget(sheet: Partial<SheetPartSpec> = {}, pkg: Partial<PackageSpec> = {}): Uint8Array {
  return xlsxPackage({ ...pkg, sheets: [{ name: 'Budget 2024', data: budgetRows(), ...sheet }] });
}

/** One value in XFD1 and 40.000 one-number rows: detection once sized every row to XFD. */
function xfd1With40000Rows(): Uint8Array {
  const rows = [row(1, c('A1', '1') + c('XFD1', '1'))];
  for (let r = 2; r <= 40_000; r++) rows.push(row(r, c(`A${r}`, String(r))));
  return xlsxPackage({ sheets: [{ name: 'Ark1', data: rows.join('') }] });
}

/**
 * 40.000 rows each with a number in A and one in XFD: a check once walked every row's 16.384
 * columns (a 0,4 MB file ran past two minutes).
 */
function xfdOnEveryRow(): Uint8Array {
  const rows: string[] = [];
  for (let r = 1; r <= 40_000; r++) rows.push(row(r, c(`A${r}`, String(r)) + c(`XFD${r}`, '1')));
  return xlsxPackage({ sheets: [{ name: 'Ark1', data: rows.join('') }] });
}

/** A 20.000-line budget with a note in XFD on every line and a total 1 too high (B20003). */
function budgetWithNotesInXfd(lines = 20_000): Uint8Array {
  const rows = [row(1, text('A1', 'Post') + text('B1', 'Beløb i kr.') + text('XFD1', 'Note'))];
  let sum = 0;
  for (let i = 1; i <= lines; i++) {
    const r = i + 1;
    sum += i * 10;
    rows.push(
      row(r, text(`A${r}`, `Post ${i}`) + c(`B${r}`, String(i * 10)) + text(`XFD${r}`, 'x')),
    );
  }
  const total = lines + 2;
  rows.push(row(total, text(`A${total}`, 'I alt') + c(`B${total}`, String(sum + 1))));
  return xlsxPackage({ sheets: [{ name: 'Budget', data: rows.join('') }] });
}

/**
 * 3.000 lines whose C cell adds B2, B3, … B1999 one by one (12 KB a formula) under a budget of
 * 3.000 lines with a wrong total: every rule read each formula again, 21 s and 1,1 GB for 0,3 MB.
 */
function longFormulas(): Uint8Array {
  const sum = Array.from({ length: 1998 }, (_, i) => `B${i + 2}`).join('+');
  const rows = [row(1, text('A1', 'Post') + text('B1', 'Beløb i kr.') + text('C1', 'Kontrol'))];
  for (let r = 2; r <= 3001; r++) {
    const cell = `<c r="C${r}"><f>${sum}</f><v>0</v></c>`;
    rows.push(row(r, text(`A${r}`, `Post ${r - 1}`) + c(`B${r}`, String(r * 10)) + cell));
  }
  const total = (3001 * 3002) / 2 - 1;
  rows.push(row(3002, text('A3002', 'I alt') + c('B3002', String(total * 10 + 1))));
  return xlsxPackage({ sheets: [{ name: 'Budget', data: rows.join('') }] });
}

/**
 * 30.000 cells each adding B2…B199 one by one (883 characters, under the length a formula is
 * read to, but 26 million characters in all): the formula rules took 31 s and 1,2 GB.
 */
function manyLongFormulas(): Uint8Array {
  const sum = Array.from({ length: 198 }, (_, i) => `B${i + 2}`).join('+');
  const rows = [row(1, text('A1', 'Post') + text('B1', 'Beløb i kr.') + text('C1', 'Kontrol'))];
  for (let r = 2; r <= 30_001; r++) {
    const cell = `<c r="C${r}"><f>${sum}</f><v>0</v></c>`;
    rows.push(row(r, text(`A${r}`, `Post ${r - 1}`) + c(`B${r}`, String(r)) + cell));
  }
  return xlsxPackage({ sheets: [{ name: 'Budget', data: rows.join('') }] });
}

const WHOLE_SHEET = 'A1:XFD1048576';

/** Amounts with NaN, Infinity, 1e309, 400 digits and 0x10 between them (B5, B7, …, B13). */
const AMOUNTS = ['1184500', 'NaN', '96000', 'Infinity', '48250', '1e309', '12000'].concat([
  '9'.repeat(400),
  '5000',
  '0x10',
  '7000',
  '3000',
  '1000',
]);

function unreadableNumbers(): Uint8Array {
  const rows = AMOUNTS.map((v, i) =>
    row(4 + i, text(`A${4 + i}`, `Post ${i + 1}`) + c(`B${4 + i}`, v)),
  );
  const data =
    row(1, text('A1', 'Oversigt over forbrug 2024')) +
    row(3, text('A3', 'Post') + text('B3', 'Beløb i kr.')) +
    rows.join('') +
    row(17, text('A17', 'I alt') + c('B17', '1356750'));
  return xlsxPackage({ sheets: [{ name: 'Budget 2024', data }] });
}

/**
 * The budget's amounts in a custom format whose code is 900.000 characters, 400.000 of them
 * an unclosed '[': reading the format once took quadratic time (a 7 KB file ran past a minute).
 */
function formatUnclosedBrackets(): Uint8Array {
  const code = '['.repeat(400_000) + 'y'.repeat(250_000) + '0'.repeat(250_000);
  const amounts = ['1184500', '96000', '48250.5', '1328850.5'];
  const labels = ['Løn', 'Lokaleleje', 'Workshops', 'I alt'];
  const data =
    row(1, text('A1', 'Oversigt over forbrug 2024')) +
    row(3, text('A3', 'Afholdte udgifter') + text('B3', 'Beløb i kr.')) +
    labels
      .map((l, i) => row(4 + i, text(`A${4 + i}`, l) + c(`B${4 + i}`, amounts[i]!, undefined, 1)))
      .join('');
  const styles =
    `<numFmts count="1"><numFmt numFmtId="164" formatCode="${code}"/></numFmts>` +
    '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs>';
  return xlsxPackage({ sheets: [{ name: 'Budget 2024', data }], styles });
}

/** A style sheet of a million cell styles (Excel keeps 64.000): each was read for dates. */
function millionCellStyles(): Uint8Array {
  const formats = Array.from(
    { length: 200 },
    (_, i) => `<numFmt numFmtId="${164 + i}" formatCode="${'[$-406]#,##0.00;'.repeat(15)}"/>`,
  ).join('');
  const xfs = Array.from({ length: 1_000_000 }, (_, i) => `<xf numFmtId="${164 + (i % 200)}"/>`);
  const styles = `<numFmts count="200">${formats}</numFmts><cellXfs>${xfs.join('')}</cellXfs>`;
  return budget({}, { styles });
}

/**
 * 200.000 cells sharing one formula of 140 references (a 1,5 MB file asking for 160 million
 * characters of formulas): each was written out by a regex, 46 s for 400.000 such cells.
 */
function sharedFormulaEverywhere(): Uint8Array {
  const f = Array.from({ length: 140 }, (_, i) => `B${i + 1}`).join('+');
  const rows = [row(1, `<c r="A1"><f t="shared" ref="A1:A200000" si="0">${f}</f><v>1</v></c>`)];
  for (let r = 2; r <= 200_000; r++) {
    rows.push(row(r, `<c r="A${r}"><f t="shared" si="0"/><v>${r}</v></c>`));
  }
  return xlsxPackage({ sheets: [{ name: 'Ark1', data: rows.join('') }] });
}

/**
 * 60.000 rows in random order, each one number in a random column: thousands of column bands,
 * each once read over every row (10.000 such rows took 4 s, 100.000 over two minutes).
 */
function cellsScatteredOverColumns(): Uint8Array {
  let seed = 3;
  const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const letters = (n: number): string =>
    n <= 0 ? '' : letters(Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26));
  const order = Array.from({ length: 60_000 }, (_, i) => i + 1).sort(() => next() - 0.5);
  const rows = order.map((r) =>
    row(r, c(`${letters(1 + Math.floor(next() * 16_384))}${r}`, `${r}`)),
  );
  return xlsxPackage({ sheets: [{ name: 'Ark1', data: rows.join('') }] });
}

/**
 * A 10.000-line budget with a running `SUM(B$2:Bn)` beside each line and a total 100 too high.
 * Each sum named its 1 to 10.000 cells in a set of its own (50 million together): out of
 * memory after 40 s. With `results` false the sums are stored without results, as openpyxl
 * writes them, and the reader works them out (core/io/sum-results.ts) within its budget.
 */
function runningSums(results: boolean): Uint8Array {
  const lines = 10_000;
  const rows = [
    row(1, text('A1', 'Post') + text('B1', 'Beløb i kr.') + text('C1', 'I alt til dato')),
  ];
  let sum = 0;
  for (let i = 1; i <= lines; i++) {
    const r = i + 1;
    sum += i;
    const v = results ? `<v>${sum}</v>` : '';
    rows.push(
      row(
        r,
        text(`A${r}`, `Post ${i}`) +
          c(`B${r}`, String(i)) +
          `<c r="C${r}"><f>SUM(B$2:B${r})</f>${v}</c>`,
      ),
    );
  }
  const t = lines + 2;
  rows.push(row(t, text(`A${t}`, 'I alt') + c(`B${t}`, String(sum + 100))));
  return xlsxPackage({ sheets: [{ name: 'Budget', data: rows.join('') }] });
}

/**
 * 50.000 levels of elements nested in a shared string, in a cell's inline string and among a
 * sheet's rows: a reader that recursed a level would run out of stack. Each element carries a
 * different attribute value so the parts pack as a real sheet does (a zip bomb's ratio is
 * refused before it is read).
 */
function deepNesting(levels = 50_000): Uint8Array {
  const random = prng(1);
  const nested = (name: string, inner: string): string => {
    const open: string[] = [];
    for (let i = 0; i < levels; i++) {
      open.push(`<${name} x="${Math.floor(random() * 2 ** 32).toString(36)}">`);
    }
    return open.join('') + inner + `</${name}>`.repeat(levels);
  };
  const deepText = `<c r="A2" t="inlineStr"><is>${nested('r', '<t>Note</t>')}</is></c>`;
  return xlsxPackage({
    sheets: [
      { name: 'Budget 2024', data: budgetRows() },
      { name: 'Noter', data: nested('x', '') + row(1, c('A1', '0', 's')) + row(2, deepText) },
    ],
    sharedStrings: `<si>${nested('r', '<t>Note</t>')}</si>`,
  });
}

export const XLSX_HOSTILE_FILES: Record<string, () => Uint8Array> = {
  'xlsx-xfd1-40000-rows.xlsx': xfd1With40000Rows,
  'xlsx-xfd-every-row.xlsx': xfdOnEveryRow,
  'xlsx-xfd-note-every-line.xlsx': budgetWithNotesInXfd,
  'xlsx-long-formulas.xlsx': longFormulas,
  'xlsx-many-long-formulas.xlsx': manyLongFormulas,
  'xlsx-col-max-2000000000.xlsx': () =>
    budget({ before: '<cols><col min="1" max="2000000000" width="12" customWidth="1"/></cols>' }),
  'xlsx-dimension-whole-sheet.xlsx': () => budget({ before: `<dimension ref="${WHOLE_SHEET}"/>` }),
  'xlsx-merge-whole-sheet.xlsx': () =>
    budget({ after: `<mergeCells count="1"><mergeCell ref="${WHOLE_SHEET}"/></mergeCells>` }),
  'xlsx-name-whole-sheet.xlsx': () =>
    budget(
      {},
      { definedNames: `<definedName name="Alt">'Budget 2024'!$A$1:$XFD$1048576</definedName>` },
    ),
  'xlsx-validation-ten-columns.xlsx': () =>
    budget({
      after:
        '<dataValidations count="1"><dataValidation type="decimal" allowBlank="1" sqref="A1:J1048576"><formula1>0</formula1><formula2>99999999</formula2></dataValidation></dataValidations>',
    }),
  'xlsx-cell-a999999999.xlsx': () => budget({ data: budgetRows() + row(8, c('A999999999', '1')) }),
  'xlsx-duplicate-entry.xlsx': () =>
    budget(
      {},
      {
        extra: [
          {
            name: 'xl/worksheets/sheet1.xml',
            data: '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>',
          },
        ],
      },
    ),
  'xlsx-unreadable-numbers.xlsx': unreadableNumbers,
  'xlsx-utf16-parts.xlsx': () => budget({}, { utf16: 'le' }),
  'xlsx-dot-slash-parts.xlsx': () => budget({ entry: './xl/worksheets/sheet1.xml' }),
  'xlsx-format-unclosed-brackets.xlsx': formatUnclosedBrackets,
  'xlsx-million-cell-styles.xlsx': millionCellStyles,
  'xlsx-shared-formula-everywhere.xlsx': sharedFormulaEverywhere,
  'xlsx-cells-scattered-over-columns.xlsx': cellsScatteredOverColumns,
  'xlsx-running-sums-10000-lines.xlsx': () => runningSums(true),
  'xlsx-running-sums-no-results.xlsx': () => runningSums(false),
  'xlsx-deep-nesting.xlsx': deepNesting,
  // The budget's sheet named again by 400 more sheets: it was read 400 times.
  'xlsx-one-part-many-sheets.xlsx': () =>
    xlsxPackage({
      sheets: [
        { name: 'Budget 2024', data: budgetRows() },
        ...Array.from({ length: 400 }, (_, i) => ({
          name: `Kopi ${i + 1}`,
          data: '',
          entry: `xl/unused/part${i + 1}.xml`,
          target: 'worksheets/sheet1.xml',
        })),
      ],
    }),
};

const WRONG_TOTAL: Expected = {
  exit: [1],
  findings: [{ codes: ['TOTAL_MISMATCH'], cells: ['B7'] }],
  tables: true,
};

export const XLSX_HOSTILE_EXPECTED: Record<string, Expected> = {
  // Read and checked; no table in one-number rows, and no memory spent on 16.384 columns a row.
  'xlsx-xfd1-40000-rows.xlsx': { exit: [0, 1] },
  // The same with XFD on every row: the work follows the cells, not how far right they reach.
  'xlsx-xfd-every-row.xlsx': { exit: [0, 1] },
  // The budget is found and checked whatever stands in XFD: its wrong total, and nothing else.
  'xlsx-xfd-note-every-line.xlsx': {
    exit: [1],
    findings: [{ codes: ['TOTAL_MISMATCH'], cells: ['B20002'] }],
    tables: true,
  },
  // Formulas past 1.000 characters are not read; the budget's wrong total is still found.
  'xlsx-long-formulas.xlsx': {
    exit: [1],
    findings: [{ codes: ['TOTAL_MISMATCH'], cells: ['B3002'] }],
    tables: true,
  },
  // Past 4 million characters of formulas on a sheet the formula rules say nothing.
  'xlsx-many-long-formulas.xlsx': { exit: [0], tables: true },
  // Column widths, the declared dimension, a whole-sheet name and validation cost nothing.
  'xlsx-col-max-2000000000.xlsx': WRONG_TOTAL,
  'xlsx-dimension-whole-sheet.xlsx': WRONG_TOTAL,
  'xlsx-name-whole-sheet.xlsx': WRONG_TOTAL,
  'xlsx-validation-ten-columns.xlsx': WRONG_TOTAL,
  // A merge over the whole sheet leaves only A1, as Excel shows it: nothing to check.
  'xlsx-merge-whole-sheet.xlsx': { exit: [0], tables: false },
  'xlsx-cell-a999999999.xlsx': {
    exit: [2],
    error:
      /^xlsx-cell-a999999999\.xlsx kan ikke læses: .*adressen 'A999999999', som ligger uden for et Excel-ark/,
  },
  'xlsx-duplicate-entry.xlsx': {
    exit: [2],
    error:
      /^xlsx-duplicate-entry\.xlsx kan ikke læses: filen indeholder delen xl\/worksheets\/sheet1\.xml to gange/,
  },
  // Kept as text, so the check names each cell it cannot read: warnings (stray text in an
  // amount column), not errors, so exit 0.
  'xlsx-unreadable-numbers.xlsx': {
    exit: [0],
    findings: ['B5', 'B7', 'B9', 'B11', 'B13'].map((cell) => ({
      codes: ['UNREADABLE_VALUE'],
      cells: [cell],
    })),
  },
  'xlsx-utf16-parts.xlsx': WRONG_TOTAL,
  'xlsx-dot-slash-parts.xlsx': WRONG_TOTAL,
  // A code longer than Excel keeps (255 characters) reads as General: plain amounts, checked.
  'xlsx-format-unclosed-brackets.xlsx': WRONG_TOTAL,
  // Each format read once, not once a cell style.
  'xlsx-million-cell-styles.xlsx': WRONG_TOTAL,
  // Read in seconds: past 64 million characters the cells keep their master's text unmoved.
  'xlsx-shared-formula-everywhere.xlsx': { exit: [0], tables: false },
  // 50 million cells summed in all: the formula rules say nothing, the wrong total is found.
  'xlsx-running-sums-10000-lines.xlsx': {
    exit: [1],
    findings: [{ codes: ['TOTAL_MISMATCH'], cells: ['B10002'] }],
    tables: true,
  },
  'xlsx-running-sums-no-results.xlsx': {
    exit: [1],
    findings: [{ codes: ['TOTAL_MISMATCH'], cells: ['B10002'] }],
    tables: true,
  },
  // Nesting 50.000 deep is walked, not recursed: the other sheet's wrong total is found.
  'xlsx-deep-nesting.xlsx': WRONG_TOTAL,
  // Past 256 column bands a region is not read as tables side by side.
  'xlsx-cells-scattered-over-columns.xlsx': { exit: [0, 1] },
  'xlsx-one-part-many-sheets.xlsx': {
    exit: [2],
    error:
      /^xlsx-one-part-many-sheets\.xlsx kan ikke læses: .*arket 'Kopi 1' er den samme del \(xl\/worksheets\/sheet1\.xml\) som arket 'Budget 2024'/,
  },
};

async function main(): Promise<void> {
  const dir = fileURLToPath(new URL('../fixtures/bad/', import.meta.url));
  for (const [name, make] of Object.entries(XLSX_HOSTILE_FILES)) {
    await writeFile(path.join(dir, name), make());
    process.stdout.write(`${name}\n`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  await main();
}
