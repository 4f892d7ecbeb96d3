import { isPlainText } from '../numbers';
import type { Grid } from './cells';
import type { Draft } from './drafts';
import type { RowShape } from './layout';
import { TEXT_ROLES } from './columns';
import type { DetectedColumn, DetectedRow } from './types';
import {
  isDerivedRowLabel,
  isFootnoteLabel,
  isGrandTotalLabel,
  isHerafLabel,
  isIncludingLabel,
  isTotalLabel,
} from './words';

function labelOf(grid: Grid, s: RowShape, labelCol: number | null): string {
  return (labelCol === null ? null : grid.word(s.row, labelCol)) ?? s.firstWord;
}

/** Whether a row holds a value in a column that is summed or compared (not a label or id). */
function hasValues(grid: Grid, s: RowShape, valueCols: ReadonlySet<number>): boolean {
  // A loop, not .some(): called twice per row, and a callback per call is garbage.
  for (let i = 0; i < s.cols.length; i++) {
    const c = s.cols[i]!;
    if (!valueCols.has(c)) continue;
    // A real number is a value (a number or a date) with no info object made for it.
    const v = grid.sheet.rows[s.row - 1]?.[c - 1]?.value;
    if (typeof v === 'number' || (typeof v === 'string' && isPlainText(v))) return true;
    const info = grid.at(s.row, c);
    if (info.numeric || info.kind === 'date' || info.kind === 'error') return true;
  }
  return false;
}

/**
 * Gives each row its role and links parts to wholes:
 * - 'heraf …' is a part of the nearest detail (or total) row above (parent), never summed;
 * - a total label closes the current group: its covers are the group's detail rows;
 * - a total after group totals, with no new lines since ('Samlet forbrug', 'I alt'), is the
 *   grand total: its covers are the group totals (and any lines outside a group);
 * - a row with only a label, followed by lines, is a group heading; so is a repeated header;
 * - '* …', 'Note:' rows, and text-only rows after the last total, are footnotes.
 */
export function detectRows(grid: Grid, draft: Draft, columns: DetectedColumn[]): DetectedRow[] {
  const labelCol = columns.find((c) => c.role === 'label' || c.role === 'person')?.col ?? null;
  const valueCols = new Set(columns.filter((c) => !TEXT_ROLES.has(c.role)).map((c) => c.col));
  // No copy of a 100.000-row table when it has no footnotes below it.
  const all = draft.footnotes.length === 0 ? draft.rows : draft.rows.concat(draft.footnotes);
  // A catalogue written as the source writes it marks a starred initiative with '*' before its
  // name: there a '*' row with more cells than its label is a line, not a footnote.
  const starredNames = columns.some((c) => c.role === 'catalogueText');
  // valuesFrom[i]: whether any row from i on holds a value (a heading needs lines below it).
  const valuesFrom = new Uint8Array(all.length + 1);
  // Each row's own answer too, so the walk below does not ask again.
  const own = new Uint8Array(all.length);
  for (let i = all.length - 1; i >= 0; i--) {
    own[i] = hasValues(grid, all[i]!, valueCols) ? 1 : 0;
    valuesFrom[i] = valuesFrom[i + 1]! | own[i]!;
  }
  const out: DetectedRow[] = [];
  let group: number[] = []; // detail rows of the current group
  let outside: number[] = []; // detail rows left open when a new group started
  let totals: number[] = []; // group totals since the last grand total
  let lastDetail: number | undefined; // the line or total a heraf row belongs to
  let lastGrand: number | undefined; // the last grand total, and derived rows added to it since
  let derived: number[] = [];

  // Made once, not per row: a closure per row costs on 100.000-row sheets.
  const push = (row: DetectedRow): void => {
    out.push(row);
  };
  all.forEach((s, i) => {
    const label = labelOf(grid, s, labelCol);
    const values = own[i] === 1;
    if (draft.repeatedHeaders.has(s.row)) {
      for (const r of group) outside.push(r);
      group = [];
      lastDetail = undefined;
      return push({ row: s.row, role: 'group', label });
    }
    const starred = starredNames && s.cols.length > 1;
    if (!values && !starred && isFootnoteLabel(label))
      return push({ row: s.row, role: 'footnote', label });
    if (isHerafLabel(label) && lastDetail !== undefined) {
      return push({ row: s.row, role: 'heraf', label, parent: lastDetail });
    }
    if (isTotalLabel(label) && (values || label.length <= 30)) {
      if (
        lastGrand !== undefined &&
        derived.length > 0 &&
        group.length === 0 &&
        isIncludingLabel(label)
      ) {
        // 'Total inkl. overhead' under 'Total' and 'Overhead 7 %': the two added.
        const covers = [lastGrand, ...derived];
        totals = [];
        lastGrand = s.row;
        derived = [];
        lastDetail = s.row;
        return push({ row: s.row, role: 'grandTotal', label, covers });
      }
      const grand = totals.length > 0 && (group.length === 0 || isGrandTotalLabel(label));
      if (grand) {
        const covers = [...totals, ...outside, ...group].sort((a, b) => a - b);
        totals = [];
        outside = [];
        group = [];
        lastGrand = s.row;
        derived = [];
        lastDetail = s.row; // 'I alt 100' then 'heraf løn 60': a part of the total
        return push({ row: s.row, role: 'grandTotal', label, covers });
      }
      // A total closes its own group; lines left open above a new heading wait for the grand total.
      const covers = group.length > 0 ? group : outside;
      if (group.length === 0) outside = [];
      lastGrand = s.row;
      derived = [];
      totals.push(s.row);
      group = [];
      lastDetail = s.row;
      return push({ row: s.row, role: 'total', label, covers });
    }
    if (!values && !starredNames && s.cols.length === 1 && label !== '') {
      if (valuesFrom[i + 1] === 0) return push({ row: s.row, role: 'footnote', label });
      // One by one, not push(...group): a group of 100.000s of rows would overflow the stack.
      for (const r of group) outside.push(r);
      group = [];
      lastDetail = undefined;
      return push({ row: s.row, role: 'group', label });
    }
    if (values && isDerivedRowLabel(label)) {
      derived.push(s.row);
      return push({ row: s.row, role: 'derived', label });
    }
    group.push(s.row);
    lastDetail = s.row;
    return push({ row: s.row, role: 'detail', label });
  });
  return out;
}
