import { CT, declarePart } from './content-types';
import type { Package } from './package';
import { relativeTarget } from './parts';
import { relType } from './dialect';
import { dialectOf, workbookPart } from './workbook';
import { escapeAttr, findAll, findElement, getAttr, rootPrefix, setAttr, type Span } from './xml';
import { PackageError } from './zip-read';

/** How a touched cell's style differs from the one it had. */
export interface StyleChange {
  /** A solid fill, as ARGB ('FFFFC7CE'). */
  fill?: string;
  numFmt?: string;
  bold?: boolean;
}

const BUILT_IN: Record<string, number> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  '0.00E+00': 11,
  'mm-dd-yy': 14,
  '@': 49,
};

const MINIMAL = (p: string, main: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}styleSheet xmlns="${main}">` +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  `</${p}styleSheet>`;

/** The items of a collection element (`<fills>` → its `<fill>`s), with the collection's span. */
function items(
  xml: string,
  p: string,
  list: string,
  item: string,
): { list: Span | undefined; items: Span[] } {
  const span = findElement(xml, `${p}${list}`);
  if (!span) return { list: undefined, items: [] };
  return { list: span, items: findAll(xml, `${p}${item}`, span.open, span.close) };
}

/**
 * New cell styles, each cloned from a touched cell's own `xf` with one thing changed, so no
 * other cell changes look. Existing xfs, fills, fonts and number formats are never edited; new
 * ones are appended (equal changes of one style share a clone).
 */
export class StyleBook {
  private readonly part: string;
  private readonly p: string;
  private readonly xml: string;
  private readonly xfs: string[];
  private readonly fontCount: number;
  private readonly fillCount: number;
  private readonly fonts: string[];
  private readonly customFormats = new Map<string, number>();
  private nextFormat = 164;
  private readonly newXfs: string[] = [];
  private readonly newFills: string[] = [];
  private readonly newFonts: string[] = [];
  private readonly newFormats: string[] = [];
  private readonly memo = new Map<string, number>();

  constructor(private readonly pkg: Package) {
    const wb = workbookPart(pkg);
    const found = pkg.related(wb, 'styles')[0]?.part;
    if (found && pkg.has(found)) this.part = found;
    else {
      this.part = pkg.freeName(wb.replace(/[^/]*$/, 'styles'), '.xml');
      const d = dialectOf(pkg);
      pkg.setText(this.part, MINIMAL('', d.main));
      declarePart(pkg, this.part, CT.styles);
      pkg.addRel(wb, relType(d, 'styles'), relativeTarget(wb, this.part));
    }
    this.xml = pkg.text(this.part)!;
    this.p = rootPrefix(this.xml, 'styleSheet');
    const tag = (s: Span) => this.xml.slice(s.start, s.end);
    this.xfs = items(this.xml, this.p, 'cellXfs', 'xf').items.map(tag);
    const fonts = items(this.xml, this.p, 'fonts', 'font').items;
    this.fonts = fonts.map(tag);
    this.fontCount = fonts.length;
    this.fillCount = items(this.xml, this.p, 'fills', 'fill').items.length;
    for (const s of items(this.xml, this.p, 'numFmts', 'numFmt').items) {
      const t = this.xml.slice(s.start, s.open);
      const id = Number(getAttr(t, 'numFmtId'));
      const code = getAttr(t, 'formatCode');
      if (code !== undefined && Number.isInteger(id)) this.customFormats.set(code, id);
      if (id >= this.nextFormat) this.nextFormat = id + 1;
    }
  }

  /** The index of a style like `base` with `change` applied (`base` when nothing changes). */
  derive(base: number, change: StyleChange): number {
    if (!change.fill && change.numFmt === undefined && !change.bold) return base;
    const key = `${base}\u0000${change.fill ?? ''}\u0000${change.numFmt ?? ''}\u0000${change.bold ? 1 : 0}`;
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    const p = this.p;
    const current = this.xfs[base];
    if (!change.fill && !change.bold && current !== undefined) {
      // A number format the cell already has needs no new style.
      const code = change.numFmt!;
      const known = BUILT_IN[code] ?? this.customFormats.get(code);
      const has = getAttr(current.slice(0, current.indexOf('>')), 'numFmtId') ?? '0';
      if (known !== undefined && String(known) === has) return base;
    }
    let xf =
      this.xfs[base] ??
      this.xfs[0] ??
      `<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`;
    const open = xf.indexOf('>') + 1;
    let tag = xf.slice(0, open);
    const rest = xf.slice(open);
    if (change.fill)
      tag = setAttr(setAttr(tag, 'fillId', String(this.fill(change.fill))), 'applyFill', '1');
    if (change.numFmt !== undefined)
      tag = setAttr(
        setAttr(tag, 'numFmtId', String(this.format(change.numFmt))),
        'applyNumberFormat',
        '1',
      );
    if (change.bold) {
      const font = Number(getAttr(tag, 'fontId') ?? 0);
      tag = setAttr(setAttr(tag, 'fontId', String(this.boldFont(font))), 'applyFont', '1');
    }
    xf = tag + rest;
    const index = this.xfs.length + this.newXfs.length;
    this.newXfs.push(xf);
    this.memo.set(key, index);
    return index;
  }

  private fill(argb: string): number {
    const p = this.p;
    const xml =
      `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${escapeAttr(argb)}"/>` +
      `<${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`;
    const at = this.newFills.indexOf(xml);
    if (at >= 0) return this.fillCount + at;
    this.newFills.push(xml);
    return this.fillCount + this.newFills.length - 1;
  }

  private format(code: string): number {
    const id = BUILT_IN[code] ?? this.customFormats.get(code);
    if (id !== undefined) return id;
    const fresh = this.nextFormat++;
    this.customFormats.set(code, fresh);
    this.newFormats.push(`<${this.p}numFmt numFmtId="${fresh}" formatCode="${escapeAttr(code)}"/>`);
    return fresh;
  }

  private boldFont(font: number): number {
    const p = this.p;
    const old = this.fonts[font] ?? `<${p}font/>`;
    const bold = old.endsWith('/>')
      ? `${old.slice(0, -2).replace(/\s+$/, '')}><${p}b/></${p}font>`
      : old.replace(/>/, `><${p}b/>`);
    const at = this.newFonts.indexOf(bold);
    if (at >= 0) return this.fontCount + at;
    this.newFonts.push(bold);
    return this.fontCount + this.newFonts.length - 1;
  }

  /** Writes the styles part back, if anything was added. */
  finish(): void {
    if (this.newXfs.length === 0) return;
    let xml = this.xml;
    const p = this.p;
    const appendTo = (list: string, item: string, added: string[]) => {
      if (added.length === 0) return;
      const { list: span, items: found } = items(xml, p, list, item);
      if (!span) return;
      const count = found.length + added.length;
      const tag = setAttr(
        xml.slice(span.start, span.open).replace(/\s*\/>$/, '>'),
        'count',
        String(count),
      );
      const body = span.open === span.close ? '' : xml.slice(span.open, span.close);
      xml = `${xml.slice(0, span.start)}${tag}${body}${added.join('')}</${p}${list}>${xml.slice(span.end)}`;
    };
    appendTo('cellXfs', 'xf', this.newXfs);
    appendTo('fills', 'fill', this.newFills);
    appendTo('fonts', 'font', this.newFonts);
    if (this.newFormats.length > 0) {
      if (findElement(xml, `${p}numFmts`)) appendTo('numFmts', 'numFmt', this.newFormats);
      else {
        const root = findElement(xml, `${p}styleSheet`);
        if (!root) throw new PackageError('styles part without its styleSheet element');
        const list = `<${p}numFmts count="${this.newFormats.length}">${this.newFormats.join('')}</${p}numFmts>`;
        xml = xml.slice(0, root.open) + list + xml.slice(root.open);
      }
    }
    this.pkg.setText(this.part, xml);
  }
}
