import { MAX_FORMAT_CODE, withoutPairs } from '../numbers';
import type { Tag, XmlHandler } from './xml-scan';

/**
 * Excel's built-in number formats by id, as ExcelJS names them (so a cell's numFmt reads as it
 * did); the ids that depend on the file's locale (27–36, 50–81) are not known here.
 */
const BUILT_IN: Readonly<Record<number, string>> = {
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** Whether a format shows a date or time: y, m, d, h, s or b outside quotes and brackets. */
export function isDateFormat(fmt: string): boolean {
  const bare = withoutPairs(withoutPairs(fmt, '[', ']'), '"', '"');
  return /[ymdhMsb]/.test(bare);
}

/** Each cell style's number format (undefined for General) and whether it is a date. */
export interface CellStyles {
  numFmt: Array<string | undefined>;
  isDate: boolean[];
}

/** Reads styles.xml: the custom formats and, in order, the `<xf>` records of `<cellXfs>`. */
export class StylesReader implements XmlHandler {
  wantText = false;
  private readonly custom = new Map<number, string>();
  private readonly xfFormats: number[] = [];
  private inCellXfs = false;

  open(name: string, tag: Tag): void {
    if (name === 'numFmt') {
      const id = Number(tag.attr('numFmtId'));
      const code = tag.attr('formatCode');
      // Backslash escapes dropped ('dd\-mm' → 'dd-mm'), as ExcelJS gave the code.
      // A code longer than Excel keeps is read as General, not as the built-in of its id.
      if (Number.isInteger(id) && code !== undefined)
        this.custom.set(
          id,
          code.length > MAX_FORMAT_CODE ? 'General' : code.replace(/\\(.)/g, '$1'),
        );
    } else if (name === 'cellXfs') this.inCellXfs = true;
    else if (name === 'xf' && this.inCellXfs) {
      const id = Number(tag.attr('numFmtId') ?? 0);
      this.xfFormats.push(Number.isInteger(id) ? id : 0);
    }
  }

  close(name: string): void {
    if (name === 'cellXfs') this.inCellXfs = false;
  }

  text(): void {}

  styles(): CellStyles {
    // Each format read once: a style sheet may have a million cell styles over a few formats.
    const byId = new Map<number, { fmt: string | undefined; date: boolean }>();
    const numFmt: Array<string | undefined> = [];
    const isDate: boolean[] = [];
    for (const id of this.xfFormats) {
      let known = byId.get(id);
      if (!known) {
        const code = id === 0 ? undefined : (this.custom.get(id) ?? BUILT_IN[id]);
        const fmt = code === 'General' ? undefined : code;
        byId.set(id, (known = { fmt, date: fmt !== undefined && isDateFormat(fmt) }));
      }
      numFmt.push(known.fmt);
      isDate.push(known.date);
    }
    return { numFmt, isDate };
  }
}
