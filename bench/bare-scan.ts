/**
 * The floor for reading an .xlsx: unzip the first sheet and the shared strings with Node's zlib
 * and walk the XML with indexOf, reading every `<v>` as a number or a shared string, without
 * building anything. No workbook reader can be faster in JavaScript; `ramme check` is held to
 * a small multiple of it (bench/cli.ts). Bench only: it trusts the file and its part names.
 */
import { readFile } from 'node:fs/promises';
import { inflateRawSync } from 'node:zlib';
import { entryData, readZipDirectory } from '../core/io/zip-directory';

function part(bytes: Uint8Array, name: string): string {
  const entry = readZipDirectory(bytes)?.find((e) => e.name === name);
  const data = entry && entryData(bytes, entry);
  if (!entry || !data) return '';
  return new TextDecoder().decode(entry.method === 0 ? data : inflateRawSync(data));
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
  const xml = part(bytes, 'xl/worksheets/sheet1.xml');
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
