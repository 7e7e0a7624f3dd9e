/**
 * Worker-thread entry (bundled to dist/worker.js): checks the batches of files the main
 * thread sends and posts the outcomes back, batch by batch, shaped as the run's
 * presentation (workerData) wants them.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkFileSafely, type CheckTask } from './check-file';
import { outcomeOf, type FileOutcome, type Presentation } from './outcome';
import { mark } from './timing';

export interface WorkerRequest {
  tasks: CheckTask[];
}

export interface WorkerReply {
  outcomes: FileOutcome[];
}

const presentation = workerData as Presentation;
mark('started');
let batches = 0;

parentPort?.on('message', async (request: WorkerRequest) => {
  const outcomes: FileOutcome[] = [];
  for (const task of request.tasks) outcomes.push(outcomeOf(task.index, await checkFileSafely(task), presentation));
  parentPort!.postMessage({ outcomes } satisfies WorkerReply);
  if (++batches === 1) mark('first batch done');
});
