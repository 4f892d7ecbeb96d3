import { a1 } from '../../grid';
import { textElement } from './cell-xml';
import { CT, declarePart } from './content-types';
import { insertBeforeClose, type Package } from './package';
import { relativeTarget } from './parts';
import { relType, type Dialect } from './dialect';
import { dialectOf, relPrefix } from './workbook';
import { findAll, findElement, getAttr, rootPrefix } from './xml';
import { PackageError } from './zip-read';

const AUTHOR = 'Ramme';

export interface Note {
  row: number;
  col: number;
  text: string;
}

/** Elements that follow legacyDrawing in a worksheet (CT_Worksheet's order). */
export const AFTER_LEGACY = [
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];

/**
 * Where the first root-level element named in `names` starts after `from` (elements inside
 * rows, formatting rules or extension lists are not root-level), or -1.
 */
export function rootChild(xml: string, names: string[], from: number): number {
  const tags = /<(\/?)([A-Za-z_][\w.:-]*)(?:\s[^>]*?)?(\/?)>/g;
  tags.lastIndex = from;
  let depth = 0;
  for (let m = tags.exec(xml); m; m = tags.exec(xml)) {
    if (m[1]) {
      if (--depth < 0) return -1;
      continue;
    }
    const local = m[2]!.slice(m[2]!.indexOf(':') + 1);
    if (depth === 0 && names.includes(local)) return m.index;
    if (!m[3]) depth++;
  }
  return -1;
}

/** The sheet XML with `<legacyDrawing r:id>` at its place in the element order. */
function withLegacyDrawing(sheetXml: string, id: string, d: Dialect): string {
  const { prefix, xml } = relPrefix(sheetXml, d);
  const p = /<([A-Za-z_][\w.-]*:)?worksheet[\s>]/.exec(xml)?.[1] ?? '';
  const el = `<${p}legacyDrawing ${prefix}:id="${id}"/>`;
  // After sheetData; Excel wraps controls and OLE objects in mc:AlternateContent, which also
  // come after legacyDrawing.
  const data = findElement(xml, `${p}sheetData`);
  const at = data ? rootChild(xml, [...AFTER_LEGACY, 'AlternateContent'], data.end) : -1;
  if (at >= 0) return xml.slice(0, at) + el + xml.slice(at);
  return insertBeforeClose(xml, `${p}worksheet`, el);
}

/** The comments part with the notes: appended to a cell's note if it has one, else a new note. */
function mergeComments(xml: string, notes: Note[]): { xml: string; fresh: Note[] } {
  const p = rootPrefix(xml, 'comments');
  const authors = findElement(xml, `${p}authors`);
  const names = authors ? findAll(xml, `${p}author`, authors.open, authors.close) : [];
  let authorId = names.findIndex((s) => xml.slice(s.open, s.close) === AUTHOR);
  const edits: Array<{ at: number; text: string }> = [];
  if (authorId < 0) {
    authorId = names.length;
    if (authors && authors.open < authors.close)
      edits.push({ at: authors.close, text: `<${p}author>${AUTHOR}</${p}author>` });
  }
  const list = findElement(xml, `${p}commentList`);
  const existing = new Map<string, { text: { open: number; close: number } }>();
  if (list)
    for (const c of findAll(xml, `${p}comment`, list.open, list.close)) {
      const ref = getAttr(xml.slice(c.start, c.open), 'ref')?.toUpperCase();
      const text = findElement(xml, `${p}text`, c.open);
      if (ref && text && text.start < c.end && text.open < text.close) existing.set(ref, { text });
    }
  const fresh: Note[] = [];
  const added: string[] = [];
  for (const n of notes) {
    const ref = a1(n.row, n.col);
    const run = `<${p}r>${textElement(p, n.text)}</${p}r>`;
    const old = existing.get(ref);
    if (old) {
      // Runs go before any phonetic runs (rPh, phoneticPr) that may close the text.
      const ph = /<([\w.-]+:)?(rPh|phoneticPr)[\s/>]/.exec(
        xml.slice(old.text.open, old.text.close),
      );
      const at = ph ? old.text.open + ph.index : old.text.close;
      edits.push({ at, text: `<${p}r>${textElement(p, `\n${n.text}`)}</${p}r>` });
    } else {
      fresh.push(n);
      added.push(
        `<${p}comment ref="${ref}" authorId="${authorId}"><${p}text>${run}</${p}text></${p}comment>`,
      );
    }
  }
  let out = xml;
  for (const e of edits.sort((a, b) => b.at - a.at))
    out = out.slice(0, e.at) + e.text + out.slice(e.at);
  if (authorId === names.length && !(authors && authors.open < authors.close)) {
    const root = findElement(out, `${p}comments`);
    if (!root) throw new PackageError('comments part without its comments element');
    const a = findElement(out, `${p}authors`);
    const el = `<${p}authors><${p}author>${AUTHOR}</${p}author></${p}authors>`;
    out = a
      ? out.slice(0, a.start) + el + out.slice(a.end)
      : out.slice(0, root.open) + el + out.slice(root.open);
  }
  if (added.length > 0) {
    out = findElement(out, `${p}commentList`)
      ? insertBeforeClose(out, `${p}commentList`, added.join(''))
      : insertBeforeClose(
          out,
          `${p}comments`,
          `<${p}commentList>${added.join('')}</${p}commentList>`,
        );
  }
  return { xml: out, fresh };
}

