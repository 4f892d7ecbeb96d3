import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readWorkbookBytes } from '../../core/io';

const runs = Math.min(Number(process.env.RAMME_FUZZ_RUNS ?? 60), 2000);

async function small(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Budget 2024');
  ws.addRow(['Post', 'Beløb i kr.']);
  ws.addRow(['Løn', 1184500]);
  ws.addRow(['I alt', { formula: 'B2', result: 1184500 }]);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe('readers never throw on damaged input (property)', () => {
  it('random bytes give a workbook or a failure with both languages', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 512 }), async (bytes) => {
        const res = await readWorkbookBytes(bytes, 'x.xlsx');
        if (!res.ok) expect(res.error.message.da && res.error.message.en).toBeTruthy();
      }),
      { numRuns: runs },
    );
  });

  it('a real workbook with bytes overwritten or cut short never throws', async () => {
    const good = await small();
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(good.length - 1), fc.integer({ min: 0, max: 255 })), {
          maxLength: 8,
        }),
        fc.nat(good.length),
        async (edits, cut) => {
          const bytes = good.slice(0, Math.max(cut, 4));
          for (const [at, b] of edits) if (at < bytes.length) bytes[at] = b;
          const res = await readWorkbookBytes(bytes, 'skadet.xlsx');
          expect(typeof res.ok).toBe('boolean');
        },
      ),
      { numRuns: runs },
    );
  });
});
