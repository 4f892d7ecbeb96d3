// LibreOffice (headless) opens every .ods copy and saves it again without error, and sees what
// the copy should hold: every value of the original, the marked cells filled with their note,
// every other cell's fill and note as they were, and the Ramme sheet; and a workbook with new
// values shows them in their formats.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkWorkbook } from '../../core/check';
import { readWorkbookBytes } from '../../core/io';
import { annotateWorkbook } from '../../core/io/annotate';
import { patchOds } from '../../core/io/ods-write';
import { dumpXlsx, type CellDump } from '../e2e/workbook-compare';
import { odsCorpus, ROOT, soffice } from './write-helpers';

const FILES = odsCorpus();
const tmp = mkdtempSync(path.join(tmpdir(), 'ramme-lo-ods-'));
const dirs = { in: path.join(tmp, 'in'), copy: path.join(tmp, 'copy'), lo: path.join(tmp, 'lo') };
const FILL = { error: 'FFFFC7CE', warning: 'FFFFEB9C', info: 'FFDDEBF7' } as const;
/** Per file: each marked cell (Sheet!A1) with its fill and the note's text. */
const marks = new Map<string, Map<string, { fill: string; note: string }>>();

const convert = (files: string[], out: string) => soffice(`${tmp}/profile`, 'xlsx', files, out);

let status: { copies: number | null; originals: number | null };

beforeAll(async () => {
  for (const d of Object.values(dirs)) mkdirSync(d);
  for (const f of FILES) {
    const name = path.basename(f);
    const bytes = new Uint8Array(readFileSync(f));
    const read = await readWorkbookBytes(bytes, name);
    if (!read.ok) throw new Error(read.error.message.en);
    const report = { ...checkWorkbook(read.value, { lang: 'da' }), file: name };
    writeFileSync(path.join(dirs.in, name), bytes);
    writeFileSync(path.join(dirs.copy, name), await annotateWorkbook(bytes, report, 'da'));
    marks.set(
      name,
      new Map(
        report.findings.map((x) => [
          `${x.sheet}!${x.cell}`,
          { fill: FILL[x.severity], note: `Ramme: ${x.message}` },
        ]),
      ),
    );
  }
  const names = FILES.map((f) => path.basename(f));
  const [copies, originals] = [
    [dirs.copy, dirs.lo],
    [dirs.in, tmp],
  ].map(([from, to]) =>
    convert(
      names.map((n) => path.join(from!, n)),
      to!,
    ),
  );
  status = { copies: copies!, originals: originals! };
}, 600_000);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const saved = (dir: string, name: string) => path.join(dir, name.replace(/\.ods$/, '.xlsx'));
const byCell = (cells: CellDump[]) => new Map(cells.map((c) => [`${c.sheet}!${c.cell}`, c]));
/** The note's words, whatever LibreOffice wraps them in. */
const noteText = (note: string) =>
  note === ''
    ? ''
    : (JSON.parse(note) as { texts: Array<{ text: string }> }).texts.map((t) => t.text).join('');

describe('LibreOffice opens and re-saves the .ods copies', () => {
  it('converts every copy with exit status 0', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(14);
    expect(status).toEqual({ copies: 0, originals: 0 });
    for (const f of FILES) expect(existsSync(saved(dirs.lo, path.basename(f))), f).toBe(true);
  });

  it.each(FILES.map((f) => path.basename(f)))(
    '%s: same values, marked cells filled with their note, other cells as they were',
    async (name) => {
      const copy = byCell(await dumpXlsx(readFileSync(saved(dirs.lo, name))));
      const original = byCell(await dumpXlsx(readFileSync(saved(tmp, name))));
      const marked = marks.get(name)!;
      for (const [ref, cell] of original) {
        const c = copy.get(ref);
        expect(c, ref).toBeDefined();
        expect(c!.value, ref).toBe(cell.value);
        const m = marked.get(ref);
        if (m) {
          expect(c!.fill, ref).toBe(JSON.stringify({ argb: m.fill }));
          expect(noteText(c!.note), ref).toContain(m.note);
        } else {
          expect(c!.fill, ref).toBe(cell.fill);
          expect(c!.note, ref).toBe(cell.note);
        }
      }
      expect([...copy.keys()].some((k) => k.startsWith('Ramme!'))).toBe(true);
    },
  );
});

describe('LibreOffice shows the new values of an .ods in their formats', () => {
  it('numbers grouped and with decimals, percentages, text, on its own sheet and a new one', () => {
    const dir = path.join(tmp, 'values');
    mkdirSync(dir);
    const input = readFileSync(path.join(ROOT, 'tests/fixtures/writers/libreoffice/features.ods'));
    const copy = patchOds(new Uint8Array(input), {
      values: [
        { sheet: 'Budget 2024', cell: 'B4', v: 1600000.5, numFmt: '#,##0.00' },
        { sheet: 'Budget 2024', cell: 'D2', v: 0.25, numFmt: '0%' },
        { sheet: 'Budget 2024', cell: 'A4', v: 'Løn & drift' },
      ],
      newSheets: [
        {
          name: 'Ramme',
          rows: [
            [{ v: 'Status', bold: true }],
            [],
            [
              { v: 'Opfyldelse' },
              { v: 0.814, numFmt: '0.0%' },
              { v: 1234567.891, numFmt: '#,##0.0' },
            ],
          ],
        },
      ],
    });
    writeFileSync(path.join(dir, 'plan.ods'), copy);
    // Every sheet as CSV, each cell as LibreOffice shows it (its format applied).
    const filter = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1';
    expect(soffice(`${tmp}/profile`, filter, [path.join(dir, 'plan.ods')], dir)).toBe(0);
    const sheet = (name: string) =>
      readFileSync(path.join(dir, `plan-${name}.csv`), 'utf8').split('\n');
    expect(sheet('Budget 2024').slice(0, 4)).toEqual([
      'Oversigt over forbrug af puljen 2024,,,',
      ',,,25%',
      'Post,Beløb i kr.,,',
      'Løn & drift,"1,600,000.50",,',
    ]);
    expect(sheet('Ramme').slice(0, 3)).toEqual([
      'Status,,',
      ',,',
      'Opfyldelse,81.4%,"1,234,567.9"',
    ]);
  });
});
