import { say, type Lang } from '../i18n';
import { formatAmount, formatNumber, formatPoints, toPlain, type Dec } from '../numbers';
import {
  isListKind,
  OPERATIONS,
  problemClass,
  runOperation,
  type Operation,
  type OperationValue,
  type ParamSpec,
  type RawArg,
} from '../registry';
import type { CommandHelp } from './help';
import type { Io } from './io';
import { listWords } from './list-words';

/** The registry's operations as `ramme <name>` commands, for the help text. */
export function registryCommands(): CommandHelp[] {
  return OPERATIONS.map((op) => ({
    name: `${op.cliName} ${op.params.map((p) => (p.optional ? `[--${p.key}]` : `--${p.key}`)).join(' ')}`,
    summary: op.description,
  }));
}

function paramOf(op: Operation, flag: string): ParamSpec | undefined {
  const name = flag.replace(/^--/, '').toLowerCase();
  return op.params.find((p) => [p.key, p.name.da, p.name.en].some((n) => n.toLowerCase() === name));
}

type Parsed =
  | { raw: Record<string, RawArg>; json: boolean; help: boolean }
  | { error: { da: string; en: string } };

/**
 * `--name value…` (the key, or the Danish or English name) or the values in parameter order;
 * a list parameter takes every word up to the next flag.
 */
function parseArgs(op: Operation, argv: readonly string[]): Parsed {
  const raw: Record<string, string[]> = {};
  const positional: string[] = [];
  let json = false;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') json = true;
    else if (a === '--help' || a === '-h') help = true;
    else if (a === '--lang') i++;
    else if (a.startsWith('--')) {
      const [flag, inline] = a.includes('=')
        ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]
        : [a, undefined];
      const p = paramOf(op, flag);
      if (!p) return { error: { da: `ukendt argument ${flag}`, en: `unknown argument ${flag}` } };
      const values = (raw[p.key] ??= []);
      if (inline !== undefined) values.push(inline);
      else if (isListKind(p.kind))
        while (i + 1 < argv.length && !argv[i + 1]!.startsWith('--')) values.push(argv[++i]!);
      else if (i + 1 < argv.length) values.push(argv[++i]!);
    } else positional.push(a);
  }
  const free = op.params.filter((p) => raw[p.key] === undefined);
  for (const p of free) {
    if (positional.length === 0) break;
    raw[p.key] = isListKind(p.kind) ? positional.splice(0) : [positional.shift()!];
  }
  if (positional.length > 0) {
    return {
      error: {
        da: `for mange værdier: ${positional.join(' ')}`,
        en: `too many values: ${positional.join(' ')}`,
      },
    };
  }
  const out: Record<string, RawArg> = {};
  for (const [k, v] of Object.entries(raw)) {
    const p = op.params.find((x) => x.key === k)!;
    out[k] = isListKind(p.kind) ? listWords(v) : (v[0] ?? '');
  }
  return { raw: out, json, help };
}

/** Up to `max` decimals, as many as the value has (never a 40-digit quotient). */
function upTo(value: Dec, max: number): number {
  return Math.min(max, Math.max(0, value.toDecimalPlaces(max).decimalPlaces()));
}

function perYear(v: OperationValue, value: Dec, lang: Lang): string {
  const a = lang === 'en' ? 'a year' : 'pr. år';
  const unit = v.valueUnit;
  const n =
    unit && unit !== 'count'
      ? formatAmount(value, unit, { lang, decimals: upTo(value, 2) })
      : formatNumber(value, { lang, decimals: upTo(value, 2) });
  return `${n} ${a}`;
}

