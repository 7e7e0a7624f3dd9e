/**
 * Checks many files on all cores with worker threads; small batches run in-process,
 * where starting workers would cost more than it saves. A pool serves several runs
 * (the cross-file check makes a second, short one) and keeps the given order.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { checkFile, type CheckTask } from './check-file';
import { outcomeOf, type FileOutcome, type Presentation } from './outcome';
import type { WorkerReply, WorkerRequest } from './worker';

/** Below this many files, workers are not worth starting. */
export const IN_PROCESS_LIMIT = 8;

export interface CheckPool {
  /** The outcomes of `tasks`, in their order. */
  run(tasks: readonly CheckTask[], onProgress?: (done: number) => void): Promise<FileOutcome[]>;
  close(): void;
}

export function openPool(fileCount: number, jobs: number, presentation: Presentation): CheckPool {
  const workerFile = join(__dirname, 'worker.js');
  const workers = Math.min(jobs, Math.ceil(fileCount / 2));
  if (fileCount < IN_PROCESS_LIMIT || workers < 2 || !existsSync(workerFile)) return inProcessPool(presentation);
  return workerPool(workers, workerFile, presentation);
}

function inProcessPool(presentation: Presentation): CheckPool {
  return {
    async run(tasks, onProgress) {
      const outcomes: FileOutcome[] = [];
      for (const task of tasks) {
        outcomes.push(outcomeOf(task.index, await checkFile(task), presentation));
        onProgress?.(outcomes.length);
      }
      return outcomes;
    },
    close() {},
  };
}

function workerPool(count: number, workerFile: string, presentation: Presentation): CheckPool {
  const pool: Worker[] = [];
  /** The run in progress: a worker's reply goes to it. */
  let current: { onReply(worker: Worker, reply: WorkerReply): void; fail(error: Error): void } | null = null;
  let closed = false;
  /** A worker that failed between runs fails the next run, which would otherwise wait for it forever. */
  let broken: Error | null = null;
  const failCurrent = (error: unknown): void => {
    broken = error instanceof Error ? error : new Error(String(error));
    current?.fail(broken);
  };
  const start = (): void => {
    for (let i = 0; i < count; i++) {
      const worker = new Worker(workerFile, { workerData: presentation });
      worker.on('error', failCurrent);
      worker.on('exit', (code) => {
        if (!closed && code !== 0) failCurrent(new Error(`worker exited with code ${code}`));
      });
      worker.on('message', (reply: WorkerReply) => current?.onReply(worker, reply));
      pool.push(worker);
    }
  };

  return {
    run(tasks, onProgress) {
      if (tasks.length === 0) return Promise.resolve([]);
      if (broken) return Promise.reject(broken);
      if (pool.length === 0) start();
      // Batches small enough to balance the load, large enough that messaging stays cheap.
      const batchSize = Math.max(1, Math.min(64, Math.floor(tasks.length / (count * 8))));
      const positionOf = new Map<number, number>();
      for (const [position, task] of tasks.entries()) positionOf.set(task.index, position);
      const outcomes: (FileOutcome | undefined)[] = new Array(tasks.length);
      let next = 0;
      let done = 0;
      return new Promise((resolve, reject) => {
        const feed = (worker: Worker): void => {
          if (next >= tasks.length) return;
          const batch = tasks.slice(next, next + batchSize);
          next += batch.length;
          worker.postMessage({ tasks: batch } satisfies WorkerRequest);
        };
        current = {
          onReply(worker, reply) {
            for (const outcome of reply.outcomes) outcomes[positionOf.get(outcome.index)!] = outcome;
            done += reply.outcomes.length;
            onProgress?.(done);
            feed(worker);
            if (done === tasks.length) {
              current = null;
              resolve(outcomes as FileOutcome[]);
            }
          },
          fail(error) {
            current = null;
            reject(error);
          },
        };
        // Two batches per worker from the start: while the worker checks one, the next is
        // already waiting in its queue, so it never idles on the round trip of a reply.
        for (const worker of pool) {
          feed(worker);
          feed(worker);
        }
      });
    },
    close() {
      closed = true;
      for (const worker of pool) void worker.terminate();
    },
  };
}
