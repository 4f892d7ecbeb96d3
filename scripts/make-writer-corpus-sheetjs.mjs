// Writes tests/fixtures/writers/sheetjs/ (committed): the tables of spec.json by SheetJS (the
// `xlsx` package behind many web and Node exports), in the shapes it writes that no other writer
// in the corpus does: strings inline as t="str" without a formula (bookSST off), dates as ISO
// text in t="d" cells (cellDates), notes, hidden sheets, merges, a defined name and the 1904
// date system; and Excel's binary workbook (.xlsb), which Ramme does not read but must name. SheetJS only makes the files, so it is not a dependency: make-writer-corpus.sh
// installs it in a temporary folder and passes that folder here.
//
//   node scripts/make-writer-corpus-sheetjs.mjs <folder holding node_modules/xlsx>
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const XLSX = createRequire(path.join(path.resolve(process.argv[2] ?? '.'), 'x.js'))('xlsx');
const out = 'tests/fixtures/writers/sheetjs';
const spec = JSON.parse(readFileSync('tests/fixtures/writers/spec.json', 'utf8'));

/** A spec value as SheetJS takes it: dates as UTC midnight. */
const value = (v) => (v && typeof v === 'object' ? new Date(`${v.date}T00:00:00Z`) : v);

function workbook({ note = false, date1904 = false, cellDates = false }) {
  const wb = XLSX.utils.book_new();
  wb.Workbook = { Sheets: [], Names: [], WBProps: { date1904 } };
  for (const s of spec.sheets) {
    const ws = XLSX.utils.aoa_to_sheet(
      s.rows.map((r) => r.map(value)),
      { cellDates },
    );
    if (s.name === 'Budget 2024') {
      ws['!merges'] = [XLSX.utils.decode_range('A1:B1')];
      for (let r = 4; r <= 8; r++) ws[`B${r}`].z = '#,##0';
      if (note) ws.B8.c = [{ a: 'Kasper', t: 'Tjek summen' }];
    }
    if (s.name === 'Bemanding 2024') {
      for (const a of ['B2', 'C2', 'B3', 'C3', 'B4', 'C4']) ws[a].z = 'dd-mm-yyyy';
      for (const a of ['D2', 'D3', 'D4']) ws[a].z = '0%';
    }
    XLSX.utils.book_append_sheet(wb, ws, s.name);
    wb.Workbook.Sheets.push({ Hidden: s.hidden ? 1 : 0 });
  }
  wb.Workbook.Names.push({ Name: 'Puljen', Ref: "'Budget 2024'!$A$3:$B$8" });
  return wb;
}

// Named '<ExcelJS twin>.<how>.xlsx' where the twin's name alone would not say what differs.
const variants = {
  plain: {},
  'plain.inline-strings': { bookSST: false },
  'plain.iso-dates': { cellDates: true },
  comment: { note: true },
  'features-1904': { note: true, date1904: true },
};

mkdirSync(out, { recursive: true });
for (const [name, o] of Object.entries(variants)) {
  XLSX.writeFile(workbook(o), path.join(out, `${name}.xlsx`), {
    bookSST: o.bookSST !== false,
    cellDates: o.cellDates === true,
    compression: true,
  });
}
// The binary workbook: a zip of .bin parts, not XML (tests/io/xlsb.test.ts).
XLSX.writeFile(workbook({}), path.join(out, 'plain.xlsb'), { bookType: 'xlsb', compression: true });
