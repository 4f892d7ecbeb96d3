import type { CellValue } from '../../grid';
import { escapeAttr } from '../write/xml';
import { valueXml } from './values';

/** A cell of a sheet Ramme adds: its value and its automatic style (a format, bold). */
export interface NewCell {
  v: CellValue;
  style?: string;
}

export interface NewTable {
  name: string;
  /** Rows from the first, each its cells by column (undefined: empty). */
  rows: Array<Array<NewCell | undefined>>;
  /** Column styles by 1-based column, for the widths. */
  columns: Map<number, string>;
}

function cell(c: NewCell | undefined): string {
  if (c === undefined) return '<table:table-cell/>';
  const s = c.style ? ` table:style-name="${escapeAttr(c.style)}"` : '';
  const { attrs, body } = valueXml(c.v);
  return body === ''
    ? `<table:table-cell${s}${attrs}/>`
    : `<table:table-cell${s}${attrs}>${body}</table:table-cell>`;
}

/** The table element for a sheet Ramme adds. */
export function newTableXml(t: NewTable): string {
  const width = Math.max(1, ...t.rows.map((r) => r.length), ...t.columns.keys());
  let columns = '';
  let plain = 0;
  for (let c = 1; c <= width; c++) {
    const style = t.columns.get(c);
    if (style === undefined) {
      plain++;
      continue;
    }
    if (plain > 0) columns += columnXml(plain, undefined);
    plain = 0;
    columns += columnXml(1, style);
  }
  if (plain > 0) columns += columnXml(plain, undefined);
  const rows = t.rows
    .map((r) => {
      const cells = Array.from(r, cell);
      return `<table:table-row>${cells.length > 0 ? cells.join('') : '<table:table-cell/>'}</table:table-row>`;
    })
    .join('');
  return `<table:table table:name="${escapeAttr(t.name)}">${columns}${rows}</table:table>`;
}

function columnXml(n: number, style: string | undefined): string {
  const s = style ? ` table:style-name="${escapeAttr(style)}"` : '';
  const r = n > 1 ? ` table:number-columns-repeated="${n}"` : '';
  return `<table:table-column${s}${r}/>`;
}
