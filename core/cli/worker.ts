import { parentPort } from 'node:worker_threads';
import { checkFile, type CheckJob } from './check-file';

/** A worker thread of `ramme check`: checks the files it is sent, one at a time. */
parentPort?.on('message', (job: CheckJob) => {
  void checkFile(job).then((report) => parentPort?.postMessage(report));
});
