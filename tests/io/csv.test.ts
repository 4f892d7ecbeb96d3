import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellAt, presentIndices } from '../../core/grid';
import { detectSeparator, parseCsvRecords, readCsv } from '../../core/io';

function values(text: string): Array<Array<string | undefined>> {
  const sheet = readCsv(text, 'x.csv').sheets[0]!;
  const out: Array<Array<string | undefined>> = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row: Array<string | undefined> = [];
    for (let c = 1; c <= sheet.colCount; c++)
      row.push(cellAt(sheet, r, c)?.value as string | undefined);
    out.push(row);
  }
  return out;
}

describe('readCsv', () => {
  it('reads Danish Excel CSV: semicolons, comma decimals, BOM, CRLF; values stay text', () => {
    const text =
      '\ufeffAfholdte udgifter;Beløb i kr.\r\nLøn;"1.184.500"\r\nLokaleleje;96.000\r\nI alt;1.280.500,50\r\n';
    expect(values(text)).toEqual([
      ['Afholdte udgifter', 'Beløb i kr.'],
      ['Løn', '1.184.500'],
      ['Lokaleleje', '96.000'],
      ['I alt', '1.280.500,50'],
    ]);
    const wb = readCsv(text, 'data/budget-2024.csv');
    expect(wb.name).toBe('data/budget-2024.csv');
    expect(wb.sheets[0]!.name).toBe('budget-2024');
    expect(wb.names).toEqual([]);
  });

  it('reads English CSV with commas, quoted thousands and doubled quotes', () => {
    const text = 'Item,Amount (DKK)\n"Wages, two staff","1,184,500.00"\n"The ""pool""",96000\n';
    expect(values(text)).toEqual([
      ['Item', 'Amount (DKK)'],
      ['Wages, two staff', '1,184,500.00'],
      ['The "pool"', '96000'],
    ]);
  });

  it('keeps blank rows as gaps and line breaks inside quotes', () => {
    const text = 'Titel;\n\nIndsats;Årsværk\n"Fremskudt\nrådgivning";2,5\n';
    const sheet = readCsv(text, 'p.csv').sheets[0]!;
    expect(sheet.rowCount).toBe(4);
    expect(sheet.rows[1]).toBeUndefined();
    expect(cellAt(sheet, 4, 1)!.value).toBe('Fremskudt\nrådgivning');
    expect(cellAt(sheet, 4, 2)!.value).toBe('2,5');
  });

  it("honours Excel's sep= line", () => {
    expect(values('sep=,\na;b,c\n')).toEqual([['a;b', 'c']]);
  });

  it.each([
    ['a;b;c\n1;2;3', ';'],
    ['a,b,c\n1,2,3', ','],
    ['a\tb\n1,5\t2,5', '\t'],
    ['Post;Beløb\nLøn;1,5\nLeje;2,5', ';'],
    ['"a;b",c\n"d;e",f', ','],
    ['enkelt kolonne\n1', ','],
  ])('detects the separator of %j as %j', (text, sep) => {
    expect(detectSeparator(text)).toBe(sep);
  });

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ])('decides the separator from the first 50 lines only (%s)', (_name, eol) => {
    const head = Array.from({ length: 50 }, (_, i) => `Post ${i};${i}`);
    const tail = Array.from({ length: 100_000 }, (_, i) => `a,b,${i}`);
    expect(detectSeparator([...head, ...tail].join(eol))).toBe(';');
    expect(detectSeparator([...head.slice(0, 10), ...tail].join(eol))).toBe(',');
  });

  it('parses records with a trailing field and no final newline', () => {
    expect(parseCsvRecords('a;b\r\nc;', ';')).toEqual([
      ['a', 'b'],
      ['c', ''],
    ]);
    expect(parseCsvRecords('', ';')).toEqual([]);
  });
});

