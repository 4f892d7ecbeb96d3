/** A four-digit year (1900–2199) standing alone in a text: 'Arbejdsplan 2024', 'Budget_2023'. */
const YEAR = /(?<!\d)(19\d{2}|2[01]\d{2})(?!\d)/;

export function yearIn(text: string | null | undefined): number | null {
  if (!text) return null;
  const m = YEAR.exec(text);
  return m ? Number(m[1]) : null;
}

/**
 * The plan year of a table: --year, else the year the detector read from the title or sheet
 * name, else a year in the sheet's name, else in the title.
 */
export function planYear(
  optionYear: number | undefined,
  table: { year: number | null; sheet: string; title: string | null },
): number | null {
  return optionYear ?? table.year ?? yearIn(table.sheet) ?? yearIn(table.title);
}
