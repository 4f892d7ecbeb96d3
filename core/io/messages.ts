import { fail, type Result } from '../i18n';
import { wholeNumber } from '../numbers';

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

/** Megabytes (10^6 bytes), rounded up so a size over a limit never prints as the limit. */
function mb(bytes: number, lang: 'da' | 'en'): string {
  return `${wholeNumber(Math.ceil(bytes / 1_000_000), lang)} MB`;
}

/** A zip part as the user knows it: the sheet's name where it is a sheet. */
function partLabel(part: string, sheet: string | undefined): { da: string; en: string } {
  if (sheet !== undefined) return { da: `arket '${sheet}'`, en: `the sheet '${sheet}'` };
  if (/^xl\/sharedStrings\.xml$/i.test(part)) {
    return { da: `cellernes tekster (${part})`, en: `the cells' texts (${part})` };
  }
  return { da: `delen ${part}`, en: `the part ${part}` };
}

const SPLIT = {
  da: 'Del projektmappen op i mindre filer, eller slet tomme rækker og kolonner, der har formatering.',
  en: 'Split the workbook into smaller files, or delete empty rows and columns that carry formatting.',
};

export function fileTooLarge<T>(name: string, bytes: number, limit: number): Result<T> {
  return fail(
    'FILE_TOO_LARGE',
    `${name} er for stor til at blive tjekket: filen fylder ${mb(bytes, 'da')} (grænsen er ${mb(limit, 'da')}). Del projektmappen op i mindre filer, eller fjern billeder og andet, der ikke er tal.`,
    `${name} is too large to check: the file is ${mb(bytes, 'en')} (the limit is ${mb(limit, 'en')}). Split the workbook into smaller files, or remove pictures and other content that is not numbers.`,
  );
}

export function partTooLarge<T>(
  name: string,
  part: string,
  sheet: string | undefined,
  bytes: number,
  limit: number,
): Result<T> {
  const what = partLabel(part, sheet);
  return fail(
    'WORKBOOK_TOO_LARGE',
    `${name} er for stor til at blive tjekket: ${what.da} fylder ${mb(bytes, 'da')} udpakket (grænsen er ${mb(limit, 'da')}). ${SPLIT.da}`,
    `${name} is too large to check: ${what.en} is ${mb(bytes, 'en')} unpacked (the limit is ${mb(limit, 'en')}). ${SPLIT.en}`,
    sheet === undefined ? undefined : { sheet },
  );
}

export function contentTooLarge<T>(name: string, bytes: number, limit: number): Result<T> {
  return fail(
    'WORKBOOK_TOO_LARGE',
    `${name} er for stor til at blive tjekket: indholdet fylder ${mb(bytes, 'da')} udpakket (grænsen er ${mb(limit, 'da')}). Del projektmappen op i mindre filer, eller fjern billeder og andet, der ikke er tal.`,
    `${name} is too large to check: its content is ${mb(bytes, 'en')} unpacked (the limit is ${mb(limit, 'en')}). Split the workbook into smaller files, or remove pictures and other content that is not numbers.`,
  );
}

export function tooManyCells<T>(
  name: string,
  cells: number,
  limit: number,
  largest: ReadonlyArray<{ sheet: string; cells: number }>,
): Result<T> {
  const list = (lang: 'da' | 'en') => {
    const items = largest.map((s) => `'${s.sheet}' ${wholeNumber(s.cells, lang)}`);
    const and = lang === 'en' ? ' and ' : ' og ';
    return items.length < 2
      ? items.join('')
      : `${items.slice(0, -1).join(', ')}${and}${items.at(-1)}`;
  };
  const only = largest.length === 1 ? largest[0]!.sheet : undefined;
  const where =
    largest.length === 0
      ? { da: '', en: '' }
      : only === undefined
        ? { da: `, heraf ${list('da')}`, en: `, of which ${list('en')}` }
        : { da: `, alle i arket '${only}'`, en: `, all in the sheet '${only}'` };
  // No sheets named: a CSV, which has no formatting to delete.
  const advice =
    largest.length === 0
      ? { da: 'Del filen op i mindre filer.', en: 'Split the file into smaller files.' }
      : SPLIT;
  return fail(
    'WORKBOOK_TOO_LARGE',
    `${name} er for stor til at blive tjekket: den har ${wholeNumber(cells, 'da')} celler (grænsen er ${wholeNumber(limit, 'da')})${where.da}. ${advice.da}`,
    `${name} is too large to check: it has ${wholeNumber(cells, 'en')} cells (the limit is ${wholeNumber(limit, 'en')})${where.en}. ${advice.en}`,
  );
}

/** A workbook whose shared formulas, written out for every cell that shares them, pass the limit. */
export function tooMuchFormulaText<T>(name: string, sheet: string, limit: number): Result<T> {
  return fail(
    'WORKBOOK_TOO_LARGE',
    `${name} er for stor til at blive tjekket: dens delte formler fylder over ${wholeNumber(limit, 'da')} tegn, når de skrives ud i hver celle (grænsen nås i arket '${sheet}'). Del projektmappen op i mindre filer.`,
    `${name} is too large to check: its shared formulas take over ${wholeNumber(limit, 'en')} characters when written out in every cell (the limit is reached in the sheet '${sheet}'). Split the workbook into smaller files.`,
    { sheet },
  );
}

