import { sheetCell } from '../grid';
import type { Lang } from '../i18n';
import type { CheckReport, FileReport, Finding, TableKind } from '../report';
import { describeResults, kindName, unitName, type ResultsTextOptions } from '../check';
import { printable } from './printable';

const SEVERITY: Record<Finding['severity'], { da: string; en: string }> = {
  error: { da: 'FEJL', en: 'ERROR' },
  warning: { da: 'ADVARSEL', en: 'WARNING' },
  info: { da: 'INFO', en: 'INFO' },
};

function t(lang: Lang, da: string, en: string): string {
  return lang === 'en' ? en : da;
}

function count(lang: Lang, n: number, da: [string, string], en: [string, string]): string {
  const [one, many] = lang === 'en' ? en : da;
  return `${n} ${n === 1 ? one : many}`;
}

function tableLines(file: FileReport, lang: Lang): string[] {
  if (file.tables.length === 0)
    return [`  ${t(lang, 'Ingen tabeller genkendt.', 'No tables recognised.')}`];
  const refs = file.tables.map((tb) => sheetCell(tb.sheet, tb.range));
  const width = refs.reduce((w, r) => Math.max(w, r.length), 0) + 2;
  return [
    `  ${t(lang, 'Genkendte tabeller:', 'Tables recognised:')}`,
    ...file.tables.map((tb, i) => {
      const unit = tb.unit === null ? '' : `, ${unitName(tb.unit, lang)}`;
      return `    ${refs[i]!.padEnd(width)}${kindName(tb.kind as TableKind, lang)}${unit}`;
    }),
  ];
}

function findingLines(file: FileReport, lang: Lang): string[] {
  if (file.findings.length === 0) return [`  ${t(lang, 'Ingen fund.', 'No findings.')}`];
  const labels = file.findings.map((f) =>
    lang === 'en' ? SEVERITY[f.severity].en : SEVERITY[f.severity].da,
  );
  // reduce, not Math.max(...): a file can have 100.000s of findings.
  const width = labels.reduce((w, l) => Math.max(w, l.length), 0) + 2;
  const bySeverity = (s: Finding['severity']): number =>
    file.findings.reduce((n, f) => (f.severity === s ? n + 1 : n), 0);
  const heading = [
    [bySeverity('error'), ['fejl', 'fejl'], ['error', 'errors']] as const,
    [bySeverity('warning'), ['advarsel', 'advarsler'], ['warning', 'warnings']] as const,
    [bySeverity('info'), ['bemærkning', 'bemærkninger'], ['note', 'notes']] as const,
  ]
    .filter(([n]) => n > 0)
    .map(([n, da, en]) => count(lang, n, [...da], [...en]))
    .join(', ');
  return [
    `  ${heading}:`,
    ...file.findings.map(
      (f, i) => `    ${labels[i]!.padEnd(width)}${sheetCell(f.sheet, f.cell)}  ${f.message}`,
    ),
  ];
}

function copyLines(file: FileReport, lang: Lang): string[] {
  if (file.outError !== undefined)
    return [`  ${t(lang, 'KOPI IKKE SKREVET', 'COPY NOT WRITTEN')}: ${file.outError}`];
  if (file.out !== undefined)
    return [`  ${t(lang, 'Markeret kopi:', 'Annotated copy:')} ${file.out}`];
  return [];
}

function fileSection(file: FileReport, lang: Lang, options: ResultsTextOptions): string[] {
  if (file.error !== undefined)
    return [file.file, `  ${t(lang, 'KAN IKKE LÆSES', 'CANNOT BE READ')}: ${file.error}`];
  const results = describeResults(file, lang, options);
  return [
    file.file,
    ...tableLines(file, lang),
    ...findingLines(file, lang),
    ...(results.length > 0
      ? [`  ${t(lang, 'Resultater:', 'Results:')}`, ...results.map((r) => `    ${r}`)]
      : []),
    ...copyLines(file, lang),
  ];
}

function errors(file: FileReport): number {
  return file.findings.filter((f) => f.severity === 'error').length;
}

function warnings(file: FileReport): number {
  return file.findings.filter((f) => f.severity === 'warning').length;
}

function summaryTable(report: CheckReport, lang: Lang): string[] {
  const copies = report.files.some((f) => f.out !== undefined || f.outError !== undefined);
  const head = [
    t(lang, 'Fil', 'File'),
    t(lang, 'Tabeller', 'Tables'),
    t(lang, 'Fejl', 'Errors'),
    t(lang, 'Advarsler', 'Warnings'),
    ...(copies ? [t(lang, 'Markeret kopi', 'Annotated copy')] : []),
  ];
  const copy = (f: FileReport): string[] =>
    copies ? [f.out ?? (f.outError ? t(lang, 'ikke skrevet', 'not written') : '–')] : [];
  const rows = report.files.map((f) =>
    f.error !== undefined
      ? [f.file, '–', '–', t(lang, 'kan ikke læses', 'cannot be read'), ...copy(f)]
      : [f.file, String(f.tables.length), String(errors(f)), String(warnings(f)), ...copy(f)],
  );
  // reduce, not Math.max(...): a folder can hold 100.000s of files.
  const widths = head.map((h, i) => rows.reduce((w, r) => Math.max(w, r[i]!.length), h.length));
  const left = (i: number): boolean => i === 0 || i === 4;
  const line = (r: string[]): string =>
    `  ${r.map((c, i) => (left(i) ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')}`.trimEnd();
  return [line(head), ...rows.map(line)];
}

/** The Danish (or English) text report: per file its tables, findings and results; a summary. */
export function humanReport(
  report: CheckReport,
  lang: Lang,
  options: ResultsTextOptions = {},
): string {
  const out: string[] = [];
  for (const file of report.files) {
    for (const line of fileSection(file, lang, options)) out.push(line);
    out.push('');
  }
  const files = report.files.length;
  const unreadable = report.files.filter((f) => f.error !== undefined).length;
  const tables = report.files.reduce((n, f) => n + f.tables.length, 0);
  const errs = report.files.reduce((n, f) => n + errors(f), 0);
  const warns = report.files.reduce((n, f) => n + warnings(f), 0);
  out.push(t(lang, 'Opsummering', 'Summary'));
  if (files > 1) for (const line of summaryTable(report, lang)) out.push(line);
  const parts = [
    count(lang, files, ['fil', 'filer'], ['file', 'files']),
    count(lang, tables, ['tabel', 'tabeller'], ['table', 'tables']),
    count(lang, errs, ['fejl', 'fejl'], ['error', 'errors']),
    count(lang, warns, ['advarsel', 'advarsler'], ['warning', 'warnings']),
  ];
  if (unreadable > 0)
    parts.push(
      count(
        lang,
        unreadable,
        ['kan ikke læses', 'kan ikke læses'],
        ['cannot be read', 'cannot be read'],
      ),
    );
  const notWritten = report.files.filter((f) => f.outError !== undefined).length;
  if (notWritten > 0)
    parts.push(
      count(
        lang,
        notWritten,
        ['kopi ikke skrevet', 'kopier ikke skrevet'],
        ['copy not written', 'copies not written'],
      ),
    );
  out.push(`  ${t(lang, 'I alt', 'In all')}: ${parts.join(', ')}`);
  // Names and texts come from files: escaped, so none acts on the terminal or forges a line.
  return `${out.map(printable).join('\n')}\n`;
}
