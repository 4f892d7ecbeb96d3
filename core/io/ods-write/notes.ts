import { childElements, nextTag } from './tag-scan';
import { expanded, paragraphs } from './values';

/**
 * The cell with `note` as its annotation: added to the note already there (as Excel's note is
 * in an .xlsx copy), else a new one by Ramme, where ODF puts it (first, after a range source).
 */
export function withNote(cell: string, note: string): string {
  const text = expanded(cell);
  const open = nextTag(text, 0)!;
  const children = childElements(text, open, text.length);
  const own = children.find((c) => c.tag.name === 'office:annotation');
  if (own && own.tag.kind === 'empty') {
    const head = text.slice(0, own.tag.end - 2).replace(/\s+$/, '');
    return `${head}>${paragraphs(note)}</office:annotation>${text.slice(own.end)}`;
  }
  if (own) {
    const close = own.end - '</office:annotation>'.length;
    return text.slice(0, close) + paragraphs(note) + text.slice(close);
  }
  const first = children[0];
  const at = first?.tag.name === 'table:cell-range-source' ? first.end : open.end;
  const annotation = `<office:annotation><dc:creator>Ramme</dc:creator>${paragraphs(note)}</office:annotation>`;
  return text.slice(0, at) + annotation + text.slice(at);
}