function shown(v: OperationValue, value: Dec, lang: Lang): string {
  // The digits the user wrote are kept ('1.572.000,50'), never cut to the value's own.
  const decimals = v.decimals;
  switch (v.unit) {
    case 'percent':
      return formatAmount(value, 'percent', { lang, decimals });
    case 'points':
      return formatPoints(value, { lang, decimals });
    case 'points-per-year':
      return `${formatPoints(value, { lang, decimals: upTo(value, 2) })} ${lang === 'en' ? 'a year' : 'pr. år'}`;
    case 'per-year':
      return perYear(v, value, lang);
    case 'person-years':
      return formatAmount(value, 'årsværk', { lang, decimals });
    case 'years':
      return `${formatNumber(value, { lang, decimals: upTo(value, 1) })} ${lang === 'en' ? 'years' : 'år'}`;
    case 'kr':
    case '1.000 kr.':
    case 'mio. kr.':
      return formatAmount(value, v.unit, { lang, decimals });
    default:
      return formatNumber(value, { lang, decimals: decimals ?? upTo(value, 6) });
  }
}

function human(v: OperationValue, lang: Lang): string {
  const lines =
    v.kind === 'number'
      ? [shown(v, v.value, lang)]
      : v.values.map((x) => (x === null ? '' : shown(v, x, lang)));
  if (v.note) lines.push(say(v.note, lang));
  return `${lines.join('\n')}\n`;
}

function json(op: Operation, v: OperationValue, lang: Lang): string {
  const body =
    v.kind === 'number'
      ? { operation: op.id, value: toPlain(v.value), unit: v.unit }
      : {
          operation: op.id,
          values: v.values.map((x) => (x === null ? null : toPlain(x))),
          unit: v.unit,
        };
  if (v.valueUnit) Object.assign(body, { valueUnit: v.valueUnit });
  if (v.codes) Object.assign(body, v.codes);
  return `${JSON.stringify(v.note ? { ...body, note: say(v.note, lang) } : body)}\n`;
}

function opHelp(op: Operation, lang: Lang): string {
  const params = op.params.map(
    (p) =>
      `  --${p.key.padEnd(10)} ${say(p.name, lang)}${p.optional ? (lang === 'en' ? ' (optional)' : ' (valgfri)') : ''}: ${say(p.description, lang)}`,
  );
  const list = op.params.find((p) => isListKind(p.kind));
  const lists = list
    ? say(
        {
          da: `\nFlere værdier skrives efter hinanden eller med semikolon: --${list.key} 3 2 1 eller --${list.key} "3;2;1".\n`,
          en: `\nSeveral values go one after another or with semicolons: --${list.key} 3 2 1 or --${list.key} "3;2;1".\n`,
        },
        lang,
      )
    : '';
  return `ramme ${op.cliName}: ${say(op.description, lang)}\n\n${params.join('\n')}\n${lists}`;
}

/**
 * Runs one registry operation as a command. Exit 0 with the answer (or, when no answer exists,
 * the reason, on stdout); exit 2 with one line on stderr when an argument cannot be read or is
 * impossible (a step of 0, quarter 5), as the README promises for usage errors.
 */
export function runRegistryCommand(
  op: Operation,
  argv: readonly string[],
  io: Io,
  lang: Lang,
): number {
  const parsed = parseArgs(op, argv);
  if ('error' in parsed) {
    io.err(`ramme ${op.cliName}: ${say(parsed.error, lang)}`);
    return 2;
  }
  if (parsed.help) {
    io.out(opHelp(op, lang));
    return 0;
  }
  const r = runOperation(op, parsed.raw, { numberStyle: 'da' });
  if (r.ok) {
    io.out(parsed.json ? json(op, r.value, lang) : human(r.value, lang));
    return 0;
  }
  const cls = problemClass(r.error.code);
  const message = say(r.error.message, lang);
  if (cls !== 'none') {
    io.err(`ramme ${op.cliName}: ${message}`);
    return 2;
  }
  io.out(
    parsed.json
      ? `${JSON.stringify({ operation: op.id, value: null, reason: { code: r.error.code, message } })}\n`
      : `${message}\n`,
  );
  return 0;
}
