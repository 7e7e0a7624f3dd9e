/**
 * Phase timings on stderr when NIANBAO_TIMING is set (for profiling the CLI, see
 * docs/performance.md): milliseconds since the main thread started, per thread.
 */
import { performance } from 'node:perf_hooks';
import { isMainThread, threadId } from 'node:worker_threads';

const enabled = (process.env.NIANBAO_TIMING ?? '') !== '';
// Workers inherit the environment: their marks count from the process's start too.
if (enabled && isMainThread) process.env.NIANBAO_TIMING_ORIGIN = String(performance.timeOrigin);
const origin = Number(process.env.NIANBAO_TIMING_ORIGIN ?? performance.timeOrigin);

export function mark(label: string): void {
  if (!enabled) return;
  const ms = Math.round(performance.timeOrigin + performance.now() - origin);
  process.stderr.write(`nianbao timing: ${String(ms).padStart(6)} ms  ${isMainThread ? 'main' : `worker ${threadId}`}: ${label}\n`);
}
