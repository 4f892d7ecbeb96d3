import { isPlainText } from '../numbers';
import type { Grid } from './cells';
import type { Draft } from './drafts';
import type { RowShapes } from './shapes';
import { TEXT_ROLES } from './columns';
import { RowCollector } from './collector';
import type { DetectedColumn, DetectedRow } from './types';
import {
  isDerivedRowLabel,
  isFootnoteLabel,
  isGrandTotalLabel,
  isHerafLabel,
  isIncludingLabel,
  isTotalLabel,
} from './words';

function labelOf(grid: Grid, s: RowShapes, i: number, labelCol: number | null): string {
  return (labelCol === null ? null : grid.word(s.row[i]!, labelCol)) ?? s.firstWord(i);
}

/** Whether a row holds a value in a column that is summed or compared (not a label or id). */
function hasValues(grid: Grid, s: RowShapes, i: number, valueCols: ReadonlySet<number>): boolean {
  const row = s.row[i]!;
  const cols = s.colsOf(i);
  // A loop, not .some(): called once per row, and a callback per call is garbage.
  for (let k = 0; k < cols.length; k++) {
    const c = cols[k]!;
    if (!valueCols.has(c)) continue;
    // A real number is a value (a number or a date) with no info object made for it.
    const v = grid.sheet.rows[row - 1]?.[c - 1]?.value;
    if (typeof v === 'number' || (typeof v === 'string' && isPlainText(v))) return true;
    const info = grid.at(row, c);
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
  const s = draft.shapes;
  // The rows' store indices, footnotes last: 4 bytes a row, in one array sized once.
  const all = draft.rows.indices(draft.footnotes);
  // A catalogue written as the source writes it marks a starred initiative with '*' before its
  // name: there a '*' row with more cells than its label is a line, not a footnote.
  const starredNames = columns.some((c) => c.role === 'catalogueText');
  // valuesFrom[i]: whether any row from i on holds a value (a heading needs lines below it).
  const valuesFrom = new Uint8Array(all.length + 1);
  // Each row's own answer too, so the walk below does not ask again.
  const own = new Uint8Array(all.length);
  for (let i = all.length - 1; i >= 0; i--) {
    own[i] = hasValues(grid, s, all[i]!, valueCols) ? 1 : 0;
    valuesFrom[i] = valuesFrom[i + 1]! | own[i]!;
  }
  // One row out per row in, so the array is made at its full length: growing it by push would
  // leave copies behind (at 1.000.000 rows, megabytes that outlive the young generation).
  const out = new Array<DetectedRow>(all.length);
  const group = new RowCollector(); // detail rows of the current group
  const outside = new RowCollector(); // detail rows left open when a new group started
  let totals: number[] = []; // group totals since the last grand total
  let lastDetail: number | undefined; // the line or total a heraf row belongs to
  let lastGrand: number | undefined; // the last grand total, and derived rows added to it since
  let derived: number[] = [];

  for (let i = 0; i < all.length; i++) {
    const at = all[i]!;
    const row = s.row[at]!;
    const label = labelOf(grid, s, at, labelCol);
    const values = own[i] === 1;
    if (draft.repeatedHeaders.has(row)) {
      group.moveTo(outside);
      lastDetail = undefined;
      out[i] = { row, role: 'group', label };
      continue;
    }
    const starred = starredNames && s.colCount(at) > 1;
    if (!values && !starred && isFootnoteLabel(label)) {
      out[i] = { row, role: 'footnote', label };
      continue;
    }
    if (isHerafLabel(label) && lastDetail !== undefined) {
      out[i] = { row, role: 'heraf', label, parent: lastDetail };
      continue;
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
        lastGrand = row;
        derived = [];
        lastDetail = row;
        out[i] = { row, role: 'grandTotal', label, covers };
        continue;
      }
      const grand = totals.length > 0 && (group.length === 0 || isGrandTotalLabel(label));
      if (grand) {
        const covers = totals.concat(outside.take(), group.take()).sort((a, b) => a - b);
        totals = [];
        lastGrand = row;
        derived = [];
        lastDetail = row; // 'I alt 100' then 'heraf løn 60': a part of the total
        out[i] = { row, role: 'grandTotal', label, covers };
        continue;
      }
      // A total closes its own group; lines left open above a new heading wait for the grand total.
      const covers = group.length > 0 ? group.take() : outside.take();
      lastGrand = row;
      derived = [];
      totals.push(row);
      lastDetail = row;
      out[i] = { row, role: 'total', label, covers };
      continue;
    }
    if (!values && !starredNames && s.colCount(at) === 1 && label !== '') {
      if (valuesFrom[i + 1] === 0) {
        out[i] = { row, role: 'footnote', label };
        continue;
      }
      group.moveTo(outside);
      lastDetail = undefined;
      out[i] = { row, role: 'group', label };
      continue;
    }
    if (values && isDerivedRowLabel(label)) {
      derived.push(row);
      out[i] = { row, role: 'derived', label };
      continue;
    }
    group.push(row);
    lastDetail = row;
    out[i] = { row, role: 'detail', label };
  }
  return out;
}
