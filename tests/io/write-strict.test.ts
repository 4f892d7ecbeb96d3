// A Strict workbook (Excel's "Strict Open XML Spreadsheet", ISO/IEC 29500 Strict): the parts
// and relationships the writer adds speak the package's own namespaces, so an annotated copy
// is not a mix of Strict and Transitional, which the format does not allow.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotateWorkbook } from '../../core/io/annotate';
import { patchWorkbook, type CellPatch, type NativeChart } from '../../core/io/write';
import { dialectFrom, STRICT, TRANSITIONAL } from '../../core/io/write/dialect';
import {
  checked,
  makeStrict,
  readBytes,
  ROOT,
  STRICT_URIS,
  storedRecords,
  unpack,
  wellFormed,
} from './write-helpers';

const T_REL = TRANSITIONAL.rel;
const S_REL = STRICT.rel;

describe('dialectFrom: which namespaces a package writes in', () => {
  it.each([
    // main relationship type, workbook part's start → dialect
    [`${T_REL}/officeDocument`, `<workbook xmlns="${TRANSITIONAL.main}">`, 'transitional'],
    [`${S_REL}/officeDocument`, `<workbook xmlns="${STRICT.main}">`, 'strict'],
    // Either one tells: a package whose root relationships were lost, or were rewritten.
    [undefined, `<?xml version="1.0"?>\n<workbook xmlns="${STRICT.main}">`, 'strict'],
    [`${T_REL}/officeDocument`, `<x:workbook xmlns:x="${STRICT.main}">`, 'strict'],
    [`${S_REL}/officeDocument`, `<workbook xmlns="${TRANSITIONAL.main}">`, 'strict'],
    // Only the root element counts: a Strict URI in a child's text or attribute does not.
    [
      `${T_REL}/officeDocument`,
      `<workbook xmlns="${TRANSITIONAL.main}"><definedNames><definedName name="u">"${STRICT.main}"</definedName></definedNames>`,
      'transitional',
    ],
    [undefined, '', 'transitional'],
    // A type that only starts like Strict's namespace is not Strict's.
    [`${S_REL}x/officeDocument`, '<workbook>', 'transitional'],
  ])('%s, %s → %s', (type, xml, want) => {
    expect(dialectFrom(type, xml)).toBe(want === 'strict' ? STRICT : TRANSITIONAL);
  });
});

const BUDGET = path.join(ROOT, 'examples', 'budget-2024.xlsx');
const STATUS = path.join(ROOT, 'examples', 'status-2024-q3.xlsx');
/** What a Transitional URI of SpreadsheetML, DrawingML or the relationships looks like. */
const TRANSITIONAL_URI =
  /schemas\.openxmlformats\.org\/(spreadsheetml|officeDocument|drawingml)\/2006\/(main|relationships|chart|spreadsheetDrawing)/;

/** The entries of `after` that are new or changed against `before`, as text. */
function written(before: Uint8Array, after: Uint8Array): Map<string, string> {
  const old = storedRecords(before);
  const out = new Map<string, string>();
  const entries = unpack(after);
  for (const [name, hash] of storedRecords(after)) {
    if (old.get(name) === hash || !/\.(xml|rels|vml)$/.test(name)) continue;
    out.set(name, new TextDecoder().decode(entries.get(name)));
  }
  return out;
}

