// Real files from every writer with their XML damaged the way hand edits, broken exporters and
// hostile files damage it (a cut, a stray token, a repeated run, a number or attribute changed),
// zipped again so the damage reaches the parsers and the rules rather than the zip layer: the
// read, the check and the annotated copy never throw and every message is whole, in both
// languages, without internal text. (never-throws.test.ts flips zip bytes, which mostly stop
// at the deflate layer.)
import { readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkWorkbook } from '../../core/check';
import { readWorkbookBytes } from '../../core/io';
import { annotateWorkbook } from '../../core/io/annotate';
import { PackageError } from '../../core/io/write';
import { readBytes, ROOT } from './write-helpers';

const runs = Math.min(Number(process.env.RAMME_FUZZ_RUNS ?? 120), 20_000);

const WRITERS = path.join(ROOT, 'tests/fixtures/writers');
const FILES = ['exceljs', 'openpyxl', 'xlsxwriter', 'libreoffice'].flatMap((w) =>
  readdirSync(path.join(WRITERS, w))
    .filter((f) => /\.(xlsx|ods)$/.test(f))
    .map((f) => path.join(w, f)),
);

/** What damage brings in: types, addresses, values and tags a reader must not trust. */
const TOKENS = [
  't="e"',
  't="s"',
  't="str"',
  't="inlineStr"',
  't="b"',
  't="d"',
  'r="XFD1048576"',
  'r="A0"',
  'r="ZZZZ1"',
  's="9999"',
  's="-1"',
  '<v>NaN</v>',
  '<v>1e309</v>',
  '<v>-0</v>',
  '<v>99999999999999999999</v>',
  '<v>#REF!</v>',
  '<f>SUM(A1:A3)</f>',
  '<f>SUM(A1:XFD1048576)</f>',
  '<f>A1+Skjult!B2+B2</f>',
  '<calcPr fullCalcOnLoad="1"/>',
  '<f t="shared" si="0"/>',
  '<f t="shared" ref="A1:Z9999" si="0">A1</f>',
  '<f t="array" ref="A1:B2">A1</f>',
  '&amp;',
  '&#0;',
  '&#xFFFF;',
  '&bogus;',
  '<![CDATA[x]]>',
  '<!-- c -->',
  '<mergeCell ref="A1:XFD1048576"/>',
  '<mergeCell ref="B2:A1"/>',
  '<row r="0">',
  '<row r="1048577">',
  '</row>',
  '<c>',
  '</c>',
  '<v>',
  '</v>',
  '"',
  '<',
  '>',
  'hidden="1"',
  'numFmtId="14"',
  'formatCode="yyyy-mm-dd"',
  'date1904="1"',
  '<si><t>x</t></si>',
  'ÆØÅ',
  '\u2028',
  '\uFEFF',
  'office:value-type="float"',
  'office:value="1e309"',
  'table:number-columns-repeated="16384"',
  'table:number-rows-repeated="1048576"',
  'office:date-value="0000-13-45"',
];
const NUMBERS = ['0', '-1', '1048576', '16384', '4294967296', '9007199254740993', '1.5', '1e5', ''];
const VALUES = ['', 'x', '0', 'A1', 'A1:B2', 'Sheet1!A1', '../x.xml', '/xl/worksheets/sheet1.xml'];

type Edit =
  | { op: 'cut'; at: number; length: number }
  | { op: 'insert'; at: number; token: number }
  | { op: 'repeat'; at: number; length: number; times: number }
  | { op: 'number'; at: number; to: number }
  | { op: 'attribute'; at: number; to: number };

/** Where in the part an edit falls, as a share of its length. */
const AT = fc.double({ min: 0, max: 1, noNaN: true });

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constant('cut' as const), at: AT, length: fc.nat(40) }),
  fc.record({ op: fc.constant('insert' as const), at: AT, token: fc.nat(TOKENS.length - 1) }),
  fc.record({
    op: fc.constant('repeat' as const),
    at: AT,
    length: fc.nat(200),
    times: fc.integer({ min: 1, max: 3 }),
  }),
  fc.record({ op: fc.constant('number' as const), at: AT, to: fc.nat(NUMBERS.length - 1) }),
  fc.record({ op: fc.constant('attribute' as const), at: AT, to: fc.nat(VALUES.length - 1) }),
);

