/**
 * Big parts stream through Node's zlib (nodeInflateStream, the CLI's) or the browser's
 * DecompressionStream (webInflateStream, the web page's; Node has it too): a 100.000-line
 * sheet's 13 MB of XML is read piece by piece as it is unpacked, never held whole. Streamed,
 * every part of every file in the project's corpora (the writers', the hostile files, the
 * examples) reads exactly as it does unpacked in one call, failures and limits included.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readWorkbookBytes } from '../../core/io';
import { installInflater, type StreamOutcome } from '../../core/io/inflate';
import { inflateEntryStreamed, installInflateStream } from '../../core/io/inflate-stream';
import { nodeInflate, nodeInflateStream } from '../../core/io/node';
import { webInflateStream } from '../../core/io/web-inflate';
import { entryData, readZipDirectory } from '../../core/io/zip-directory';
import { buildZip, type ZipPart } from './zip-builder';

const ROOT = path.resolve(__dirname, '../..');

function filesIn(dir: string, deep: boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return deep ? filesIn(file, deep) : [];
    return /\.(xlsx|xlsm|ods|csv)$/.test(name) ? [file] : [];
  });
}

const CORPUS = [
  ...filesIn(path.join(ROOT, 'tests/fixtures/writers'), true),
  ...filesIn(path.join(ROOT, 'tests/fixtures/bad'), false),
  ...filesIn(path.join(ROOT, 'examples'), false),
].map((file) => path.relative(ROOT, file));

const ROW = '<row><c><v>1</v></c></row>';

function partOf(size: number, extra: Partial<ZipPart> = {}) {
  const data = ROW.repeat(Math.ceil(size / ROW.length)).slice(0, size);
  const zip = buildZip([{ name: 'xl/worksheets/sheet1.xml', data, ...extra }]);
  return { zip, entry: readZipDirectory(zip)![0]! };
}

async function streamed(
  zip: Uint8Array,
  entry: ReturnType<typeof partOf>['entry'],
  onChunk: (c: Uint8Array) => void = () => {},
): Promise<StreamOutcome> {
  return inflateEntryStreamed(zip, entry, onChunk);
}

afterEach(() => {
  installInflater(undefined);
  installInflateStream(undefined);
});

const STREAMS = [
  ["Node's zlib", nodeInflateStream],
  ["the web's DecompressionStream", webInflateStream()!],
] as const;

describe.each(STREAMS)('inflateEntryStreamed with %s installed', (_, stream) => {
  it('hands a 3 MB part over in pieces, none of them whole', async () => {
    installInflateStream(stream);
    const { zip, entry } = partOf(3_000_000);
    const pieces: number[] = [];
    const text: string[] = [];
    const decoder = new TextDecoder();
    const outcome = await streamed(zip, entry, (c) => {
      pieces.push(c.length);
      text.push(decoder.decode(c, { stream: true }));
    });
    expect(outcome).toBe('complete');
    expect(pieces.reduce((a, b) => a + b, 0)).toBe(3_000_000);
    expect(pieces.length).toBeGreaterThan(5);
    expect(Math.max(...pieces)).toBeLessThanOrEqual(1024 * 1024);
    expect(text.join('')).toBe(ROW.repeat(Math.ceil(3_000_000 / ROW.length)).slice(0, 3_000_000));
  });

  it('leaves a part under the threshold to the one-shot inflater', async () => {
    const calls: number[] = [];
    installInflater((data, max) => {
      calls.push(max);
      return nodeInflate(data, max);
    });
    installInflateStream(stream);
    const { zip, entry } = partOf(1_000_000);
    expect(await streamed(zip, entry)).toBe('complete');
    expect(calls).toEqual([1_000_000]);
  });

  it.each([
    ['longer', 'a part unpacking past its declared size', { declaredSize: 100_000 }],
    ['unreadable', 'a part unpacking short of its declared size', { declaredSize: 400_000 }],
  ] as const)('settles %s for %s', async (want, _, extra) => {
    installInflateStream(stream, 0);
    const { zip, entry } = partOf(300_000, extra);
    let seen = 0;
    expect(await streamed(zip, entry, (c) => (seen += c.length))).toBe(want);
    // A lying part is stopped at the piece that passes its declared size, not read to its end.
    if (want === 'longer') expect(seen).toBeLessThanOrEqual(100_000);
  });

  it('settles unreadable for damaged deflate data', async () => {
    installInflateStream(stream, 0);
    const { zip, entry } = partOf(300_000);
    // BFINAL 1, BTYPE 11: a block type deflate does not have.
    entryData(zip, entry)![0] = 0xff;
    expect(await streamed(zip, entry)).toBe('unreadable');
  });

  it("rejects with the reader's own error and stops unpacking", async () => {
    installInflateStream(stream, 0);
    const { zip, entry } = partOf(3_000_000);
    let pieces = 0;
    const reading = streamed(zip, entry, () => {
      if (++pieces === 2) throw new RangeError('damaged sheet');
    });
    await expect(reading).rejects.toThrow('damaged sheet');
    expect(pieces).toBe(2);
  });
});

describe.each(STREAMS)('every corpus file read with every part streamed by %s', (_, stream) => {
  it.each(CORPUS)('%s reads as unpacked in one call', async (file) => {
    const bytes = readFileSync(path.join(ROOT, file));
    const name = path.basename(file);
    installInflater(nodeInflate);
    const whole = await readWorkbookBytes(bytes, name);
    installInflateStream(stream, 0);
    const pieces = await readWorkbookBytes(bytes, name);
    expect(pieces).toEqual(whole);
  });
});
