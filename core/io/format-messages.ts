import { fail, type Result } from '../i18n';
import { wholeNumber } from '../numbers';

const READS = {
  da: 'Ramme læser .xlsx, .xlsm, .ods og .csv.',
  en: 'Ramme reads .xlsx, .xlsm, .ods and .csv.',
};

/** How to make an .xlsx of a file Ramme does not read, in Excel or with LibreOffice. */
const convertIt = (name: string) => ({
  da: `Åbn den i Excel og vælg Filer > Gem som > Excel-projektmappe (*.xlsx), eller konvertér den med LibreOffice: soffice --headless --convert-to xlsx "${name}".`,
  en: `Open it in Excel and choose File > Save As > Excel Workbook (*.xlsx), or convert it with LibreOffice: soffice --headless --convert-to xlsx "${name}".`,
});

/** Excel 97–2003: how to convert it. */
export function legacyXls<T>(name: string): Result<T> {
  return fail(
    'LEGACY_XLS',
    `${name} er i det gamle Excel-format (.xls), som Ramme ikke læser. ${convertIt(name).da}`,
    `${name} is in the old Excel format (.xls), which Ramme does not read. ${convertIt(name).en}`,
  );
}

/** Excel's binary workbook: how to convert it, as for .xls (LibreOffice imports .xlsb too). */
export function binaryXlsb<T>(name: string): Result<T> {
  return fail(
    'BINARY_XLSB',
    `${name} er en binær Excel-projektmappe (.xlsb), som Ramme ikke læser. ${convertIt(name).da}`,
    `${name} is an Excel binary workbook (.xlsb), which Ramme does not read. ${convertIt(name).en}`,
  );
}

/** Rights management (IRM, a sensitivity label with encryption): no password, a protection. */
export function rightsProtected<T>(name: string): Result<T> {
  return fail(
    'RIGHTS_PROTECTED',
    `${name} er beskyttet med rettighedsstyring (en følsomhedsmærkat med kryptering eller Begræns adgang), så Ramme kan ikke læse den. Hvis jeres regler tillader det, så åbn den i Excel og gem en kopi uden beskyttelsen: vælg en følsomhedsmærkat uden kryptering, eller Filer > Oplysninger > Beskyt projektmappe > Begræns adgang > Ubegrænset adgang.`,
    `${name} is protected by rights management (a sensitivity label with encryption, or Restrict Access), so Ramme cannot read it. If your organisation's rules allow it, open it in Excel and save a copy without the protection: choose a sensitivity label without encryption, or File > Info > Protect Workbook > Restrict Access > Unrestricted Access.`,
  );
}

export function encryptedWorkbook<T>(name: string): Result<T> {
  return fail(
    'ENCRYPTED',
    `${name} er krypteret (beskyttet med adgangskode), så Ramme kan ikke læse den. Åbn den i Excel, fjern adgangskoden under Filer > Oplysninger > Beskyt projektmappe > Krypter med adgangskode, gem og prøv igen.`,
    `${name} is encrypted (password-protected), so Ramme cannot read it. Open it in Excel, remove the password under File > Info > Protect Workbook > Encrypt with Password, save and try again.`,
  );
}

/** A password-protected OpenDocument spreadsheet: the password is removed where it was set. */
export function encryptedOds<T>(name: string): Result<T> {
  return fail(
    'ENCRYPTED',
    `${name} er krypteret (beskyttet med adgangskode), så Ramme kan ikke læse den. Åbn den i LibreOffice, vælg Filer > Gem som, fjern markeringen ved Gem med adgangskode, gem og prøv igen.`,
    `${name} is encrypted (password-protected), so Ramme cannot read it. Open it in LibreOffice, choose File > Save As, clear Save with password, save and try again.`,
  );
}

/** A document of another kind, known by its first bytes. */
export function otherDocument<T>(name: string, kind: { da: string; en: string }): Result<T> {
  return fail(
    'NOT_A_WORKBOOK',
    `${name} er ${kind.da}, ikke en projektmappe eller en CSV-fil. ${READS.da}`,
    `${name} is ${kind.en}, not a workbook or a CSV file. ${READS.en}`,
  );
}

export function notCsvText<T>(name: string): Result<T> {
  return fail(
    'NOT_A_WORKBOOK',
    `${name} ligner ikke en CSV-fil: ingen linje har felter adskilt af semikolon, komma eller tabulator, så der er ingen tabel at tjekke. ${READS.da}`,
    `${name} does not look like a CSV file: no line has fields separated by semicolons, commas or tabs, so there is no table to check. ${READS.en}`,
  );
}

export function csvTooWide<T>(name: string, line: number, max: number): Result<T> {
  return fail(
    'CSV_TOO_WIDE',
    `${name} kan ikke tjekkes: linje ${wholeNumber(line, 'da')} har flere felter, end et regneark har kolonner (højst ${wholeNumber(max, 'da')}). Tjek at filen er en tabel med det rigtige skilletegn, eller del den op.`,
    `${name} cannot be checked: line ${wholeNumber(line, 'en')} has more fields than a sheet has columns (at most ${wholeNumber(max, 'en')}). Check that the file is a table with the right separator, or split it.`,
  );
}