function damaged(xml: string, edits: readonly Edit[]): string {
  for (const e of edits) {
    const at = Math.floor(e.at * xml.length);
    const [head, tail] = [xml.slice(0, at), xml.slice(at)];
    if (e.op === 'cut') xml = head + tail.slice(e.length);
    else if (e.op === 'insert') xml = head + TOKENS[e.token]! + tail;
    else if (e.op === 'repeat')
      xml = head + tail.slice(0, e.length).repeat(e.times + 1) + tail.slice(e.length);
    else if (e.op === 'number') xml = head + tail.replace(/\d+/, NUMBERS[e.to]!);
    else xml = head + tail.replace(/"[^"]*"/, `"${VALUES[e.to]!}"`);
  }
  return xml;
}

/** The parts damage is aimed at: the sheets, strings, styles and workbook three times as often. */
function xmlParts(names: readonly string[]): string[] {
  return names
    .filter((n) => /\.(xml|rels)$/.test(n))
    .flatMap((n) =>
      /sheet|sharedStrings|workbook\.xml|styles|content\.xml/.test(n) ? [n, n, n] : [n],
    );
}

/** Words a message must never carry: JavaScript's own, or a value that is no number. */
const INTERNAL =
  /undefined|Cannot read|TypeError|RangeError|is not a function|\bnull\b|NaN|Infinity|\[object/;

function expectWhole(message: { da: string; en: string } | string | undefined): void {
  if (message === undefined) return;
  const texts = typeof message === 'string' ? [message] : [message.da, message.en];
  for (const t of texts) {
    expect(t.length).toBeGreaterThan(0);
    expect(t).not.toMatch(INTERNAL);
    // eslint-disable-next-line no-control-regex
    expect(t).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/);
  }
}

describe('damaged XML inside real workbooks (property)', () => {
  const originals = new Map(FILES.map((f) => [f, unzipSync(readBytes(path.join(WRITERS, f)))]));

  it('holds files from all three writers, .xlsx and .ods', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(29);
    expect(FILES.some((f) => f.endsWith('.ods'))).toBe(true);
  });

  it(
    'reads, checks and annotates without throwing; every message whole in both languages',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.nat(FILES.length - 1),
          fc.nat(),
          fc.array(edit, { minLength: 1, maxLength: 4 }),
          async (file, partPick, edits) => {
            const name = FILES[file]!;
            const parts = { ...originals.get(name)! };
            const candidates = xmlParts(Object.keys(parts));
            const part = candidates[partPick % candidates.length]!;
            parts[part] = strToU8(damaged(strFromU8(parts[part]!), edits));
            // An .ods keeps its mimetype first and stored, or it would not read as one at all.
            const bytes = zipSync(
              parts.mimetype ? { ...parts, mimetype: [parts.mimetype, { level: 0 }] } : parts,
            );
            const read = await readWorkbookBytes(bytes, path.basename(name));
            if (!read.ok) {
              expectWhole(read.error.message);
              return;
            }
            const report = checkWorkbook(read.value, { lang: 'da' });
            for (const f of report.findings) expectWhole(f.message);
            // A part the copy must change may be too damaged to change: the writer says so with
            // its PackageError, which the CLI and the page tell as such; nothing else may escape.
            const copy = await annotateWorkbook(bytes, { ...report, file: name }, 'da').catch(
              (e: unknown) => {
                if (e instanceof PackageError) return 'refused' as const;
                throw e;
              },
            );
            if (copy !== 'refused') expect(copy.length).toBeGreaterThan(0);
          },
        ),
        { numRuns: runs },
      );
      // Some 8 ms a case; `npm run fuzz` asks for thousands.
    },
    Math.max(120_000, runs * 30),
  );
});
