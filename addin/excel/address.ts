import { parseRange, type RangeRef } from '../../core/grid';

/** Splits an Office.js address ("'Ark 1'!A1:C9") into sheet name and range. */
export function splitAddress(address: string): { sheet: string; range: string } {
  const bang = address.lastIndexOf('!');
  let sheet = bang < 0 ? '' : address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, range: address.slice(bang + 1).replace(/\$/g, '') };
}

/** The first rectangle of an address as 1-based rows and columns. */
export function rangeOf(address: string): RangeRef | undefined {
  return parseRange(splitAddress(address).range.split(',')[0]!);
}

/** "Ark 1", "A1" → "'Ark 1'!A1", as Office.js getRange on the workbook takes it. */
export function qualified(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}
