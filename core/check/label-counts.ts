/**
 * How often labels occur, case folded, counted up to two without keeping the labels: a check
 * that only needs "once or more than once" for thousands of labels asks this before it builds
 * a map of them. Two tables indexed by different bits of one hash, a label's count the lower
 * of its two slots; a shared slot only makes a count higher, never lower, so "once" is sure.
 */
export class LabelCounts {
  private readonly low: Uint8Array;
  private readonly high: Uint8Array;
  private readonly mask: number;

  /** About four slots a cell of `span`, a power of two from 2^12 to 2^20 in each table. */
  constructor(span: number) {
    const slots = 2 ** Math.min(20, Math.max(12, Math.ceil(Math.log2(4 * span + 1))));
    this.low = new Uint8Array(slots);
    this.high = new Uint8Array(slots);
    this.mask = slots - 1;
  }

  add(label: string): void {
    const h = lowerHash(label);
    const a = h & this.mask;
    const b = (h >>> 12) & this.mask;
    if (this.low[a]! < 2) this.low[a]!++;
    if (this.high[b]! < 2) this.high[b]!++;
  }

  /** 0, 1, or 2 for two or more: never less than the times `label`'s lower case was added. */
  count(label: string): number {
    return this.countOf(lowerHash(label));
  }

  /** count, for a label's lowerHash already made. */
  countOf(h: number): number {
    return Math.min(this.low[h & this.mask]!, this.high[(h >>> 12) & this.mask]!);
  }
}

/**
 * A hash of `label.toLowerCase()` (FNV-1a) without the copy: Latin-1 (Danish æ, ø, å among
 * it) lower-cases a character at a time and stays Latin-1, so it is folded here; a label with
 * any other character is lower-cased whole first. Equal lower cases hash alike either way.
 */
export function lowerHash(label: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) {
    let c = label.charCodeAt(i);
    if (c > 0xff) return foldedHash(label.toLowerCase());
    // A-Z and À-Þ but × (0xd7): their lower case is 0x20 above.
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7)) c |= 0x20;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return mix(h);
}

function foldedHash(lower: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < lower.length; i++) h = Math.imul(h ^ lower.charCodeAt(i), 0x01000193);
  return mix(h);
}

/** MurmurHash3's finaliser: FNV alone puts labels that differ in a last digit in nearby slots. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
