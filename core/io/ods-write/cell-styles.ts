import { escapeAttr, findElement, getAttr, setAttr } from '../write/xml';
import { childElements, nextTag, type Tag } from './tag-scan';

/**
 * The automatic styles Ramme adds to an OpenDocument spreadsheet's content.xml: a marked cell's
 * style cloned with a fill (so no other cell changes colour), bold text and number formats for
 * the sheets Ramme adds, and their column widths. Names are new in both content.xml and
 * styles.xml.
 */
export class OdsStyles {
  /** The document's own automatic cell styles: name → the element's text. */
  private readonly automatic = new Map<string, string>();
  private readonly taken = new Set<string>();
  private readonly clones = new Map<string, string>();
  private readonly added: string[] = [];

  constructor(content: string, styles: string | undefined) {
    for (const text of [content, styles ?? '']) {
      for (const m of text.matchAll(/\sstyle:name\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        this.taken.add(m[1] ?? m[2] ?? '');
      }
    }
    const open = findOpen(content, 'office:automatic-styles');
    if (!open || open.tag.kind === 'empty') return;
    for (const { tag, end } of childElements(content, open.tag, open.end)) {
      const start = content.slice(tag.start, tag.end);
      if (tag.name !== 'style:style' || getAttr(start, 'style:family') !== 'table-cell') continue;
      const name = getAttr(start, 'style:name');
      if (name !== undefined) this.automatic.set(name, content.slice(tag.start, end));
    }
  }

  private fresh(base: string): string {
    let n = 1;
    while (this.taken.has(`${base}${n}`)) n++;
    const name = `${base}${n}`;
    this.taken.add(name);
    return name;
  }

  /** A cell style like `style` (undefined: the document's default) with the fill `rgb` ('#ffc7ce'). */
  withFill(style: string | undefined, rgb: string): string {
    const key = `${style ?? ''}\u0000${rgb}`;
    const known = this.clones.get(key);
    if (known) return known;
    const name = this.fresh('Ramme-ce');
    const own = style === undefined ? undefined : this.automatic.get(style);
    this.added.push(
      own === undefined
        ? `<style:style style:name="${name}" style:family="table-cell"${
            style === undefined ? '' : ` style:parent-style-name="${escapeAttr(style)}"`
          }><style:table-cell-properties fo:background-color="${rgb}"/></style:style>`
        : filled(own, name, rgb),
    );
    this.clones.set(key, name);
    return name;
  }

  /**
   * A cell style like `style` (undefined: the document's default) showing numbers in the Excel
   * format `numFmt`, as an .xlsx copy sets a written cell's format; `style` itself where the
   * format is none Ramme writes.
   */
  withFormat(style: string | undefined, numFmt: string | undefined): string | undefined {
    const data = numFmt === undefined ? undefined : this.dataStyle(numFmt);
    if (data === undefined) return style;
    const key = `format\u0000${style ?? ''}\u0000${data}`;
    const known = this.clones.get(key);
    if (known) return known;
    const name = this.fresh('Ramme-ce');
    const own = style === undefined ? undefined : this.automatic.get(style);
    if (own !== undefined) {
      const end = nextTag(own, 0)!.end;
      const head = setAttr(
        setAttr(own.slice(0, end), 'style:name', name),
        'style:data-style-name',
        data,
      );
      this.added.push(head + own.slice(end));
    } else {
      const parent = style === undefined ? '' : ` style:parent-style-name="${escapeAttr(style)}"`;
      this.added.push(
        `<style:style style:name="${name}" style:family="table-cell"${parent} style:data-style-name="${data}"/>`,
      );
    }
    this.clones.set(key, name);
    return name;
  }

  /**
   * A style for a cell Ramme writes on a sheet it adds: bold, and/or a number format (percent,
   * grouped or plain decimals, as Ramme's own sheets use them; any other shows as General).
   * Undefined when neither applies.
   */
  cellStyle(numFmt: string | undefined, bold: boolean): string | undefined {
    const data = numFmt === undefined ? undefined : this.dataStyle(numFmt);
    if (data === undefined && !bold) return undefined;
    const key = `cell\u0000${data ?? ''}\u0000${bold}`;
    const known = this.clones.get(key);
    if (known) return known;
    const name = this.fresh('Ramme-ce');
    const format = data === undefined ? '' : ` style:data-style-name="${data}"`;
    const text = bold
      ? '<style:text-properties fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold"/>'
      : '';
    this.added.push(
      `<style:style style:name="${name}" style:family="table-cell"${format}>${text}</style:style>`,
    );
    this.clones.set(key, name);
    return name;
  }

  /** A data style for an Excel number format Ramme writes ('0%', '#,##0.0', '0.00'). */
  private dataStyle(numFmt: string): string | undefined {
    const m = /^(#,##0|0)(?:\.(0{1,15}))?(%?)$/.exec(numFmt);
    if (!m) return undefined;
    const key = `data\u0000${numFmt}`;
    const known = this.clones.get(key);
    if (known) return known;
    const name = this.fresh('Ramme-N');
    const places = m[2]?.length ?? 0;
    const grouping = m[1] === '#,##0' ? ' number:grouping="true"' : '';
    const number = `<number:number number:decimal-places="${places}" number:min-decimal-places="${places}" number:min-integer-digits="1"${grouping}/>`;
    this.added.push(
      m[3]
        ? `<number:percentage-style style:name="${name}">${number}<number:text>%</number:text></number:percentage-style>`
        : `<number:number-style style:name="${name}">${number}</number:number-style>`,
    );
    this.clones.set(key, name);
    return name;
  }

  /** A column `width` wide ('2.6cm'). */
  column(width: string): string {
    const name = this.fresh('Ramme-co');
    this.added.push(
      `<style:style style:name="${name}" style:family="table-column"><style:table-column-properties style:column-width="${width}"/></style:style>`,
    );
    return name;
  }

  /** The styles added, as elements for office:automatic-styles. */
  xml(): string {
    return this.added.join('');
  }
}

/** The first element `name` of the text (write/xml's findElement): its start tag and end. */
export function findOpen(xml: string, name: string): { tag: Tag; end: number } | undefined {
  const span = findElement(xml, name);
  return span && { tag: nextTag(xml, span.start)!, end: span.end };
}

/** An automatic style's element renamed, with its cell background set to `rgb`. */
function filled(element: string, name: string, rgb: string): string {
  const firstEnd = nextTag(element, 0)!.end;
  let head = setAttr(element.slice(0, firstEnd), 'style:name', name);
  let body = element.slice(firstEnd);
  if (head.endsWith('/>')) {
    head = `${head.slice(0, -2).replace(/\s+$/, '')}>`;
    body = '</style:style>';
  }
  const props = /<style:table-cell-properties(?=[\s/>])/.exec(body);
  if (!props) {
    return `${head}<style:table-cell-properties fo:background-color="${rgb}"/>${body}`;
  }
  const tag = nextTag(body, props.index)!;
  const edited = setAttr(body.slice(tag.start, tag.end), 'fo:background-color', rgb);
  return head + body.slice(0, tag.start) + edited + body.slice(tag.end);
}
