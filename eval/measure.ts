/** Runs the check on every file of a corpus, in process, as `ramme check` does, and scores it. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { checkWorkbook, emptyReport } from '../core/check';
import { installInflater, readWorkbookBytes } from '../core/io';
import { nodeInflate } from '../core/io/node';
import { say } from '../core/i18n';
import type { FileReport } from '../core/report';
import type { Corpus } from './corpora';
import { dateCells } from './dates';
import { scoreFile, type DateCells, type FileScore } from './score';
import { summarise, type CorpusSummary } from './summary';

installInflater(nodeInflate);

const NO_DATES: DateCells = () => false;

async function checkOne(file: string): Promise<{ report: FileReport; isDate: DateCells }> {
  const name = path.basename(file);
  try {
    const read = await readWorkbookBytes(await readFile(file), name);
    if (!read.ok)
      return {
        report: { ...emptyReport(name), error: say(read.error.message, 'en') },
        isDate: NO_DATES,
      };
    return {
      report: { ...checkWorkbook(read.value, { lang: 'da' }), file: name },
      isDate: dateCells(read.value),
    };
  } catch (e) {
    const why = e instanceof Error ? e.message.split('\n')[0]! : String(e);
    return {
      report: { ...emptyReport(name), error: `could not be checked (${why})` },
      isDate: NO_DATES,
    };
  }
}

export interface CorpusRun {
  summary: CorpusSummary;
  scores: FileScore[];
}

export async function measureCorpus(corpus: Corpus): Promise<CorpusRun> {
  const scores: FileScore[] = [];
  for (const file of corpus.files) {
    const { report, isDate } = await checkOne(file);
    scores.push(scoreFile(report, corpus.labels(file), isDate));
  }
  return { summary: summarise(corpus.name, corpus.dir, scores), scores };
}
