// LibreOffice (headless) opens the writer's copies and saves them again without error, and
// sees what the copy should hold: every value of the original, the marked cells filled, the
// notes, the Ramme sheet, and the values a "workbook with new values" writes.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annotateWorkbook } from '../../core/io/annotate';
import { patchWorkbook } from '../../core/io/write';
import { dumpXlsx, type CellDump } from '../e2e/workbook-compare';
import type { Lang } from '../../core/i18n';
import type { FileReport } from '../../core/report';
import { SHARED } from '../shared-dir';
import {
  checked,
  makeStrict,
  makeXlsm,
  readBytes,
  reportFor,
  ROOT,
  soffice,
} from './write-helpers';

const FILES = [
  ...['budget-2024', 'aftale-2024', 'status-2024-q3', 'bruttokatalog-2019'].map((n) =>
    path.join(ROOT, 'examples', `${n}.xlsx`),
  ),
  ...['v-chart', 'v-comment', 'v-image', 'v-table', 'iso-comment', 'budget-features'].map((n) =>
    path.join(SHARED, 'writers', 'openpyxl', `${n}.xlsx`),
  ),
  ...['v-chart-lo', 'v-comment-lo', 'v-table-lo', 'budget-features-lo'].map((n) =>
    path.join(SHARED, 'writers', 'libreoffice', `${n}.xlsx`),
  ),
  ...['comment', 'plain.iso-dates'].map((n) =>
    path.join(ROOT, 'tests', 'fixtures', 'writers', 'sheetjs', `${n}.xlsx`),
  ),
  path.join(ROOT, 'tests', 'fixtures', 'writers', 'xlsxwriter', 'features.xlsx'),
  path.join(ROOT, 'tests', 'fixtures', 'no-results', 'xlsxwriter-sums.xlsx'),
];

const tmp = mkdtempSync(path.join(tmpdir(), 'ramme-lo-'));
const dirs = {
  in: path.join(tmp, 'in'),
  copy: path.join(tmp, 'copy'),
  lo: path.join(tmp, 'lo'),
  loIn: path.join(tmp, 'lo-in'),
};

const convert = (files: string[], out: string) => soffice(`${tmp}/profile`, 'xlsx', files, out);

interface Case {
  name: string;
  /** Cells (Sheet!A1) marked, with the colour expected. */
  marks: Map<string, string>;
  /** Values the copy sets (Sheet!A1 → shown value). */
  values: Map<string, string>;
}

const FILL = { error: 'FFFFC7CE', warning: 'FFFFEB9C', info: 'FFDDEBF7' } as const;
const cases: Case[] = [];
let status: { copies: number | null; originals: number | null };

beforeAll(async () => {
  for (const d of Object.values(dirs)) mkdirSync(d);
  /** An input and its annotated copy in their folders, and the cells the copy marks. */
  const annotated = async (name: string, bytes: Uint8Array, report: FileReport, lang: Lang) => {
    writeFileSync(path.join(dirs.in, name), bytes);
    writeFileSync(path.join(dirs.copy, name), await annotateWorkbook(bytes, report, lang));
    cases.push({
      name,
      marks: new Map(report.findings.map((x) => [`${x.sheet}!${x.cell}`, FILL[x.severity]])),
      values: new Map(),
    });
  };
  for (const f of FILES) {
    const name = path.basename(f);
    const bytes = readBytes(f);
    await annotated(name, bytes, await reportFor(name, bytes), 'da');
  }
  // An .xlsm, and a workbook with new values (a number with a format, a text, a new row).
  const budget = readBytes(path.join(ROOT, 'examples', 'budget-2024.xlsx'));
  const xlsm = makeXlsm(budget);
  await annotated('budget-macro.xlsm', xlsm, await checked(xlsm, 'budget-macro.xlsm'), 'en');
  // A Strict workbook (Excel's "Strict Open XML Spreadsheet"): its copy's parts speak Strict.
  const strict = makeStrict(budget);
  await annotated('budget-strict.xlsx', strict, await checked(strict, 'budget-strict.xlsx'), 'da');
  const values = patchWorkbook(budget, {
    cells: [
      { sheet: 'Budget 2024', cell: 'B6', value: { v: 150000.25 }, numFmt: '#,##0.00' },
      { sheet: 'Budget 2024', cell: 'C20', value: { v: 'Ny tekst & mere' } },
    ],
  }).bytes;
  writeFileSync(path.join(dirs.in, 'budget-values.xlsx'), budget);
  writeFileSync(path.join(dirs.copy, 'budget-values.xlsx'), values);
  cases.push({
    name: 'budget-values.xlsx',
    marks: new Map(),
    values: new Map([
      ['Budget 2024!B6', '150000.25'],
      ['Budget 2024!C20', 'Ny tekst & mere'],
    ]),
  });
  const names = cases.map((c) => c.name);
  status = {
    copies: convert(
      names.map((n) => path.join(dirs.copy, n)),
      dirs.lo,
    ),
    originals: convert(
      names.map((n) => path.join(dirs.in, n)),
      dirs.loIn,
    ),
  };
}, 600_000);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const saved = (dir: string, name: string) => path.join(dir, name.replace(/\.xlsm$/, '.xlsx'));
const byCell = (cells: CellDump[]) => new Map(cells.map((c) => [`${c.sheet}!${c.cell}`, c]));

describe('LibreOffice opens and re-saves the copies', () => {
  it('converts every copy with exit status 0', () => {
    expect(status).toEqual({ copies: 0, originals: 0 });
    for (const c of cases) expect(existsSync(saved(dirs.lo, c.name)), c.name).toBe(true);
  });

  it.each(
    FILES.map((f) => path.basename(f)).concat([
      'budget-macro.xlsm',
      'budget-strict.xlsx',
      'budget-values.xlsx',
    ]),
  )('%s: same values as the original, marked cells filled, values written', async (name) => {
    const c = cases.find((x) => x.name === name)!;
    const copy = byCell(await dumpXlsx(readBytes(saved(dirs.lo, name))));
    const original = byCell(await dumpXlsx(readBytes(saved(dirs.loIn, name))));
    for (const [ref, cell] of original) {
      if (c.values.has(ref)) continue;
      expect(copy.get(ref)?.value, `${name} ${ref}`).toBe(cell.value);
    }
    for (const [ref, argb] of c.marks) {
      expect(copy.get(ref)?.fill, `${name} ${ref}`).toContain(argb);
      expect(copy.get(ref)?.note, `${name} ${ref}`).toContain('Ramme: ');
    }
    for (const [ref, v] of c.values) expect(copy.get(ref)?.value).toBe(v);
    if (c.values.size === 0) {
      expect([...copy.keys()].some((k) => k.startsWith('Ramme!'))).toBe(true);
    }
  });
});
