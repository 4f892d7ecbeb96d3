import type { Lang } from '../../core/i18n';
import type { StructureCell } from '../host/structure';
import { translate } from './strings';

/** What a tinted cell was taken for, in words ("Række: Total · Kolonne: Beløb"): its hover. */
export function structureWords(lang: Lang, cell: StructureCell): string {
  const row = `${translate(lang, 'structureRow')}: ${translate(lang, `row_${cell.rowRole}`)}`;
  return cell.columnRole
    ? `${row} · ${translate(lang, 'structureColumn')}: ${translate(lang, `column_${cell.columnRole}`)}`
    : row;
}
