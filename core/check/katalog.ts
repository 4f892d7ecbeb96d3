import type { RangeRef, Workbook } from '../grid';
import { fail, ok, type Lang, type Result } from '../i18n';
import { convert, parseAmount, toPlain, ZERO, type Dec } from '../numbers';
import type { MoneyUnit } from '../budget';
import {
  basisPeople,
  costPerPerson,
  selectWithinFrame,
  type Initiative,
  type TargetGroup,
} from '../catalogue';
import { detectTables } from '../detect';
import { catalogueLines, catalogueUnit, type CatalogueLine } from './catalogue';
import { readTableValues } from './values';

/** `ramme katalog --json`: one catalogue, the initiatives picked within a frame (version 1). */
export interface KatalogReport {
  version: 1;
  file: string;
  sheet: string;
  frame: string;
  unit: MoneyUnit;
  chosen: Array<{
    row: number;
    label: string;
    area: string | null;
    starred: boolean;
    people: string | null;
    need: string;
    /** Kroner per person. */
    costPerPerson: string | null;
  }>;
  rest: Array<{
    row: number;
    label: string;
    need: string;
    scaledDown: { need: string; people: string | null } | null;
  }>;
  total: string;
  left: string;
  areas: Array<{ area: string | null; total: string }>;
}

export interface KatalogOptions {
  lang: Lang;
  sheet?: string;
  /** The frame: '15' (in the catalogue's unit) or '15 mio. kr.'. */
  frame: string;
  order?: 'given' | 'price';
  /** Step of the scaled-down suggestions, in the catalogue's unit ('0,001'). */
  step?: string;
}

/** A catalogue table found in a workbook, its lines read. */
export interface FoundCatalogue {
  sheet: string;
  /** Where the table stands, so a front end can write the selection beside it. */
  range: RangeRef;
  headerRow: number;
  lines: CatalogueLine[];
  unit: MoneyUnit;
}

/** The first catalogue table of the workbook (or of the named sheet). */
export function findCatalogue(workbook: Workbook, sheetName?: string): FoundCatalogue | null {
  const want = sheetName?.trim().toLowerCase();
  for (const sheet of workbook.sheets) {
    if (want !== undefined && sheet.name.trim().toLowerCase() !== want) continue;
    for (const table of detectTables(sheet, { names: [] })) {
      if (table.kind !== 'catalogue') continue;
      const values = readTableValues(sheet, table, 'da', 'da');
      const lines = catalogueLines(sheet, table, values);
      return {
        sheet: sheet.name,
        range: table.range,
        headerRow: table.headerRow,
        lines,
        unit: catalogueUnit(table, lines),
      };
    }
  }
  return null;
}

/** The lines that name an amount, as core/catalogue initiatives. */
export function initiativesOf(lines: CatalogueLine[]): Initiative[] {
  return lines.flatMap((l) =>
    l.need !== null && l.unit !== null
      ? [
          {
            row: l.row,
            label: l.label,
            area: l.area,
            focus: l.focus,
            starred: l.starred,
            target: l.target,
            need: l.need,
            unit: l.unit,
            cell: l.cell,
          },
        ]
      : [],
  );
}

function readIn(
  text: string,
  unit: MoneyUnit,
  what: { da: string; en: string },
  lang: Lang,
): Result<Dec> {
  const read = parseAmount(text, { style: lang === 'en' ? 'en' : 'da' });
  const value = read.ok && read.amount.range === null ? read.amount : null;
  const converted = value ? convert(value.value, value.unit ?? unit, unit) : undefined;
  if (!converted || converted.isNegative()) {
    return fail(
      'ARG_NOT_A_NUMBER',
      `${what.da} skal være et beløb på 0 eller mere, fx 15 eller "15 mio. kr.", ikke "${text}".`,
      `${what.en} must be an amount of 0 or more, e.g. 15 or "15 mio. kr.", not "${text}".`,
    );
  }
  return ok(converted);
}

function people(target: TargetGroup | null): string | null {
  return target ? toPlain(basisPeople(target)) : null;
}

function areaKey(i: { area: string | null; focus: string | null }): string | null {
  return i.area ?? i.focus;
}

/**
 * Picks a catalogue's initiatives within a frame (core/catalogue): starred first, then the
 * catalogue's order or the lowest cost per person, with what is left, what of each passed-over
 * initiative fits scaled down, and the chosen total per pejlemærke (or fokusområde).
 */
export function katalogReport(workbook: Workbook, options: KatalogOptions): Result<KatalogReport> {
  const found = findCatalogue(workbook, options.sheet);
  if (!found) {
    const where = options.sheet === undefined ? '' : ` (ark "${options.sheet}")`;
    const whereEn = options.sheet === undefined ? '' : ` (sheet "${options.sheet}")`;
    return fail(
      'NO_CATALOGUE',
      `Der er intet katalog over indsatser i ${workbook.name}${where}.`,
      `There is no catalogue of initiatives in ${workbook.name}${whereEn}.`,
    );
  }
  const unit = found.unit;
  const frame = readIn(options.frame, unit, { da: 'Rammen', en: 'The frame' }, options.lang);
  if (!frame.ok) return frame;
  const step =
    options.step === undefined
      ? undefined
      : readIn(options.step, unit, { da: 'Trinnet', en: 'The step' }, options.lang);
  if (step && !step.ok) return step;
  if (step && step.value.isZero()) {
    return fail('OUT_OF_RANGE', 'Trinnet skal være større end 0.', 'The step must be above 0.');
  }
  const initiatives = initiativesOf(found.lines);
  const picked = selectWithinFrame(initiatives, frame.value, unit, {
    order: options.order === 'price' ? 'costPerPerson' : 'given',
    ...(step ? { step: step.value } : {}),
  });
  if (!picked.ok) return picked;
  const s = picked.value;
  const inUnit = (i: Initiative): Dec => convert(i.need, i.unit, unit) as Dec;
  const areaTotals = new Map<string | null, Dec>();
  for (const i of initiatives) areaTotals.set(areaKey(i), areaTotals.get(areaKey(i)) ?? ZERO);
  for (const i of s.chosen) areaTotals.set(areaKey(i), areaTotals.get(areaKey(i))!.plus(inUnit(i)));
  return ok({
    version: 1,
    file: workbook.name,
    sheet: found.sheet,
    frame: toPlain(s.frame),
    unit,
    chosen: s.chosen.map((i) => {
      const c = costPerPerson(i);
      return {
        row: i.row,
        label: i.label,
        area: areaKey(i),
        starred: i.starred,
        people: people(i.target),
        need: toPlain(inUnit(i)),
        costPerPerson: c.ok ? toPlain(c.value.perPerson) : null,
      };
    }),
    rest: s.rest.map(({ initiative: i, scaledDown }) => ({
      row: i.row,
      label: i.label,
      need: toPlain(inUnit(i)),
      scaledDown: scaledDown
        ? {
            need: toPlain(scaledDown.need),
            people: scaledDown.people ? toPlain(scaledDown.people) : null,
          }
        : null,
    })),
    total: toPlain(s.total),
    left: toPlain(s.left),
    areas: [...areaTotals].map(([area, total]) => ({ area, total: toPlain(total) })),
  });
}
