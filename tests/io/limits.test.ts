/** The limit decisions on their own: what the directory declares, how many cells, the file. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_READ_LIMITS, readLimits } from '../../core/io';
import { cellBreach, declaredBreach, fileSizeBreach } from '../../core/io/limits';
import type { ZipEntry } from '../../core/io';

function entry(name: string, uncompressedSize: number, compressedSize: number): ZipEntry {
  return { name, method: 8, uncompressedSize, compressedSize, localHeaderOffset: 0 };
}

const SHEET = 'xl/worksheets/sheet1.xml';
const limits = readLimits();

describe('the default limits', () => {
  it('are the documented numbers', () => {
    expect(DEFAULT_READ_LIMITS).toEqual({
      maxFileBytes: 200_000_000,
      maxPartBytes: 300_000_000,
      maxTotalBytes: 1_000_000_000,
      maxRatio: 500,
      maxCells: 4_000_000,
    });
  });

  it('take a caller’s positive numbers and ignore the rest', () => {
    expect(readLimits({ maxCells: 6_000_000, maxRatio: 0, maxPartBytes: -1 })).toEqual({
      ...DEFAULT_READ_LIMITS,
      maxCells: 6_000_000,
    });
    expect(readLimits({ maxFileBytes: Number.NaN }).maxFileBytes).toBe(200_000_000);
  });
});

describe('declaredBreach', () => {
  const cases: Array<[string, ZipEntry[], ReturnType<typeof declaredBreach>]> = [
    [
      'the 1M-line benchmark workbook (138 MB sheet, 37 MB texts)',
      [entry(SHEET, 137_688_115, 20_229_912), entry('xl/sharedStrings.xml', 37_370_348, 5_710_029)],
      undefined,
    ],
    [
      'a sheet of 900 MB packed 10:1',
      [entry(SHEET, 900_000_000, 90_000_000)],
      { kind: 'part', part: SHEET, bytes: 900_000_000, limit: 300_000_000 },
    ],
    ['a sheet at exactly 300 MB', [entry(SHEET, 300_000_000, 30_000_000)], undefined],
    [
      'shared strings one byte over',
      [entry('xl/sharedStrings.xml', 300_000_001, 30_000_000)],
      { kind: 'part', part: 'xl/sharedStrings.xml', bytes: 300_000_001, limit: 300_000_000 },
    ],
    [
      'a 400 MB picture (pictures are not read as text)',
      [entry('xl/media/image1.png', 400_000_000, 399_000_000)],
      undefined,
    ],
    [
      'four 280 MB sheets: 1.12 GB together',
      [1, 2, 3, 4].map((i) => entry(`xl/worksheets/sheet${i}.xml`, 280_000_000, 28_000_000)),
      { kind: 'total', bytes: 1_120_000_000, limit: 1_000_000_000 },
    ],
    [
      'a 100 MB sheet packed into 100 KB (1000:1, a zip bomb)',
      [entry(SHEET, 100_000_000, 100_000)],
      { kind: 'ratio', part: SHEET, ratio: 1000, limit: 500 },
    ],
    ['a 2 MB sheet packed 400:1', [entry(SHEET, 2_000_000, 5_000)], undefined],
    [
      'a small part packed 900:1 (below 1 MB the ratio says nothing)',
      [entry(SHEET, 900_000, 1_000)],
      undefined,
    ],
    [
      'a part declaring 5 GB from no bytes at all',
      [entry(SHEET, 5_000_000_000, 0)],
      { kind: 'ratio', part: SHEET, ratio: 5_000_000_000, limit: 500 },
    ],
    [
      'a 10 MB plain-white bitmap packed 1000:1 (a picture, not a bomb)',
      [entry('xl/media/image1.bmp', 10_000_000, 10_000)],
      undefined,
    ],
    [
      'a 200 MB "picture" packed 1000:1',
      [entry('xl/media/image1.png', 200_000_000, 200_000)],
      { kind: 'ratio', part: 'xl/media/image1.png', ratio: 1000, limit: 500 },
    ],
    ['no parts', [], undefined],
  ];
  for (const [what, entries, want] of cases) {
    it(`${want ? want.kind : 'passes'}: ${what}`, () => {
      expect(declaredBreach(entries, limits)).toEqual(want);
    });
  }
});

describe('cellBreach', () => {
  it('lets the 1M-line benchmark (2,030,005 cells) through', () => {
    expect(cellBreach([{ sheet: 'Budget 2025', cells: 2_030_005 }], limits)).toBeUndefined();
  });

  it('lets exactly the limit through and stops one more', () => {
    expect(cellBreach([{ sheet: 'A', cells: 4_000_000 }], limits)).toBeUndefined();
    expect(cellBreach([{ sheet: 'A', cells: 4_000_001 }], limits)?.kind).toBe('cells');
  });

  it('stops 3 sheets of 1,335,000 and names the three largest of four, largest first', () => {
    const sheets = [
      { sheet: 'Noter', cells: 12 },
      { sheet: 'Ark 1', cells: 1_335_000 },
      { sheet: 'Ark 3', cells: 1_335_002 },
      { sheet: 'Ark 2', cells: 1_335_001 },
    ];
    expect(cellBreach(sheets, limits)).toEqual({
      kind: 'cells',
      cells: 4_005_015,
      limit: 4_000_000,
      sheets: [
        { sheet: 'Ark 3', cells: 1_335_002 },
        { sheet: 'Ark 2', cells: 1_335_001 },
        { sheet: 'Ark 1', cells: 1_335_000 },
      ],
    });
  });
});

describe('fileSizeBreach', () => {
  const cases: Array<[number, boolean]> = [
    [52_453_256, false], // the corpus's 50 MB workbook with a picture
    [200_000_000, false],
    [200_000_001, true],
  ];
  for (const [bytes, refused] of cases) {
    it(`${refused ? 'refuses' : 'lets through'} ${bytes} bytes`, () => {
      expect(fileSizeBreach(bytes, limits) !== undefined).toBe(refused);
    });
  }
});
