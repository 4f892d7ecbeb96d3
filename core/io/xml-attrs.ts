/** A start tag's attributes, one after another, read in place (see Tag in xml-scan.ts). */
export interface Attrs {
  readonly src: string;
  /** Where the local name starts (after any prefix), its first character and its length. */
  readonly nameStart: number;
  readonly nameChar: number;
  readonly nameLength: number;
  /** The raw value is src[valueStart, valueEnd). */
  readonly valueStart: number;
  readonly valueEnd: number;
  rewind(): void;
  nextAttr(): boolean;
}

/** Attributes a plain tag may have before it is left to the general scanner. */
const MAX_ATTRS = 16;

/**
 * A start tag in its plain form, `name="value"` pairs up to `>` or `/>`, read in one pass over
 * its characters: the sheet's `<c>` and `<row>` tags, 1.000.000s of them, are found and read
 * at once instead of walked once for their end and again for each attribute. `read` refuses
 * (false) anything it is not sure to read as the general scanner does — white space around
 * '=', an unquoted value, a tag cut off — and that tag goes the general way.
 */
export class PlainTag implements Attrs {
  src = '';
  /** The tag's '>' and whether it closed with '/>'. */
  end = 0;
  selfClosing = false;
  nameStart = 0;
  nameChar = 0;
  nameLength = 0;
  valueStart = 0;
  valueEnd = 0;
  private count = 0;
  private index = 0;
  /** Per attribute: local name start, name end, value start, value end. */
  private readonly at = new Int32Array(4 * MAX_ATTRS);

  /** Reads the attributes from `from` (just after the tag's name) to the tag's end. */
  read(src: string, from: number): boolean {
    const n = src.length;
    const at = this.at;
    let count = 0;
    let k = from;
    for (;;) {
      let c = src.charCodeAt(k);
      while (c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d) c = src.charCodeAt(++k);
      if (c === 0x3e /* > */) {
        this.selfClosing = false;
        break;
      }
      if (c === 0x2f /* / */) {
        if (src.charCodeAt(k + 1) !== 0x3e) return false;
        this.selfClosing = true;
        k++;
        break;
      }
      if (k >= n || count === MAX_ATTRS) return false;
      let local = k;
      let e = k;
      for (; e < n; e++) {
        c = src.charCodeAt(e);
        if (c === 0x3d /* = */) break;
        if (c <= 0x20 || c === 0x3e || c === 0x2f || c === 0x22 || c === 0x27 || c === 0x3c) {
          return false;
        }
        if (c === 0x3a /* : */) local = e + 1;
      }
      if (e >= n || e === local) return false;
      const quote = src.charCodeAt(e + 1);
      if (quote !== 0x22 && quote !== 0x27) return false;
      const close = src.indexOf(quote === 0x22 ? '"' : "'", e + 2);
      if (close < 0) return false;
      const j = 4 * count++;
      at[j] = local;
      at[j + 1] = e;
      at[j + 2] = e + 2;
      at[j + 3] = close;
      k = close + 1;
    }
    this.src = src;
    this.end = k;
    this.count = count;
    this.index = 0;
    return true;
  }

  rewind(): void {
    this.index = 0;
  }

  nextAttr(): boolean {
    if (this.index >= this.count) return false;
    const j = 4 * this.index++;
    const at = this.at;
    this.nameStart = at[j]!;
    this.nameLength = at[j + 1]! - at[j]!;
    this.nameChar = this.src.charCodeAt(at[j]!);
    this.valueStart = at[j + 2]!;
    this.valueEnd = at[j + 3]!;
    return true;
  }
}