const NS = {
  v: 'urn:schemas-microsoft-com:vml',
  o: 'urn:schemas-microsoft-com:office:office',
  x: 'urn:schemas-microsoft-com:office:excel',
} as const;
type Prefixes = Record<keyof typeof NS, string>;

const VML_HEAD = (idmap: number) =>
  `<xml xmlns:v="${NS.v}" xmlns:o="${NS.o}" xmlns:x="${NS.x}">` +
  `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${idmap}"/></o:shapelayout>`;
const SHAPETYPE_ID = '_x0000_t202';

/**
 * The prefixes the drawing's root binds to the VML namespaces (openpyxl writes ns0, ns1 …),
 * declaring the missing ones on the root.
 */
function vmlPrefixes(xml: string): { xml: string; p: Prefixes } {
  const root = /<xml\b[^>]*>/.exec(xml);
  const p = { v: 'v', o: 'o', x: 'x' };
  if (!root) return { xml, p };
  let tag = root[0];
  for (const k of Object.keys(NS) as Array<keyof typeof NS>) {
    const m = new RegExp(`xmlns:([\\w.-]+)\\s*=\\s*["']${NS[k]}["']`).exec(tag);
    if (m) p[k] = m[1]!;
    else {
      let name = k as string;
      while (new RegExp(`xmlns:${name}\\s*=`).test(tag)) name += k;
      p[k] = name;
      tag = tag.replace(/^<xml\b/, `<xml xmlns:${name}="${NS[k]}"`);
    }
  }
  return { xml: xml.slice(0, root.index) + tag + xml.slice(root.index + root[0].length), p };
}

function shapetype({ v, o }: Prefixes): string {
  return (
    `<${v}:shapetype id="${SHAPETYPE_ID}" coordsize="21600,21600" ${o}:spt="202" path="m,l,21600r21600,l21600,xe">` +
    `<${v}:stroke joinstyle="miter"/><${v}:path gradientshapeok="t" ${o}:connecttype="rect"/></${v}:shapetype>`
  );
}

