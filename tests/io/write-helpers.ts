// Tools for the writer's part-by-part tests: zip entries as stored and unpacked, cells of a
// sheet's XML by address, and style records, read independently of core/io/write.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync, zipSync } from 'fflate';
import { checkWorkbook } from '../../core/check';
import { readWorkbookBytes } from '../../core/io';
import type { FileReport } from '../../core/report';
import { SHARED } from '../shared-dir';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The real files the writer is tried on: the examples and other writers' workbooks. */
export function corpus(): string[] {
  const dirs = [
    path.join(ROOT, 'examples'),
    ...['exceljs', 'openpyxl', 'xlsxwriter', 'libreoffice', 'sheetjs'].map((w) =>
      path.join(ROOT, 'tests', 'fixtures', 'writers', w),
    ),
    path.join(SHARED, 'writers', 'openpyxl'),
    path.join(SHARED, 'writers', 'libreoffice'),
  ];
  return dirs.flatMap((d) =>
    existsSync(d)
      ? readdirSync(d)
          .filter((f) => /\.xlsx$/i.test(f))
          .sort()
          .map((f) => path.join(d, f))
      : [],
  );
}

/**
 * Converts files with LibreOffice (headless, its profile in `profile`) to `format` ('xlsx', or
 * a filter such as CSV's) into `out`; its exit status.
 */
export function soffice(
  profile: string,
  format: string,
  files: string[],
  out: string,
): number | null {
  const args = [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', format];
  return spawnSync('soffice', [...args, '--outdir', out, ...files], {
    timeout: 240_000,
    encoding: 'utf8',
  }).status;
}

/** The OpenDocument spreadsheets at hand: the writer corpus's and shared/writers' .ods files. */
export function odsCorpus(): string[] {
  return [
    path.join(ROOT, 'tests', 'fixtures', 'writers', 'libreoffice'),
    ...['libreoffice', 'openpyxl'].map((w) => path.join(SHARED, 'writers', w)),
  ].flatMap((d) =>
    existsSync(d)
      ? readdirSync(d)
          .filter((f) => f.endsWith('.ods'))
          .sort()
          .map((f) => path.join(d, f))
      : [],
  );
}

export const sha = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

/** Every entry's unpacked bytes, in the zip's order. */
export function unpack(bytes: Uint8Array): Map<string, Uint8Array> {
  return new Map(Object.entries(unzipSync(bytes)));
}

export function text(entries: Map<string, Uint8Array>, name: string): string {
  return new TextDecoder().decode(entries.get(name)!);
}

/** Each entry's local record (header + compressed data) as stored, by name. */
export function storedRecords(bytes: Uint8Array): Map<string, string> {
  const out = new Map<string, string>();
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = bytes.length - 22;
  while (v.getUint32(eocd, true) !== 0x06054b50) eocd--;
  let at = v.getUint32(eocd + 16, true);
  for (let i = 0; i < v.getUint16(eocd + 10, true); i++) {
    const size = v.getUint32(at + 20, true);
    const nameLen = v.getUint16(at + 28, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLen));
    const local = v.getUint32(at + 42, true);
    const start = local + 30 + v.getUint16(local + 26, true) + v.getUint16(local + 28, true);
    out.set(name, sha(bytes.subarray(local, start + size)));
    at += 46 + nameLen + v.getUint16(at + 30, true) + v.getUint16(at + 32, true);
  }
  return out;
}

/** Cells of a sheet's XML: address → the `<c>` element's text. */
export function cellsOf(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of xml.matchAll(/<(?:[\w]+:)?c\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:[\w]+:)?c>)/g)) {
    const r = /\sr="([A-Z]+\d+)"/.exec(m[0])?.[1];
    if (r) out.set(r, m[0]);
  }
  return out;
}

/** The sheet's XML with these cells' elements taken out (what must not change). */
export function withoutCells(xml: string, refs: Set<string>): string {
  return xml.replace(/<(?:[\w]+:)?c\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:[\w]+:)?c>)/g, (c) => {
    const r = /\sr="([A-Z]+\d+)"/.exec(c)?.[1];
    return r && refs.has(r) ? '' : c;
  });
}

/** The items of a styles.xml collection (`cellXfs` → its `xf` elements), as text. */
export function styleItems(xml: string, list: string, item: string): string[] {
  const body = new RegExp(`<${list}\\b[^>]*>([\\s\\S]*?)</${list}>`).exec(xml)?.[1] ?? '';
  return [...body.matchAll(new RegExp(`<${item}\\b[^>]*?(?:/>|>[\\s\\S]*?</${item}>)`, 'g'))].map(
    (m) => m[0],
  );
}

export const attr = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** The sheets of a workbook: name → worksheet part, through the relationships. */
export function sheetParts(entries: Map<string, Uint8Array>): Map<string, string> {
  const rootRels = text(entries, '_rels/.rels');
  const wb =
    /Type="[^"]*\/officeDocument"[^>]*Target="\/?([^"]+)"|Target="\/?([^"]+)"[^>]*Type="[^"]*\/officeDocument"/.exec(
      rootRels,
    )!;
  const wbPart = (wb[1] ?? wb[2])!;
  const dir = wbPart.slice(0, wbPart.lastIndexOf('/') + 1);
  const rels = text(entries, `${dir}_rels/${wbPart.slice(dir.length)}.rels`);
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(m[0], 'Id')!;
    const t = attr(m[0], 'Target')!;
    targets.set(id, t.startsWith('/') ? t.slice(1) : path.posix.normalize(dir + t));
  }
  const out = new Map<string, string>();
  for (const m of text(entries, wbPart).matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const id = /\s\w+:id="([^"]+)"/.exec(m[0])![1]!;
    out.set(attr(m[0], 'name')!.replace(/&amp;/g, '&'), targets.get(id)!);
  }
  return out;
}

