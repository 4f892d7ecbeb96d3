/**
 * The corpora `npm run eval` measures: the labelled workbooks in eval/corpus (each beside its
 * `<name>.labels.json`) and the real workbooks in ../shared/real-world-dev, read in place and
 * labelled in eval/real-world-labels.json.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readJson, validateLabels, type FileLabels } from './labels';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');

/** Every file a user might hand in, also the ones Ramme cannot read yet (.ods). */
const WORKBOOK = /\.(xlsx|xlsm|xls|ods|csv)$/i;

export interface Corpus {
  name: string;
  dir: string;
  files: string[];
  labels: (file: string) => FileLabels | undefined;
}

function workbookFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => WORKBOOK.test(f) && !f.startsWith('.') && !f.startsWith('~$'))
    .sort()
    .map((f) => path.join(dir, f));
}

function labelFile(file: string): string {
  return file.replace(/\.[^.]+$/, '.labels.json');
}

export function generatedCorpus(dir = path.join(HERE, 'corpus')): Corpus | undefined {
  if (!existsSync(dir)) return undefined;
  return {
    name: 'corpus',
    dir,
    files: workbookFiles(dir),
    labels: (file) => {
      const at = labelFile(file);
      return existsSync(at) ? validateLabels(readJson<FileLabels>(at), at) : undefined;
    },
  };
}

function sharedDir(): string {
  return (
    process.env.RAMME_REAL_WORLD ??
    [path.resolve(ROOT, '../shared/real-world-dev'), '/work/shared/real-world-dev'].find((d) =>
      existsSync(d),
    ) ??
    path.resolve(ROOT, '../shared/real-world-dev')
  );
}

export function realWorldCorpus(
  dir = sharedDir(),
  labelsAt = path.join(HERE, 'real-world-labels.json'),
): Corpus | undefined {
  if (!existsSync(dir)) return undefined;
  const all = existsSync(labelsAt) ? readJson<{ files: FileLabels[] }>(labelsAt).files : [];
  const byName = new Map(all.map((l, i) => [l.file, validateLabels(l, `${labelsAt} #${i}`)]));
  return {
    name: 'real-world',
    dir,
    files: workbookFiles(dir),
    labels: (file) => byName.get(path.basename(file)),
  };
}
