/**
 * The workbook part's content types (.xlsx, .xltx, .xlsm, .xltm). The reader and the writer find
 * the workbook alike: the package's relationship, else a part of this type, else the usual name;
 * so the writer finds the workbook of every file the reader takes.
 */
export const WORKBOOK_TYPE = /\.(?:sheet|template)(?:\.macroEnabled)?\.main\+xml$/i;

/** A template's (.xltx, .xltm): the word that tells it from a workbook's type, replaced by 'sheet'. */
export const TEMPLATE_TYPE = /\.template(?=(?:\.macroEnabled)?\.main\+xml$)/i;

/** Excel's binary workbook (.xlsb): the same package, its parts in a binary format, not XML. */
export const BINARY_WORKBOOK_TYPE = /\.sheet\.binary\.macroEnabled\.main$/i;

/** Where a workbook is stored when neither the relationships nor the content types say. */
export const USUAL_WORKBOOK = 'xl/workbook.xml';