describe('an annotated copy of a Strict workbook', () => {
  const input = makeStrict(readBytes(BUDGET));

  it('is Strict to begin with, and reads with the Transitional original findings', async () => {
    const entries = unpack(input);
    for (const [name, bytes] of entries) {
      if (/\.(xml|rels)$/.test(name))
        expect(new TextDecoder().decode(bytes), name).not.toMatch(TRANSITIONAL_URI);
    }
    const strict = await checked(input, 'budget-2024.xlsx');
    const plain = await checked(readBytes(BUDGET), 'budget-2024.xlsx');
    expect(strict.findings.map((f) => `${f.sheet}!${f.cell} ${f.code}`)).toEqual(
      plain.findings.map((f) => `${f.sheet}!${f.cell} ${f.code}`),
    );
    expect(strict.findings.length).toBeGreaterThan(0);
  });

  it('writes every part and relationship it adds or changes in Strict', async () => {
    const report = await checked(input, 'budget-2024.xlsx');
    const copy = await annotateWorkbook(input, report, 'da');
    const changed = written(input, copy);
    // The Ramme sheet, a comments part and a VML drawing per marked sheet, their relationships.
    const names = [...changed.keys()];
    expect(names.filter((n) => /^xl\/comments\d+\.xml$/.test(n))).toHaveLength(2);
    expect(names).toContain('xl/_rels/workbook.xml.rels');
    for (const [name, xml] of changed) {
      expect(xml, name).not.toMatch(TRANSITIONAL_URI);
      if (!name.endsWith('.vml')) expect(wellFormed(xml), name).toBe(true);
    }
    for (const [name, xml] of changed) {
      if (!name.endsWith('.rels')) continue;
      for (const m of xml.matchAll(/Type="([^"]+)"/g))
        expect(m[1], name).toMatch(/^http:\/\/purl\.oclc\.org\/ooxml\//);
    }
    // The added worksheet declares Strict's namespaces (the touched ones keep their own root).
    const sheets = [...changed].filter(([n]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
    expect(
      sheets.some(([, xml]) =>
        xml.includes(`<worksheet xmlns="${STRICT.main}" xmlns:r="${S_REL}"`),
      ),
    ).toBe(true);
    expect(changed.get('xl/workbook.xml')).toContain('name="Ramme"');
    // The copy reads back with the same findings.
    const again = await checked(copy, 'budget-2024.xlsx');
    expect(again.findings.map((f) => `${f.sheet}!${f.cell}`)).toEqual(
      report.findings.map((f) => `${f.sheet}!${f.cell}`),
    );
  });

  it('keeps a Transitional workbook Transitional: no Strict URI in what it writes', async () => {
    const plain = readBytes(BUDGET);
    const copy = await annotateWorkbook(plain, await checked(plain, 'budget-2024.xlsx'), 'da');
    const changed = written(plain, copy);
    expect(changed.size).toBeGreaterThan(0);
    for (const [name, xml] of changed) expect(xml, name).not.toContain('purl.oclc.org');
  });
});

describe('native charts in a Strict workbook', () => {
  const cells: CellPatch[] = [
    ['A3', 'Periode'],
    ['B3', 'Beskæftigelse'],
    ['A4', '2019'],
    ['B4', 56.6],
    ['A5', '2023'],
    ['B5', 60.3],
  ].map(([cell, v]) => ({
    sheet: 'Ramme',
    cell: cell as string,
    value: { v: v as string | number },
  }));
  const chart: NativeChart = {
    sheet: 'Ramme',
    kind: 'line',
    title: 'Beskæftigelse',
    categories: 'A4:A5',
    series: [{ name: 'B3', values: 'B4:B5' }],
    from: 'E3',
    to: 'L18',
  };

  it('writes the drawing and the chart in Strict DrawingML, related by Strict types', () => {
    const input = makeStrict(readBytes(STATUS));
    const out = patchWorkbook(input, { cells, newSheets: [{ name: 'Ramme' }], charts: [chart] });
    expect(out.missing).toEqual([]);
    const changed = written(input, out.bytes);
    const chartXml = changed.get('xl/charts/chart1.xml')!;
    const drawing = changed.get('xl/drawings/drawing1.xml')!;
    expect(chartXml).toContain(
      `<c:chartSpace xmlns:c="${STRICT.chart}" xmlns:a="${STRICT.drawing}" xmlns:r="${S_REL}">`,
    );
    expect(drawing).toContain(`xmlns:xdr="${STRICT.spreadsheetDrawing}"`);
    expect(drawing).toContain(`<a:graphicData uri="${STRICT.chart}">`);
    expect(changed.get('xl/drawings/_rels/drawing1.xml.rels')).toContain(`Type="${S_REL}/chart"`);
    for (const [name, xml] of changed) {
      expect(xml, name).not.toMatch(TRANSITIONAL_URI);
      expect(wellFormed(xml), name).toBe(true);
    }
  });

  it('the same patch on the Transitional original writes Transitional DrawingML', () => {
    const input = readBytes(STATUS);
    const out = patchWorkbook(input, { cells, newSheets: [{ name: 'Ramme' }], charts: [chart] });
    const changed = written(input, out.bytes);
    expect(changed.get('xl/charts/chart1.xml')).toContain(`xmlns:c="${TRANSITIONAL.chart}"`);
    for (const [, strict] of STRICT_URIS)
      for (const [name, xml] of changed) expect(xml, name).not.toContain(strict);
  });
});
