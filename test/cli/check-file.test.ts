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
import { detectReport } from '../../server/src/service/parser';
import { report2024 } from '../workspace/reports';

const dir = mkdtempSync(join(tmpdir(), 'nianbao-check-file-'));

async function check(name: string, text: string) {
  const path = join(dir, name);
  writeFileSync(path, text);
  return checkFile({ index: 0, path, display: name, options: { lang: 'zh' }, fix: false });
}

describe('checkFile and report detection', () => {
  it('checks a report, and gives its summary for the cross-file check', async () => {
    const { result, summary } = await check('report.md', report2024);
    expect([result.year, result.skipped, result.diagnostics]).toEqual([2024, undefined, []]);
    expect([summary?.year, summary?.agencyKey !== null]).toEqual([2024, true]);
  });

  it.each([
    ['lone \\r line breaks', report2024.replace(/\n/g, '\r')],
    ['part titles on lines over 80 characters', report2024.replace(/^(#* *[一二三四五六]、)/gm, `${' '.repeat(70)}$1`)],
    ['two part titles', '# 一、总体情况\n\n正文\n\n# 二、主动公开政府信息情况\n\n正文\n'],
  ])('skips what detectReport does not call a report (%s), with its reason', async (_, text) => {
    const detection = detectReport(text);
    expect(detection.isReport).toBe(false);
    const { result, summary } = await check('draft.md', text);
    expect(result).toEqual({ file: 'draft.md', year: null, diagnostics: [], skipped: `看起来不是政府信息公开工作年度报告，未检查：${detection.reason.zh}`, reason: 'not-report' });
    expect(summary).toBeUndefined();
  });

  it('checks CRLF reports (detectReport decides)', async () => {
    const { result } = await check('crlf.md', report2024.replace(/\n/g, '\r\n'));
    expect([result.year, result.skipped]).toEqual([2024, undefined]);
  });
});
