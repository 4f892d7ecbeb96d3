// The annotated copy, part by part, on real files from Excel-like writers (the examples),
// openpyxl and LibreOffice, and an .xlsm: every entry the copy does not touch is stored
// byte for byte, the touched sheets differ only in the marked cells, and no existing style
// record or any other cell's style changes.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotateWorkbook } from '../../core/io/annotate';
import type { FileReport } from '../../core/report';
import {
  attr,
  cellsOf,
  checked,
  corpus,
  makeXlsm,
  readBytes,
  reportFor,
  ROOT,
  sha,
  sheetParts,
  storedRecords,
  styleItems,
  text,
  unpack,
  wellFormed,
  withoutCells,
} from './write-helpers';

const FILL = { error: 'FFFFC7CE', warning: 'FFFFEB9C', info: 'FFDDEBF7' } as const;

const relsOf = (part: string) => part.replace(/([^/]*)$/, '_rels/$1.rels');

/** The cells a report marks, per sheet, with the colour the last finding on each gives. */
function marks(report: FileReport): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const f of report.findings) {
    const sheet = out.get(f.sheet) ?? new Map<string, string>();
    sheet.set(f.cell, FILL[f.severity]);
    out.set(f.sheet, sheet);
  }
  return out;
}

async function verify(
  name: string,
  bytes: Uint8Array,
): Promise<{ untouched: number; entries: number; marked: number }> {
  const report = await reportFor(name, bytes, true);
  const out = await annotateWorkbook(bytes, report, 'da');
  const before = unpack(bytes);
  const after = unpack(out);
  // Same entries, same order; the new ones (Ramme's sheet, notes) come after them.
  expect([...after.keys()].slice(0, before.size)).toEqual([...before.keys()]);

  const sheets = sheetParts(before);
  const marked = marks(report);
  const touchedSheets = [...marked.keys()].map((s) => sheets.get(s)!);
  const allowed = new Set(['[Content_Types].xml', ...touchedSheets, ...touchedSheets.map(relsOf)]);
  for (const n of before.keys()) {
    if (/(^|\/)_rels\/workbook\.xml\.rels$|(^|\/)workbook\.xml$|(^|\/)styles\.xml$/.test(n))
      allowed.add(n);
  }
  for (const s of touchedSheets) {
    const rels = before.get(relsOf(s));
    if (!rels) continue;
    for (const m of new TextDecoder().decode(rels).matchAll(/Target="([^"]+)"/g))
      allowed.add(
        m[1]!.startsWith('/')
          ? m[1]!.slice(1)
          : path.posix.normalize(path.posix.join(path.posix.dirname(s), m[1]!)),
      );
  }
  const storedIn = storedRecords(bytes);
  const storedOut = storedRecords(out);
  let untouched = 0;
  for (const [n, data] of before) {
    if (allowed.has(n)) continue;
    expect(sha(after.get(n)!), `${name}: ${n}`).toBe(sha(data));
    expect(storedOut.get(n), `${name}: ${n} as stored`).toBe(storedIn.get(n));
    untouched++;
  }

  // Every part the copy wrote is well-formed XML with its prefixes declared.
  for (const [n, data] of after) {
    if (/\.(xml|rels|vml)$/.test(n) && sha(data) !== sha(before.get(n) ?? new Uint8Array())) {
      expect(wellFormed(new TextDecoder().decode(data)), `${name}: ${n}`).toBe(true);
    }
  }

  const stylesPart = [...before.keys()].find((n) => /styles\.xml$/.test(n))!;
  const stylesIn = text(before, stylesPart);
  const stylesOut = text(after, stylesPart);
  for (const [list, item] of [
    ['cellXfs', 'xf'],
    ['fills', 'fill'],
    ['fonts', 'font'],
    ['borders', 'border'],
    ['numFmts', 'numFmt'],
    ['cellStyleXfs', 'xf'],
  ] as const) {
    const old = styleItems(stylesIn, list, item);
    expect(styleItems(stylesOut, list, item).slice(0, old.length), `${name}: ${list}`).toEqual(old);
  }
  const xfsIn = styleItems(stylesIn, 'cellXfs', 'xf');
  const xfsOut = styleItems(stylesOut, 'cellXfs', 'xf');
  const fillsOut = styleItems(stylesOut, 'fills', 'fill');

  let count = 0;
  for (const [sheet, cells] of marked) {
    const part = sheets.get(sheet)!;
    const xmlIn = text(before, part);
    const xmlOut = text(after, part);
    const refs = new Set(cells.keys());
    const strip = (xml: string) => {
      const rowsIn = new Set(
        [...xmlIn.matchAll(/<(?:\w+:)?row\b[^>]*\sr="(\d+)"/g)].map((m) => m[1]),
      );
      // A row the copy adds for a new cell is empty once that cell is taken out.
      let s = withoutCells(xml, refs).replace(
        /<(?:\w+:)?row\b[^>]*?\sr="(\d+)"[^>]*?(?:\/>|>\s*<\/(?:\w+:)?row>)/g,
        (m, r: string) => (rowsIn.has(r) ? m : ''),
      );
      if (!/<(\w+:)?legacyDrawing\b/.test(xmlIn))
        s = s.replace(/<(\w+:)?legacyDrawing\b[^>]*\/>/, '');
      // The relationships prefix the copy declares on the root, when the input had none there.
      const rootIn = /<(?:\w+:)?worksheet\b[^>]*>/.exec(xmlIn)![0];
      if (!rootIn.includes('xmlns:r='))
        s = s.replace(/(<(?:\w+:)?worksheet\b[^>]*?) xmlns:r="[^"]*"/, '$1');
      return s;
    };
    expect(strip(xmlOut), `${name}: ${sheet} outside the marked cells`).toBe(strip(xmlIn));
    const cellsIn = cellsOf(xmlIn);
    const cellsOut = cellsOf(xmlOut);
    for (const [ref, argb] of cells) {
      const c = cellsOut.get(ref)!;
      const old = cellsIn.get(ref);
      // The value and formula are kept; only the style index moves to a new clone.
      if (old) expect(c.replace(/\ss="\d+"/, '')).toBe(old.replace(/\ss="\d+"/, ''));
      const s = Number(attr(c, 's') ?? 0);
      expect(s).toBeGreaterThanOrEqual(xfsIn.length);
      const xf = xfsOut[s]!;
      const base = xfsIn[Number((old && attr(old, 's')) ?? 0)]!;
      const plain = (x: string) =>
        x.replace(/\s(fillId|applyFill)="[^"]*"/g, '').replace(/\s*\/>$/, '/>');
      expect(plain(xf)).toBe(plain(base));
      expect(fillsOut[Number(attr(xf, 'fillId'))]).toContain(`rgb="${argb}"`);
      count++;
    }
  }
  return { untouched, entries: before.size, marked: count };
}

