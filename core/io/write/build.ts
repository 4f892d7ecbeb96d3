import { zipSync } from 'fflate';
import { a1, forEachCell, type Sheet } from '../../grid';
import { TRANSITIONAL } from './dialect';
import type { CellPatch } from './patch';
import { escapeAttr } from './xml';

const { main: MAIN, rel: REL } = TRANSITIONAL;
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/**
 * A fresh, minimal .xlsx with empty sheets of these names (a CSV has no package of its own);
 * its cells are then written by the same patcher as a user's workbook.
 */
export function emptyWorkbook(names: string[]): Uint8Array {
  const enc = (s: string) => new TextEncoder().encode(HEAD + s);
  const sheets = names.map((_, i) => `xl/worksheets/sheet${i + 1}.xml`);
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': enc(
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
        sheets
          .map(
            (p) =>
              `<Override PartName="/${p}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
          )
          .join('') +
        '</Types>',
    ),
    '_rels/.rels': enc(
      `<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': enc(
      `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>` +
        names
          .map((n, i) => `<sheet name="${escapeAttr(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
          .join('') +
        '</sheets></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': enc(
      `<Relationships xmlns="${PKG_REL}">` +
        sheets
          .map(
            (p, i) =>
              `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="${p.slice(3)}"/>`,
          )
          .join('') +
        `<Relationship Id="rId${sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    ),
    'xl/styles.xml': enc(
      `<styleSheet xmlns="${MAIN}">` +
        '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
        '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
        '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
        '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
        '</styleSheet>',
    ),
  };
  sheets.forEach(
    (p) => (files[p] = enc(`<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData/></worksheet>`)),
  );
  return zipSync(files, { level: 6, mtime: new Date(1980, 0, 1) });
}

/** A grid sheet's cells as patches: values typed, number formats kept. */
export function sheetCells(sheet: Sheet): CellPatch[] {
  const out: CellPatch[] = [];
  forEachCell(sheet, (cell, r, c) => {
    if (cell.value === null && cell.numFmt === undefined) return;
    out.push({
      sheet: sheet.name,
      cell: a1(r + 1, c + 1),
      value: { v: cell.value },
      ...(cell.numFmt !== undefined && cell.numFmt !== 'General' ? { numFmt: cell.numFmt } : {}),
    });
  });
  return out;
}

/** A name Excel accepts for a sheet: no []:*?/\, at most 31 characters, not blank. */
export function safeSheetName(name: string): string {
  const cleaned = name
    .replace(/[[\]:*?/\\]/g, '_')
    .replace(/^'+|'+$/g, '')
    .slice(0, 31)
    .trim();
  return cleaned === '' ? 'Ark1' : cleaned;
}
