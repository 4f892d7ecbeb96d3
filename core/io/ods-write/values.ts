import type { CellValue } from '../../grid';
import { escapeText, removeAttr } from '../write/xml';
import { childElements, nextTag } from './tag-scan';

/** A paragraph per line, as a cell's text (and a note's) is written. */
export function paragraphs(text: string): string {
  return text
    .split('\n')
    .map((line) => `<text:p>${escapeText(line)}</text:p>`)
    .join('');
}

/** A cell element whose start tag is not self-closing (so children can be added). */
export function expanded(cell: string): string {
  const open = nextTag(cell, 0)!;
  if (open.kind !== 'empty') return cell;
  return `${cell.slice(0, open.end - 2).replace(/\s+$/, '')}></${open.name}>${cell.slice(open.end)}`;
}

/** What a cell's value makes of it in content.xml: its value attributes and its text. */
export function valueXml(v: CellValue): { attrs: string; body: string } {
  if (v === null) return { attrs: '', body: '' };
  if (typeof v === 'number') {
    // Never a NaN or an infinity in the file: such a value is left empty.
    if (!Number.isFinite(v)) return { attrs: '', body: '' };
    return {
      attrs: ` office:value-type="float" office:value="${v}"`,
      body: `<text:p>${v}</text:p>`,
    };
  }
  if (typeof v === 'boolean') {
    return {
      attrs: ` office:value-type="boolean" office:boolean-value="${v}"`,
      body: `<text:p>${v ? 'SAND' : 'FALSK'}</text:p>`,
    };
  }
  if (v instanceof Date) {
    const iso = v.toISOString();
    const at = iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
    return {
      attrs: ` office:value-type="date" office:date-value="${at}"`,
      body: `<text:p>${at}</text:p>`,
    };
  }
  const text = typeof v === 'string' ? v : v.error;
  return { attrs: ' office:value-type="string"', body: paragraphs(text) };
}

/** Attributes that say what a cell holds; a new value replaces them all, a formula with them. */
const VALUE_ATTRS = [
  'office:value-type',
  'office:value',
  'office:date-value',
  'office:time-value',
  'office:boolean-value',
  'office:string-value',
  'office:currency',
  'calcext:value-type',
  'table:formula',
];

/**
 * A cell (not repeated) with a new value: its style, spans and note kept, its old value,
 * formula and text replaced.
 */
export function withValue(cell: string, v: CellValue): string {
  const text = expanded(cell);
  const open = nextTag(text, 0)!;
  let head = text.slice(0, open.end - 1);
  for (const a of VALUE_ATTRS) head = removeAttr(head, a);
  const { attrs, body } = valueXml(v);
  const close = text.lastIndexOf('</');
  // The note stays; everything else inside (paragraphs, frames) was the old value's.
  const note = childElements(text, open, text.length).find(
    (c) => c.tag.name === 'office:annotation',
  );
  const kept = note ? text.slice(note.tag.start, note.end) : '';
  return `${head.replace(/\s+$/, '')}${attrs}>${kept}${body}${text.slice(close)}`;
}
