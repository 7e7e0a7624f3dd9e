/**
 * checkFile without --fix analyses first and asks detectReport only when the parse does not
 * prove the file a report: files detectReport reads differently (lone \r line breaks, titles on
 * lines longer than it reads) must still be skipped exactly as detectReport decides, with its reason.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../server/src/cli/check-file';
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

  it.each([
    ['lone \\r line breaks', report2024.replace(/\n/g, '\r')],
    ['part titles on lines over 80 characters', report2024.replace(/^(#* *[一二三四五六]、)/gm, `${' '.repeat(70)}$1`)],
    ['two part titles', '# 一、总体情况\n\n正文\n\n# 二、主动公开政府信息情况\n\n正文\n'],
  ])('skips what detectReport does not call a report (%s), with its reason', async (_, text) => {
    const detection = detectReport(text);
    expect(detection.isReport).toBe(false);
    const { result, key, summary } = await check('draft.md', text);
    expect(result).toEqual({ file: 'draft.md', year: null, diagnostics: [], skipped: `看起来不是政府信息公开工作年度报告，未检查：${detection.reason.zh}`, reason: 'not-report' });
    expect([key, summary]).toEqual([undefined, undefined]);
  });

  it('checks CRLF reports (detectReport decides)', async () => {
    const { result } = await check('crlf.md', report2024.replace(/\n/g, '\r\n'));
    expect([result.year, result.skipped]).toEqual([2024, undefined]);
  });
});
