/**
 * Builds .xlsx packages part by part for the reader's tests and the hostile corpus: any part
 * name, relationship target, namespace prefix or text encoding a writer might use.
 */
import { buildZip, type ZipPart } from './zip-builder';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

export interface SheetPartSpec {
  name: string;
  /** The content of <sheetData>. */
  data: string;
  /** XML after </sheetData> (merges, validation, table parts). */
  after?: string;
  /** XML before <sheetData> (dimension, columns). */
  before?: string;
  state?: 'hidden' | 'veryHidden';
  /** The zip entry's name; `xl/worksheets/sheetN.xml` unless set. */
  entry?: string;
  /** The workbook relationship's target; `worksheets/sheetN.xml` unless set. */
  target?: string;
  /** The sheet's own relationships (<Relationship> elements). */
  rels?: string;
  /** A chart sheet instead of a worksheet. */
  chart?: boolean;
}

export interface PackageSpec {
  sheets: SheetPartSpec[];
  /** Attributes of <workbookPr>, e.g. 'date1904="true"'. */
  workbookPr?: string;
  /** Attributes of <calcPr>, e.g. 'fullCalcOnLoad="1"'. */
  calcPr?: string;
  /** <definedName> elements. */
  definedNames?: string;
  /** The content of <styleSheet>. */
  styles?: string;
  /** The <si> elements of the shared strings. */
  sharedStrings?: string;
  /** The workbook part's name; `xl/workbook.xml` unless set. */
  workbook?: string;
  /** A namespace prefix for the SpreadsheetML elements ('x'). */
  prefix?: string;
  /** Write every XML part as UTF-16 with a byte order mark. */
  utf16?: 'le' | 'be';
  extra?: ZipPart[];
}

function encode(xml: string, utf16: PackageSpec['utf16']): string | Uint8Array {
  if (!utf16) return xml;
  const out = new Uint8Array(2 + xml.length * 2);
  out.set(utf16 === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    const [lo, hi] = [c & 0xff, c >> 8];
    out.set(utf16 === 'le' ? [lo, hi] : [hi, lo], 2 + i * 2);
  }
  return out;
}

/** Prefixes every SpreadsheetML element name: `<c>` → `<x:c>`. */
function prefixed(xml: string, prefix: string | undefined): string {
  if (!prefix) return xml;
  return xml.replace(/<(\/?)([A-Za-z]\w*)(?=[\s/>])/g, `<$1${prefix}:$2`);
}

export function xlsxPackage(spec: PackageSpec): Uint8Array {
  const wbPath = spec.workbook ?? 'xl/workbook.xml';
  const wbDir = wbPath.slice(0, wbPath.lastIndexOf('/') + 1);
  const wbRels = `${wbDir}_rels/${wbPath.slice(wbDir.length)}.rels`;
  const p = spec.prefix;
  const ns = p ? `xmlns:${p}="${NS}"` : `xmlns="${NS}"`;
  const xml = (s: string) => encode(`<?xml version="1.0" encoding="UTF-8"?>${s}`, spec.utf16);
  const parts: ZipPart[] = [];
  const rels: string[] = [];
  const sheetTags: string[] = [];
  spec.sheets.forEach((s, i) => {
    const n = i + 1;
    const kind = s.chart ? 'chartsheet' : 'worksheet';
    const entry = s.entry ?? `${wbDir}${kind}s/sheet${n}.xml`;
    rels.push(
      `<Relationship Id="rId${n}" Type="${REL}/${kind}" Target="${s.target ?? `${kind}s/sheet${n}.xml`}"/>`,
    );
    const state = s.state ? ` state="${s.state}"` : '';
    sheetTags.push(`<sheet name="${s.name}" sheetId="${n}"${state} r:id="rId${n}"/>`);
    const body = s.chart
      ? `<chartsheet ${ns}/>`
      : `<worksheet ${ns} xmlns:r="${REL}">${s.before ?? ''}<sheetData>${s.data}</sheetData>${s.after ?? ''}</worksheet>`;
    parts.push({ name: entry, data: xml(prefixed(body, p)) });
    if (s.rels) {
      const dir = entry.slice(0, entry.lastIndexOf('/') + 1);
      parts.push({
        name: `${dir}_rels/${entry.slice(dir.length)}.rels`,
        data: xml(`<Relationships xmlns="${PKG}">${s.rels}</Relationships>`),
      });
    }
  });
  if (spec.styles !== undefined) {
    rels.push(`<Relationship Id="rIdS" Type="${REL}/styles" Target="styles.xml"/>`);
    parts.push({
      name: `${wbDir}styles.xml`,
      data: xml(prefixed(`<styleSheet ${ns}>${spec.styles}</styleSheet>`, p)),
    });
  }
  if (spec.sharedStrings !== undefined) {
    rels.push(`<Relationship Id="rIdT" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
    parts.push({
      name: `${wbDir}sharedStrings.xml`,
      data: xml(prefixed(`<sst ${ns}>${spec.sharedStrings}</sst>`, p)),
    });
  }
  const pr = spec.workbookPr ? `<workbookPr ${spec.workbookPr}/>` : '';
  const names =
    (spec.definedNames ? `<definedNames>${spec.definedNames}</definedNames>` : '') +
    (spec.calcPr ? `<calcPr ${spec.calcPr}/>` : '');
  parts.unshift(
    {
      name: '[Content_Types].xml',
      data: xml(
        `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/${wbPath}" ContentType="${CT}.sheet.main+xml"/></Types>`,
      ),
    },
    {
      name: '_rels/.rels',
      data: xml(
        `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="/${wbPath}"/></Relationships>`,
      ),
    },
    {
      name: wbPath,
      data: xml(
        prefixed(
          `<workbook ${ns} xmlns:r="${REL}">${pr}<sheets>${sheetTags.join('')}</sheets>${names}</workbook>`,
          p,
        ),
      ),
    },
    { name: wbRels, data: xml(`<Relationships xmlns="${PKG}">${rels.join('')}</Relationships>`) },
  );
  return buildZip([...parts, ...(spec.extra ?? [])]);
}

/** `<c>` for a number, or with a type: c('B2', '5'), c('A1', '0', 's'). */
export function c(ref: string, v: string, t?: string, s?: number): string {
  const type = t ? ` t="${t}"` : '';
  const style = s === undefined ? '' : ` s="${s}"`;
  return `<c r="${ref}"${type}${style}><v>${v}</v></c>`;
}

export function row(r: number, cells: string, attrs = ''): string {
  return `<row r="${r}"${attrs ? ` ${attrs}` : ''}>${cells}</row>`;
}
