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

/** Whole numbers in the user's language: 2.355.000 / 2,355,000. */
function count(n: number, lang: 'da' | 'en'): string {
  return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'da-DK').format(n);
}

/** Megabytes (10^6 bytes), rounded up so a size over a limit never prints as the limit. */
function mb(bytes: number, lang: 'da' | 'en'): string {
  return `${count(Math.ceil(bytes / 1_000_000), lang)} MB`;
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
    const items = largest.map((s) => `'${s.sheet}' ${count(s.cells, lang)}`);
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
    `${name} er for stor til at blive tjekket: den har ${count(cells, 'da')} celler (grænsen er ${count(limit, 'da')})${where.da}. ${advice.da}`,
    `${name} is too large to check: it has ${count(cells, 'en')} cells (the limit is ${count(limit, 'en')})${where.en}. ${advice.en}`,
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
    `${name} kan ikke tjekkes: ${what.da} pakker ud til ${count(ratio, 'da')} gange sin størrelse (grænsen er ${count(limit, 'da')} gange). Sådan ser en "zip-bombe" ud, ikke en projektmappe fra Excel.`,
    `${name} cannot be checked: ${what.en} unpacks to ${count(ratio, 'en')} times its size (the limit is ${count(limit, 'en')} times). That is what a "zip bomb" looks like, not a workbook from Excel.`,
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
