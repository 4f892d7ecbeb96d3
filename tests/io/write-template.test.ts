// A template's copy (.xltx, .xltm) is a workbook: Excel opens no template named .xlsx, so the
// writer gives the workbook part a workbook's content type, as Excel does when it makes a
// workbook from a template, and changes nothing else of the package's own.
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { annotateWorkbook } from '../../core/io/annotate';
import { patchWorkbook } from '../../core/io/write';
import { checked, makeXlsm, readBytes, ROOT, storedRecords, unpack } from './write-helpers';

const BUDGET = path.join(ROOT, 'examples', 'budget-2024.xlsx');
const TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
const MACRO = 'application/vnd.ms-excel';

/** The package with its [Content_Types].xml changed by `edit`. */
function retyped(bytes: Uint8Array, edit: (xml: string) => string): Uint8Array {
  const files = unzipSync(bytes);
  files['[Content_Types].xml'] = strToU8(edit(strFromU8(files['[Content_Types].xml']!)));
  return zipSync(files);
}

const types = (bytes: Uint8Array) => strFromU8(unpack(bytes).get('[Content_Types].xml')!);
const workbookType = (bytes: Uint8Array) =>
  /PartName="\/xl\/workbook\.xml" ContentType="([^"]+)"/.exec(types(bytes))?.[1];

describe("a template's copy", () => {
  const xltx = retyped(readBytes(BUDGET), (x) =>
    x.replace(`${TYPE}.sheet.main+xml`, `${TYPE}.template.main+xml`),
  );
  const xltm = retyped(makeXlsm(readBytes(BUDGET)), (x) =>
    x.replace(`${MACRO}.sheet.macroEnabled.main+xml`, `${MACRO}.template.macroEnabled.main+xml`),
  );

  it.each([
    // the input, its workbook part's type → the copy's
    ['.xltx', xltx, `${TYPE}.template.main+xml`, `${TYPE}.sheet.main+xml`],
    [
      '.xltm',
      xltm,
      `${MACRO}.template.macroEnabled.main+xml`,
      `${MACRO}.sheet.macroEnabled.main+xml`,
    ],
    ['.xlsx', readBytes(BUDGET), `${TYPE}.sheet.main+xml`, `${TYPE}.sheet.main+xml`],
  ])('%s: the workbook part becomes %s → %s', async (_, input, from, to) => {
    expect(workbookType(input)).toBe(from);
    const report = await checked(input, 'budget.xlsx');
    const copy = await annotateWorkbook(input, report, 'da');
    expect(workbookType(copy)).toBe(to);
    // Nothing else of the content types changes: the copy's own parts are only added to it.
    const before = types(input).replace(from, to);
    const after = types(copy);
    const added = [...after.matchAll(/<Override [^>]*\/>/g)].map((m) => m[0]);
    expect(added.filter((o) => !before.includes(o)).every((o) => /comments|sheet\d/.test(o))).toBe(
      true,
    );
    expect(after.startsWith(before.slice(0, before.lastIndexOf('</Types>')))).toBe(true);
  });

  it('keeps the macros of an .xltm, and every part it does not own byte for byte', async () => {
    const copy = await annotateWorkbook(xltm, await checked(xltm, 'plan.xltm'), 'da');
    expect(unpack(copy).get('xl/vbaProject.bin')).toEqual(unpack(xltm).get('xl/vbaProject.bin'));
    const owned =
      /^(\[Content_Types\]\.xml|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/styles\.xml|xl\/worksheets\/.*)$/;
    const after = storedRecords(copy);
    for (const [name, hash] of storedRecords(xltm))
      if (!owned.test(name)) expect(after.get(name), name).toBe(hash);
  });

  it('a template typed only by a Default for its extension gets an Override of its own', () => {
    const input = retyped(readBytes(BUDGET), (x) =>
      x
        .replace(/<Override PartName="\/xl\/workbook\.xml"[^>]*\/>/, '')
        .replace(
          '<Default Extension="xml" ContentType="application/xml"/>',
          `<Default Extension="xml" ContentType="${TYPE}.template.main+xml"/>`,
        ),
    );
    expect(workbookType(input)).toBeUndefined();
    const out = patchWorkbook(input, {
      cells: [{ sheet: 'Budget 2024', cell: 'B5', fill: 'FFFFC7CE' }],
    });
    expect(workbookType(out.bytes)).toBe(`${TYPE}.sheet.main+xml`);
    expect(out.missing).toEqual([]);
  });
});
