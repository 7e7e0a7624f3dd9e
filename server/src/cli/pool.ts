/**
 * Checks many files on all cores with worker threads; small batches run in-process,
 * where starting workers would cost more than it saves. Results keep the given order.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { checkFile, type CheckTask, type FileResult } from './check-file';
import type { WorkerReply, WorkerRequest } from './worker';

/** Below this many files, workers are not worth starting. */
export const IN_PROCESS_LIMIT = 8;

export async function checkAll(tasks: readonly CheckTask[], jobs: number, onProgress: (done: number) => void): Promise<FileResult[]> {
  const workerFile = join(__dirname, 'worker.js');
  const workers = Math.min(jobs, Math.ceil(tasks.length / 2));
  if (tasks.length < IN_PROCESS_LIMIT || workers < 2 || !existsSync(workerFile)) return checkInProcess(tasks, onProgress);
  return checkInWorkers(tasks, workers, workerFile, onProgress);
}

async function checkInProcess(tasks: readonly CheckTask[], onProgress: (done: number) => void): Promise<FileResult[]> {
  const results: FileResult[] = [];
  for (const task of tasks) {
    results.push(await checkFile(task));
    onProgress(results.length);
  }
  return results;
}

function checkInWorkers(tasks: readonly CheckTask[], count: number, workerFile: string, onProgress: (done: number) => void): Promise<FileResult[]> {
  // Batches small enough to balance the load, large enough that messaging stays cheap.
  const batchSize = Math.max(1, Math.min(64, Math.floor(tasks.length / (count * 8))));
  const results: (FileResult | undefined)[] = new Array(tasks.length);
  let next = 0;
  let done = 0;
  return new Promise((resolve, reject) => {
    const pool: Worker[] = [];
    let finished = false;
    const fail = (error: unknown): void => {
      if (finished) return;
      finished = true;
      for (const w of pool) void w.terminate();
      reject(error instanceof Error ? error : new Error(String(error)));
    };
    const feed = (worker: Worker): boolean => {
      if (next >= tasks.length) return false;
      const batch = tasks.slice(next, next + batchSize);
      next += batch.length;
      worker.postMessage({ tasks: batch } satisfies WorkerRequest);
      return true;
    };
    for (let i = 0; i < count; i++) {
      const worker = new Worker(workerFile);
      pool.push(worker);
      worker.on('error', fail);
      worker.on('exit', (code) => {
        if (!finished && code !== 0) fail(new Error(`worker exited with code ${code}`));
      });
      worker.on('message', (reply: WorkerReply) => {
        for (const { index, result } of reply.results) results[index] = result;
        done += reply.results.length;
        onProgress(done);
        if (feed(worker)) return;
        if (done === tasks.length && !finished) {
          finished = true;
          for (const w of pool) void w.terminate();
          resolve(results as FileResult[]);
        }
      });
      feed(worker);
    }
  });
}
