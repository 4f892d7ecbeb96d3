import { escapeAttr, escapeText } from '../write/xml';

/** A value of the sheet Ramme adds: text or a number. */
export type NewValue = string | number;

export interface NewTable {
  name: string;
  /** Rows from the first: each a list of values by column (undefined: empty), and whether bold. */
  rows: Array<{ values: Array<NewValue | undefined>; bold: boolean }>;
  /** Column styles by 1-based column, for the widths. */
  columns: Map<number, string>;
}

/** A paragraph per line, as a cell's text is written. */
export function paragraphs(text: string): string {
  return text
    .split('\n')
    .map((line) => `<text:p>${escapeText(line)}</text:p>`)
    .join('');
}

function cell(v: NewValue | undefined, style: string | undefined): string {
  const s = style ? ` table:style-name="${escapeAttr(style)}"` : '';
  if (v === undefined) return `<table:table-cell${s}/>`;
  if (typeof v === 'number') {
    // Never a NaN or an infinity in the file: such a value is left empty.
    if (!Number.isFinite(v)) return `<table:table-cell${s}/>`;
    return `<table:table-cell${s} office:value-type="float" office:value="${v}"><text:p>${v}</text:p></table:table-cell>`;
  }
  return `<table:table-cell${s} office:value-type="string">${paragraphs(v)}</table:table-cell>`;
}

/** The table element for a sheet Ramme adds. */
export function newTableXml(t: NewTable, boldStyle: string): string {
  const width = Math.max(1, ...t.rows.map((r) => r.values.length), ...t.columns.keys());
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
    .map(({ values, bold }) => {
      const cells = values.map((v) => cell(v, bold && v !== undefined ? boldStyle : undefined));
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
