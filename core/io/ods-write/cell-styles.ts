import { escapeAttr, getAttr, setAttr } from '../write/xml';
import { childElements, nextTag, type Tag } from './tag-scan';

/**
 * The automatic styles Ramme adds to an OpenDocument spreadsheet's content.xml: a marked cell's
 * style cloned with a fill (so no other cell changes colour), bold text for the Ramme sheet's
 * headings and its column widths. Names are new in both content.xml and styles.xml.
 */
export class OdsStyles {
  /** The document's own automatic cell styles: name → the element's text. */
  private readonly automatic = new Map<string, string>();
  private readonly taken = new Set<string>();
  private readonly clones = new Map<string, string>();
  private readonly added: string[] = [];
  private boldName: string | undefined;

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

  /** Bold text, for the Ramme sheet's headings. */
  bold(): string {
    if (this.boldName) return this.boldName;
    this.boldName = this.fresh('Ramme-b');
    this.added.push(
      `<style:style style:name="${this.boldName}" style:family="table-cell"><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold"/></style:style>`,
    );
    return this.boldName;
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

/** The first element `name` of the text: its start tag and end index. */
export function findOpen(xml: string, name: string): { tag: Tag; end: number } | undefined {
  for (let t = nextTag(xml, 0); t; t = nextTag(xml, t.end)) {
    if (t.name !== name || t.kind === 'close') continue;
    if (t.kind === 'empty') return { tag: t, end: t.end };
    const close = xml.indexOf(`</${name}>`, t.end);
    return close < 0 ? undefined : { tag: t, end: close + name.length + 3 };
  }
  return undefined;
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
