/**
 * Worker-thread entry (bundled to dist/worker.js): checks the batches of files the main
 * thread sends and posts the results back, batch by batch.
 */
import { parentPort } from 'node:worker_threads';
import { checkFile, type CheckTask, type FileResult } from './check-file';

export interface WorkerRequest {
  tasks: CheckTask[];
}

export interface WorkerReply {
  results: { index: number; result: FileResult }[];
}

parentPort?.on('message', async (request: WorkerRequest) => {
  const results: WorkerReply['results'] = [];
  for (const task of request.tasks) {
    results.push({ index: task.index, result: await checkFile(task) });
  }
  parentPort!.postMessage({ results } satisfies WorkerReply);
});
