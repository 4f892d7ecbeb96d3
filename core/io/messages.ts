import { fail, type Result } from '../i18n';

/** The ways a file can fail to open, each with a Danish and English message. */
export function notAWorkbook<T>(name: string): Result<T> {
  return fail(
    'NOT_A_WORKBOOK',
    `${name} er ikke en Excel-projektmappe (.xlsx) eller en CSV-fil.`,
    `${name} is not an Excel workbook (.xlsx) or a CSV file.`,
  );
}

export function encryptedOrLegacy<T>(name: string): Result<T> {
  return fail(
    'ENCRYPTED_OR_XLS',
    `${name} er krypteret (beskyttet med adgangskode) eller i det gamle .xls-format. Gem den som en almindelig .xlsx uden adgangskode og prøv igen.`,
    `${name} is encrypted (password-protected) or in the old .xls format. Save it as a plain .xlsx without a password and try again.`,
  );
}

export function corruptWorkbook<T>(name: string, detail: string): Result<T> {
  return fail(
    'CORRUPT_WORKBOOK',
    `${name} kan ikke læses: filen ser ud til at være beskadiget (${detail}).`,
    `${name} cannot be read: the file looks damaged (${detail}).`,
  );
}

export function unreadableFile<T>(path: string, detail: string): Result<T> {
  return fail(
    'FILE_UNREADABLE',
    `Filen ${path} kan ikke åbnes (${detail}).`,
    `The file ${path} cannot be opened (${detail}).`,
  );
}

export function markupNotWorkbook<T>(name: string): Result<T> {
  return fail(
    'HTML_NOT_WORKBOOK',
    `${name} er en HTML- eller XML-side, ikke en projektmappe. Åbn den i Excel og gem den som .xlsx.`,
    `${name} is an HTML or XML page, not a workbook. Open it in Excel and save it as .xlsx.`,
  );
}
