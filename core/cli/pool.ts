import { existsSync, statSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { emptyReport } from '../check';
import { say } from '../i18n';
import type { FileReport } from '../report';
import type { CheckJob } from './check-file';

/**
 * The bundled worker, dist/cli/worker.mjs: beside this code, or one folder up when this code
 * sits in a split chunk (dist/cli/chunks/).
 */
export function workerUrl(base: string = import.meta.url): URL | undefined {
  for (const candidate of ['../worker.mjs', './worker.mjs']) {
    try {
      const url = new URL(candidate, base);
      if (url.protocol === 'file:' && existsSync(fileURLToPath(url))) return url;
    } catch {
      // Not a file URL (tests importing the sources): no worker.
    }
  }
  return undefined;
}

/**
 * Below this many bytes of input in all, threads cost more than they save: each starts its own
 * Node isolate and loads the readers and the check again (0,3-0,8 s of CPU per thread; the
 * pool's CPU was 1,1-2,2× one thread's on 38 KB-26 MB). Only measured on the shared 2-core
 * machine, where spareCores keeps the pool off in any case (forced on, it never won and lost up
 * to 2,4×: docs/benchmarks.md, "The folder pool against one thread"); on more cores 10 MB is a
 * cautious guess.
 */
export const POOL_MIN_BYTES = 10_000_000;

function totalBytes(jobs: readonly CheckJob[]): number {
  let total = 0;
  for (const job of jobs) {
    try {
      // stat only: a pipe among the files is not opened here either.
      total += statSync(job.file).size;
    } catch {
      // Reported as unreadable by checkFile.
    }
  }
  return total;
}

/**
 * The threads a pool may use: never the last core, which a single check already half fills
 * with V8's own helper threads (garbage collection, compilation: 2 s of CPU in 1,3 s on the
 * 2-core machine), and never cores that other processes keep busy (the 1-minute load average).
 */
export function spareCores(cores: number, load: number): number {
  return Math.max(0, Math.min(cores - 1, Math.floor(cores - load)));
}

/** What decides the threads: the cores, their load, and --threads if given. */
export interface Machine {
  cores: number;
  load: number;
  /** --threads: 1 is one thread, N at most N threads, whatever the size and the machine. */
  asked?: number;
}

export function machineNow(asked?: number): Machine {
  return { cores: availableParallelism(), load: loadavg()[0] ?? 0, asked };
}

/**
 * How many threads pay for themselves: 1 for little work or a busy machine, else one per spare
 * core (spareCores) up to the files; `asked` overrides all of it.
 */
export function threadsFor(jobs: readonly CheckJob[], machine: Machine = machineNow()): number {
  if (machine.asked !== undefined) return Math.max(1, Math.min(jobs.length, machine.asked));
  const spare = spareCores(machine.cores, machine.load);
  if (jobs.length < 2 || spare < 2) return 1;
  return totalBytes(jobs) >= POOL_MIN_BYTES ? Math.min(jobs.length, spare) : 1;
}

/** A thread that died on a file, said in the user's language with the file's name. */
export function workerFailure(job: CheckJob, e: Error): string {
  const oom = (e as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
  return say(
    oom
      ? {
          da: `${job.file} kunne ikke tjekkes: hukommelsen slap op under læsningen. Del projektmappen op i mindre filer.`,
          en: `${job.file} could not be checked: memory ran out while reading it. Split the workbook into smaller files.`,
        }
      : {
          da: `${job.file} kunne ikke tjekkes: tjekket stoppede uventet.`,
          en: `${job.file} could not be checked: the check stopped unexpectedly.`,
        },
    job.options.lang,
  );
}

/**
 * Checks the files on worker threads when the work pays for them or `asked` (--threads) says
 * so (threadsFor); reports come back in the order of `jobs`. Little work, or no bundled worker
 * (tests importing the sources), runs here.
 */
export async function checkAll(
  jobs: readonly CheckJob[],
  onDone: (done: number) => void = () => {},
  asked?: number,
): Promise<FileReport[]> {
  const url = workerUrl();
  const threads = threadsFor(jobs, machineNow(asked));
  // The readers load in this thread only when it checks files itself.
  const checkFile = async (job: CheckJob): Promise<FileReport> =>
    (await import('./check-file')).checkFile(job);
  const results: FileReport[] = new Array(jobs.length);
  let done = 0;
  if (threads <= 1 || url === undefined) {
    for (const [i, job] of jobs.entries()) {
      results[i] = await checkFile(job);
      onDone(++done);
    }
    return results;
  }
  let next = 0;
  const runOn = (worker: Worker): Promise<void> =>
    new Promise((resolve) => {
      const take = (): void => {
        if (next >= jobs.length) {
          void worker.terminate().then(() => resolve());
          return;
        }
        const i = next++;
        const job = jobs[i]!;
        const settle = (report: FileReport): void => {
          worker.off('message', onMessage);
          worker.off('error', onError);
          results[i] = report;
          onDone(++done);
          take();
        };
        const onMessage = (report: FileReport): void => settle(report);
        // A crashed thread loses only its file; the rest continue here in the main thread.
        const onError = (e: Error): void => {
          worker.off('message', onMessage);
          results[i] = { ...emptyReport(job.file), error: workerFailure(job, e) };
          onDone(++done);
          void runRest().then(resolve);
        };
        worker.on('message', onMessage);
        worker.once('error', onError);
        worker.postMessage(job);
      };
      take();
    });
  const runRest = async (): Promise<void> => {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await checkFile(jobs[i]!);
      onDone(++done);
    }
  };
  // Node's worker threads (and the streams under them) load only when a pool starts.
  const { Worker: Thread } = await import('node:worker_threads');
  await Promise.all(Array.from({ length: threads }, () => runOn(new Thread(url))));
  return results;
}
