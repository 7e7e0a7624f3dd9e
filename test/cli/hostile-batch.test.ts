/**
 * A batch holding files built to exhaust the converters, checked by the built CLI: each such
 * file gets an entry and a reason of its own, within seconds and bounded memory, and every
 * other file of the batch is checked as usual.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { blocksOf, blocksToDocx, blocksToHtml, CLEAN_EXAMPLE, DEFECTIVE_EXAMPLE, readExample } from '../convert/report-fixture';
import { repoRoot } from '../helpers/seeds';
import { deeplyNestedHtml, zipBombDocx } from './hostile-files';
import { buildCli, CLI, tempDir } from './run-cli';

interface Entry {
  file: string;
  year: number | null;
  diagnostics: { code: string }[];
  skipped?: string;
  error?: string;
  reason?: string;
}

interface MeasuredRun {
  status: number | null;
  entries: Entry[];
  stderr: string;
  seconds: number;
  /** Peak resident memory of the whole CLI process (its worker threads included), in MB. */
  peakMegabytes: number;
}

/**
 * Runs `nianbao check --format json` in a node process that records its own peak memory when it
 * exits (process.resourceUsage: no /usr/bin/time needed), as the CLI's only thread of control.
 */
function measuredCheck(dir: string, args: readonly string[]): MeasuredRun {
  const usageFile = join(dir, '.usage');
  const script = `
    process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(usageFile)}, String(process.resourceUsage().maxRSS)));
    process.argv = [process.argv[0], ${JSON.stringify(CLI)}, ...process.argv.slice(1)];
    require(${JSON.stringify(CLI)});
  `;
  const started = performance.now();
  const run = spawnSync(process.execPath, ['-e', script, 'check', '--format', 'json', ...args], { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const seconds = (performance.now() - started) / 1000;
  return {
    status: run.status,
    entries: JSON.parse(run.stdout) as Entry[],
    stderr: run.stderr,
    seconds,
    peakMegabytes: Number(readFileSync(usageFile, 'utf8')) / 1024,
  };
}

/** The hostile files and two reports, in a fresh folder; their names in the order the batch lists them. */
async function hostileBatch(extraReports = 0): Promise<{ dir: string; names: string[] }> {
  const dir = tempDir();
  const names: string[] = [];
  const add = (name: string, content: string | Uint8Array): void => {
    writeFileSync(join(dir, name), content);
    names.push(name);
  };
  add('1-nested.html', deeplyNestedHtml(200_000, '<p>网站维护通知</p>'));
  add('2-bomb.docx', zipBombDocx(3 * 1024));
  add('3-lying-bomb.docx', zipBombDocx(1024, 4_096));
  add('4-million-tags.html', `<html><body>${'<p>年报'.repeat(1_500_000)}</body></html>`);
  const huge = Buffer.alloc(51 * 1024 * 1024, 0x20);
  Buffer.from('<html><body><p>年度报告</p>').copy(huge);
  add('5-huge.htm', huge);
  add('6-clean.docx', await blocksToDocx(blocksOf(readExample(CLEAN_EXAMPLE))));
  add('7-defective.html', blocksToHtml(blocksOf(readExample(DEFECTIVE_EXAMPLE))));
  for (let i = 0; i < extraReports; i++) add(`8-report-${i}.md`, readFileSync(join(repoRoot, 'examples', CLEAN_EXAMPLE)));
  return { dir, names };
}

const TOO_LARGE_ZH = '文件过大或内容过多，不像一份年度报告（超过 50 MB，或者 Word 文档、网页展开后的内容远超一份报告），未检查';

function expectHostileEntries(entries: readonly Entry[], names: readonly string[]): void {
  expect(entries.map((e) => e.file)).toEqual(names);
  expect(entries.slice(0, 5).map(({ file, reason, skipped, error }) => ({ file, reason, skipped, error }))).toEqual([
    { file: '1-nested.html', reason: 'not-report', skipped: expect.stringMatching(/^看起来不是政府信息公开工作年度报告，未检查/) as unknown, error: undefined },
    { file: '2-bomb.docx', reason: 'too-large', skipped: TOO_LARGE_ZH, error: undefined },
    { file: '3-lying-bomb.docx', reason: 'too-large', skipped: TOO_LARGE_ZH, error: undefined },
    { file: '4-million-tags.html', reason: 'too-large', skipped: TOO_LARGE_ZH, error: undefined },
    { file: '5-huge.htm', reason: 'too-large', skipped: TOO_LARGE_ZH, error: undefined },
  ]);
  expect(entries[5]).toEqual({ file: '6-clean.docx', year: 2024, diagnostics: [] });
  expect(entries[6]!.year).toBe(2024);
  expect(entries[6]!.diagnostics.map((d) => d.code)).toEqual(['year-mismatch', 'row-missing', 'total-row', 'date-malformed']);
}

beforeAll(() => {
  buildCli();
});

describe('a batch with files built to exhaust the converters', () => {
  it('gives each of them a reason of its own, checks the rest, and exits by the reports’ findings (one thread)', async () => {
    const { dir, names } = await hostileBatch();
    const run = measuredCheck(dir, names);
    expect(run.stderr).toBe('');
    expectHostileEntries(run.entries, names);
    // The defective report has errors; nothing made the run fail as a whole (that would be 2).
    expect(run.status).toBe(1);
    expect(run.seconds).toBeLessThan(20);
    expect(run.peakMegabytes).toBeLessThan(500);
  });

  it('does the same on worker threads', async () => {
    const { dir, names } = await hostileBatch(3);
    const run = measuredCheck(dir, ['--jobs', '2', ...names]);
    expectHostileEntries(run.entries, names);
    for (const entry of run.entries.slice(7)) expect(entry).toMatchObject({ year: 2024, diagnostics: [] });
    expect(run.status).toBe(1);
    expect(run.seconds).toBeLessThan(20);
    expect(run.peakMegabytes).toBeLessThan(800);
  });

  it('exits 0 when the only report is clean', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bomb.docx'), zipBombDocx(3 * 1024));
    writeFileSync(join(dir, 'nested.html'), deeplyNestedHtml(200_000, blocksToHtml(blocksOf(readExample(CLEAN_EXAMPLE)))));
    const run = measuredCheck(dir, ['--lang', 'en', 'bomb.docx', 'nested.html']);
    expect(run.entries.map(({ file, reason, skipped }) => ({ file, reason, skipped }))).toEqual([
      {
        file: 'bomb.docx',
        reason: 'too-large',
        skipped: 'the file is too large or holds too much to be an annual report (over 50 MB, or a Word file or web page that expands to far more than a report); not checked',
      },
      // A page nested 200,000 deep is read like any other: the report inside it is checked.
      { file: 'nested.html', reason: undefined, skipped: undefined },
    ]);
    expect(run.entries[1]).toEqual({ file: 'nested.html', year: 2024, diagnostics: [] });
    expect(run.status).toBe(0);
  });
});
