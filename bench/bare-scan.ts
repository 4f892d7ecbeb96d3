/**
 * The floor for reading an .xlsx: unzip the first sheet and the shared strings with Node's zlib
 * and walk the XML with indexOf, reading every `<v>` as a number or a shared string, without
 * building anything. No workbook reader can be faster in JavaScript; `ramme check` is held to
 * a small multiple of it (bench/cli.ts). Bench only: it trusts the file and its part names.
 */
import { readFile } from 'node:fs/promises';
import { createInflateRaw, inflateRawSync } from 'node:zlib';
import { entryData, readZipDirectory } from '../core/io/zip-directory';

/** A part's packed bytes and whether they are stored as they are, if the zip holds it. */
function packed(
  bytes: Uint8Array,
  name: string,
): { data: Uint8Array; stored: boolean } | undefined {
  const entry = readZipDirectory(bytes)?.find((e) => e.name === name);
  const data = entry && entryData(bytes, entry);
  return entry && data ? { data, stored: entry.method === 0 } : undefined;
}

function part(bytes: Uint8Array, name: string): string {
  const found = packed(bytes, name);
  if (!found) return '';
  return new TextDecoder().decode(found.stored ? found.data : inflateRawSync(found.data));
}

function sharedStrings(xml: string): string[] {
  const out: string[] = [];
  for (let at = xml.indexOf('<si>'); at >= 0; at = xml.indexOf('<si>', at + 4)) {
    const t = xml.indexOf('>', xml.indexOf('<t', at)) + 1;
    out.push(xml.slice(t, xml.indexOf('</t>', t)));
  }
  return out;
}

/** Cells with a value in the first sheet, and the sum of its numbers (so nothing is skipped). */
export async function bareScan(file: string): Promise<{ cells: number; sum: number }> {
  const bytes = new Uint8Array(await readFile(file));
  const strings = sharedStrings(part(bytes, 'xl/sharedStrings.xml'));
  return scanCells(part(bytes, 'xl/worksheets/sheet1.xml'), strings);
}

/** The cells with a value in a sheet's XML, and the sum of its numbers and texts' lengths. */
function scanCells(xml: string, strings: readonly string[]): { cells: number; sum: number } {
  let cells = 0;
  let sum = 0;
  let text = 0;
  for (let at = xml.indexOf('<c '); at >= 0; at = xml.indexOf('<c ', at + 3)) {
    const end = xml.indexOf('>', at);
    const v = xml.indexOf('<v>', end);
    const next = xml.indexOf('<c ', end);
    if (v < 0 || (next >= 0 && v > next)) continue;
    const value = xml.slice(v + 3, xml.indexOf('</v>', v));
    cells++;
    const isString = xml.lastIndexOf(' t="s"', end) > at;
    if (isString) text += strings[Number(value)]?.length ?? 0;
    else sum += Number(value);
  }
  return { cells, sum: sum + text };
}

/** Calls `take` with the part's text in pieces, each ending at a whole `boundary`. */
async function partPieces(
  bytes: Uint8Array,
  name: string,
  boundary: string,
  take: (text: string) => void,
): Promise<void> {
  const found = packed(bytes, name);
  if (!found) return;
  const decoder = new TextDecoder();
  let carry = '';
  const piece = (chunk: Uint8Array, last: boolean) => {
    const text = carry + decoder.decode(chunk, { stream: !last });
    const at = text.lastIndexOf(boundary);
    const end = last ? text.length : at < 0 ? 0 : at + boundary.length;
    if (end > 0) take(text.slice(0, end));
    carry = text.slice(end);
  };
  if (found.stored) return piece(found.data, true);
  await new Promise<void>((resolve, reject) => {
    const zlib = createInflateRaw({ chunkSize: 256 * 1024 });
    zlib.on('data', (chunk: Buffer) => piece(chunk, false));
    zlib.on('end', () => resolve(piece(new Uint8Array(0), true)));
    zlib.on('error', reject);
    zlib.end(found.data);
  });
}

/**
 * As bareScan, with each part unpacked through Node's zlib in 256 KB pieces, as Ramme's reader
 * unpacks a big part, and walked piece by piece: the memory floor of a reader that keeps
 * nothing but the shared strings (bench/cli.ts prints it beside the check's memory).
 */
export async function bareScanStreamed(file: string): Promise<{ cells: number; sum: number }> {
  const bytes = new Uint8Array(await readFile(file));
  const strings: string[] = [];
  await partPieces(bytes, 'xl/sharedStrings.xml', '</si>', (xml) => {
    for (const text of sharedStrings(xml)) strings.push(text);
  });
  let cells = 0;
  let sum = 0;
  await partPieces(bytes, 'xl/worksheets/sheet1.xml', '</row>', (xml) => {
    const found = scanCells(xml, strings);
    cells += found.cells;
    sum += found.sum;
  });
  return { cells, sum };
}
