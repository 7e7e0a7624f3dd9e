import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/service/analyze';
import { parseReport } from '../../server/src/service/parser/index';
import { summarize } from '../../server/src/service/workspace/index';
import { formatSummaryCsv, formatSummaryMarkdown, parseSummaryArgs, summaryRow, type SummaryRow } from '../../server/src/cli/summary';
import { UsageError } from '../../server/src/cli/args';
import { report2024, withEdit } from '../workspace/reports';

function rowOf(file: string, text: string): SummaryRow {
  const model = parseReport(text);
  return summaryRow(file, model, summarize(`file:///r/${file}`, model), analyze(text).diagnostics);
}

const ZH_HEADER =
  '| 文件 | 机关 | 年度 | 一、本年新收 | 二、上年结转 | （一）予以公开 | （二）部分公开 | （三）不予公开 | （四）无法提供 | （五）不予处理 | （六）其他处理 | （七）总计 | 四、结转下年度继续办理 | 行政复议 | 行政诉讼 | 错误 | 警告 |';
const ALIGN = '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |';

describe('summaryRow', () => {
  it('reads the headline figures of tables 三 and 四 and counts errors and warnings', () => {
    expect(rowOf('2024.md', report2024)).toEqual({
      file: '2024.md',
      agency: '示范区示范街道办事处',
      year: 2024,
      newRequests: 9,
      carriedOver: 1,
      granted: 5,
      partial: 1,
      withheld: 1,
      unavailable: 2,
      notProcessed: 0,
      other: 0,
      resultsTotal: 9,
      carriedForward: 1,
      reviews: 1,
      lawsuits: 0,
      errors: 0,
      warnings: 0,
    });
  });

  it('leaves a figure out when a cell it needs is not a number, and counts the findings', () => {
    // A blank 4.保护第三方合法权益 总计: （三）不予公开 cannot be summed (value-missing, and the sums no longer hold).
    const text = withEdit(report2024, '| 4.保护第三方合法权益                                                     | 0      | 1        | 0        | 0            | 0            | 0    | 1    |', '| 4.保护第三方合法权益 | 0 | 1 | 0 | 0 | 0 | 0 |  |');
    const row = rowOf('x.md', text);
    expect(row.withheld).toBeNull();
    expect(row.granted).toBe(5);
    const diagnostics = analyze(text).diagnostics;
    expect(row.errors).toBe(diagnostics.filter((d) => d.severity === 'error').length);
    expect(row.errors).toBeGreaterThan(0);
  });
});

describe('formatSummaryMarkdown', () => {
  it('prints one row per report, numbers right-aligned, — for a missing figure, | escaped', () => {
    const rows = [rowOf('2024.md', report2024), { ...rowOf('a|b.md', report2024), agency: null, year: null, reviews: null, errors: 2, warnings: 3 }];
    expect(formatSummaryMarkdown(rows, 'zh')).toBe(
      [
        ZH_HEADER,
        ALIGN,
        '| 2024.md | 示范区示范街道办事处 | 2024 | 9 | 1 | 5 | 1 | 1 | 2 | 0 | 0 | 9 | 1 | 1 | 0 | 0 | 0 |',
        '| a\\|b.md |  | — | 9 | 1 | 5 | 1 | 1 | 2 | 0 | 0 | 9 | 1 | — | 0 | 2 | 3 |',
        '',
      ].join('\n'),
    );
  });

  it('has English headers', () => {
    expect(formatSummaryMarkdown([], 'en').split('\n')[0]).toBe(
      '| File | Agency | Year | New requests | Carried over | Disclosed | Partly disclosed | Withheld | Unavailable | Not processed | Other handling | Outcome total | Carried forward | Administrative reviews | Lawsuits | Errors | Warnings |',
    );
  });
});

describe('formatSummaryCsv', () => {
  it('writes RFC 4180 CSV with CRLF and a byte-order mark for Excel, quoting where needed', () => {
    const rows = [rowOf('2024.md', report2024), { ...rowOf('a,"b".md', report2024), reviews: null }];
    expect(formatSummaryCsv(rows, 'zh')).toBe(
      '\ufeff' +
        [
          '文件,机关,年度,一、本年新收,二、上年结转,（一）予以公开,（二）部分公开,（三）不予公开,（四）无法提供,（五）不予处理,（六）其他处理,（七）总计,四、结转下年度继续办理,行政复议,行政诉讼,错误,警告',
          '2024.md,示范区示范街道办事处,2024,9,1,5,1,1,2,0,0,9,1,1,0,0,0',
          '"a,""b"".md",示范区示范街道办事处,2024,9,1,5,1,1,2,0,0,9,1,,0,0,0',
          '',
        ].join('\r\n'),
    );
  });
});

describe('parseSummaryArgs', () => {
  it('takes paths, --format and --lang', () => {
    expect(parseSummaryArgs(['a.md', '--format', 'csv', 'dir'])).toEqual({ paths: ['a.md', 'dir'], format: 'csv', lang: null });
    expect(parseSummaryArgs(['--format=markdown', '--lang=en', '--', '--odd.md'])).toEqual({ paths: ['--odd.md'], format: 'markdown', lang: 'en' });
  });

  it('refuses bad arguments naming them', () => {
    const fails = (argv: string[]) => {
      try {
        parseSummaryArgs(argv);
      } catch (error) {
        return error instanceof UsageError ? [error.key, error.value] : ['other'];
      }
      return ['none'];
    };
    expect(fails(['--format', 'json', 'a.md'])).toEqual(['badValue', '--format json（markdown | csv）']);
    expect(fails(['--fix', 'a.md'])).toEqual(['unknownOption', '--fix']);
    expect(fails(['a.md', '--format'])).toEqual(['missingValue', '--format']);
    expect(fails([])).toEqual(['noPaths', '']);
  });
});
