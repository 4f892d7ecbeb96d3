/**
 * The namespaces a package's own parts are written in. Nearly every writer uses Transitional
 * OOXML; Excel's "Strict Open XML Spreadsheet" uses Strict (ISO/IEC 29500 Strict, ECMA-376
 * Part 1), whose namespaces and relationship types are other URIs for the same elements. A part
 * the patch adds speaks its package's dialect: Transitional parts and relationships in a Strict
 * package are a mix the format does not allow.
 */
export interface Dialect {
  /** SpreadsheetML: workbook, worksheet, styles, comments. */
  main: string;
  /** Relationships: the `r:id` attributes and, with a kind after '/', the relationship types. */
  rel: string;
  /** DrawingML's main, chart and spreadsheet-drawing namespaces. */
  drawing: string;
  chart: string;
  spreadsheetDrawing: string;
}

export const TRANSITIONAL: Dialect = {
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  rel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  drawing: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  chart: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
  spreadsheetDrawing: 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
};

export const STRICT: Dialect = {
  main: 'http://purl.oclc.org/ooxml/spreadsheetml/main',
  rel: 'http://purl.oclc.org/ooxml/officeDocument/relationships',
  drawing: 'http://purl.oclc.org/ooxml/drawingml/main',
  chart: 'http://purl.oclc.org/ooxml/drawingml/chart',
  spreadsheetDrawing: 'http://purl.oclc.org/ooxml/drawingml/spreadsheetDrawing',
};

/** The relationship kinds the patch adds. */
export type RelKind = 'worksheet' | 'comments' | 'vmlDrawing' | 'styles' | 'drawing' | 'chart';

export const relType = (d: Dialect, kind: RelKind): string => `${d.rel}/${kind}`;

/**
 * Strict when the package's main relationship has Strict's type, or the workbook part's root
 * element is in Strict's namespace: either says which dialect its writer used.
 */
export function dialectFrom(mainRelType: string | undefined, workbookXml: string): Dialect {
  const root = /<(?![?!])[^>]*>/.exec(workbookXml)?.[0] ?? '';
  return mainRelType?.startsWith(`${STRICT.rel}/`) === true || root.includes(STRICT.main)
    ? STRICT
    : TRANSITIONAL;
}