const files = corpus();

describe('annotated copy, part by part', () => {
  it('has a corpus of examples and other writers', () => {
    expect(
      files.filter((f) => f.includes(`${path.sep}examples${path.sep}`)).length,
    ).toBeGreaterThanOrEqual(6);
    expect(files.filter((f) => f.includes('fixtures')).length).toBeGreaterThanOrEqual(25);
    expect(files.filter((f) => f.includes('openpyxl')).length).toBeGreaterThanOrEqual(20);
    expect(files.filter((f) => f.includes('libreoffice')).length).toBeGreaterThanOrEqual(20);
  });

  for (const f of files) {
    it(path.relative(ROOT, f).replace(/^(\.\.\/)+/, ''), async () => {
      const r = await verify(path.basename(f), readBytes(f));
      expect(r.untouched).toBeGreaterThan(0);
    });
  }

  it('budget-2024: two findings paint exactly their two cells (ExcelJS painted 26)', async () => {
    const bytes = readBytes(path.join(ROOT, 'examples', 'budget-2024.xlsx'));
    const report = await checked(bytes, 'budget-2024.xlsx');
    expect(report.findings.map((f) => `${f.sheet}!${f.cell}`)).toEqual([
      'Budget 2024!B10',
      'Budgetopfølgning!D6',
    ]);
    const out = unpack(await annotateWorkbook(bytes, report, 'da'));
    const before = unpack(bytes);
    const changed = [...sheetParts(before)].flatMap(([sheet, part]) => {
      const a = cellsOf(text(before, part));
      const b = cellsOf(text(out, part));
      return [...b].filter(([ref, c]) => a.get(ref) !== c).map(([ref]) => `${sheet}!${ref}`);
    });
    expect(changed).toEqual(['Budget 2024!B10', 'Budgetopfølgning!D6']);
  });

  it('an .xlsm keeps its macros and stays macro-enabled', async () => {
    const xlsm = makeXlsm(readBytes(path.join(ROOT, 'examples', 'budget-2024.xlsx')));
    await verify('budget-2024.xlsm', xlsm);
    const after = unpack(await annotateWorkbook(xlsm, await checked(xlsm, 'b.xlsm'), 'en'));
    expect(sha(after.get('xl/vbaProject.bin')!)).toBe(sha(unpack(xlsm).get('xl/vbaProject.bin')!));
    expect(text(after, '[Content_Types].xml')).toContain(
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/>',
    );
  });
});
