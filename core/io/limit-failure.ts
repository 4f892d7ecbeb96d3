import type { Result } from '../i18n';
import type { LimitBreach } from './limits';
import {
  contentTooLarge,
  fileTooLarge,
  partTooLarge,
  sizeLies,
  tooManyCells,
  zipBomb,
} from './messages';
import type { ZipEntry } from './zip-directory';

/** The message for a limit the workbook passes; a part the workbook names is called a sheet. */
export function limitFailure(
  name: string,
  breach: LimitBreach,
  sheets: ReadonlyArray<{ entry: ZipEntry; name: string }>,
): Result<never> {
  const sheetOf = (part: string) => sheets.find((s) => s.entry.name === part)?.name;
  switch (breach.kind) {
    case 'file':
      return fileTooLarge(name, breach.bytes, breach.limit);
    case 'part':
      return partTooLarge(name, breach.part, sheetOf(breach.part), breach.bytes, breach.limit);
    case 'total':
      return contentTooLarge(name, breach.bytes, breach.limit);
    case 'ratio':
      return zipBomb(name, breach.part, sheetOf(breach.part), breach.ratio, breach.limit);
    case 'lies':
      return sizeLies(name, breach.part, sheetOf(breach.part));
    case 'cells':
      return tooManyCells(name, breach.cells, breach.limit, breach.sheets);
  }
}
