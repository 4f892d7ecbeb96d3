import type { RowRole } from '../detect/types';
import type { BudgetLine } from './types';

/**
 * Which rows each total closes and which row each heraf part belongs to, from the layout alone
 * (the same for every value column). A group total closes the detail lines of its group; a
 * grand total closes the stated subtotals of its section plus any detail line no subtotal
 * closes, so a wrong number is found at one total and never cascades upwards.
 */
export interface BudgetStructure {
  /** Total row → the rows of its parts. */
  parts: Map<number, number[]>;
  /** Heraf or footnote row → the row it is a part of. */
  parentOf: Map<number, number>;
  /** Line indices of the totals, top to bottom. */
  totalLines: number[];
  /** Whether some line is a heraf part or a footnote (never summed, checked against a line). */
  hasParts: boolean;
  /**
   * The other reading of the first total of a section that closes the last group while lines
   * above earlier headings wait for a total that never comes ('Personale', 'Løn', 'Drift',
   * 'Husleje', 'I alt'): all those lines. Either reading that adds up is right. Only for a
   * total no other total adds.
   */
  wider: Map<number, number[]>;
}

/** '* heraf 0,7 mio. kr. til …' → '*'. */
export function footnoteMark(line: BudgetLine): string | null {
  if (line.mark) return line.mark;
  const m = /^\s*(\*+|[¹²³⁴⁵⁶⁷⁸⁹]|\d\))/.exec(line.label);
  return m ? m[1] : null;
}

/** The layout of a table's lines, read by index: its lines, or rows and roles of a grid. */
export interface Layout {
  rows: ArrayLike<number>;
  roles: ArrayLike<RowRole>;
  /** A detected total's own parts, when detection knows them. */
  covers?(i: number): number[] | undefined;
  /** A detected heraf line's parent. */
  parent?(i: number): number | undefined;
}

export function budgetStructure(lines: BudgetLine[]): BudgetStructure {
  const structure = layoutStructure({
    rows: lines.map((l) => l.row),
    roles: lines.map((l) => l.role),
    covers: (i) => lines[i]!.covers,
    parent: (i) => lines[i]!.parent,
  });
  const parentOf = structure.parentOf;
  for (const line of lines) {
    if (line.role !== 'footnote') continue;
    const mark = footnoteMark(line);
    if (!mark) continue;
    const marked = lines.filter(
      (l) => l.role !== 'footnote' && l.values.some((v) => v?.footnote === mark),
    );
    // A footnote explains one marked line; with several, it is not a part of any one of them.
    if (marked.length === 1) parentOf.set(line.row, marked[0]!.row);
  }
  return structure;
}

/** The same rows in the same order. */
function sameRows(a: readonly number[], b: readonly number[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The rows less the total's own: the same array when it is not among them (as always in a
 * detected table; parts are only read), so 10.000 totals do not each copy their covers.
 */
function without(rows: number[], row: number): number[] {
  return rows.includes(row) ? rows.filter((r) => r !== row) : rows;
}

/** Totals' parts and heraf parents from the layout alone (footnotes need the lines' marks). */
export function layoutStructure(layout: Layout): BudgetStructure {
  const parts = new Map<number, number[]>();
  const parentOf = new Map<number, number>();
  const totalLines: number[] = [];
  let hasParts = false;
  const wider = new Map<number, number[]>();
  let open: number[] = [];
  let section: number[] = [];
  // Whether a total has closed lines since the last grand total (section holds it).
  let totalInSection = false;
  let anchor: number | undefined;

  const closeSection = (row: number, covers: number[] | undefined): void => {
    parts.set(row, without(covers ?? section, row));
    section = [];
    open = [];
    totalInSection = false;
  };

  // Indexed, not for…of: this loop runs once per line of the table.
  const { rows, roles } = layout;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    switch (roles[i]) {
      case 'detail':
        open.push(row);
        section.push(row);
        anchor = row;
        break;
      case 'heraf': {
        hasParts = true;
        const parent = layout.parent?.(i) ?? anchor;
        if (parent !== undefined) parentOf.set(row, parent);
        break;
      }
      case 'group':
        open = [];
        break;
      case 'total': {
        totalLines.push(i);
        const covers = layout.covers?.(i);
        // A 'total' with nothing of its own to close sums the section, as a grand total does.
        if (!covers && open.length === 0) {
          closeSection(row, undefined);
        } else {
          // Open lines are the table's own rows above this one: no copy unless it is among them.
          const closed = without(covers ?? open, row);
          parts.set(row, closed);
          if (sameRows(closed, open)) {
            // The open lines are the section's last ones (both lists grew together since open
            // was last emptied): cut them off instead of filtering every earlier subtotal
            // (a detected total's covers are its open lines too; filtering made a million
            // lines with 10.000 subtotals quadratic).
            section.length -= open.length;
          } else {
            const isClosed = new Set(closed);
            section = section.filter((r) => !isClosed.has(r));
          }
          // Lines of earlier groups still open, none of them closed by a total: the total may
          // be theirs too. Once per section, so a long table copies its lines once at most.
          if (section.length > 0 && !totalInSection) wider.set(row, [...section, ...closed]);
          section.push(row);
          totalInSection = true;
          open = [];
        }
        anchor = row;
        break;
      }
      case 'grandTotal':
        totalLines.push(i);
        closeSection(row, layout.covers?.(i));
        anchor = row;
        break;
      case 'footnote':
        hasParts = true;
        break;
    }
  }

  // A total another total adds has the one reading its parent sums.
  if (wider.size > 0) for (const p of parts.values()) for (const r of p) wider.delete(r);
  return { parts, parentOf, totalLines, hasParts, wider };
}

/** '4-7, 10' for messages. */
export function describeRows(rows: number[]): string {
  const sorted = [...rows].sort((a, b) => a - b);
  const spans: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    spans.push(i === j ? `${sorted[i]}` : `${sorted[i]}-${sorted[j]}`);
    i = j + 1;
  }
  return spans.join(', ');
}
