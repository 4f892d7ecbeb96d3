import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sheetFromValues, type Workbook } from '../../core/grid';
import { readXlsx } from '../../core/io';

/** A person-year plan whose "I alt" (5) disagrees with its rows (4,5). */
export function planWorkbook(): Workbook {
  const plan = sheetFromValues('Arbejdsplan 2024', [
    ['Arbejdsplan 2024'],
    [],
    ['Hovedområder', 'Årsværk'],
    ['Jobcenter', 2],
    ['Uddannelse', 1.5],
    ['Sprog', 1],
    ['I alt', 5],
  ]);
  return { name: 'plan.xlsx', sheets: [plan], names: [] };
}

export async function exampleWorkbook(file: string): Promise<Workbook> {
  // The repository's own example workbooks (tests run from the repository root).
  const bytes = readFileSync(path.resolve('examples', file));
  const r = await readXlsx(bytes, file);
  if (!r.ok) throw new Error(r.error.message.en);
  return r.value;
}