export async function checked(bytes: Uint8Array, name: string): Promise<FileReport> {
  const read = await readWorkbookBytes(bytes, name);
  if (!read.ok) throw new Error(read.error.message.en);
  return checkWorkbook(read.value, { lang: 'da' });
}

const SEVERITIES = ['error', 'warning', 'info'] as const;

/**
 * What to mark in a file: the check's findings when the reader takes the file, and always the
 * first, a middle and the last cell of the first sheet with cells, and (if asked) an empty
 * cell below them (the writer is tried on every file, whatever today's reader makes of it).
 */
export async function reportFor(
  name: string,
  bytes: Uint8Array,
  emptyCell = false,
): Promise<FileReport> {
  let report: FileReport;
  try {
    report = await checked(bytes, name);
  } catch {
    report = {
      file: name,
      tables: [],
      findings: [],
      capacity: [],
      funding: [],
      indicators: [],
      status: [],
    };
  }
  const entries = unpack(bytes);
  for (const [sheet, part] of sheetParts(entries)) {
    const cells = [...cellsOf(text(entries, part)).keys()];
    if (cells.length === 0) continue;
    const lastRow = Math.max(...cells.map((c) => Number(/\d+$/.exec(c)![0])));
    const picks = [cells[0]!, cells[Math.floor(cells.length / 2)]!, cells.at(-1)!];
    if (emptyCell) picks.push(`B${lastRow + 2}`);
    const findings = [...new Set(picks)].map((cell, i) => ({
      severity: SEVERITIES[i % 3]!,
      code: 'TOTAL_MISMATCH' as const,
      sheet,
      cell,
      expected: '1',
      actual: '2',
      message: `prøve ${i} & <${cell}>`,
    }));
    return { ...report, findings: [...report.findings, ...findings] };
  }
  return report;
}

const VBA_CT = 'application/vnd.ms-excel.sheet.macroEnabled.main+xml';

/**
 * An .xlsm made from an .xlsx: a vbaProject.bin part (deterministic bytes), its relationship
 * and the macro-enabled content type for the workbook part.
 */
export function makeXlsm(xlsx: Uint8Array): Uint8Array {
  const files = unzipSync(xlsx);
  const enc = (s: string) => new TextEncoder().encode(s);
  const dec = (b: Uint8Array) => new TextDecoder().decode(b);
  files['[Content_Types].xml'] = enc(
    dec(files['[Content_Types].xml']!)
      .replace(
        /application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet\.main\+xml/,
        VBA_CT,
      )
      .replace(
        '</Types>',
        '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>',
      ),
  );
  files['xl/_rels/workbook.xml.rels'] = enc(
    dec(files['xl/_rels/workbook.xml.rels']!).replace(
      '</Relationships>',
      '<Relationship Id="rIdVba1" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>',
    ),
  );
  const vba = new Uint8Array(4096);
  for (let i = 0, x = 7; i < vba.length; i++) vba[i] = x = (x * 73 + 41) & 0xff;
  files['xl/vbaProject.bin'] = vba;
  return zipSync(files);
}

/** Transitional URIs and their Strict (ISO/IEC 29500 Strict) spellings, as Excel's Strict save writes them. */
export const STRICT_URIS: Array<[string, string]> = [
  [
    'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
    'http://purl.oclc.org/ooxml/spreadsheetml/main',
  ],
  [
    'http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties',
    'http://purl.oclc.org/ooxml/officeDocument/relationships/extendedProperties',
  ],
  [
    'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
    'http://purl.oclc.org/ooxml/officeDocument/relationships',
  ],
  [
    'http://schemas.openxmlformats.org/drawingml/2006/main',
    'http://purl.oclc.org/ooxml/drawingml/main',
  ],
  [
    'http://schemas.openxmlformats.org/drawingml/2006/chart',
    'http://purl.oclc.org/ooxml/drawingml/chart',
  ],
  [
    'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
    'http://purl.oclc.org/ooxml/drawingml/spreadsheetDrawing',
  ],
];

/**
 * A Strict workbook made from a Transitional one, as Excel's "Strict Open XML Spreadsheet"
 * writes it: every part's SpreadsheetML, DrawingML and relationship namespaces and relationship
 * types in their Strict spelling, and the workbook marked `conformance="strict"`.
 */
export function makeStrict(xlsx: Uint8Array): Uint8Array {
  const files = unzipSync(xlsx);
  for (const [name, bytes] of Object.entries(files)) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    let xml = new TextDecoder().decode(bytes);
    for (const [from, to] of STRICT_URIS) xml = xml.replaceAll(from, to);
    if (name === 'xl/workbook.xml')
      xml = xml.replace(/<workbook\b/, '<workbook conformance="strict"');
    files[name] = new TextEncoder().encode(xml);
  }
  return zipSync(files);
}

export const readBytes = (f: string): Uint8Array => new Uint8Array(readFileSync(f));

// jsdom ships no types; its DOMParser is the browser's (namespace-aware: an undeclared prefix fails).
const { JSDOM } = createRequire(import.meta.url)('jsdom') as {
  JSDOM: new (html: string) => { window: { DOMParser: typeof DOMParser } };
};
const parser = new new JSDOM('').window.DOMParser();

/** Whether XML text is well-formed with every prefix declared (a namespace-aware parse). */
export function wellFormed(xml: string): boolean {
  return (
    parser.parseFromString(xml, 'application/xml').getElementsByTagName('parsererror').length === 0
  );
}

/** XML text as a namespace-aware document (jsdom's DOMParser, the browser's). */
export function parseXml(xml: string): Document {
  return parser.parseFromString(xml, 'application/xml');
}
