import type { Cell } from '../../core/grid';
import type { Lang } from '../../core/i18n';
import { decFromExcelNumber, formatNumber, isPercentFormat } from '../../core/numbers';

const dates = new Map<Lang, Intl.DateTimeFormat>();

function dateText(d: Date, lang: Lang): string {
  let f = dates.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'da-DK', { timeZone: 'UTC' });
    dates.set(lang, f);
  }
  return f.format(d);
}

/**
 * What a cell shows in the sheet view: Excel's own text when the file has it, else the value in
 * the page's language (numbers exact, via their 15 significant digits as Excel keeps them).
 * Always plain text: the view renders it as a text node.
 */
export function cellText(cell: Cell | undefined, lang: Lang): string {
  if (!cell) return '';
  if (cell.text !== undefined && cell.text !== '') return cell.text;
  const v = cell.value;
  if (v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean')
    return v ? (lang === 'en' ? 'TRUE' : 'SAND') : lang === 'en' ? 'FALSE' : 'FALSK';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : dateText(v, lang);
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return '';
    const shape = numberShape(cell.numFmt);
    if (cell.numFmt && isPercentFormat(cell.numFmt)) {
      return `${formatNumber(decFromExcelNumber(v).times(100), { lang, ...shape })} %`;
    }
    return formatNumber(decFromExcelNumber(v), { lang, ...shape });
  }
  return v.error;
}

/**
 * Grouping and decimals as Excel shows them: General (no format) shows the number as it is,
 * ungrouped (a year stays 2027); '#,##0.00' groups with two decimals; '0.0' one decimal.
 */
export function numberShape(numFmt: string | undefined): { grouping: boolean; decimals?: number } {
  const section = (numFmt ?? '').split(';')[0]!.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  if (!/[0#]/.test(section)) return { grouping: false };
  const grouping = /[#0],[#0]/.test(section);
  const fraction = /\.([0#]+)/.exec(section);
  if (!fraction) return { grouping, decimals: 0 };
  // '0.0#' shows one or two decimals: then the number's own decimals.
  return fraction[1]!.includes('#') ? { grouping } : { grouping, decimals: fraction[1]!.length };
}
