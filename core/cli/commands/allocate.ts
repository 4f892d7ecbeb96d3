import { apportion, type Apportionment, type ApportionOptions } from '../../allocation';
import { say, type Lang, type Text } from '../../i18n';
import { Dec, formatNumber, parseAmount, toPlain, type DecimalLike } from '../../numbers';
import { listWords } from '../list-words';

export interface AllocateIo {
  out: (s: string) => void;
  /** One line; the caller's stream adds the newline. */
  err: (s: string) => void;
  readFile: (path: string) => Promise<string>;
}

interface AllocateArgs {
  total?: string;
  step?: string;
  weights: string[];
  weightsFile?: string;
  lock: string[];
  min: string[];
  max: string[];
  json: boolean;
  explain: boolean;
  percent: boolean;
}

class UsageError extends Error {
  constructor(readonly text: Text) {
    super(text.en);
  }
}

const usage = (da: string, en: string): UsageError => new UsageError({ da, en });

const LISTS = { '--weights': 'weights', '--lock': 'lock', '--min': 'min', '--max': 'max' } as const;
const VALUES = { '--total': 'total', '--step': 'step', '--weights-file': 'weightsFile' } as const;

function parseArgs(argv: readonly string[]): AllocateArgs {
  const a: AllocateArgs = {
    weights: [],
    lock: [],
    min: [],
    max: [],
    json: false,
    explain: false,
    percent: false,
  };
  const args = argv.flatMap((x) => {
    const eq = x.indexOf('=');
    return x.startsWith('--') && eq > 2 ? [x.slice(0, eq), x.slice(eq + 1)] : [x];
  });
  for (let i = 0; i < args.length; i++) {
    const flag = args[i];
    if (flag === '--json') a.json = true;
    else if (flag === '--explain') a.explain = true;
    else if (flag === '--percent') a.percent = true;
    else if (flag === '--lang') i++;
    else if (flag in VALUES) {
      const value = args[++i];
      if (value === undefined) throw usage(`${flag} mangler en værdi`, `${flag} needs a value`);
      a[VALUES[flag as keyof typeof VALUES]] = value;
    } else if (flag in LISTS) {
      const list = a[LISTS[flag as keyof typeof LISTS]];
      while (i + 1 < args.length && !args[i + 1].startsWith('--'))
        list.push(...listWords([args[++i]]));
    } else throw usage(`ukendt argument "${flag}"`, `unknown argument "${flag}"`);
  }
  if (a.total === undefined) throw usage('--total mangler', '--total is missing');
  if (a.weights.length === 0 && a.weightsFile === undefined) {
    throw usage('angiv --weights eller --weights-file', 'give --weights or --weights-file');
  }
  return a;
}

/** Plain integers and unambiguous decimals of ≤ 15 digits are exact as JS numbers. */
const SIMPLE = /^\d+(?:[.,](?:\d{1,2}|\d{4,}))?$/;

/** A number as the user wrote it: Danish (4,83) or English (4.83), ½ and friends. */
function readNumber(text: string, what: Text): DecimalLike {
  const t = text.trim();
  if (SIMPLE.test(t) && t.replace(/[.,]/, '').length <= 15) return Number(t.replace(',', '.'));
  const r = parseAmount(t);
  if (r.ok && r.amount.range === null && r.amount.qualifier === null) return r.amount.value;
  if (!r.ok) throw usage(`${what.da}: ${r.message.da}`, `${what.en}: ${r.message.en}`);
  throw usage(
    `${what.da}: "${t}" er ikke et enkelt tal`,
    `${what.en}: "${t}" is not a single number`,
  );
}

function readRows(items: string[], flag: string): Map<number, DecimalLike> {
  const out = new Map<number, DecimalLike>();
  for (const item of items) {
    const m = /^(\d+)[=:](.+)$/.exec(item.trim());
    if (!m || Number(m[1]) < 1) {
      throw usage(
        `${flag} skal skrives række=værdi, fx 1=2 (fik "${item}")`,
        `${flag} takes row=value, e.g. 1=2 (got "${item}")`,
      );
    }
    const row = Number(m[1]);
    out.set(row - 1, readNumber(m[2], { da: `${flag} række ${row}`, en: `${flag} row ${row}` }));
  }
  return out;
}

