import ExcelJS from 'exceljs';
import { kindName, reasonText, statusName } from '../check';
import { sheetCell, type Workbook } from '../grid';
import type { Lang } from '../i18n';
import type { FileReport, Finding } from '../report';
import { readCsv } from './csv';
import { decodeText, sniffFormat, toBytes } from './magic';

/**
 * An annotated copy of a checked workbook: each finding's cell filled (red error, yellow
 * warning, blue info) with the message as a note, and a `Ramme` sheet listing findings and
 * results. Works on the original bytes (the input is never touched) and runs in the browser
 * too. A CSV becomes an .xlsx with its cells.
 */
export async function annotateWorkbook(
  original: ArrayBuffer | Uint8Array,
  report: FileReport,
  lang: Lang,
): Promise<Uint8Array> {
  const bytes = toBytes(original);
  const wb = new ExcelJS.Workbook();
  if (sniffFormat(bytes) === 'zip') {
    // ExcelJS's typing asks for a Node Buffer; JSZip underneath reads any Uint8Array.
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } else {
    copyGrid(wb, readCsv(decodeText(bytes), report.file));
  }
  for (const f of report.findings) markCell(wb, f);
  addRammeSheet(wb, report, lang);
  const out = await wb.xlsx.writeBuffer();
  return new Uint8Array(out as ArrayBuffer);
}

const FILL: Record<Finding['severity'], string> = {
  error: 'FFFFC7CE',
  warning: 'FFFFEB9C',
  info: 'FFDDEBF7',
};

function copyGrid(wb: ExcelJS.Workbook, grid: Workbook): void {
  for (const sheet of grid.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    sheet.rows.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (!cell || cell.value === null) return;
        const v = cell.value;
        ws.getCell(r + 1, c + 1).value =
          typeof v === 'object' && !(v instanceof Date) ? v.error : v;
      }),
    );
  }
}

function noteText(existing: unknown): string {
  if (typeof existing === 'string') return existing;
  const texts = (existing as { texts?: Array<{ text?: string }> } | undefined)?.texts;
  return Array.isArray(texts) ? texts.map((t) => t.text ?? '').join('') : '';
}

function markCell(wb: ExcelJS.Workbook, f: Finding): void {
  const ws = wb.getWorksheet(f.sheet);
  if (!ws) return;
  const cell = ws.getCell(f.cell);
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILL[f.severity] } };
  const before = noteText(cell.note);
  const line = `Ramme: ${f.message}`;
  cell.note = before === '' ? line : `${before}\n${line}`;
}

const T = {
  da: {
    title: 'Ramme: fund og resultater',
    findings: 'Fund',
    findingHead: ['Alvor', 'Kode', 'Celle', 'Ramme beregner', 'Arket siger', 'Besked'],
    severity: { error: 'Fejl', warning: 'Advarsel', info: 'Info' },
    none: 'Ingen fund.',
    tables: 'Genkendte tabeller',
    tableHead: ['Ark', 'Område', 'Slags', 'Enhed'],
    capacity: 'Kapacitet',
    capacityHead: ['Ark', 'År', 'Kapacitet (årsværk)', 'Fordelt (årsværk)', 'Forskel'],
    funding: 'Finansiering',
    fundingHead: ['Ark', 'Udgifter', 'Finansiering', 'Balance', 'Enhed'],
    indicators: 'Indikatorer',
    indicatorHead: [
      'Ark',
      'Række',
      'Indikator',
      'Retning',
      'Første',
      'Seneste',
      'Ændring',
      'Pr. år',
      'Mål',
      'År til mål',
      'Nås i',
      'Status',
      'Begrundelse',
    ],
    status: 'Status for mål',
    statusHead: [
      'Ark',
      'Række',
      'Nr.',
      'Indsats',
      'Kvartal',
      'Mål',
      'Mål (øvre)',
      'Resultat',
      'Målopfyldelse (%)',
      'Prognose',
      'På sporet',
    ],
    yes: 'ja',
    no: 'nej',
  },
  en: {
    title: 'Ramme: findings and results',
    findings: 'Findings',
    findingHead: ['Severity', 'Code', 'Cell', 'Ramme computes', 'Sheet says', 'Message'],
    severity: { error: 'Error', warning: 'Warning', info: 'Info' },
    none: 'No findings.',
    tables: 'Tables recognised',
    tableHead: ['Sheet', 'Range', 'Kind', 'Unit'],
    capacity: 'Capacity',
    capacityHead: [
      'Sheet',
      'Year',
      'Capacity (person-years)',
      'Allocated (person-years)',
      'Difference',
    ],
    funding: 'Funding',
    fundingHead: ['Sheet', 'Spending', 'Financing', 'Balance', 'Unit'],
    indicators: 'Indicators',
    indicatorHead: [
      'Sheet',
      'Row',
      'Indicator',
      'Direction',
      'First',
      'Latest',
      'Change',
      'Per year',
      'Target',
      'Years to target',
      'Reached in',
      'Status',
      'Reason',
    ],
    status: 'Status of targets',
    statusHead: [
      'Sheet',
      'Row',
      'No.',
      'Initiative',
      'Quarter',
      'Target',
      'Target (upper)',
      'Result',
      'Attainment (%)',
      'Forecast',
      'On track',
    ],
    yes: 'yes',
    no: 'no',
  },
};

