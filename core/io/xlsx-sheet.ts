import type { CellValue } from '../grid';
import { excelDate } from './xlsx-value';
import { PlainTag, type Attrs } from './xml-attrs';
import { bytesAre, BytesTag, cellRefBytes, plainNumberBytes, wholeNumberBytes } from './xml-bytes';
import { decodeXml } from './xml-scan';
import { F, makeCell, MAX_COL, MAX_ROW, SheetEvents, V } from './xlsx-sheet-events';

export { SheetDamage, type SheetContext } from './xlsx-sheet-events';

/** An attribute's value decoded, as Tag.attr gives it: the first with this local name. */
function attrOf(tag: Attrs, local: string): string | undefined {
  tag.rewind();
  while (tag.nextAttr()) {
    if (tag.nameLength === local.length && tag.src.startsWith(local, tag.nameStart)) {
      return decodeXml(tag.src.slice(tag.valueStart, tag.valueEnd));
    }
  }
  return undefined;
}

/** `<row` followed by the end of its name. */
function isRowTag(src: string, lt: number): boolean {
  if (src.charCodeAt(lt + 2) !== 0x6f || src.charCodeAt(lt + 3) !== 0x77) return false;
  const c = src.charCodeAt(lt + 4);
  return c === 0x20 || c === 0x3e || c === 0x2f;
}

/**
 * Reads a worksheet part into the grid as it streams past: values (a formula's cached result,
 * the formula kept; shared formulas moved to each cell), number formats and dates, hidden rows,
 * merges and the sheet's table parts. Everything else (data validation, conditional formats,
 * drawings) is passed over without being looked at, so a rule over 1.048.576 rows costs
 * nothing. Past the workbook's cell limit it only counts.
 *
 * Its common rows and cells are read by the fast paths here, from the part's bytes where they
 * can be and from its text otherwise; everything else goes the general way (SheetEvents).
 */
export class SheetReader extends SheetEvents {
  private readonly fastTag = new PlainTag();
  private readonly bytesTag = new BytesTag();

  /**
   * The sheet's common shapes read straight off the text: `<row …>`, `</row>`, `<c …/>` and
   * `<c …>` with a formula and a value (see fastValue), through the same methods the scanner's
   * calls reach. Anything else (an inline string, white space between tags, a prefix, CDATA)
   * is left to the scanner at the tag where it starts; so is a tag cut off at a piece's end.
   */
  fast(src: string, i: number, n: number): number {
    const tag = this.fastTag;
    while (!this.inCell) {
      const lt = src.charCodeAt(i) === 0x3c ? i : src.indexOf('<', i);
      if (lt < 0) return n;
      const c1 = src.charCodeAt(lt + 1);
      if (c1 === 0x63 /* c */ && src.charCodeAt(lt + 2) === 0x20) {
        if (!tag.read(src, lt + 3)) return lt;
        this.openCell(tag);
        if (tag.selfClosing) this.closeCell();
        i = tag.selfClosing ? tag.end + 1 : this.fastValue(src, tag.end + 1);
      } else if (c1 === 0x72 /* r */ && isRowTag(src, lt)) {
        if (!tag.read(src, lt + 4)) return lt;
        this.openRow(tag);
        if (tag.selfClosing) this.closeRow();
        i = tag.end + 1;
      } else if (c1 === 0x2f /* / */ && src.startsWith('</row>', lt)) {
        this.closeRow();
        i = lt + 6;
      } else return lt;
    }
    return i;
  }

  /**
   * As `fast`, over the part's UTF-8 bytes before they are decoded (part-xml.ts): the plain
   * rows and cells whose values are plain numbers (shared-string indexes among them) are read
   * without the text being made. A cell is read whole or not at all: at anything else — a
   * formula, a value that is no plain number, an address that would be an error — it returns
   * where that tag starts, and the bytes from there are decoded and read as text.
   */
  fastBytes(src: Uint8Array, i: number, n: number): number {
    const tag = this.bytesTag;
    while (!this.inCell) {
      const lt = src[i] === 0x3c ? i : src.indexOf(0x3c, i);
      if (lt < 0) return n;
      const c1 = src[lt + 1];
      if (c1 === 0x63 /* c */ && src[lt + 2] === 0x20) {
        if (!tag.read(src, lt + 3)) return lt;
        const next = tag.selfClosing ? tag.end + 1 : this.bytesCell(src, tag.end + 1);
        if (next < 0 || !this.bytesCellTag(tag)) return lt;
        i = next;
      } else if (c1 === 0x72 /* r */ && src[lt + 2] === 0x6f && src[lt + 3] === 0x77) {
        const c = src[lt + 4];
        if ((c !== 0x20 && c !== 0x3e && c !== 0x2f) || !tag.read(src, lt + 4)) return lt;
        if (!this.bytesRow(tag)) return lt;
        i = tag.end + 1;
      } else if (c1 === 0x2f && bytesAre(src, lt, lt + 6, '</row>')) {
        this.closeRow();
        i = lt + 6;
      } else return lt;
    }
    return i;
  }

  /** The value of a byte-read cell, set by `bytesCell` for `bytesCellTag`. */
  private bytesValue = Number.NaN;