async function readWeights(a: AllocateArgs, io: AllocateIo): Promise<DecimalLike[]> {
  const weights = a.weights.map((w, i) =>
    readNumber(w, { da: `vægt ${i + 1}`, en: `weight ${i + 1}` }),
  );
  if (a.weightsFile === undefined) return weights;
  let text: string;
  try {
    text = await io.readFile(a.weightsFile);
  } catch {
    throw usage(`kan ikke læse filen ${a.weightsFile}`, `cannot read the file ${a.weightsFile}`);
  }
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim() === '') continue;
    weights.push(
      readNumber(lines[i], {
        da: `${a.weightsFile} linje ${i + 1}`,
        en: `${a.weightsFile} line ${i + 1}`,
      }),
    );
  }
  return weights;
}

/** Without --step, the total's last digit is the step: 5 → 1, 4,83 → 0,01. */
function defaultStep(total: DecimalLike): Dec {
  return new Dec(10).pow(-Math.max(0, new Dec(total).decimalPlaces()));
}

function jsonOutput(r: Apportionment, lang: Lang, explain: boolean): string {
  const out: Record<string, unknown> = {
    total: toPlain(r.total),
    step: toPlain(r.step),
    allocations: r.allocations.map(toPlain),
  };
  if (explain && r.explanation) {
    out.explanation = {
      leftoverSteps: r.explanation.leftoverSteps,
      summary: say(r.explanation.summary, lang),
      rows: r.explanation.rows.map((x) => ({
        row: x.row + 1,
        weight: toPlain(x.weight),
        basis: x.basis,
        quota: toPlain(x.quota),
        floor: toPlain(x.floor),
        extraStep: x.extraStep,
        rank: x.rank,
        allocation: toPlain(x.allocation),
        text: say(x.text, lang),
      })),
    };
  }
  return `${JSON.stringify(out)}\n`;
}

function humanOutput(r: Apportionment, lang: Lang, explain: boolean): string {
  const num = (d: Dec): string => {
    const places = Math.min(6, Math.max(0, d.decimalPlaces()));
    const text = formatNumber(d, { lang, decimals: places });
    return d.decimalPlaces() > 6 ? `≈ ${text}` : text;
  };
  const head =
    lang === 'en' ? ['Row', 'Weight', 'Quota', 'Share'] : ['Række', 'Vægt', 'Kvote', 'Andel'];
  const rows = r.explanation!.rows.map((x) => [
    String(x.row + 1),
    num(x.weight),
    num(x.quota),
    num(x.allocation),
  ]);
  const weightSum = r.explanation!.rows.reduce((s, x) => s.plus(x.weight), new Dec(0));
  rows.push([lang === 'en' ? 'Total' : 'I alt', num(weightSum), num(r.total), num(r.total)]);
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((row) => row[c].length)));
  const line = (cells: string[]): string =>
    cells
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c])))
      .join('  ');
  const out = [line(head), ...rows.map(line)];
  out.push('', say(r.explanation!.summary, lang));
  if (explain) for (const x of r.explanation!.rows) out.push(say(x.text, lang));
  return `${out.join('\n')}\n`;
}

/**
 * `ramme allocate --total 5 --step 0,5 --weights 3 2 2 [--lock 1=2] [--min 2=1] [--max 3=2]
 * [--percent] [--weights-file FILE] [--json] [--explain]`. Rows in --lock/--min/--max are
 * 1-based. Exit 0 when done, 2 on a usage or input error (one line on stderr).
 */
export async function runAllocate(args: string[], io: AllocateIo, lang: Lang): Promise<number> {
  try {
    const a = parseArgs(args);
    const total = readNumber(a.total!, { da: '--total', en: '--total' });
    const step =
      a.step === undefined
        ? defaultStep(total)
        : readNumber(a.step, { da: '--step', en: '--step' });
    const weights = await readWeights(a, io);
    const options: ApportionOptions = {
      locked: readRows(a.lock, '--lock'),
      min: readRows(a.min, '--min'),
      max: readRows(a.max, '--max'),
      weightsAre: a.percent ? 'percent' : 'numbers',
      explain: a.explain || !a.json,
    };
    const r = apportion(total, weights, step, options);
    if (!r.ok) {
      io.err(`ramme allocate: ${say(r.error.message, lang)}`);
      return 2;
    }
    io.out(a.json ? jsonOutput(r.value, lang, a.explain) : humanOutput(r.value, lang, a.explain));
    return 0;
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(`ramme allocate: ${say(e.text, lang)}`);
    return 2;
  }
}
