/**
 * OpenFormula references and formulas in the A1 notation the checks read:
 * `$'Budget 2024'.$A$1:.$B$9` → `'Budget 2024'!$A$1:$B$9`, `of:=SUM([.B5:.B11])` → `SUM(B5:B11)`.
 */
export function odsAddress(ref: string): string {
  return ref
    .split(':')
    .map((part, i) => {
      const dot = part.lastIndexOf('.');
      if (dot < 0) return part;
      const sheet = part.slice(0, dot).replace(/^\$/, '');
      const cell = part.slice(dot + 1);
      return i === 0 && sheet !== '' ? `${sheet}!${cell}` : cell;
    })
    .join(':');
}

export function odsFormula(formula: string): string {
  const body = formula.replace(/^[a-z]+:=?/i, '').replace(/^=/, '');
  let out = '';
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch === '"') quoted = !quoted;
    if (!quoted && ch === '[') {
      const end = body.indexOf(']', i);
      if (end > i) {
        out += odsAddress(body.slice(i + 1, end));
        i = end;
        continue;
      }
    }
    out += !quoted && ch === ';' ? ',' : ch;
  }
  return out;
}
