/**
 * The worker pool when a worker dies on a file (out of memory, a crash no try/catch sees): the
 * file gets an `internal-error` entry of its own, the other files the dead worker held are
 * checked again, and the run goes on. A stand-in worker script plays the dying worker.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFileSafely, type CheckTask } from '../../server/src/cli/check-file';
import { workerPool } from '../../server/src/cli/pool';
import { tempDir } from './run-cli';

/** Answers each batch with a clean result per file, and dies (an uncaught error) on a batch holding a file named crash. */
const STAND_IN_WORKER = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', ({ tasks }) => {
  if (tasks.some((t) => t.path.includes('crash'))) throw new Error('stand-in worker died on ' + tasks.map((t) => t.display).join(','));
  parentPort.postMessage({ outcomes: tasks.map((t) => ({ index: t.index, result: { file: t.display, year: 2024, diagnostics: [] }, counts: { errors: 0, warnings: 0, others: 0 } })) });
});
`;

function tasks(names: readonly string[]): CheckTask[] {
  return names.map((name, index) => ({ index, path: `/reports/${name}`, display: name, options: { lang: 'zh' }, fix: false }));
}

describe('worker pool', () => {
  it('gives the file a dead worker was checking an entry of its own and checks every other file', async () => {
    const dir = tempDir();
    const workerFile = join(dir, 'stand-in-worker.js');
    writeFileSync(workerFile, STAND_IN_WORKER);
    const names = Array.from({ length: 40 }, (_, i) => (i === 17 ? 'crash.docx' : `r${i}.md`));
    const pool = workerPool(2, workerFile, { quiet: false, json: false });
    try {
      const outcomes = await pool.run(tasks(names));
      expect(outcomes.map((o) => o.index)).toEqual(names.map((_, i) => i));
      for (const [i, outcome] of outcomes.entries()) {
        if (i === 17) continue;
        expect(outcome.result).toEqual({ file: names[i], year: 2024, diagnostics: [] });
      }
      // Checked alone, it killed its worker again: that is the file, and only that one, that failed.
      expect(outcomes[17]!.result).toEqual({
        file: 'crash.docx',
        year: null,
        diagnostics: [],
        error: '检查这个文件时程序出错，未检查（请反馈此问题，其他文件不受影响）：stand-in worker died on crash.docx',
        reason: 'internal-error',
      });
      // The pool still serves a second run (the cross-year check makes one).
      const again = await pool.run(tasks(['a.md', 'b.md', 'c.md', 'd.md']));
      expect(again.map((o) => o.result.file)).toEqual(['a.md', 'b.md', 'c.md', 'd.md']);
    } finally {
      pool.close();
    }
  });
});

describe('checkFileSafely', () => {
  it('makes an exception thrown while checking a file that file’s own error entry', async () => {
    // A path that is not a string: checkFile throws a TypeError on it.
    const task: CheckTask = { index: 0, path: 42 as unknown as string, display: 'odd.md', options: { lang: 'en' }, fix: false };
    const checked = await checkFileSafely(task);
    expect(checked.result.reason).toBe('internal-error');
    expect(checked.result.error).toMatch(/^checking this file failed inside nianbao; not checked \(please report it; the other files are not affected\): .*lastIndexOf/);
    expect(checked.result).toMatchObject({ file: 'odd.md', year: null, diagnostics: [] });
  });
});
