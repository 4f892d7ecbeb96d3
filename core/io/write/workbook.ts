import { TEMPLATE_TYPE, USUAL_WORKBOOK, WORKBOOK_TYPE } from '../workbook-type';
import { contentTypeOf, CT, declarePart, partsOfType, retypePart } from './content-types';
import { dialectFrom, relType, STRICT, TRANSITIONAL, type Dialect } from './dialect';
import type { Package } from './package';
import { relativeTarget, resolveTarget } from './parts';
import { escapeAttr, findAll, findElement, getAttr, rootPrefix } from './xml';
import { PackageError } from './zip-read';

const dialects = new WeakMap<Package, Dialect>();

/** The dialect the package's own parts are written in (found once a package). */
export function dialectOf(pkg: Package): Dialect {
  let d = dialects.get(pkg);
  if (!d) {
    const main = pkg.rels('').find((r) => /\/officeDocument$/.test(r.type) && !r.external);
    d = dialectFrom(main?.type, pkg.text(workbookPart(pkg)) ?? '');
    dialects.set(pkg, d);
  }
  return d;
}

export interface SheetEntry {
  name: string;
  /** The worksheet part, or undefined for a chart sheet or a dangling entry. */
  part: string | undefined;
}

/**
 * The main workbook part as the reader finds it: through the package relationships, else the
 * part the content types declare a workbook, else the usual name (a file whose root
 * relationships are damaged still reads, so its copy is written too).
 */
export function workbookPart(pkg: Package): string {
  const main = pkg.rels('').find((r) => /\/officeDocument$/.test(r.type) && !r.external);
  const fromRels = main && resolveTarget('', main.target);
  const found = [fromRels, ...partsOfType(pkg, (t) => WORKBOOK_TYPE.test(t)), USUAL_WORKBOOK].find(
    (p) => p !== undefined && pkg.has(p),
  );
  if (found === undefined) throw new PackageError('no workbook part');
  return found;
}

/**
 * The prefix the part's root element binds to the relationships namespace (either dialect's),
 * declaring the package's own on the root if needed (a declaration on a child element, as
 * openpyxl writes, is out of scope).
 */
export function relPrefix(xml: string, d: Dialect): { prefix: string; xml: string } {
  const root = /<(?![?!])[\w.:-]+/.exec(xml);
  if (!root) throw new PackageError('a part without a root element');
  const rootEnd = xml.indexOf('>', root.index);
  const tag = xml.slice(root.index, rootEnd);
  const m = new RegExp(
    `xmlns:([\\w.-]+)\\s*=\\s*["'](?:${TRANSITIONAL.rel}|${STRICT.rel})["']`,
  ).exec(tag);
  if (m) return { prefix: m[1]!, xml };
  let prefix = 'r';
  while (new RegExp(`xmlns:${prefix}\\s*=`).test(tag)) prefix += 'r';
  const at = root.index + root[0].length;
  return { prefix, xml: `${xml.slice(0, at)} xmlns:${prefix}="${d.rel}"${xml.slice(at)}` };
}

export function listSheets(pkg: Package): SheetEntry[] {
  const wb = workbookPart(pkg);
  const xml = pkg.text(wb) ?? '';
  const p = rootPrefix(xml, 'workbook');
  const { prefix } = relPrefix(xml, dialectOf(pkg));
  const targets = new Map(pkg.related(wb, 'worksheet').map((r) => [r.id, r.part]));
  return findAll(xml, `${p}sheet`).map((s) => {
    const tag = xml.slice(s.start, s.open);
    return {
      name: getAttr(tag, 'name') ?? '',
      part: targets.get(getAttr(tag, `${prefix}:id`) ?? ''),
    };
  });
}

/**
 * A template's copy made a workbook (.xltx → .xlsx, .xltm → .xlsm), as Excel makes one from a
 * template: only the workbook part's content type changes. Excel opens no template named .xlsx
 * (the file format or extension is not valid), and a copy to review is a workbook, not a
 * pattern for new ones.
 */
export function asWorkbook(pkg: Package): void {
  const wb = workbookPart(pkg);
  const type = contentTypeOf(pkg, wb);
  if (type !== undefined && TEMPLATE_TYPE.test(type))
    retypePart(pkg, wb, type.replace(TEMPLATE_TYPE, '.sheet'));
}

/** Whether the workbook counts dates from 1904 ('1' or 'true', as writers differ). */
export function isDate1904(pkg: Package): boolean {
  const xml = pkg.text(workbookPart(pkg)) ?? '';
  const pr = findElement(xml, `${rootPrefix(xml, 'workbook')}workbookPr`);
  const v = pr && getAttr(xml.slice(pr.start, pr.open), 'date1904');
  return v === '1' || v === 'true';
}

/** `base`, or `base (2)`, `base (3)` … : a sheet name the workbook does not use (any case). */
export function freeSheetName(pkg: Package, base: string): string {
  const used = new Set(listSheets(pkg).map((s) => s.name.toLowerCase()));
  let name = base;
  for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base} (${n})`;
  return name;
}

/** Adds a worksheet part with `xml` as the last sheet; returns its part name. */
export function addSheet(pkg: Package, name: string, xml: string): string {
  const wb = workbookPart(pkg);
  const folder = wb.slice(0, wb.lastIndexOf('/') + 1);
  const part = pkg.freeName(`${folder}worksheets/sheet`, '.xml');
  pkg.setText(part, xml);
  declarePart(pkg, part, CT.worksheet);
  const d = dialectOf(pkg);
  const id = pkg.addRel(wb, relType(d, 'worksheet'), relativeTarget(wb, part));
  const withNs = relPrefix(pkg.text(wb) ?? '', d);
  let wbXml = withNs.xml;
  const p = rootPrefix(wbXml, 'workbook');
  const ids = findAll(wbXml, `${p}sheet`).map(
    (s) => Number(getAttr(wbXml.slice(s.start, s.open), 'sheetId')) || 0,
  );
  const sheetId = Math.max(0, ...ids) + 1;
  const entry = `<${p}sheet name="${escapeAttr(name)}" sheetId="${sheetId}" ${withNs.prefix}:id="${id}"/>`;
  const sheets = findElement(wbXml, `${p}sheets`);
  if (!sheets) throw new PackageError('no sheets element');
  wbXml =
    sheets.open === sheets.end
      ? `${wbXml.slice(0, sheets.start)}<${p}sheets>${entry}</${p}sheets>${wbXml.slice(sheets.end)}`
      : wbXml.slice(0, sheets.close) + entry + wbXml.slice(sheets.close);
  pkg.setText(wb, wbXml);
  return part;
}

/** Drops the calculation chain: Excel rebuilds it, and it must not name a formula the patch removed. */
export function dropCalcChain(pkg: Package, removePart: (part: string) => void): void {
  const wb = workbookPart(pkg);
  for (const r of pkg.related(wb, 'calcChain')) {
    removePart(r.part);
    const relsPath = wb.replace(/([^/]*)$/, '_rels/$1.rels');
    const xml = pkg.text(relsPath) ?? '';
    const hit = findAll(xml, 'Relationship').find(
      (s) => getAttr(xml.slice(s.start, s.open), 'Id') === r.id,
    );
    if (hit) pkg.setText(relsPath, xml.slice(0, hit.start) + xml.slice(hit.end));
  }
}
