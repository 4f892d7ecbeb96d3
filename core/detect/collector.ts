/**
 * Sheet rows gathered one at a time and handed over at their exact length. A table's groups
 * (1.000.000 lines in 20.000 groups) then leave only their totals' covers behind, not an array
 * grown by push per group with the copies each growth makes.
 */
export class RowCollector {
  /** Reused from group to group: it grows to the largest group once. */
  private readonly buffer: number[] = [];
  length = 0;

  push(row: number): void {
    this.buffer[this.length++] = row;
  }

  /** Moves every row to the end of `other` (one by one: a spread of 100.000s overflows the stack). */
  moveTo(other: RowCollector): void {
    for (let k = 0; k < this.length; k++) other.push(this.buffer[k]!);
    this.length = 0;
  }

  /** The rows, in an array of their own; the collector is left empty. */
  take(): number[] {
    const rows = this.buffer.slice(0, this.length);
    this.length = 0;
    return rows;
  }
}
