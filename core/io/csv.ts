import type { Sheet, Workbook } from '../grid';
import { detach } from './xml-scan';

const CANDIDATES = [';', '\t', ','] as const;

/**
 * Walks CSV text field by field: quoted fields may hold separators, doubled quotes and line
 * breaks; CRLF, LF and CR all end a record. `field` gets each field with its record's and its
 * own 0-based place, `record` each record's end. No record is held: a line of 16.384 mostly
 * empty fields costs the fields it fills, not 16.384 strings kept for the whole file.
 */
export function scanCsv(
  text: string,
  sep: string,
  field: (record: number, column: number, value: string) => void,
  record: (record: number) => void = () => {},
): void {
  const SEP = sep.charCodeAt(0);
  let r = 0;
  let c = 0;
  // A field is its text so far plus a run of characters not yet copied (from `run`): slices of
  // the text, not a character at a time (a 40 MB quoted field was 40 million joined strings,
  // 1,9 GB).
  let value = '';
  let run = -1;
  let quoted = false;
  let started = false; // whether the current record has begun (a quoted "" is a field)
  let i = 0;
  const n = text.length;
  const take = (end: number): string => {
    const v = run < 0 ? value : value + text.slice(run, end);
    run = -1;
    value = '';
    return detach(v);
  };
  while (i < n) {
    const ch = text.charCodeAt(i);
    started = true;
    if (quoted) {
      if (ch === QUOTE) {
        if (run >= 0) value += text.slice(run, i);
        run = -1;
        if (text.charCodeAt(i + 1) === QUOTE) {
          value += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else if (run < 0) run = i;
      i++;
      continue;
    }
    if (ch === QUOTE && run < 0 && value === '') quoted = true;
    else if (ch === SEP) field(r, c++, take(i));
    else if (ch === CR || ch === LF) {
      field(r, c, take(i));
      record(r++);
      c = 0;
      started = false;
      if (ch === CR && text.charCodeAt(i + 1) === LF) i++;
    } else if (run < 0) run = i;
    i++;
  }
  if (started) {
    field(r, c, take(n));
    record(r);
  }
}

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/** CSV text as records of fields (see scanCsv). */
export function parseCsvRecords(text: string, sep: string): string[][] {
  const records: string[][] = [];
  let current: string[] = [];
  scanCsv(
    text,
    sep,
    (_r, _c, value) => current.push(value),
    () => {
      records.push(current);
      current = [];
    },
  );
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

/** The first `n` lines, as a split at every line break would give them, the rest not split. */
function firstLines(text: string, n: number): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length && out.length < n; i++) {
    const ch = text.charCodeAt(i);
    if (ch !== 13 && ch !== 10) continue;
    out.push(text.slice(start, i));
    if (ch === 13 && text.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
  }
  if (out.length < n) out.push(text.slice(start));
  return out;
}

/**
 * The separator: Excel's own 'sep=' line when present; else the candidate found on the most
 * of the first lines, semicolon first (Danish Excel), then tab, then comma (English Excel).
 */
export function detectSeparator(text: string): string {
  const lines = firstLines(text, 50).filter((l) => l.trim() !== '');
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
  const rows: Sheet['rows'] = [];
  let rowCount = 0;
  let colCount = 0;
  scanCsv(body, sep, (r, c, f) => {
    if (f.trim() === '') return;
    (rows[r] ??= [])[c] = { value: f, text: f };
    if (r + 1 > rowCount) rowCount = r + 1;
    if (c + 1 > colCount) colCount = c + 1;
  });
  const sheetName = name.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '') || name;
  const sheets = [{ name: sheetName, rows, rowCount, colCount, merges: [] }];
  // Excel separates with ';' where ',' is the decimal separator: '12.400' there is 12400.
  return sep === ';' ? { name, sheets, names: [], numberStyle: 'da' } : { name, sheets, names: [] };
}