  /**
   * `<v>…</v></c>` after a cell's start tag: where it ends, its plain number in `bytesValue`
   * (NaN for `<v></v>`); -1 for any other shape or value.
   */
  private bytesCell(src: Uint8Array, at: number): number {
    if (src[at] !== 0x3c || src[at + 1] !== 0x76 || src[at + 2] !== 0x3e) return -1;
    const from = at + 3;
    const lt = src.indexOf(0x3c, from);
    if (lt < 0 || !bytesAre(src, lt, lt + 8, '</v></c>')) return -1;
    if (lt === from) this.bytesValue = Number.NaN;
    else {
      const n = plainNumberBytes(src, from, lt);
      if (n === undefined) return -1;
      this.bytesValue = n;
    }
    return lt + 8;
  }

  /**
   * Reads the byte-read cell's start tag and stores the cell as openCell and closeCell would;
   * false, with nothing changed, for a cell the text path must read (its error included).
   */
  private bytesCellTag(tag: BytesTag): boolean {
    const src = tag.src;
    let ref = -1;
    let type = 0;
    let style = 0;
    while (tag.nextAttr()) {
      if (tag.nameLength !== 1) continue;
      const { valueStart: from, valueEnd: to } = tag;
      if (tag.nameChar === 0x72 /* r */) {
        ref = cellRefBytes(src, from, to);
        if (ref < 0) return false;
      } else if (tag.nameChar === 0x74 /* t */) {
        // Only the types whose plain number is read here: none, n, s.
        type = to - from !== 1 ? -1 : src[from] === 0x6e ? 0 : src[from] === 0x73 ? 1 : -1;
      } else if (tag.nameChar === 0x73 /* s */)
        style = Math.max(0, wholeNumberBytes(src, from, to));
    }
    const styles = this.ctx.styles;
    const n = tag.selfClosing ? Number.NaN : this.bytesValue;
    let value: CellValue | undefined;
    if (n === n) {
      if (type === 0) {
        value = styles.isDate[style] === true ? excelDate(n, this.ctx.date1904) : n;
      } else if (type === 1) value = this.ctx.strings[n];
      if (value === undefined) return false;
    }
    if (ref < 0 && this.col >= MAX_COL) return false;
    this.cells++;
    if (++this.ctx.counted.cells > this.ctx.counted.max && !this.over) {
      this.over = true;
      this.rows = [];
    }
    if (ref < 0) {
      this.cellRow = this.row === 0 ? 1 : this.row;
      this.col++;
    } else {
      this.col = Math.floor(ref / 0x200000);
      this.cellRow = ref % 0x200000;
    }
    if (value === undefined) {
      if (style === 0) this.rowTouched = true;
      return true;
    }
    this.rowTouched = true;
    if (!this.over) this.put(makeCell(value, styles.numFmt[style], undefined));
    return true;
  }

  /** A byte-read row's start tag, as openRow reads it; false for an address the text path reports. */
  private bytesRow(tag: BytesTag): boolean {
    const src = tag.src;
    let n = this.row + 1;
    let hidden = false;
    while (tag.nextAttr()) {
      const { valueStart: from, valueEnd: to } = tag;
      if (tag.nameLength === 1 && tag.nameChar === 0x72 /* r */) {
        n = wholeNumberBytes(src, from, to);
        if (n < 1 || n > MAX_ROW) return false;
      } else if (
        tag.nameLength === 6 &&
        bytesAre(src, tag.nameStart, tag.nameStart + 6, 'hidden')
      ) {
        hidden =
          bytesAre(src, from, to, '1') ||
          bytesAre(src, from, to, 'true') ||
          bytesAre(src, from, to, 'on');
      }
    }
    this.startRow(n, hidden);
    if (tag.selfClosing) this.closeRow();
    return true;
  }

  /**
   * The rest of a cell right after its start tag, `[<f …>…</f> | <f …/>] [<v>…</v>] </c>`, read
   * whole as the scanner's calls would read it; any other shape leaves the cell open for them.
   */
  private fastValue(src: string, at: number): number {
    let k = at;
    let fTag = false;
    let fFrom = -1;
    let fTo = -1;
    if (src.charCodeAt(k + 1) === 0x66 /* f */ && src.charCodeAt(k) === 0x3c) {
      const c = src.charCodeAt(k + 2);
      if (c === 0x3e) fFrom = k + 3;
      else if (c === 0x20 && this.fastTag.read(src, k + 3)) {
        fTag = true;
        fFrom = this.fastTag.selfClosing ? -2 : this.fastTag.end + 1;
        k = this.fastTag.end + 1;
      } else return at;
      if (fFrom >= 0) {
        fTo = src.indexOf('<', fFrom);
        if (fTo < 0 || !src.startsWith('</f>', fTo)) return at;
        k = fTo + 4;
      }
    }
    let vFrom = -1;
    let vTo = -1;
    if (src.startsWith('<v>', k)) {
      vFrom = k + 3;
      vTo = src.indexOf('<', vFrom);
      if (vTo < 0 || !src.startsWith('</v>', vTo)) return at;
      k = vTo + 4;
    }
    if (!src.startsWith('</c>', k) || k === at) return at;
    if (fFrom !== -1) {
      if (fTag) {
        const tag = this.fastTag;
        this.fType = attrOf(tag, 't');
        this.fRef = attrOf(tag, 'ref');
        this.fSi = attrOf(tag, 'si');
      }
      if (fFrom >= 0 && fTo > fFrom) {
        this.target = F;
        this.text(decodeXml(src.slice(fFrom, fTo)));
      }
    }
    if (vTo > vFrom) {
      this.target = V;
      this.rawText(src, vFrom, vTo);
    }
    this.closeCell();
    return k + 4;
  }
}