function shape(id: number, n: Note, { v, o, x }: Prefixes): string {
  const r = n.row - 1;
  const c = n.col - 1;
  return (
    `<${v}:shape id="_x0000_s${id}" type="#${SHAPETYPE_ID}" style="position:absolute;margin-left:80pt;margin-top:2pt;width:200pt;height:80pt;z-index:${id};visibility:hidden" fillcolor="#ffffe1" ${o}:insetmode="auto">` +
    `<${v}:fill color2="#ffffe1"/><${v}:shadow on="t" color="black" obscured="t"/><${v}:path ${o}:connecttype="none"/>` +
    `<${v}:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></${v}:textbox>` +
    `<${x}:ClientData ObjectType="Note"><${x}:MoveWithCells/><${x}:SizeWithCells/><${x}:Anchor>${c + 1}, 15, ${r}, 2, ${c + 3}, 15, ${r + 4}, 16</${x}:Anchor>` +
    `<${x}:AutoFill>False</${x}:AutoFill><${x}:Row>${r}</${x}:Row><${x}:Column>${c}</${x}:Column></${x}:ClientData></${v}:shape>`
  );
}

/** Highest number in any VML part's shape ids and idmaps, so new shapes never clash. */
function vmlNumbers(pkg: Package, parts: string[]): { idmap: number; shape: number } {
  let idmap = 0;
  let id = 1024;
  for (const part of parts) {
    const xml = pkg.text(part) ?? '';
    for (const m of xml.matchAll(/data="([\d,\s]+)"/g))
      for (const d of m[1]!.split(/[,\s]+/)) idmap = Math.max(idmap, Number(d) || 0);
    for (const m of xml.matchAll(/_x0000_s(\d+)/g)) id = Math.max(id, Number(m[1]));
  }
  return { idmap, shape: id };
}

/** Adds VML note shapes to a drawing (keeping its own shapetype if it has Excel's). */
function addShapes(drawing: string, notes: Note[], firstId: number): string {
  const { xml, p } = vmlPrefixes(drawing);
  const shapes =
    (xml.includes(`id="${SHAPETYPE_ID}"`) ? '' : shapetype(p)) +
    notes.map((n, i) => shape(firstId + i, n, p)).join('');
  const close = xml.lastIndexOf('</xml>');
  return close >= 0 ? xml.slice(0, close) + shapes + xml.slice(close) : xml + shapes;
}

/**
 * Adds notes to a worksheet: into its comments part if it has one (a line appended to an
 * existing note), else a new comments part; each new note also gets its legacy VML shape, which
 * Excel needs to show it.
 */
export function addNotes(pkg: Package, sheetPart: string, notes: Note[], allVml: string[]): void {
  if (notes.length === 0) return;
  const folder = sheetPart.slice(0, sheetPart.lastIndexOf('/') + 1).replace(/[^/]*\/$/, '');
  const d = dialectOf(pkg);
  let comments = pkg.related(sheetPart, 'comments')[0]?.part;
  if (!comments || !pkg.has(comments)) {
    comments = pkg.freeName(`${folder}comments`, '.xml');
    pkg.setText(
      comments,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${d.main}"><authors/><commentList/></comments>`,
    );
    declarePart(pkg, comments, CT.comments);
    pkg.addRel(sheetPart, relType(d, 'comments'), relativeTarget(sheetPart, comments));
  }
  const merged = mergeComments(pkg.text(comments)!, notes);
  pkg.setText(comments, merged.xml);
  if (merged.fresh.length === 0) return;
  const numbers = vmlNumbers(pkg, allVml);
  let vml = pkg.related(sheetPart, 'vmlDrawing')[0]?.part;
  let firstId = numbers.shape + 1;
  if (!vml || !pkg.has(vml)) {
    // Excel numbers a drawing's shapes from its idmap block (idmap × 1024).
    firstId = Math.max(firstId, (numbers.idmap + 1) * 1024 + 1);
    vml = pkg.freeName(`${folder}drawings/vmlDrawing`, '.vml');
    pkg.setText(vml, `${VML_HEAD(numbers.idmap + 1)}</xml>`);
    declarePart(pkg, vml, CT.vml, true);
    const id = pkg.addRel(sheetPart, relType(d, 'vmlDrawing'), relativeTarget(sheetPart, vml));
    pkg.setText(sheetPart, withLegacyDrawing(pkg.text(sheetPart)!, id, d));
    allVml.push(vml);
  }
  pkg.setText(vml, addShapes(pkg.text(vml)!, merged.fresh, firstId));
}
