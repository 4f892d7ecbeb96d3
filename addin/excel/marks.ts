import type { Finding } from '../../core/report';
import { fillOf } from './snapshot';

/** How a note is attached: notes (ExcelApi 1.18), threaded comments (1.10), or not at all. */
export type NoteKind = 'note' | 'comment' | 'none';

export interface Mark {
  sheet: string;
  cell: string;
  fill: string | null;
  note: NoteKind;
}

const FILL: Record<Finding['severity'], string> = {
  error: '#FDE7E9',
  warning: '#FFF4CE',
  info: '#DEECF9',
};

function address(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

/**
 * Fills each finding's cell and attaches the finding as a note, in two syncs (read the fills
 * that are there, then mark). One mark per cell: the first finding's severity decides the fill.
 */
export async function markCells(
  context: Excel.RequestContext,
  findings: readonly Finding[],
  noteKind: NoteKind,
): Promise<Mark[]> {
  const byCell = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = address(f.sheet, f.cell);
    byCell.set(key, [...(byCell.get(key) ?? []), f]);
  }
  const cells = [...byCell.entries()].map(([key, fs]) => {
    const range = context.workbook.worksheets.getItem(fs[0]!.sheet).getRange(fs[0]!.cell);
    range.load('format/fill/color');
    return { key, fs, range };
  });
  await context.sync();
  const marks: Mark[] = [];
  for (const { key, fs, range } of cells) {
    marks.push({
      sheet: fs[0]!.sheet,
      cell: fs[0]!.cell,
      fill: fillOf(range.format.fill.color),
      note: noteKind,
    });
    range.format.fill.color = FILL[fs[0]!.severity];
    const text = `Ramme: ${fs.map((f) => f.message).join('\n')}`;
    if (noteKind === 'note') context.workbook.notes.add(key, text);
    else if (noteKind === 'comment') context.workbook.comments.add(key, text);
  }
  await context.sync();
  return marks;
}

/** Restores the fills and removes the notes Ramme added, in one sync. */
export async function clearCellMarks(
  context: Excel.RequestContext,
  marks: readonly Mark[],
): Promise<void> {
  for (const m of marks) {
    const range = context.workbook.worksheets.getItem(m.sheet).getRange(m.cell);
    if (m.fill === null) range.format.fill.clear();
    else range.format.fill.color = m.fill;
    const key = address(m.sheet, m.cell);
    if (m.note === 'note') context.workbook.notes.getItem(key).delete();
    else if (m.note === 'comment') context.workbook.comments.getItemByCell(key).delete();
  }
  await context.sync();
}
