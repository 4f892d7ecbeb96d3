import type { Dialect } from './dialect';
import { escapeAttr } from './xml';

/** A sheet the patch adds: its name, column widths and links to cells elsewhere in the workbook. */
export interface NewSheet {
  name: string;
  /** [column (1-based), width in characters]. */
  widths?: Array<[number, number]>;
  /** Cells that link to a place in the workbook ('Ark'!B4). */
  links?: Array<{ cell: string; location: string }>;
}

/** An empty worksheet part with the sheet's widths and links (its cells are patched in). */
export function newSheetXml(s: NewSheet, d: Dialect): string {
  const cols = (s.widths ?? [])
    .slice()
    .sort((a, b) => a[0] - b[0])
    .map(([c, w]) => `<col min="${c}" max="${c}" width="${w}" customWidth="1"/>`)
    .join('');
  const links = (s.links ?? [])
    .map(
      (l) =>
        `<hyperlink ref="${escapeAttr(l.cell)}" location="${escapeAttr(l.location)}" display="${escapeAttr(l.location)}"/>`,
    )
    .join('');
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${d.main}" xmlns:r="${d.rel}">` +
    (cols ? `<cols>${cols}</cols>` : '') +
    '<sheetData/>' +
    (links ? `<hyperlinks>${links}</hyperlinks>` : '') +
    '</worksheet>'
  );
}
