import { nextTag } from './tag-scan';
import { expanded, paragraphs } from './values';

/**
 * The cell with `note` as its annotation: added to the note already there (as Excel's note is
 * in an .xlsx copy), else a new one by Ramme, where ODF puts it (first, after a range source).
 */
export function withNote(cell: string, note: string): string {
  const text = expanded(cell);
  const open = nextTag(text, 0)!;
  let at = open.end;
  for (let t = nextTag(text, at); t && t.kind !== 'close';) {
    if (t.name === 'office:annotation') {
      if (t.kind === 'empty') {
        const head = text.slice(0, t.end - 2).replace(/\s+$/, '');
        return `${head}>${paragraphs(note)}</office:annotation>${text.slice(t.end)}`;
      }
      const close = text.indexOf('</office:annotation>', t.end);
      return text.slice(0, close) + paragraphs(note) + text.slice(close);
    }
    if (t.name !== 'table:cell-range-source') break;
    at =
      t.kind === 'empty'
        ? t.end
        : text.indexOf('>', text.indexOf('</table:cell-range-source', t.end)) + 1;
    t = nextTag(text, at);
  }
  const annotation = `<office:annotation><dc:creator>Ramme</dc:creator>${paragraphs(note)}</office:annotation>`;
  return text.slice(0, at) + annotation + text.slice(at);
}
