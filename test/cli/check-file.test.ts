/**
 * checkFile without --fix analyses first and asks detectReport only when the parse does not
 * prove the file a report: files detectReport reads differently (lone \r line breaks, titles on
 * lines longer than it reads) must still be skipped as the CLI decides (report-detection.ts), with its reason.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../server/src/cli/check-file';
import { flattenedReport } from '../../server/src/cli/messages';
import { flattenedReason } from '../../server/src/cli/report-detection';
import { detectReport, parseReport } from '../../server/src/service/parser';
import { summarize } from '../../server/src/service/workspace/index';
import { report2024 } from '../workspace/reports';

const dir = mkdtempSync(join(tmpdir(), 'nianbao-check-file-'));

async function check(name: string, text: string) {
  const path = join(dir, name);
  writeFileSync(path, text);
  return checkFile({ index: 0, path, display: name, options: { lang: 'zh' }, fix: false });
}

describe('checkFile and report detection', () => {
  it('checks a report, and gives its agency and year for the cross-file check', async () => {
    const { result, key, summary } = await check('report.md', report2024);
    expect([result.year, result.skipped, result.diagnostics]).toEqual([2024, undefined, []]);
    expect(key).toEqual({ agencyKey: summarize('', parseReport(report2024)).agencyKey, year: 2024 });
    expect(key?.agencyKey).toBeTruthy();
    expect(summary).toBeUndefined();
  });

  it('with summaryOnly, reads the report for its figures only: no check, no key', async () => {
    const path = join(dir, 'last-year.md');
    writeFileSync(path, report2024);
    const checked = await checkFile({ index: 0, path, display: 'last-year.md', options: { lang: 'zh' }, fix: false, summaryOnly: true });
    expect(checked).toEqual({ result: { file: 'last-year.md', year: null, diagnostics: [] }, summary: summarize('', parseReport(report2024)) });
  });

  it('skips what detectReport does not call a report (two part titles), with its reason', async () => {
    const text = '# 一、总体情况\n\n正文\n\n# 二、主动公开政府信息情况\n\n正文\n';
    const detection = detectReport(text);
    expect(detection.isReport).toBe(false);
    const { result, key, summary } = await check('draft.md', text);
    expect(result).toEqual({ file: 'draft.md', year: null, diagnostics: [], skipped: `看起来不是政府信息公开工作年度报告，未检查：${detection.reason.zh}`, reason: 'not-report' });
    expect([key, summary]).toEqual([undefined, undefined]);
  });

  // The six titles are in the text, but not where detectReport reads headings: the reason says what was seen.
  it.each([
    ['lone \\r line breaks', report2024.replace(/\n/g, '\r'), '文件只用回车符（CR）分行，不能作为换行读取。'],
    ['part titles on lines over 80 characters', report2024.replace(/^(#* *[一二三四五六]、)/gm, `${' '.repeat(70)}$1`), '都在行首，但所在的行过长，不像标题行'],
  ])('skips what detectReport does not call a report (%s), saying where the titles stand', async (_, text, seen) => {
    const detection = detectReport(text);
    expect(detection.isReport).toBe(false);
    const { result, key, summary } = await check('draft.md', text);
    expect(result).toEqual({
      file: 'draft.md',
      year: null,
      diagnostics: [],
      skipped: flattenedReport('zh', flattenedReason(text, detection.standardTitles, 'zh')!),
      reason: 'not-report',
    });
    expect(result.skipped).toMatch(/^看起来是政府信息公开工作年度报告，但读不出它的结构，无法按年度报告格式检查：找到 6 个标准部分标题/);
    expect(result.skipped).toContain(seen);
    expect([key, summary]).toEqual([undefined, undefined]);
  });

  it('checks a file named as a report whatever its content', async () => {
    const { result } = await check('示范街道2024年度报告.md', '# 一、总体情况\n\n正文\n');
    expect(result.skipped).toBeUndefined();
    expect(result.diagnostics.map((d) => d.code)).toContain('section-missing');
  });

  it('checks CRLF reports (detectReport decides)', async () => {
    const { result } = await check('crlf.md', report2024.replace(/\n/g, '\r\n'));
    expect([result.year, result.skipped]).toEqual([2024, undefined]);
  });
});
