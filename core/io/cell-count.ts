const LT = 0x3c; // <
const C = 0x63; // c

/** After '<c' one of these ends the tag name: a cell (<col>, <cfRule> and the rest go on). */
function endsName(byte: number): boolean {
  return (
    byte === 0x20 ||
    byte === 0x3e ||
    byte === 0x2f ||
    byte === 0x09 ||
    byte === 0x0a ||
    byte === 0x0d
  );
}

/**
 * Counts the cells (`<c …>` elements, also empty ones that only carry formatting, which
 * ExcelJS builds an object for too) in a worksheet's XML as it streams past in chunks of any
 * size, without decoding it to text.
 */
export class CellCounter {
  cells = 0;
  /** 0: outside a tag start; 1: just after '<'; 2: just after '<c'. */
  private state = 0;

  private step(state: number, byte: number): number {
    if (state === 2 && endsName(byte)) this.cells++;
    if (byte === LT) return 1;
    return state === 1 && byte === C ? 2 : 0;
  }

  push(chunk: Uint8Array): void {
    let i = 0;
    for (; this.state !== 0 && i < chunk.length; i++) this.state = this.step(this.state, chunk[i]!);
    const end = chunk.length;
    for (let at = chunk.indexOf(LT, i); at !== -1; at = chunk.indexOf(LT, at + 1)) {
      if (at + 2 < end) {
        if (chunk[at + 1] === C && endsName(chunk[at + 2]!)) this.cells++;
        continue;
      }
      // A tag start cut off by the chunk's end: carry the state into the next chunk.
      let state = 1;
      for (let k = at + 1; k < end; k++) state = this.step(state, chunk[k]!);
      this.state = state;
      return;
    }
  }
}
