// The annotated copy of files with damaged package parts, as tests/io/xml-mutations.test.ts
// found them: the writer finds the workbook as the reader does (root relationships damaged),
// and a part it must change but cannot is refused with its PackageError, which the CLI and the
// web page tell in words of their own: never the writer's internal text.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { annotatedCopy, DownloadRefused, openWorkbook } from '../../addin/web/downloads';
import { checkFile } from '../../core/cli/check-file';
import { annotateWorkbook } from '../../core/io/annotate';
import { PackageError, patchWorkbook } from '../../core/io/write';
import { checked, ROOT, sha, unpack } from './write-helpers';

const COMMENTED = path.join(ROOT, 'tests/fixtures/writers/exceljs/comment.xlsx');
const BUDGET = path.join(ROOT, 'examples/budget-2024.xlsx');
const CHART = path.join(ROOT, 'tests/fixtures/writers/exceljs/chart.xlsx');

/** The file with one part's text changed by `edit`. */
function withPart(file: string, part: string, edit: (xml: string) => string): Uint8Array {
  const parts = unzipSync(new Uint8Array(readFileSync(file)));
  expect(parts[part], part).toBeDefined();
  parts[part] = strToU8(edit(strFromU8(parts[part]!)));
  return zipSync(parts);
}

/** Something to mark: the budget's own findings, or its first cell when it has none. */
async function reportOf(bytes: Uint8Array, name: string) {
  const report = { ...(await checked(bytes, name)), file: name };
  if (report.findings.length > 0) return report;
  return {
    ...report,
    findings: [
      { sheet: report.tables[0]?.sheet ?? 'Ark1', cell: 'A1', severity: 'info', message: 'x' },
    ],
  } as typeof report;
}

describe('the writer on damaged package parts', () => {
  it('finds the workbook through the content types when the root relationships are damaged', async () => {
    // Its start written twice, cut inside the workbook's relationship (as the fuzzing found it).
    const bytes = withPart(CHART, '_rels/.rels', (xml) => xml.slice(0, 154) + xml);
    const report = await reportOf(bytes, 'chart.xlsx');
    const copy = unpack(await annotateWorkbook(bytes, report, 'da'));
    expect(strFromU8(copy.get('xl/workbook.xml')!)).toMatch(/<sheet [^>]*name="Ramme"/);
    // The damaged part is the user's own: stored as it was.
    expect(sha(copy.get('_rels/.rels')!)).toBe(sha(unpack(bytes).get('_rels/.rels')!));
  });

  it('refuses the copy with a PackageError when [Content_Types].xml cannot be changed', async () => {
    const bytes = withPart(BUDGET, '[Content_Types].xml', (x) =>
      x.replace('</Types>', '</Ty pes>'),
    );
    const report = await reportOf(bytes, 'budget.xlsx');
    await expect(annotateWorkbook(bytes, report, 'da')).rejects.toBeInstanceOf(PackageError);
  });

  it('refuses a new number format for a styles part without its styleSheet element', () => {
    const bytes = withPart(BUDGET, 'xl/styles.xml', (xml) =>
      xml.replace(/<numFmts[^]*?<\/numFmts>/, '').replace(/<(\/?)styleSheet\b/g, '<$1x'),
    );
    const cells = [{ sheet: 'Budget 2024', cell: 'F4', value: { v: 1.5 }, numFmt: '0.000' }];
    expect(() => patchWorkbook(bytes, { cells })).toThrow(PackageError);
    // The same change on the whole part is written.
    const whole = patchWorkbook(new Uint8Array(readFileSync(BUDGET)), { cells });
    expect(whole.missing).toEqual([]);
  });

  it('refuses a comments part without its comments element', async () => {
    const comments = [...unpack(new Uint8Array(readFileSync(COMMENTED))).keys()].find((n) =>
      /comments\d*\.xml$/.test(n),
    )!;
    const bytes = withPart(COMMENTED, comments, (xml) =>
      xml.replace(/<comments[\s>][^]*$/, '<x/>'),
    );
    const report = await reportOf(bytes, 'comment.xlsx');
    // The note goes to a cell of the sheet that has the comments.
    const marked = { ...report, findings: report.findings.map((f) => ({ ...f, cell: 'A1' })) };
    await expect(annotateWorkbook(bytes, marked, 'da')).rejects.toBeInstanceOf(PackageError);
  });

  it.each([
    [
      'da',
      /^Den markerede kopi .* blev ikke skrevet: en del af filen, som kopien skulle ændre, er beskadiget\./,
    ],
    [
      'en',
      /^The annotated copy .* was not written: a part of the file the copy had to change is damaged\./,
    ],
  ] as const)('ramme check --out tells it in its own words (%s)', async (lang, said) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ramme-damaged-'));
    const file = path.join(dir, 'budget.xlsx');
    writeFileSync(
      file,
      withPart(BUDGET, '[Content_Types].xml', (x) => x.replace('</Types>', '')),
    );
    const out = path.join(dir, 'budget.ramme.xlsx');
    const report = await checkFile({ file, out, options: { lang } });
    expect(report.error).toBeUndefined();
    expect(report.findings.length).toBeGreaterThan(0);
    expect(report.outError).toMatch(said);
    expect(report.outError).not.toMatch(/Types|element|undefined/);
  });

  it.each([
    [
      'da',
      'Filen blev ikke hentet: en del af projektmappen, som Ramme skulle ændre, er beskadiget.',
    ],
    ['en', 'The file was not downloaded: a part of the workbook Ramme had to change is damaged.'],
  ] as const)('the web page refuses the download in its own words (%s)', async (lang, said) => {
    const bytes = withPart(BUDGET, '[Content_Types].xml', (x) => x.replace('</Types>', ''));
    const read = await openWorkbook(bytes, 'budget.xlsx', lang);
    if (!read.ok) throw new Error(read.message);
    const made = annotatedCopy(read.doc, { lang });
    await expect(made).rejects.toBeInstanceOf(DownloadRefused);
    await expect(made).rejects.toThrow(said);
  });
});
