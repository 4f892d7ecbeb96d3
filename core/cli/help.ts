import type { Lang } from '../i18n';

export interface CommandHelp {
  name: string;
  summary: { da: string; en: string };
}

const DA = `ramme — tjekker de Excel-ark, økonomi- og planlægningsfolk fører: totaler, årsværk,
finansiering, indikatorer og status, med fund i den præcise celle.

Brug:
  ramme check <fil|mappe>... [tilvalg]   tjek .xlsx-, .xlsm-, .ods- og .csv-filer (en mappe: alle filer i den)
  ramme allocate ...                     fordel et beløb eller årsværk præcist (se ramme allocate --help)
  ramme katalog FIL --ramme 15 [--sheet NAVN] [--orden given|pris] [--trin 0,001] [--json]
                                         vælg indsatser fra et katalog inden for en ramme
  ramme help                             denne hjælp (på engelsk: ramme help --lang en)
  ramme --version                        versionen

Tilvalg til check:
  --year ÅÅÅÅ        planåret (ellers et årstal i arkets navn eller titel)
  --sheet NAVN       tjek kun dette ark
  --range A1:D20     tjek kun dette område af det valgte ark (uden --sheet: det første ark)
  --json             skriv præcis ét JSON-objekt (se schema/check-report.schema.json)
  --lang da|en       sprog for beskeder og tal (standard: da)
  --out FIL.xlsx|FIL.xlsm|FIL.ods|MAPPE
                     skriv en kopi med fundene markeret og et ark "Ramme" med fund og resultater;
                     i en mappe hedder kopien som filen plus .ramme.xlsx (budget.csv →
                     budget.csv.ramme.xlsx; plan.xlsm → plan.xlsm.ramme.xlsm; plan.ods →
                     plan.ods.ramme.ods); den oprindelige fil ændres aldrig, og en fil, der
                     findes, overskrives kun med --force; en .xlsm's (og en .xltm-skabelons)
                     kopi skal hedde .xlsm, en .ods' .ods, alle andres .xlsx
  --force            lad --out skrive over en fil, der findes (aldrig over en fil, der tjekkes)
  --max-cells N      læs projektmapper med op til N celler (standard: hvad Nodes hukommelse
                     rummer, højst 12.000.000; se "Grænser" i README)
  --threads N        tjek filerne i op til N tråde; 1: i én tråd (standard: flere tråde, når
                     filerne fylder nok til at betale sig)

Afslutningskode: 0 ingen fejl, 1 fejl fundet, 2 forkert brug eller en fil kunne ikke læses.`;

const EN = `ramme — checks the Excel workbooks finance staff and planners keep: totals, person-years,
funding, indicators and status, with findings at the exact cell.

Usage:
  ramme check <file|folder>... [options]   check .xlsx, .xlsm, .ods and .csv files (a folder: every file in it)
  ramme allocate ...                       allocate an amount or person-years exactly (see ramme allocate --help)
  ramme katalog FILE --ramme 15 [--sheet NAME] [--orden given|pris] [--trin 0.001] [--json]
                                           pick initiatives from a catalogue within a frame
  ramme help                               this help (in Danish: ramme help)
  ramme --version                          the version

Options for check:
  --year YYYY        the plan year (else a year in the sheet's name or title)
  --sheet NAME       check this sheet only
  --range A1:D20     check this range only, of the chosen sheet (without --sheet: the first)
  --json             print exactly one JSON object (see schema/check-report.schema.json)
  --lang da|en       language of messages and numbers (default: da)
  --out FILE.xlsx|FILE.xlsm|FILE.ods|FOLDER
                     write a copy with the findings highlighted and a "Ramme" sheet listing
                     findings and results; in a folder the copy is named after the file plus
                     .ramme.xlsx (budget.csv → budget.csv.ramme.xlsx; plan.xlsm →
                     plan.xlsm.ramme.xlsm; plan.ods → plan.ods.ramme.ods); the original file is
                     never changed, and an existing file is written over only with --force; an
                     .xlsm's (and an .xltm template's) copy must be named .xlsm, an .ods's .ods,
                     any other's .xlsx
  --force            let --out write over an existing file (never over a file being checked)
  --max-cells N      read workbooks of up to N cells (default: what Node's memory holds, at
                     most 12,000,000; see "Limits" in README)
  --threads N        check the files on up to N threads; 1: on one thread (default: several
                     threads when the files are large enough to pay for them)

Exit code: 0 no errors, 1 errors found, 2 usage error or a file could not be read.`;

/** The help text; `extra` lists commands that come from the operation registry. */
export function helpText(lang: Lang, extra: readonly CommandHelp[] = []): string {
  const base = lang === 'en' ? EN : DA;
  if (extra.length === 0) return `${base}\n`;
  const width = Math.max(...extra.map((c) => c.name.length)) + 2;
  const title = lang === 'en' ? 'More commands:' : 'Flere kommandoer:';
  const lines = extra.map(
    (c) => `  ramme ${c.name.padEnd(width)}${lang === 'en' ? c.summary.en : c.summary.da}`,
  );
  return `${base}\n\n${title}\n${lines.join('\n')}\n`;
}

const ALLOCATE_DA = `ramme allocate --total T --weights V1 V2 ... [tilvalg]
  Fordeler totalen T efter vægtene i hele trin (største rest), så summen altid er præcis T.

  --total T            beløbet eller årsværkene, der fordeles (fx 5 eller 4,4)
  --step S             trinnet (fx 0,5 årsværk eller 0,1 mio. kr.)
  --weights V...       vægtene, én pr. række (eller i ét ord med semikolon: "3;2;2")
  --weights-file FIL   vægtene fra en fil, én pr. linje
  --percent            vægtene er procenter
  --lock R=V           række R beholder værdien V (rækker tælles fra 1)
  --min R=V, --max R=V mindst/højst V i række R
  --json               præcis ét JSON-objekt
  --explain            forklar hvert trin
`;

const ALLOCATE_EN = `ramme allocate --total T --weights W1 W2 ... [options]
  Allocates the total T by the weights in whole steps (largest remainder), so the parts always add up to exactly T.

  --total T            the amount or person-years to allocate (e.g. 5 or 4.4)
  --step S             the step (e.g. 0.5 person-years or 0.1 DKK m)
  --weights W...       the weights, one per row (or in one word with semicolons: "3;2;2")
  --weights-file FILE  the weights from a file, one per line
  --percent            the weights are percentages
  --lock R=V           row R keeps the value V (rows count from 1)
  --min R=V, --max R=V at least/at most V in row R
  --json               exactly one JSON object
  --explain            explain each step
`;

export function allocateHelp(lang: Lang): string {
  return lang === 'en' ? ALLOCATE_EN : ALLOCATE_DA;
}
