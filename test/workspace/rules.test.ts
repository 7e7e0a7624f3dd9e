import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/service/analyze';
import { parseReport } from '../../server/src/service/parser/index';
import { ReportIndex, summarize, type ReportSummary } from '../../server/src/service/workspace/index';
import type { Diagnostic } from '../../server/src/service/diagnostics';
import { bare, run } from '../rules/helpers';
import { cellRange, report2023, report2024, withEdit, withRow } from './reports';

const URI_2023 = 'file:///reports/2023-%E7%A4%BA%E8%8C%83%E8%A1%97%E9%81%93.md';
const NAME_2023 = '2023-示范街道.md';

function lastYear(text: string): ReportSummary {
  return summarize(URI_2023, parseReport(text));
}

/** The findings with last year's summary (run() also checks each message id, its arguments and the data's shape). */
function check(text: string, previous: ReportSummary | undefined, lang: 'zh' | 'en' = 'zh'): Diagnostic[] {
  return run(text, { lang, ...(previous ? { previous } : {}) }).diagnostics;
}

/** Last year carried 3 (自然人 3, 总计 3) into this year; the 2023 table still balances. */
const carried3 = withEdit(
  withRow(withRow(report2023, '四、结转下年度继续办理', [3, 0, 0, 0, 0, 0, 3]), '一、本年新收政府信息公开申请数量', [8, 2, 0, 0, 1, 0, 11]),
  '共收到政府信息公开申请9件',
  '共收到政府信息公开申请11件',
);

describe('carryover-mismatch', () => {
  it('is silent when last year’s carried-forward equals this year’s carried-over, and without last year', () => {
    expect(check(report2024, lastYear(report2023))).toEqual([]);
    expect(check(report2024, undefined)).toEqual([]);
  });

  it('reports each differing column on this year’s cell, pointing at last year’s cell', () => {
    expect(check(carried3, undefined)).toEqual([]);
    const found = check(report2024, lastYear(carried3));
    expect(found.map(bare)).toEqual([
      {
        code: 'carryover-mismatch',
        severity: 'warning',
        messageId: 'mismatch',
        range: cellRange(report2024, '二、上年结转', 0),
        relatedInformation: [{ range: cellRange(carried3, '四、结转下年度继续办理', 0), uri: URI_2023, messageId: 'related' }],
        data: { column: 0, expected: 3, found: 1, previousUri: URI_2023 },
        fixable: false,
      },
      {
        code: 'carryover-mismatch',
        severity: 'warning',
        messageId: 'mismatch',
        range: cellRange(report2024, '二、上年结转', 6),
        relatedInformation: [{ range: cellRange(carried3, '四、结转下年度继续办理', 6), uri: URI_2023, messageId: 'related' }],
        data: { column: 6, expected: 3, found: 1, previousUri: URI_2023 },
        fixable: false,
      },
    ]);
  });

  it('names last year’s report by its decoded file name and year, in either language', () => {
    const [zh] = check(report2024, lastYear(carried3));
    expect(zh?.args?.last).toEqual({ zh: `${NAME_2023} 中 2023 年度报告`, en: `the 2023 report ${NAME_2023}` });
    const [en] = check(report2024, lastYear(carried3), 'en');
    expect(en?.message).toBe(`Carried over from last year, column “natural persons”: should be 3 (carried into next year in the 2023 report ${NAME_2023}), found 1`);
  });

  it('skips a column that is not a number in either year', () => {
    const blankThisYear = withRow(report2024, '二、上年结转政府信息公开申请数量', ['', 0, 0, 0, 0, 0, 1]);
    expect(check(blankThisYear, lastYear(carried3)).filter((d) => d.code === 'carryover-mismatch').map((d) => d.range)).toEqual([cellRange(blankThisYear, '二、上年结转', 6)]);
    const textLastYear = withRow(carried3, '四、结转下年度继续办理', ['3.5', 0, 0, 0, 0, 0, 3]);
    expect(check(report2024, lastYear(textLastYear)).map((d) => d.range)).toEqual([cellRange(report2024, '二、上年结转', 6)]);
  });

  it('ignores a summary that is not of the year before', () => {
    const twoYearsBack = { ...lastYear(carried3), year: 2022 };
    expect(check(report2024, twoYearsBack)).toEqual([]);
  });

  it('can be turned off and silenced inline', () => {
    expect(analyze(report2024, { previous: lastYear(carried3), rules: { 'carryover-mismatch': 'off' } }).diagnostics).toEqual([]);
    const silenced = withEdit(report2024, '| 二、上年结转', '<!-- nianbao-disable-next-line carryover-mismatch -->\n| 二、上年结转');
    expect(check(silenced, lastYear(carried3))).toEqual([]);
  });

  it('is found through findPrevious once the model is parsed', () => {
    const index = new ReportIndex();
    index.set(lastYear(carried3));
    const found = analyze(report2024, { findPrevious: (model) => index.previousYearOf(summarize('file:///reports/2024.md', model)) }).diagnostics;
    expect(found.map((d) => [d.code, d.range])).toEqual([
      ['carryover-mismatch', cellRange(report2024, '二、上年结转', 0)],
      ['carryover-mismatch', cellRange(report2024, '二、上年结转', 6)],
    ]);
  });
});

describe('inforce-mismatch', () => {
  it('is silent when last year’s in force + issued − repealed equals this year’s', () => {
    // 2023: 4 in force; 2024: 2 issued, 1 repealed, 5 in force.
    expect(check(report2024, lastYear(report2023))).toEqual([]);
  });

  it('hints on this year’s 现行有效件数 when the counts do not add up', () => {
    const last = withRow(report2023, '行政规范性文件', [2, 1, 7]);
    const found = check(report2024, lastYear(last));
    expect(found.map(bare)).toEqual([
      {
        code: 'inforce-mismatch',
        severity: 'information',
        messageId: 'mismatch',
        range: cellRange(report2024, '行政规范性文件', 2),
        relatedInformation: [{ range: cellRange(last, '行政规范性文件', 2), uri: URI_2023, messageId: 'related' }],
        data: { row: 'normativeDocs', expected: 8, found: 5, previousUri: URI_2023 },
        fixable: false,
      },
    ]);
    // The counts the hint gives: last year's in force, this year's issued and repealed.
    expect(found[0]?.args).toMatchObject({ found: 5, expected: 8, before: 7, issued: 2, repealed: 1 });
  });

  it('checks 规章 too, and skips it when either year writes "/"', () => {
    const last = withRow(report2023, '规章', [0, 0, 3]);
    expect(check(report2024, lastYear(last)).map((d) => [d.code, d.range, d.data?.row])).toEqual([['inforce-mismatch', cellRange(report2024, '规章', 2), 'regulations']]);
    const slashThisYear = withRow(report2024, '规章', ['/', '/', '/']);
    expect(check(slashThisYear, lastYear(last))).toEqual([]);
    const slashLastYear = withRow(report2023, '规章', ['/', '/', '/']);
    expect(check(report2024, lastYear(slashLastYear))).toEqual([]);
  });
});
