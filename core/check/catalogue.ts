import { a1, cellAt, isBlank, type Sheet } from '../grid';
import { convert, toPlain, type Dec } from '../numbers';
import type { CatalogueResult } from '../report';
import type { MoneyUnit } from '../budget';
import {
  basisPeople,
  costPerPerson,
  readCatalogueText,
  targetGroupFrom,
  type TargetGroup,
} from '../catalogue';
import type { DetectedColumn, DetectedTable } from '../detect';
import type { TableValues } from './values';

/** One line of a catalogue as read from the sheet, priced or not. */
export interface CatalogueLine {
  row: number;
  label: string;
  /** Pejlemærke. */
  area: string | null;
  /** Fokusområde. */
  focus: string | null;
  starred: boolean;
  target: TargetGroup | null;
  /** The financing need as written, in `unit`; null when the line names no amount. */
  need: Dec | null;
  unit: MoneyUnit | null;
  /** The cell holding the need. */
  cell: string;
}

const MONEY: ReadonlySet<string> = new Set(['kr', '1.000 kr.', 'mio. kr.']);
const STAR_PREFIX = /^\s*\*+\s*/;
const UNIT_HEADER = /^\s*(?:enhed|unit|målgruppe\s*\(enhed\))\b/iu;
const FOCUS_HEADER = /fokus|focus/iu;

function text(sheet: Sheet, row: number, col: number | undefined): string | null {
  if (col === undefined) return null;
  const cell = cellAt(sheet, row, col);
  if (isBlank(cell)) return null;
  const v = cell!.value;
  if (v instanceof Date || (typeof v === 'object' && v !== null)) return null;
  return String(v).trim();
}

function moneyUnit(u: string | null | undefined): MoneyUnit | null {
  return u && MONEY.has(u) ? (u as MoneyUnit) : null;
}

interface Layout {
  label?: number;
  area?: number;
  focus?: number;
  star?: number;
  target?: number;
  targetUnit?: number;
  need?: DetectedColumn;
  text?: number;
}

function layoutOf(table: DetectedTable): Layout {
  const col = (role: DetectedColumn['role']) => table.columns.find((c) => c.role === role)?.col;
  const areas = table.columns.filter((c) => c.role === 'area');
  const focus = areas.find((c) => FOCUS_HEADER.test(c.header));
  const area = areas.find((c) => c !== focus);
  const need = table.columns.find(
    (c) => c.role === 'value' && moneyUnit(c.unit ?? table.unit) !== null,
  );
  return {
    label: col('label'),
    area: area?.col,
    focus: focus?.col,
    star: col('star'),
    target: col('targetGroup'),
    targetUnit: table.columns.find((c) => c.role === 'note' && UNIT_HEADER.test(c.header))?.col,
    need,
    text: col('catalogueText'),
  };
}

/**
 * The initiatives of a catalogue table, in either layout: separate columns (pejlemærke,
 * fokusområde, indsats, stjerne, målgruppe, enhed, finansieringsbehov) or the source's one
 * sentence ('Min. 350 borgere til 4,4 mio. kr.') with a '*' before a starred name. Every detail
 * row is a line; a line that names no amount keeps need null and is never picked.
 */
export function catalogueLines(
  sheet: Sheet,
  table: DetectedTable,
  values: TableValues,
): CatalogueLine[] {
  const l = layoutOf(table);
  const lines: CatalogueLine[] = [];
  for (const r of table.rows) {
    if (r.role !== 'detail') continue;
    const raw = text(sheet, r.row, l.label) ?? r.label;
    const starredName = STAR_PREFIX.test(raw);
    const starMark = l.star !== undefined && text(sheet, r.row, l.star) !== null;
    const line: CatalogueLine = {
      row: r.row,
      label: raw.replace(STAR_PREFIX, ''),
      area: text(sheet, r.row, l.area),
      focus: text(sheet, r.row, l.focus),
      starred: starredName || starMark,
      target: null,
      need: null,
      unit: null,
      cell: a1(r.row, l.need?.col ?? l.text ?? l.label ?? table.range.left),
    };
    if (l.text !== undefined) {
      const read = readCatalogueText(text(sheet, r.row, l.text) ?? '');
      line.target = read.target;
      if (read.need) [line.need, line.unit] = [read.need.value, read.need.unit];
    } else {
      const t = l.target === undefined ? null : values.at(r.row, l.target);
      if (t) line.target = targetGroupFrom(t, text(sheet, r.row, l.targetUnit));
      const n = l.need ? values.at(r.row, l.need.col) : null;
      const unit = moneyUnit(n?.unit) ?? moneyUnit(l.need?.unit ?? table.unit);
      if (n && unit && n.range === null) [line.need, line.unit] = [n.value, unit];
    }
    lines.push(line);
  }
  return lines;
}

/** The table's money unit, or the unit most of its needs are written in. */
export function catalogueUnit(table: DetectedTable, lines: CatalogueLine[]): MoneyUnit {
  const own = moneyUnit(table.unit);
  if (own) return own;
  const counts = new Map<MoneyUnit, number>();
  for (const l of lines) if (l.unit) counts.set(l.unit, (counts.get(l.unit) ?? 0) + 1);
  let best: MoneyUnit = 'mio. kr.';
  let most = 0;
  for (const [u, n] of counts) if (n > most) [best, most] = [u, n];
  return best;
}

/** A line's need in another money unit, exact. */
export function needIn(line: CatalogueLine, unit: MoneyUnit): Dec | null {
  return line.need && line.unit ? (convert(line.need, line.unit, unit) ?? null) : null;
}

/** The catalogue's lines as `ramme check --json` lists them: people, need, cost per person. */
export function catalogueResults(sheet: string, lines: CatalogueLine[]): CatalogueResult[] {
  return lines.map((l) => {
    const cost =
      l.need !== null && l.unit !== null && l.target
        ? costPerPerson({ ...l, need: l.need, unit: l.unit })
        : null;
    return {
      sheet,
      row: l.row,
      label: l.label,
      starred: l.starred,
      people: l.target ? toPlain(basisPeople(l.target)) : null,
      need: l.need === null ? null : toPlain(l.need),
      unit: l.need === null ? null : l.unit,
      costPerPerson: cost?.ok ? toPlain(cost.value.perPerson) : null,
    };
  });
}