type Value = string | number | boolean | null | ExcelJS.CellHyperlinkValue;

/** A decimal string as an Excel number (the display precision Excel has anyway). */
function num(d: string | null): number | null {
  return d === null ? null : Number(d);
}

function freeName(wb: ExcelJS.Workbook, base: string): string {
  let name = base;
  for (let n = 2; wb.getWorksheet(name); n++) name = `${base} (${n})`;
  return name;
}

function addRammeSheet(wb: ExcelJS.Workbook, report: FileReport, lang: Lang): void {
  const t = T[lang];
  const ws = wb.addWorksheet(freeName(wb, 'Ramme'));
  const add = (values: Value[], bold = false): void => {
    const row = ws.addRow(values);
    if (bold) row.font = { bold: true };
  };
  const section = (title: string, head: string[], rows: Value[][]): void => {
    if (rows.length === 0) return;
    add([]);
    add([title], true);
    add(head, true);
    for (const r of rows) add(r);
  };
  add([t.title], true);
  add([report.file]);
  add([]);
  add([t.findings], true);
  if (report.findings.length === 0) add([t.none]);
  else {
    add(t.findingHead, true);
    for (const f of report.findings) {
      const ref = sheetCell(f.sheet, f.cell);
      add([
        t.severity[f.severity],
        f.code,
        { text: ref, hyperlink: `#${ref}` },
        num(f.expected),
        num(f.actual),
        f.message,
      ]);
    }
  }
  section(
    t.tables,
    t.tableHead,
    report.tables.map((x) => [x.sheet, x.range, kindName(x.kind, lang), x.unit]),
  );
  section(
    t.capacity,
    t.capacityHead,
    report.capacity.map((c) => [
      c.sheet,
      c.year,
      num(c.capacity),
      num(c.allocated),
      num(c.difference),
    ]),
  );
  section(
    t.funding,
    t.fundingHead,
    report.funding.map((f) => [f.sheet, num(f.spending), num(f.financing), num(f.balance), f.unit]),
  );
  section(
    t.indicators,
    t.indicatorHead,
    report.indicators.map((i) => [
      i.sheet,
      i.row,
      i.label,
      i.direction,
      i.first ? `${i.first.value} (${i.first.period})` : null,
      i.latest ? `${i.latest.value} (${i.latest.period})` : null,
      num(i.changePoints),
      num(i.ratePerYear),
      num(i.target),
      num(i.yearsToTarget),
      i.reachedIn,
      i.status === null ? null : statusName(i.status, lang),
      i.reason === null ? null : reasonText(i.reason, lang),
    ]),
  );
  section(
    t.status,
    t.statusHead,
    report.status.map((s) => [
      s.sheet,
      s.row,
      s.id,
      s.label,
      s.quarter,
      num(s.target),
      num(s.targetMax),
      num(s.actual),
      num(s.attainment),
      num(s.forecast),
      s.onTrack === null ? null : s.onTrack ? t.yes : t.no,
    ]),
  );
  ws.getColumn(1).width = 14;
  ws.getColumn(6).width = 80;
}
