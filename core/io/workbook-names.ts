/**
 * The workbook files Ramme reads, by name: the CLI's folder runs and the web page's file chooser
 * take the same ones (.xls and .xlsb only to say how to convert them).
 */
export const WORKBOOK_EXTENSIONS: ReadonlySet<string> = new Set([
  '.xlsx',
  '.xlsm',
  '.csv',
  '.ods',
  '.xltx',
  '.xltm',
  '.xls',
  '.xlsb',
]);

/** The name's extension, lower case with its dot ('' when it has none). */
export function extensionOf(name: string): string {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

/** Whether a file's name is one of a workbook Ramme reads (its content decides later). */
export function hasWorkbookExtension(name: string): boolean {
  return WORKBOOK_EXTENSIONS.has(extensionOf(name));
}

/**
 * What a copy of the file named `name` is: an .xlsm's an .xlsm (its macros are kept), an .ods's
 * an .ods, any other's (.xlsx, a CSV) an .xlsx; a template's a workbook (.xltm → .xlsm, .xltx →
 * .xlsx, as the writer makes it). Excel and LibreOffice go by the extension.
 */
export function copyKind(name: string): 'xlsx' | 'xlsm' | 'ods' {
  const ext = extensionOf(name);
  return ext === '.xlsm' || ext === '.xltm' ? 'xlsm' : ext === '.ods' ? 'ods' : 'xlsx';
}