describe('CSV round trip (property)', () => {
  const runs = Number(process.env.RAMME_FUZZ_RUNS ?? 200);
  const field = fc.string({
    unit: fc.constantFrom('a', 'ø', '1', ',', ';', '"', '\n', '\r\n', ' ', '½', '\t'),
  });
  const records = fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), {
    minLength: 1,
    maxLength: 8,
  });

  function write(rows: string[][], sep: string): string {
    const quote = (f: string) =>
      /[";,\t\r\n]/.test(f) || f === '' ? `"${f.replace(/"/g, '""')}"` : f;
    return rows.map((r) => r.map(quote).join(sep)).join('\r\n');
  }

  it('parseCsvRecords reads back what Excel-style quoting wrote', () => {
    fc.assert(
      fc.property(records, fc.constantFrom(';', ',', '\t'), (rows, sep) => {
        expect(parseCsvRecords(write(rows, sep), sep)).toEqual(rows);
      }),
      { numRuns: runs },
    );
  });

  it('readCsv keeps only the filled fields of lines 16.384 fields wide', () => {
    const line = (a: string, b: string, z: string) => `${a};${b}${';'.repeat(16_382)}${z}`;
    const text = [line('Post', 'Beløb', 'Note'), line('Løn', '100', 'x'), 'I alt;100'].join('\n');
    const sheet = readCsv(text, 'bred.csv').sheets[0]!;
    expect([sheet.rowCount, sheet.colCount]).toEqual([3, 16_384]);
    expect(sheet.rows.map((r) => presentIndices(r ?? [], 0, 16_383))).toEqual([
      [0, 1, 16_383],
      [0, 1, 16_383],
      [0, 1],
    ]);
    expect(cellAt(sheet, 2, 16_384)?.value).toBe('x');
  });

  it('readCsv keeps every non-blank field at its row and column', () => {
    fc.assert(
      fc.property(records, fc.constantFrom(';', ','), (rows, sep) => {
        const sheet = readCsv(`sep=${sep}\n${write(rows, sep)}`, 'x.csv').sheets[0]!;
        rows.forEach((r, i) =>
          r.forEach((f, j) => {
            expect(cellAt(sheet, i + 1, j + 1)?.value).toBe(f.trim() === '' ? undefined : f);
          }),
        );
      }),
      { numRuns: runs },
    );
  });
});

/**
 * The field-by-field reading as it was written before it took slices of the text: one
 * character at a time (a quote opens only where the field is still empty).
 */
function recordsCharByChar(text: string, sep: string): string[][] {
  const records: string[][] = [];
  let current: string[] = [];
  let value = '';
  let quoted = false;
  let started = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    started = true;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        value += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else value += ch;
    } else if (ch === '"' && value === '') quoted = true;
    else if (ch === sep) {
      current.push(value);
      value = '';
    } else if (ch === '\r' || ch === '\n') {
      current.push(value);
      records.push(current);
      current = [];
      value = '';
      started = false;
      if (ch === '\r' && text[i + 1] === '\n') i++;
    } else value += ch;
  }
  if (started) {
    current.push(value);
    records.push(current);
  }
  return records;
}

describe('parseCsvRecords takes slices of the text', () => {
  it('as the character-by-character reading, on any text of quotes, separators and breaks', () => {
    const piece = fc.constantFrom('"', '""', ';', ',', '\r', '\n', '\r\n', 'a', 'bc', ' ', 'æø');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.constantFrom(';', ','), (pieces, sep) => {
        const text = pieces.join('');
        expect(parseCsvRecords(text, sep)).toEqual(recordsCharByChar(text, sep));
      }),
      { numRuns: 5000 },
    );
  });

  it('reads a quote never closed as one field to the end of the text', () => {
    const rest = 'Konto 1;100\n'.repeat(100_000);
    const records = parseCsvRecords(`Post;Beløb\n"${rest}`, ';');
    expect(records).toEqual([['Post', 'Beløb'], [rest]]);
  });
});