export function zipBomb<T>(
  name: string,
  part: string,
  sheet: string | undefined,
  ratio: number,
  limit: number,
): Result<T> {
  const what = partLabel(part, sheet);
  return fail(
    'ZIP_BOMB',
    `${name} kan ikke tjekkes: ${what.da} pakker ud til ${wholeNumber(ratio, 'da')} gange sin størrelse (grænsen er ${wholeNumber(limit, 'da')} gange). Sådan ser en "zip-bombe" ud, ikke en projektmappe fra Excel.`,
    `${name} cannot be checked: ${what.en} unpacks to ${wholeNumber(ratio, 'en')} times its size (the limit is ${wholeNumber(limit, 'en')} times). That is what a "zip bomb" looks like, not a workbook from Excel.`,
    sheet === undefined ? undefined : { sheet },
  );
}

export function sizeLies<T>(name: string, part: string, sheet: string | undefined): Result<T> {
  const what = partLabel(part, sheet);
  return fail(
    'ZIP_BOMB',
    `${name} kan ikke læses: ${what.da} fylder mere udpakket, end filen selv angiver. Filen er beskadiget eller lavet til at lægge computeren ned (en "zip-bombe").`,
    `${name} cannot be read: ${what.en} is larger unpacked than the file itself declares. The file is damaged or made to bring the computer down (a "zip bomb").`,
    sheet === undefined ? undefined : { sheet },
  );
}

/** Why a workbook is damaged, in both languages: the part of the message after the colon. */
export interface DamageReason {
  da: string;
  en: string;
  sheet?: string;
  cell?: string;
}

export function damagedWorkbook<T>(name: string, why: DamageReason): Result<T> {
  const where =
    why.sheet === undefined ? undefined : { sheet: why.sheet, ...(why.cell && { cell: why.cell }) };
  return fail(
    'CORRUPT_WORKBOOK',
    `${name} kan ikke læses: filen ser ud til at være beskadiget (${why.da}). Åbn den i Excel, og gem den igen.`,
    `${name} cannot be read: the file looks damaged (${why.en}). Open it in Excel and save it again.`,
    where,
  );
}

/** The reasons a workbook's content cannot be read, for damagedWorkbook. */
export const DAMAGE = {
  directory: {
    da: 'zip-filens indholdsfortegnelse mangler eller kan ikke læses',
    en: "the zip file's table of contents is missing or cannot be read",
  },
  unzip: {
    da: 'zip-filen kan ikke pakkes ud',
    en: 'the zip file cannot be unpacked',
  },
  part: (part: string, sheet?: string): DamageReason =>
    sheet === undefined
      ? {
          da: `delen ${part} kan ikke pakkes ud eller læses`,
          en: `the part ${part} cannot be unpacked or read`,
        }
      : {
          da: `arket '${sheet}' kan ikke pakkes ud eller læses`,
          en: `the sheet '${sheet}' cannot be unpacked or read`,
          sheet,
        },
  address: (sheet: string, ref: string): DamageReason => ({
    da: `arket '${sheet}' har en celle eller række med adressen '${ref}', som ligger uden for et Excel-ark (højst 1.048.576 rækker og 16.384 kolonner)`,
    en: `the sheet '${sheet}' has a cell or row at '${ref}', outside an Excel sheet (at most 1,048,576 rows and 16,384 columns)`,
    sheet,
  }),
  sharedString: (sheet: string, cell: string): DamageReason => ({
    da: `cellen ${cell} i arket '${sheet}' henviser til en tekst, som filen ikke har`,
    en: `the cell ${cell} in the sheet '${sheet}' refers to a text the file does not have`,
    sheet,
    cell,
  }),
  partOfTwoSheets: (sheet: string, other: string, part: string): DamageReason => ({
    da: `arket '${sheet}' er den samme del (${part}) som arket '${other}'; Excel giver hvert ark sin egen`,
    en: `the sheet '${sheet}' is the same part (${part}) as the sheet '${other}'; Excel gives each sheet its own`,
    sheet,
  }),
  merges: (sheet: string): DamageReason => ({
    da: `arket '${sheet}' har flettede celler, der overlapper hinanden igen og igen`,
    en: `the sheet '${sheet}' has merged cells that overlap again and again`,
    sheet,
  }),
  tooLong: (part: string, sheet?: string): DamageReason => ({
    da: `${sheet === undefined ? `delen ${part}` : `arket '${sheet}'`} har et element på over 32 millioner tegn`,
    en: `${sheet === undefined ? `the part ${part}` : `the sheet '${sheet}'`} has an element of over 32 million characters`,
    ...(sheet !== undefined && { sheet }),
  }),
  unexpected: {
    da: 'indholdet kan ikke læses som en projektmappe',
    en: 'its content cannot be read as a workbook',
  },
} as const;

export function duplicatePart<T>(name: string, part: string): Result<T> {
  return fail(
    'DUPLICATE_ZIP_ENTRY',
    `${name} kan ikke læses: filen indeholder delen ${part} to gange. Excel laver aldrig sådan en fil; den er beskadiget eller lavet for at snyde et program. Åbn den i Excel, og gem den igen.`,
    `${name} cannot be read: the file holds the part ${part} twice. Excel never makes such a file; it is damaged or made to trick a program. Open it in Excel and save it again.`,
  );
}
