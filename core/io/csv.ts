import type { Cell, Sheet, Workbook } from '../grid';

const CANDIDATES = [';', '\t', ','] as const;

/**
 * Splits CSV text into records: quoted fields may hold separators, doubled quotes and line
 * breaks; CRLF, LF and CR all end a record.
 */
export function parseCsvRecords(text: string, sep: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let started = false; // whether the current record has begun (a quoted "" is a field)
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i]!;
    started = true;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === sep) {
      record.push(field);
      field = '';
    } else if (ch === '\r' || ch === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      started = false;
      if (ch === '\r' && text[i + 1] === '\n') i++;
    } else field += ch;
    i++;
  }
  if (started) {
    record.push(field);
    records.push(record);
  }
  return records;
}

/** Counts a character outside quotes on one line. */
function countOutsideQuotes(line: string, ch: string): number {
  let quoted = false;
  let count = 0;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (c === ch && !quoted) count++;
  }
  return count;
}

/**
 * The separator: Excel's own 'sep=' line when present; else the candidate found on the most
 * of the first lines, semicolon first (Danish Excel), then tab, then comma (English Excel).
 */
export function detectSeparator(text: string): string {
  const lines = text
    .split(/\r\n|\n|\r/)
    .slice(0, 50)
    .filter((l) => l.trim() !== '');
  const first = lines[0]?.trim() ?? '';
  const sepLine = /^sep=(.)$/i.exec(first);
  if (sepLine) return sepLine[1]!;
  let best: string = ',';
  let bestLines = 0;
  for (const c of CANDIDATES) {
    const linesWith = lines.filter((l) => countOutsideQuotes(l, c) > 0).length;
    if (linesWith > bestLines) {
      best = c;
      bestLines = linesWith;
    }
  }
  return best;
}

/**
 * Reads CSV as Excel writes it, Danish (';', comma decimals, maybe a BOM) or English (','),
 * into a one-sheet workbook. Values stay text: the number parser reads them with the column's
 * unit and the workbook's style.
 */
export function readCsv(text: string, name: string): Workbook {
  let body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const sep = detectSeparator(body);
  if (/^sep=.\r?\n/i.test(body)) body = body.replace(/^sep=.\r?\n/i, '');
  const records = parseCsvRecords(body, sep);
  const rows: Sheet['rows'] = [];
  let rowCount = 0;
  let colCount = 0;
  records.forEach((rec, r) => {
    const cells: Array<Cell | undefined> = [];
    let any = false;
    rec.forEach((f, c) => {
      if (f.trim() === '') return;
      cells[c] = { value: f, text: f };
      any = true;
      if (c + 1 > colCount) colCount = c + 1;
    });
    if (any) {
      rows[r] = cells;
      rowCount = r + 1;
    }
  });
  const sheetName = name.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '') || name;
  const sheets = [{ name: sheetName, rows, rowCount, colCount, merges: [] }];
  // Excel separates with ';' where ',' is the decimal separator: '12.400' there is 12400.
  return sep === ';' ? { name, sheets, names: [], numberStyle: 'da' } : { name, sheets, names: [] };
}
