import { checkWorkbook } from '../../core/check';
import { detectWorkbookTables, type DetectedTable } from '../../core/detect';
import { cellAt, type Workbook } from '../../core/grid';
import type { Lang } from '../../core/i18n';
import { parseAmount, type Dec } from '../../core/numbers';
import type { FileReport } from '../../core/report';
import type { Host, ReadScope } from '../host/types';
import type { PaneSettings } from './settings';

/** The pane's one way into the core's checks: read through the host, check, report. */
export async function checkWithHost(
  host: Host,
  scope: ReadScope,
  settings: PaneSettings,
): Promise<FileReport> {
  const workbook = await host.read(scope);
  return checkRead(workbook, settings);
}

export function checkRead(workbook: Workbook, settings: PaneSettings): FileReport {
  return checkWorkbook(workbook, {
    lang: settings.lang,
    settings: {
      hoursPerPersonYear: settings.hoursPerPersonYear,
      capacityCounting: settings.capacityCounting,
    },
  });
}

export function tablesOf(workbook: Workbook): DetectedTable[] {
  return detectWorkbookTables(workbook);
}

/** A cell's exact number as the core reads it (Danish text, percent formats), or null. */
export function amountAt(workbook: Workbook, sheet: string, row: number, col: number): Dec | null {
  const s = workbook.sheets.find((x) => x.name === sheet);
  const cell = s ? cellAt(s, row, col) : undefined;
  if (!cell) return null;
  const parsed = parseAmount(cell.value, { numFmt: cell.numFmt, style: 'da' });
  return parsed.ok ? parsed.amount.value : null;
}

export function say(lang: Lang, text: { da: string; en: string }): string {
  return lang === 'en' ? text.en : text.da;
}
