import type { Lang } from '../i18n';
import { parseRange } from '../grid';

/** What `ramme check` was asked to do. */
export interface CheckArgs {
  paths: string[];
  year?: number;
  sheet?: string;
  range?: string;
  json: boolean;
  lang: Lang;
  out?: string;
  /** Lets --out write over an existing file (never over an input). */
  force: boolean;
  /** Raises (or lowers) the read limit on cells, DEFAULT_READ_LIMITS.maxCells otherwise. */
  maxCells?: number;
  /** --threads: 1 checks every file in this thread, N ≥ 2 up to N threads; else threadsFor decides. */
  threads?: number;
}

export type ParsedArgs =
  { ok: true; args: CheckArgs } | { ok: false; message: { da: string; en: string } };

const VALUE_FLAGS = new Set([
  '--year',
  '--sheet',
  '--range',
  '--lang',
  '--out',
  '--max-cells',
  '--threads',
]);

function usage(da: string, en: string): ParsedArgs {
  return { ok: false, message: { da, en } };
}

/** Splits '--flag=value' so both spellings work. */
function split(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (const a of argv) {
    const eq = a.indexOf('=');
    if (a.startsWith('--') && eq > 2 && VALUE_FLAGS.has(a.slice(0, eq))) {
      out.push(a.slice(0, eq), a.slice(eq + 1));
    } else out.push(a);
  }
  return out;
}

/** The language asked for anywhere on the line, so even a usage error is in it. */
export function langOf(argv: readonly string[]): Lang {
  const a = split(argv);
  const i = a.lastIndexOf('--lang');
  return i >= 0 && a[i + 1] === 'en' ? 'en' : 'da';
}

export function parseCheckArgs(argv: readonly string[]): ParsedArgs {
  const a = split(argv);
  const args: CheckArgs = { paths: [], json: false, force: false, lang: 'da' };
  for (let i = 0; i < a.length; i++) {
    const flag = a[i]!;
    if (flag === '--json' || flag === '--force') {
      if (flag === '--json') args.json = true;
      else args.force = true;
      continue;
    }
    if (!flag.startsWith('-') || flag === '-') {
      args.paths.push(flag);
      continue;
    }
    if (flag === '--') {
      args.paths.push(...a.slice(i + 1));
      break;
    }
    if (!VALUE_FLAGS.has(flag)) {
      return usage(`ukendt tilvalg ${flag}`, `unknown option ${flag}`);
    }
    const value = a[++i];
    if (value === undefined || value === '') {
      return usage(`${flag} mangler en værdi`, `${flag} needs a value`);
    }
    switch (flag) {
      case '--year':
        if (!/^\d{4}$/.test(value)) {
          return usage(
            `--year skal være et årstal med fire cifre, ikke "${value}"`,
            `--year must be a four-digit year, not "${value}"`,
          );
        }
        args.year = Number(value);
        break;
      case '--sheet':
        args.sheet = value;
        break;
      case '--range':
        if (!parseRange(value)) {
          return usage(
            `--range skal være et område som A1:D20, ikke "${value}"`,
            `--range must be a range such as A1:D20, not "${value}"`,
          );
        }
        args.range = value.toUpperCase().replace(/\$/g, '');
        break;
      case '--lang':
        if (value !== 'da' && value !== 'en') {
          return usage(
            `--lang skal være da eller en, ikke "${value}"`,
            `--lang must be da or en, not "${value}"`,
          );
        }
        args.lang = value;
        break;
      case '--out':
        args.out = value;
        break;
      case '--max-cells': {
        // Grouping as either language writes it: 5.000.000, 5,000,000, 5_000_000.
        const digits = value.replace(/[.,_ ]/g, '');
        if (!/^[1-9]\d{0,11}$/.test(digits)) {
          return usage(
            `--max-cells skal være et helt antal celler over 0, ikke "${value}"`,
            `--max-cells must be a whole number of cells above 0, not "${value}"`,
          );
        }
        args.maxCells = Number(digits);
        break;
      }
      case '--threads':
        if (!/^[1-9]\d{0,2}$/.test(value)) {
          return usage(
            `--threads skal være et helt antal tråde fra 1 til 999, ikke "${value}"`,
            `--threads must be a whole number of threads from 1 to 999, not "${value}"`,
          );
        }
        args.threads = Number(value);
        break;
    }
  }
  if (args.paths.length === 0) {
    return usage(
      'angiv mindst én fil eller mappe at tjekke',
      'give at least one file or folder to check',
    );
  }
  return { ok: true, args };
}
