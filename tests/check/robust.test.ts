import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkWorkbook } from '../../core/check';
import { REPORT_VERSION } from '../../core/report';
import { parseA1, type Cell, type Sheet } from '../../core/grid';

const here = path.dirname(fileURLToPath(import.meta.url));
const schema = JSON.parse(
  readFileSync(path.join(here, '../../schema/check-report.schema.json'), 'utf8'),
);
const validate = new Ajv2020({ strict: true }).compile(schema);
const RUNS = Number(process.env.RAMME_FUZZ_RUNS ?? 200);

/** Words and numbers the detector and checks react to, mixed with noise. */
const WORDS = [
  'I alt',
  'Total',
  'Samlet forbrug',
  'heraf',
  'heraf Akacieparken',
  '* heraf 0,7 mio. kr. til evaluering',
  'Beløb i kr.',
  'Total (mio. kr.)',
  'Årsværk',
  'Medarbejder',
  'Fra',
  'Til',
  'Andel',
  'Finansiering',
  'Indikator',
  'Retning',
  'Op',
  'Ned',
  'Mål',
  'Mål 2024',
  'Status pr. 2. kvartal',
  'Nr.',
  'Indsats',
  'Vedtaget budget',
  'Korrigeret budget',
  'Tillægsbevillinger',
  'Afvigelse',
  '2019',
  '2020',
  'Februar 2011',
  '1.500',
  '1,500',
  '2,0*',
  '½',
  '1½',
  '84,8 %',
  '60-70',
  'min. 350',
  'ca. 400',
  '-',
  'n/a',
  '1.572.000,50',
  '1,572,000.50',
  '0,5',
  '',
  '  ',
  '#REF!',
  'Arbejdsplan 2024',
  'Budget 2023',
  'Kilde: bilag 1',
];

const value: fc.Arbitrary<Cell | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom(...WORDS).map((v) => ({ value: v })),
  fc.integer({ min: -1_000_000, max: 10_000_000 }).map((v) => ({ value: v })),
  fc.double({ min: -1e6, max: 1e9, noNaN: true }).map((v) => ({ value: v, numFmt: '0.0%' })),
  fc
    .date({ min: new Date('2000-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
    .map((d) => ({ value: d })),
  fc.constantFrom('#REF!', '#DIV/0!').map((e) => ({ value: { error: e } })),
  fc.boolean().map((b) => ({ value: b })),
);

const sheet: fc.Arbitrary<Sheet> = fc
  .tuple(
    fc.constantFrom('Ark1', 'Budget 2024', 'Bemanding', "Plan '09", 'Status 3. kvartal'),
    fc.array(fc.array(value, { minLength: 0, maxLength: 6 }), { minLength: 0, maxLength: 14 }),
  )
  .map(([name, rows]) => ({
    name,
    rows,
    rowCount: rows.length,
    colCount: Math.max(0, ...rows.map((r) => r.length)),
    merges: [],
  }));

describe('checkWorkbook on arbitrary sheets', () => {
  it('never throws and always returns a report the schema accepts, findings in order', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(sheet, { maxLength: 3, selector: (s) => s.name }),
        fc.constantFrom('da', 'en'),
        (sheets, lang) => {
          const report = checkWorkbook(
            { name: 'fuzz.xlsx', sheets, names: [] },
            { lang: lang as 'da' | 'en' },
          );
          expect(validate({ version: REPORT_VERSION, files: [report] })).toBe(true);
          const order = sheets.map((s) => s.name);
          const keys = report.findings.map((f) => {
            const at = parseA1(f.cell)!;
            return [order.indexOf(f.sheet), at.row, at.col] as const;
          });
          for (let i = 1; i < keys.length; i++) {
            const [a, b] = [keys[i - 1]!, keys[i]!];
            expect(
              a[0] < b[0] || (a[0] === b[0] && (a[1] < b[1] || (a[1] === b[1] && a[2] <= b[2]))),
            ).toBe(true);
          }
          for (const f of report.findings) expect(f.message).not.toMatch(/NaN|Infinity|undefined/);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
