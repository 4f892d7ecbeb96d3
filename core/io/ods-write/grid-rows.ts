import type { Sheet } from '../../grid';
import type { OdsNewCell } from './patch';

/** A sheet of the grid as the rows of a sheet to add: values and number formats. */
export function gridRows(sheet: Sheet): Array<Array<OdsNewCell | undefined>> {
  return Array.from(sheet.rows, (row) =>
    Array.from(row ?? [], (c): OdsNewCell | undefined =>
      c === undefined ? undefined : { v: c.value, ...(c.numFmt ? { numFmt: c.numFmt } : {}) },
    ),
  );
}
