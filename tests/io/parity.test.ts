/**
 * The streaming reader against the ExcelJS adapter it replaced: the project's examples and the
 * domain's example workbooks read to the same grid, cell for cell. Other writers' files
 * (../shared/writers: openpyxl, LibreOffice) all read; where ExcelJS reads them too they agree,
 * except where ExcelJS was wrong: `date1904="true"` (ExcelJS read 1900 dates). A sum the file
 * stores no result for (openpyxl stores none) is worked out by the reader (sum-results.ts):
 * ExcelJS's grid is compared with the same sums worked out.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { forEachCell, type Cell, type Workbook } from '../../core/grid';
import { readXlsx } from '../../core/io';
import { workOutSums } from '../../core/io/sum-results';
import { DOMAIN_EXAMPLES, SHARED } from '../shared-dir';
import { readWithExcelJS } from './exceljs-reader';

const EXAMPLES = path.resolve(__dirname, '../../examples');
const WRITERS = path.join(SHARED, 'writers');

function workbooks(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.xls[xm]$/i.test(f))
    .map((f) => path.join(dir, f));
}

/** The workbook as JSON (Dates as ISO text, holes as null), so two reads compare exactly. */
function plain(wb: Workbook): unknown {
  return JSON.parse(JSON.stringify(wb));
}

async function mine(file: string): Promise<Workbook> {
  const res = await readXlsx(readFileSync(file), path.basename(file));
  if (!res.ok) throw new Error(res.error.message.da);
  return res.value;
}

describe('the streaming reader reads as ExcelJS did', () => {
  const files = [...workbooks(EXAMPLES), ...workbooks(DOMAIN_EXAMPLES)];

  it('has workbooks to compare', () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
  });

  for (const file of files) {
    it(path.basename(file), async () => {
      const bytes = readFileSync(file);
      expect(plain(await mine(file))).toEqual(
        plain(await readWithExcelJS(bytes, path.basename(file))),
      );
    });
  }
});

describe("other writers' files all read", () => {
  const files = ['openpyxl', 'libreoffice'].flatMap((w) => workbooks(path.join(WRITERS, w)));

  for (const file of files) {
    it(path.relative(WRITERS, file), async () => {
      const wb = await mine(file);
      expect(wb.sheets.length).toBeGreaterThan(0);
      const bytes = readFileSync(file);
      const theirs = await readWithExcelJS(bytes, path.basename(file)).catch(() => undefined);
      if (!theirs || /1904/.test(file)) return;
      const pending = theirs.sheets.map((sheet) => {
        const cells: Cell[] = [];
        forEachCell(sheet, (cell) => {
          if (cell.formula !== undefined && cell.value === null) cells.push(cell);
        });
        return { sheet, cells };
      });
      workOutSums(theirs.sheets, pending);
      expect(plain(wb)).toEqual(plain(theirs));
    });
  }
});
