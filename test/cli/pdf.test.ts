/**
 * PDFs through the built CLI (dist/cli.js, its worker threads and dist/pdfjs.js): the real
 * published PDFs of ../shared/real are read and checked, each failure fixture of
 * test/fixtures/pdf gets its own reason while the rest of the batch is checked, and the
 * bundles read PDFs with no node_modules anywhere above them (as the .vsix ships them).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLEAN_EXAMPLE } from '../convert/report-fixture';
import { helveticaPdf } from '../helpers/pdf-writer';
import { repoRoot } from '../helpers/seeds';
import { buildCli, runCli, tempDir } from './run-cli';

interface JsonEntry {
  file: string;
  year: number | null;
  diagnostics: { code: string; message: string }[];
  skipped?: string;
  error?: string;
  reason?: string;
}

const realPdf = (name: string) => join(repoRoot, '..', 'shared', 'real', name);
const fixture = (name: string) => join(repoRoot, 'test', 'fixtures', 'pdf', name);

function check(args: string[], cwd?: string): { status: number | null; entries: JsonEntry[]; stderr: string } {
  const run = runCli(['check', '--format', 'json', ...args], cwd === undefined ? {} : { cwd });
  return { status: run.status, entries: JSON.parse(run.stdout) as JsonEntry[], stderr: run.stderr };
}

beforeAll(() => {
  buildCli();
});

describe('nianbao check on real PDFs', () => {
  it('reads and checks the clean report: no finding, nothing skipped', () => {
    const { status, entries, stderr } = check([realPdf('huaian-city-2024.pdf')]);
    expect(entries).toEqual([{ file: realPdf('huaian-city-2024.pdf'), year: 2024, diagnostics: [] }]);
    expect(status).toBe(0);
    expect(stderr).toBe('');
  });

  it("reads table 四's figures of hongze-2023: both wrong totals are found", () => {
    const { entries } = check([realPdf('hongze-2023.pdf')]);
    expect(entries).toHaveLength(1);
    expect(entries[0]!.skipped).toBeUndefined();
    expect(entries[0]!.year).toBe(2023);
    const totals = entries[0]!.diagnostics.filter((d) => d.code === 'total-review').map((d) => d.message);
    expect(totals).toHaveLength(2);
    expect(totals[0]).toContain('11');
    expect(totals[1]).toContain('5');
  });
});

describe('nianbao check on PDFs it cannot read', () => {
  const expected: [string, string, string][] = [
    ['scanned.pdf', 'pdf-scanned', '这个 PDF 是扫描件或图片，里面没有可读取的文字，未检查；请提供带文字的 PDF（可以选中、复制其中文字的那种），或者报告的 Word 文件'],
    ['encrypted.pdf', 'pdf-encrypted', '这个 PDF 设置了打开密码（已加密），无法读取，未检查；请提供未加密的 PDF 或者报告的 Word 文件'],
    ['broken.pdf', 'invalid-pdf', '这个 PDF 文件已损坏或不完整，无法打开，未检查；请重新下载或重新导出 PDF'],
    ['not-a-pdf.pdf', 'invalid-pdf', '这个 PDF 文件已损坏或不完整，无法打开，未检查；请重新下载或重新导出 PDF'],
  ];

  it.each(expected)('%s: %s, with its message', (name, reason, message) => {
    const { entries } = check([fixture(name)]);
    expect(entries).toEqual([{ file: fixture(name), year: null, diagnostics: [], skipped: message, reason }]);
  });

  it('refuses a PDF of 2,000 pages within seconds', () => {
    const dir = tempDir();
    const pages = Array.from({ length: 2000 }, (_, i) => [{ x: 72, y: 760, size: 12, text: `Page ${i + 1}` }]);
    writeFileSync(join(dir, 'long.pdf'), helveticaPdf(pages));
    const started = Date.now();
    const { entries } = check(['long.pdf'], dir);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(entries).toEqual([
      { file: 'long.pdf', year: null, diagnostics: [], skipped: '这个 PDF 太大，不像一份年度报告（超过 200 页或 50 MB，或 20 秒内未能读完），未检查', reason: 'pdf-too-large' },
    ]);
  });

  it('checks the other files of a batch with a broken PDF in it', () => {
    const dir = tempDir();
    copyFileSync(fixture('broken.pdf'), join(dir, '1-broken.pdf'));
    copyFileSync(realPdf('huaian-city-2024.pdf'), join(dir, '2-huaian.pdf'));
    copyFileSync(fixture('encrypted.pdf'), join(dir, '3-encrypted.pdf'));
    copyFileSync(join(repoRoot, 'examples', CLEAN_EXAMPLE), join(dir, '4-clean.md'));
    copyFileSync(realPdf('hongze-2024.pdf'), join(dir, '5-hongze.pdf'));
    const { entries } = check(['--jobs', '2', '.'], dir);
    expect(entries.map(({ file, year, reason }) => ({ file, year, reason }))).toEqual([
      { file: './1-broken.pdf', year: null, reason: 'invalid-pdf' },
      { file: './2-huaian.pdf', year: 2024, reason: undefined },
      { file: './3-encrypted.pdf', year: null, reason: 'pdf-encrypted' },
      { file: './4-clean.md', year: 2024, reason: undefined },
      { file: './5-hongze.pdf', year: 2024, reason: undefined },
    ]);
    expect(entries[1]!.diagnostics).toEqual([]);
    expect(entries[4]!.diagnostics.length).toBeGreaterThan(0);
  });
});

describe('the bundles without node_modules', () => {
  /** Runs node on a copy of dist/ in a temporary folder, with nothing but PATH in its environment. */
  function runCopy(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
    const run = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
    return { status: run.status, stdout: run.stdout, stderr: run.stderr };
  }

  it('read PDFs from a copy of dist/ outside the repository, the Chinese CMaps included', () => {
    const dir = tempDir();
    cpSync(join(repoRoot, 'dist'), join(dir, 'dist'), { recursive: true, filter: (source) => !source.endsWith('.map') });
    const cli = join(dir, 'dist', 'cli.js');

    const checked = runCopy([cli, 'check', '--format', 'json', realPdf('huaian-city-2024.pdf'), fixture('scanned.pdf')], dir);
    expect(checked.stderr).toBe('');
    expect((JSON.parse(checked.stdout) as JsonEntry[]).map(({ year, diagnostics, reason }) => ({ year, diagnostics, reason }))).toEqual([
      { year: 2024, diagnostics: [], reason: undefined },
      { year: null, diagnostics: [], reason: 'pdf-scanned' },
    ]);

    // A font that is not embedded, in a standard Chinese encoding: readable only with dist/cmaps.
    const script = `require('./dist/converters.js').pdfToText(require('node:fs').readFileSync(${JSON.stringify(fixture('songti-gbk.pdf'))})).then((r) => process.stdout.write(r.text))`;
    const songti = runCopy(['-e', script], dir);
    expect(songti).toEqual({
      status: 0,
      stdout: '示例单位政府信息公开工作年度报告\n一、本年新收政府信息公开申请数量                              12      3       15\n',
      stderr: '',
    });
  });
});
