/**
 * Run in a child process by bench/cli.ts: `ramme check` (or ExcelJS's bare read) on one file,
 * then prints the process's resident memory (RSS: what the operating system gives the process,
 * V8's heap and everything outside it, such as unpacked zip parts and Node's buffers) before
 * the read and at its peak (the kernel's high-water mark, `maxRSS`, so a peak between two
 * samples is not missed), as JSON, with V8's heap after the run for comparison and the run's
 * time (ms, once, after the warm-up). A child of its own, so nothing else in the bench (other
 * sizes, the parent's heap) is counted.
 *
 * `bare` runs the bare streaming scan (bench/bare-scan.ts): what unzipping and walking the
 * sheet costs before anything is kept, the floor under any reader's figure; `streamed` the
 * same scan over the parts unpacked in pieces, as Ramme's reader unpacks a big part; `held`
 * reads nothing and holds `maxCells` cells in the grid's shape (bench/held-cells.ts): what
 * keeping the grid costs before anything is read. It warms up as `ramme` does.
 *
 *   node --import tsx bench/memory-child.ts <ramme|exceljs|bare|streamed|held> <file> <maxCells>
 */
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { checkFile } from '../core/cli/check-file';
import { bareScan, bareScanStreamed } from './bare-scan';
import { heldCells } from './held-cells';

const [mode, file, maxCells] = process.argv.slice(2);
// A small workbook first, so code loaded and compiled on first use is not counted per cell.
const warmUp = new URL('../examples/budget-2024.xlsx', import.meta.url).pathname;
if (mode === 'exceljs') await new ExcelJS.Workbook().xlsx.readFile(warmUp);
else if (mode === 'bare') await bareScan(warmUp);
else if (mode === 'streamed') await bareScanStreamed(warmUp);
else await checkFile({ file: warmUp, options: { lang: 'da' } });
const before = process.memoryUsage().rss;
const start = performance.now();
let ok: boolean;
// A module's binding: the held cells stay alive to the end, as a read grid does.
let held: unknown[] | undefined;
if (mode === 'exceljs') {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file!);
  ok = wb.worksheets.length > 0;
} else if (mode === 'bare') {
  ok = (await bareScan(file!)).cells > 0;
} else if (mode === 'streamed') {
  ok = (await bareScanStreamed(file!)).cells > 0;
} else if (mode === 'held') {
  held = heldCells(Number(maxCells));
  ok = held.length > 0;
} else {
  const report = await checkFile({
    file: file!,
    options: { lang: 'da' },
    limits: { maxCells: Number(maxCells) },
  });
  ok = report.error === undefined;
}
const ms = performance.now() - start;
// maxRSS is in kilobytes (KiB) on Linux and macOS.
const peak = process.resourceUsage().maxRSS * 1024;
const heapAfter = process.memoryUsage().heapUsed;
process.stdout.write(JSON.stringify({ before, peak, heapAfter, ok, ms }));
