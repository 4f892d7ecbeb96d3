import type { Tag, XmlHandler } from './xml-scan';

/** A `<sheet>` of workbook.xml: the name the user sees and the relationship to its part. */
export interface SheetEntry {
  name: string;
  rid: string;
  hidden: boolean;
}

export interface DefinedName {
  name: string;
  /** The formula text: "'Ark 1'!$A$1:$C$9", several ranges separated by commas. */
  text: string;
}

/** 'true' and '1' (and 'on') mean true in OOXML booleans; LibreOffice writes 'true'. */
export function xmlTrue(v: string | undefined): boolean {
  return v === '1' || v === 'true' || v === 'on';
}

/**
 * Reads workbook.xml: its sheets in order, defined names, the 1904 date system and whether the
 * workbook asks to be recalculated when opened.
 */
export class WorkbookReader implements XmlHandler {
  wantText = false;
  readonly sheets: SheetEntry[] = [];
  readonly names: DefinedName[] = [];
  date1904 = false;
  /**
   * `<calcPr fullCalcOnLoad="1">`: Excel recalculates every formula as it opens the file, so
   * the cached results are not what it shows. XlsxWriter (pandas' writer) stores 0 as every
   * formula's result and sets this; openpyxl sets it and stores none.
   */
  recalcOnLoad = false;
  private name: DefinedName | undefined;

  open(name: string, tag: Tag): void {
    switch (name) {
      case 'sheet': {
        const sheetName = tag.attr('name');
        const rid = tag.attr('id');
        const state = tag.attr('state');
        if (sheetName !== undefined && rid !== undefined) {
          this.sheets.push({
            name: sheetName,
            rid,
            hidden: state === 'hidden' || state === 'veryHidden',
          });
        }
        break;
      }
      case 'workbookPr':
        this.date1904 = xmlTrue(tag.attr('date1904'));
        break;
      case 'calcPr':
        this.recalcOnLoad = xmlTrue(tag.attr('fullCalcOnLoad'));
        break;
      case 'definedName':
        this.name = { name: tag.attr('name') ?? '', text: '' };
        this.wantText = true;
        break;
    }
  }

  close(name: string): void {
    if (name !== 'definedName' || !this.name) return;
    if (this.name.name !== '') this.names.push(this.name);
    this.name = undefined;
    this.wantText = false;
  }

  text(text: string): void {
    if (this.name && this.name.text.length < 65_536) this.name.text += text;
  }
}

/** The ranges of a defined name's text, split at top-level commas (not inside quotes or brackets). */
export function definedNameRanges(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quoted = false;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "'") quoted = !quoted;
    else if (quoted) continue;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (c === ',' && depth === 0) {
      out.push(text.slice(from, i).trim());
      from = i + 1;
    }
  }
  out.push(text.slice(from).trim());
  return out.filter((s) => s !== '');
}
