/**
 * The twins of PlainTag (xml-attrs.ts), plainNumber and the sheet's small readers, over a
 * part's UTF-8 bytes instead of its decoded text: the sheet reader reads its plain rows and
 * cells without the text ever being made (see SheetReader.fastBytes). Every one of them reads
 * exactly what its text twin reads, or refuses, and the text twin then reads it. They are
 * twins, not one function over `string | Uint8Array`: that would make every character read in
 * the hottest loops polymorphic (tests/io/fast-path.test.ts holds each pair to the same answer).
 */
import type { Attrs } from './xml-attrs';

const MAX_ATTRS = 16;
const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/** A start tag's `name="value"` pairs read in one pass over its bytes, as PlainTag reads text. */
export class BytesTag implements Omit<Attrs, 'src'> {
  src: Uint8Array = new Uint8Array(0);
  end = 0;
  selfClosing = false;
  nameStart = 0;
  nameChar = 0;
  nameLength = 0;
  valueStart = 0;
  valueEnd = 0;
  private count = 0;
  private index = 0;
  private readonly at = new Int32Array(4 * MAX_ATTRS);

  read(src: Uint8Array, from: number): boolean {
    const n = src.length;
    const at = this.at;
    let count = 0;
    let k = from;
    for (;;) {
      let c = src[k];
      while (c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d) c = src[++k];
      if (c === 0x3e) {
        this.selfClosing = false;
        break;
      }
      if (c === 0x2f) {
        if (src[k + 1] !== 0x3e) return false;
        this.selfClosing = true;
        k++;
        break;
      }
      if (k >= n || count === MAX_ATTRS) return false;
      let local = k;
      let e = k;
      for (; e < n; e++) {
        c = src[e]!;
        if (c === 0x3d) break;
        if (c <= 0x20 || c === 0x3e || c === 0x2f || c === 0x22 || c === 0x27 || c === 0x3c) {
          return false;
        }
        if (c === 0x3a) local = e + 1;
      }
      if (e >= n || e === local) return false;
      const quote = src[e + 1];
      if (quote !== 0x22 && quote !== 0x27) return false;
      // Values are short (an address, a style): looked for byte by byte, not by a call.
      let close = e + 2;
      while (close < n && src[close] !== quote) close++;
      if (close >= n) return false;
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
    this.nameChar = this.src[at[j]!]!;
    this.valueStart = at[j + 2]!;
    this.valueEnd = at[j + 3]!;
    return true;
  }
}

/** Whether src[from, to) is exactly the ASCII text `text`. */
export function bytesAre(src: Uint8Array, from: number, to: number, text: string): boolean {
  if (to - from !== text.length) return false;
  for (let i = 0; i < text.length; i++) if (src[from + i] !== text.charCodeAt(i)) return false;
  return true;
}

/** As plainNumber (xlsx-value.ts), over bytes. */
export function plainNumberBytes(src: Uint8Array, from: number, to: number): number | undefined {
  let i = from;
  const negative = src[i] === 0x2d;
  if (negative) i++;
  if (i >= to) return undefined;
  let m = 0;
  let point = -1;
  let digits = 0;
  for (; i < to; i++) {
    const c = src[i]!;
    if (c === 0x2e && point < 0) {
      point = i;
      continue;
    }
    const d = c - 0x30;
    if (d < 0 || d > 9) return undefined;
    m = m * 10 + d;
    digits++;
  }
  if (digits === 0 || m > Number.MAX_SAFE_INTEGER) return undefined;
  const scale = point < 0 ? 0 : to - point - 1;
  if (scale >= POW10.length) return undefined;
  const n = scale === 0 ? m : m / POW10[scale]!;
  return negative && n !== 0 ? -n : n;
}

/** As wholeNumber (xlsx-sheet.ts), over bytes: -1 for anything but digits. */
export function wholeNumberBytes(src: Uint8Array, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = src[i]! - 0x30;
    if (d < 0 || d > 9 || n > 1e8) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** 'AB12' as column * 2^21 + row, or -1 when it is no cell on Excel's grid (as parseRef). */
export function cellRefBytes(src: Uint8Array, from: number, n: number): number {
  let col = 0;
  let i = from;
  for (; i < n; i++) {
    const c = src[i]! | 0x20;
    if (c < 0x61 || c > 0x7a) break;
    col = col * 26 + (c - 0x60);
  }
  if (i === from || i - from > 3 || i === n || n - i > 7) return -1;
  let row = 0;
  for (; i < n; i++) {
    const d = src[i]! - 0x30;
    if (d < 0 || d > 9) return -1;
    row = row * 10 + d;
  }
  if (row < 1 || row > 1_048_576 || col > 16_384) return -1;
  return col * 0x200000 + row;
}

/** Where `</row>` ends at or after `from`, or -1. */
export function rowEndAfter(src: Uint8Array, from: number): number {
  for (let at = src.indexOf(0x3c, from); at >= 0; at = src.indexOf(0x3c, at + 1)) {
    if (
      src[at + 1] === 0x2f &&
      src[at + 2] === 0x72 &&
      src[at + 3] === 0x6f &&
      src[at + 4] === 0x77 &&
      src[at + 5] === 0x3e
    ) {
      return at + 6;
    }
  }
  return -1;
}
