/**
 * `npm run eval` (`-- --json`, `-- --details`, `-- --corpus corpus|real-world`, `-- --only
 * TEXT` for the files whose name contains TEXT): runs today's
 * check on each labelled corpus and prints files, files read, error findings, precision, recall
 * on the labelled wrong totals, findings per code and dates called unreadable.
 */
import path from 'node:path';
import { generatedCorpus, realWorldCorpus, type Corpus } from './corpora';
import { formatDetails, formatSummary } from './format';
import { measureCorpus } from './measure';

interface Args {
  json: boolean;
  details: boolean;
  corpora: string[];
  only?: string;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { json: false, details: false, corpora: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') args.json = true;
    else if (a === '--details') args.details = true;
    else if (a === '--corpus') args.corpora.push(argv[++i] ?? '');
    else if (a === '--only') args.only = argv[++i] ?? '';
    else
      throw new Error(`unknown argument ${a} (use --json, --details, --corpus NAME, --only TEXT)`);
  }
  return args;
}

function chosen(names: readonly string[], only: string | undefined): Corpus[] {
  const all = [generatedCorpus(), realWorldCorpus()].filter((c): c is Corpus => c !== undefined);
  const picked = names.length === 0 ? all : all.filter((c) => names.includes(c.name));
  if (only === undefined) return picked;
  return picked
    .map((c) => ({ ...c, files: c.files.filter((f) => path.basename(f).includes(only)) }))
    .filter((c) => c.files.length > 0);
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const runs = [];
  for (const corpus of chosen(args.corpora, args.only)) {
    const run = await measureCorpus(corpus);
    // A path relative to where it runs, so a pasted run reads the same on every machine.
    runs.push({ ...run, summary: { ...run.summary, dir: path.relative('.', corpus.dir) } });
  }
  if (args.json) {
    const out = runs.map((r) => ({ ...r.summary, perFile: args.details ? r.scores : undefined }));
    process.stdout.write(`${JSON.stringify({ corpora: out }, null, 2)}\n`);
    return;
  }
  for (const run of runs) {
    const lines = formatSummary(run.summary);
    if (args.details) lines.push(...formatDetails(run));
    process.stdout.write(`${lines.join('\n')}\n\n`);
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`eval: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(2);
});
