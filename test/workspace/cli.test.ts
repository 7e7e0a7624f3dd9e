/** The built CLI over two years of one agency's reports: cross-file check and summary. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { IN_PROCESS_LIMIT } from '../../server/src/cli/pool';
import { readSeed, seedFiles } from '../helpers/seeds';
import { buildCli, runCli, tempDir } from '../cli/run-cli';
import { carryoverMessage, cellRange, report2023, report2024, withEdit, withRow } from './reports';

const carried3 = withEdit(
  withRow(withRow(report2023, '四、结转下年度继续办理', [3, 0, 0, 0, 0, 0, 3]), '一、本年新收政府信息公开申请数量', [8, 2, 0, 0, 1, 0, 11]),
  '共收到政府信息公开申请9件',
  '共收到政府信息公开申请11件',
);

const root = tempDir();
const folder = join(root, 'reports');

beforeAll(() => {
  buildCli();
  mkdirSync(folder);
  writeFileSync(join(folder, '2023-示范街道.md'), carried3);
  writeFileSync(join(folder, '2024-示范街道.md'), report2024);
  writeFileSync(join(folder, '说明.md'), '# 说明\n\n这里放各年度的报告。\n');
  // Enough files for worker threads: the pair, the seeds (other agencies), a copy that silences the rule.
  mkdirSync(many);
  writeFileSync(join(many, '2023-示范街道.md'), carried3);
  writeFileSync(join(many, '2024-示范街道.md'), report2024);
  writeFileSync(join(many, '2024-示范街道-静默.md'), withEdit(report2024, '## 一、总体情况', '<!-- nianbao-disable carryover-mismatch -->\n## 一、总体情况'));
  for (const [n, name] of seedFiles().entries()) writeFileSync(join(many, name), readSeed(n));
}, 120_000);

const many = join(root, 'many');

function carryover(column: number, label: string) {
  return {
    code: 'carryover-mismatch',
    severity: 'warning',
    message: carryoverMessage('mismatch', { column: label, expected: 3, found: 1, last: '2023-示范街道.md 中 2023 年度报告' }),
    range: cellRange(report2024, '二、上年结转', column),
    fixable: false,
  };
}

describe('nianbao check across files', () => {
  it('checks each report against last year’s report of its agency among the files', () => {
    const run = runCli(['check', '--format', 'json', 'reports'], { cwd: root });
    expect(run.status).toBe(0);
    const results = JSON.parse(run.stdout) as { file: string; diagnostics: unknown[] }[];
    expect(results.map((r) => r.file)).toEqual(['reports/2023-示范街道.md', 'reports/2024-示范街道.md', 'reports/说明.md']);
    expect(results[0]?.diagnostics).toEqual([]);
    expect(results[1]?.diagnostics).toEqual([carryover(0, '自然人'), carryover(6, '总计')]);
  });

  it('gives the same answer in worker threads', () => {
    const one = runCli(['check', '--format', 'json', '--jobs', '1', 'reports'], { cwd: root });
    const many = runCli(['check', '--format', 'json', '--jobs', '3', 'reports'], { cwd: root });
    expect(many.stdout).toBe(one.stdout);
  });

  it('compares in worker threads too, last year’s report summarised once for the two reports that read it', () => {
    const files = ['2023-示范街道.md', '2024-示范街道-静默.md', '2024-示范街道.md', ...seedFiles()];
    expect(files.length).toBeGreaterThanOrEqual(IN_PROCESS_LIMIT);
    const threads = runCli(['check', '--format', 'json', '--jobs', '2', 'many'], { cwd: root });
    const one = runCli(['check', '--format', 'json', '--jobs', '1', 'many'], { cwd: root });
    expect(threads.stdout).toBe(one.stdout);
    const results = JSON.parse(threads.stdout) as { file: string; diagnostics: { code: string }[] }[];
    expect(results.map((r) => r.file)).toEqual(files.map((f) => `many/${f}`).sort());
    const codes = (file: string) => results.find((r) => r.file === `many/${file}`)!.diagnostics.map((d) => d.code);
    expect(codes('2024-示范街道.md')).toEqual(['carryover-mismatch', 'carryover-mismatch']);
    expect(codes('2024-示范街道-静默.md')).toEqual([]);
    expect(codes('2023-示范街道.md')).toEqual([]);
  });

  it('with --fix, checks the fixed file against last year’s and reports the fixes written', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'many'));
    // A total that --fix corrects, in the report that is also compared with last year's.
    const slipped = withRow(report2024, '2.重复申请', [1, 0, 0, 0, 0, 0, 0]);
    const write = () => {
      writeFileSync(join(dir, 'many', '2023-示范街道.md'), carried3);
      writeFileSync(join(dir, 'many', '2024-示范街道.md'), slipped);
      for (const [n, name] of seedFiles().entries()) writeFileSync(join(dir, 'many', name), readSeed(n));
    };
    write();
    const threads = runCli(['check', '--fix', '--format', 'json', '--jobs', '2', 'many'], { cwd: dir });
    write();
    const one = runCli(['check', '--fix', '--format', 'json', '--jobs', '1', 'many'], { cwd: dir });
    write();
    const alone = JSON.parse(runCli(['check', '--fix', '--format', 'json', 'many/2024-示范街道.md'], { cwd: dir }).stdout) as { fixed?: number }[];
    expect(threads.stdout).toBe(one.stdout);
    const entry = (JSON.parse(threads.stdout) as { file: string; fixed?: number; diagnostics: { code: string }[] }[]).find((r) => r.file === 'many/2024-示范街道.md')!;
    // The second check (against last year's) reads the fixed file: the count comes from the first.
    expect(alone[0]!.fixed).toBeGreaterThan(0);
    expect(entry.fixed).toBe(alone[0]!.fixed);
    expect(entry.diagnostics.filter((d) => d.code === 'carryover-mismatch')).toHaveLength(2);
    expect(entry.diagnostics.map((d) => d.code)).not.toContain('total-row');
  });

  it('compares nothing when last year’s report is not among the files', () => {
    const run = runCli(['check', '--format', 'json', 'reports/2024-示范街道.md'], { cwd: root });
    expect(JSON.parse(run.stdout)).toEqual([{ file: 'reports/2024-示范街道.md', year: 2024, diagnostics: [] }]);
  });
});

describe('nianbao summary', () => {
  const header =
    '| 文件 | 机关 | 年度 | 一、本年新收 | 二、上年结转 | （一）予以公开 | （二）部分公开 | （三）不予公开 | （四）无法提供 | （五）不予处理 | （六）其他处理 | （七）总计 | 四、结转下年度继续办理 | 行政复议 | 行政诉讼 | 错误 | 警告 |';

  it('prints one Markdown table over the reports, leaving out what is no report', () => {
    const run = runCli(['summary', 'reports'], { cwd: root });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      [
        header,
        '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
        '| reports/2023-示范街道.md | 示范区示范街道办事处 | 2023 | 11 | 1 | 5 | 1 | 1 | 2 | 0 | 0 | 9 | 3 | 1 | 0 | 0 | 0 |',
        '| reports/2024-示范街道.md | 示范区示范街道办事处 | 2024 | 9 | 1 | 5 | 1 | 1 | 2 | 0 | 0 | 9 | 1 | 1 | 0 | 0 | 2 |',
        '',
      ].join('\n'),
    );
    expect(run.stderr).toContain('reports/说明.md: 看起来不是政府信息公开工作年度报告');
  });

  it('prints CSV for spreadsheets, in English when asked', () => {
    const run = runCli(['summary', '--format', 'csv', '--lang', 'en', 'reports/2024-示范街道.md', 'reports/2023-示范街道.md'], { cwd: root });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      '\ufeff' +
        [
          'File,Agency,Year,New requests,Carried over,Disclosed,Partly disclosed,Withheld,Unavailable,Not processed,Other handling,Outcome total,Carried forward,Administrative reviews,Lawsuits,Errors,Warnings',
          'reports/2024-示范街道.md,示范区示范街道办事处,2024,9,1,5,1,1,2,0,0,9,1,1,0,0,2',
          'reports/2023-示范街道.md,示范区示范街道办事处,2023,11,1,5,1,1,2,0,0,9,3,1,0,0,0',
          '',
        ].join('\r\n'),
    );
  });

  it('is 2 for bad arguments and missing paths', () => {
    expect(runCli(['summary', '--format', 'json', 'reports'], { cwd: root }).status).toBe(2);
    const missing = runCli(['summary', 'nowhere'], { cwd: root });
    expect([missing.status, missing.stderr]).toEqual([2, 'nianbao: nowhere: 文件或文件夹不存在\n']);
    expect(runCli(['summary'], { cwd: root }).stderr).toContain('请指定要检查的文件或文件夹');
  });
});

