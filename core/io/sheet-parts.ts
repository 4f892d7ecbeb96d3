import { entryText } from './inflate';
import type { ZipEntry } from './zip-directory';

/** A worksheet's XML part in the zip and the sheet's name as the user sees it. */
export interface SheetPart {
  entry: ZipEntry;
  name: string;
}

const SMALL_PART = 16 * 1024 * 1024;
const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/i;

function unescapeXml(s: string): string {
  return s.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/gi, (m, hex, dec, named) => {
    if (hex) return String.fromCodePoint(parseInt(hex as string, 16));
    if (dec) return String.fromCodePoint(parseInt(dec as string, 10));
    const map: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    return map[(named as string).toLowerCase()] ?? m;
  });
}

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return m ? unescapeXml(m[1] ?? m[2] ?? '') : undefined;
}

/** 'worksheets/sheet1.xml' (relative to xl/) or '/xl/worksheets/sheet1.xml' → zip path. */
function partPath(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts: string[] = ['xl'];
  for (const p of target.split('/')) {
    if (p === '..') parts.pop();
    else if (p !== '.' && p !== '') parts.push(p);
  }
  return parts.join('/');
}

/** Sheet names by part path, read from xl/workbook.xml and its relationships. */
export function sheetNamesByPart(workbookXml: string, relsXml: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const [tag] of relsXml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const id = attr(tag, 'Id');
    const target = attr(tag, 'Target');
    if (id !== undefined && target !== undefined) targets.set(id, partPath(target));
  }
  const names = new Map<string, string>();
  for (const [tag] of workbookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = attr(tag, 'name');
    const id = attr(tag, '\\w+:id');
    const part = id === undefined ? undefined : targets.get(id);
    if (name !== undefined && part !== undefined) names.set(part.toLowerCase(), name);
  }
  return names;
}

/**
 * The zip's worksheet parts with their sheet names; a part the workbook does not name (or
 * whose names cannot be read) goes by its path, which still tells the user which one it is.
 */
export async function sheetParts(bytes: Uint8Array, entries: ZipEntry[]): Promise<SheetPart[]> {
  const find = (path: string) => entries.find((e) => e.name.toLowerCase() === path);
  const wb = find('xl/workbook.xml');
  const rels = find('xl/_rels/workbook.xml.rels');
  const wbXml = wb && (await entryText(bytes, wb, SMALL_PART));
  const relsXml = rels && (await entryText(bytes, rels, SMALL_PART));
  const names = wbXml && relsXml ? sheetNamesByPart(wbXml, relsXml) : new Map<string, string>();
  return entries
    .filter((e) => WORKSHEET.test(e.name) || names.has(e.name.toLowerCase()))
    .map((entry) => ({ entry, name: names.get(entry.name.toLowerCase()) ?? entry.name }));
}
