/**
 * Checks many files on all cores with worker threads; small batches run in-process,
 * where starting workers would cost more than it saves. A pool serves several runs
 * (the cross-file check makes a second, short one) and keeps the given order.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { checkFileSafely, failedCheck, type CheckTask } from './check-file';
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
        outcomes.push(outcomeOf(task.index, await checkFileSafely(task), presentation));
        onProgress?.(outcomes.length);
      }
      return outcomes;
    },
    close() {},
  };
}

/**
 * The heap a worker may take. A file that needs more (no converter should let one) ends that
 * worker, not the process: the file gets an entry of its own and the batch goes on.
 */
const WORKER_HEAP_MB = 2048;

/** A worker and the batches it was sent and has not answered yet, oldest first (it answers in order). */
interface PoolWorker {
  worker: Worker;
  inFlight: CheckTask[][];
  /** Why it stopped, when it reported an error before exiting. */
  failure?: unknown;
}

/** Exported for tests, which give it a worker file of their own. */
export function workerPool(count: number, workerFile: string, presentation: Presentation): CheckPool {
  let pool: PoolWorker[] = [];
  /** The run in progress: a worker's reply, or a worker's death, goes to it. */
  let current: { onReply(member: PoolWorker, reply: WorkerReply): void; onDeath(member: PoolWorker): void } | null = null;
  let closed = false;
  const spawn = (): PoolWorker => {
    const member: PoolWorker = {
      worker: new Worker(workerFile, { workerData: presentation, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } }),
      inFlight: [],
    };
    member.worker.on('error', (error) => {
      member.failure = error;
    });
    member.worker.on('exit', () => {
      if (closed) return;
      // A worker ends only when closed: any other exit is a death (out of memory, a crash).
      pool = pool.filter((m) => m !== member);
      current?.onDeath(member);
    });
    member.worker.on('message', (reply: WorkerReply) => {
      member.inFlight.shift();
      current?.onReply(member, reply);
    });
    pool.push(member);
    return member;
  };

  return {
    run(tasks, onProgress) {
      if (tasks.length === 0) return Promise.resolve([]);
      while (pool.length < count) spawn();
      // Batches small enough to balance the load, large enough that messaging stays cheap.
      const batchSize = Math.max(1, Math.min(64, Math.floor(tasks.length / (count * 8))));
      const positionOf = new Map<number, number>();
      for (const [position, task] of tasks.entries()) positionOf.set(task.index, position);
      const outcomes: (FileOutcome | undefined)[] = new Array(tasks.length);
      let next = 0;
      let done = 0;
      /**
       * Tasks of a worker that died, checked again one per batch, so that the file that ended
       * it is known: one that ends a worker when checked alone gets an entry of its own.
       */
      const retries: CheckTask[] = [];
      const retried = new Set<number>();
      return new Promise((resolve) => {
        const feed = (member: PoolWorker): void => {
          let batch: CheckTask[];
          if (retries.length > 0) batch = [retries.shift()!];
          else if (next < tasks.length) {
            batch = tasks.slice(next, next + batchSize);
            next += batch.length;
          } else return;
          member.inFlight.push(batch);
          member.worker.postMessage({ tasks: batch } satisfies WorkerRequest);
        };
        const record = (outcome: FileOutcome): void => {
          outcomes[positionOf.get(outcome.index)!] = outcome;
          done++;
        };
        const finishIfDone = (): void => {
          onProgress?.(done);
          if (done === tasks.length) {
            current = null;
            resolve(outcomes as FileOutcome[]);
          }
        };
        current = {
          onReply(member, reply) {
            for (const outcome of reply.outcomes) record(outcome);
            feed(member);
            finishIfDone();
          },
          onDeath(member) {
            const cause = member.failure ?? new Error('the worker checking it stopped');
            // Only the batch the worker was checking can have ended it; the one queued behind it
            // never started, and is checked again as it is, under no suspicion.
            const [checking, ...queued] = member.inFlight;
            for (const task of checking ?? []) {
              if (retried.has(task.index)) record(outcomeOf(task.index, failedCheck(task, cause), presentation));
              else {
                retried.add(task.index);
                retries.push(task);
              }
            }
            for (const task of queued.flat()) retries.push(task);
            member.inFlight = [];
            // Replaced only while there is work for it (the next run starts any that are missing).
            if (retries.length > 0 || next < tasks.length) {
              const replacement = spawn();
              feed(replacement);
              feed(replacement);
            }
            finishIfDone();
          },
        };
        // Two batches per worker from the start: while the worker checks one, the next is
        // already waiting in its queue, so it never idles on the round trip of a reply.
        for (const member of pool) {
          feed(member);
          feed(member);
        }
      });
    },
    close() {
      closed = true;
      for (const member of pool) void member.worker.terminate();
    },
  };
}
