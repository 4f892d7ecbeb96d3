import { a1, columnName } from '../grid';
import type { Lang } from '../i18n';
import { convert, toPlain, ZERO, type Dec, type Unit } from '../numbers';
import type { DetectedTable } from '../detect';
import type { Finding } from '../report';
import { sentence, show } from './messages';
import type { TableValues } from './values';

function columns(cols: number[]): string {
  const sorted = [...cols].sort((a, b) => a - b);
  const contiguous = sorted.every((c, i) => i === 0 || c === sorted[i - 1]! + 1);
  const names = sorted.map(columnName);
  return contiguous && names.length > 2
    ? `${names[0]}-${names[names.length - 1]}`
    : names.join(', ');
}

/** 'min. 120' holds when the parts give at least 120, 'max.' at most; 'ca.' is not judged. */
function agrees(
  computed: Dec,
  stated: Dec,
  qualifier: string | null,
  decimals: number | undefined,
): boolean | null {
  const c = decimals === undefined ? computed : computed.toDecimalPlaces(decimals);
  switch (qualifier) {
    case null:
      return c.eq(stated);
    case 'min.':
    case 'over':
      return c.gte(stated);
    case 'max.':
    case 'under':
    case 'op til':
      return c.lte(stated);
    default:
      return null;
  }
}

/**
 * A total column ('I alt' right of year columns) against its own row: each row's stated total
 * is the sum of the columns it covers, blank cells counting nothing. One finding per wrong cell.
 */
export function checkRowTotals(table: DetectedTable, values: TableValues, lang: Lang): Finding[] {
  const findings: Finding[] = [];
  for (const total of table.columns.filter((c) => c.covers && c.covers.length > 0)) {
    const parts = table.columns.filter((c) => total.covers!.includes(c.col));
    for (const r of table.rows) {
      if (r.role === 'group' || r.role === 'footnote' || r.role === 'heraf' || r.role === 'derived')
        continue;
      const stated = values.at(r.row, total.col);
      if (!stated || stated.range) continue;
      if (parts.some((p) => values.unreadable(r.row, p.col))) continue;
      const unit: Unit | null = stated.unit ?? total.unit;
      let sum: Dec = ZERO;
      let any = false;
      let convertible = true;
      for (const p of parts) {
        const a = values.at(r.row, p.col);
        if (!a) continue;
        const v = convert(a.value, a.unit ?? p.unit, unit);
        if (v === undefined) convertible = false;
        else sum = sum.plus(v);
        any = true;
      }
      if (!any || !convertible) continue;
      const decimals = stated.source === 'text' ? stated.decimals : undefined;
      if (agrees(sum, stated.value, stated.qualifier, decimals) !== false) continue;
      const cell = a1(r.row, total.col);
      const [s, c, d] = [stated.value, sum, sum.minus(stated.value).abs()].map((x) =>
        show(x, unit, lang),
      );
      const said = stated.qualifier ? `${stated.qualifier} ${s}` : s;
      const cols = columns(parts.map((p) => p.col));
      findings.push({
        severity: 'error',
        code: 'TOTAL_MISMATCH',
        sheet: table.sheet,
        cell,
        expected: toPlain(sum),
        actual: toPlain(stated.value),
        message: sentence(
          lang === 'en'
            ? `"${total.header}" in ${cell} says ${said}, but row ${r.row}'s parts (columns ${cols}) add up to ${c}; difference ${d}`
            : `"${total.header}" i ${cell} er ${said}, men række ${r.row}s dele (kolonne ${cols}) giver ${c}; forskel ${d}`,
        ),
      });
    }
  }
  return findings;
}
