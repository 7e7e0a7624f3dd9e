/**
 * Which files the CLI reads as reports: by name (package.json's filenamePatterns, as the
 * editor does), else by content; and the reason it gives for a report whose line breaks
 * were lost.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isReportFileName, REPORT_FILE_NAME_PATTERNS } from '../../server/src/convert/report-names';
import { flattenedReason, reportDecision } from '../../server/src/cli/report-detection';
import { repoRoot } from '../helpers/seeds';
import { FLATTENED_REPORT } from './flattened-report';

describe('isReportFileName', () => {
  it('follows the extension’s filenamePatterns in package.json', () => {
    const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
      contributes: { languages: { id: string; filenamePatterns: string[] }[] };
    };
    expect(REPORT_FILE_NAME_PATTERNS).toEqual(manifest.contributes.languages.find((l) => l.id === 'nianbao')!.filenamePatterns);
  });

  it('matches the base name only, ignoring case, as VS Code does', () => {
    const named = ['草稿.nianbao.md', '2024年度报告.md', '/a/b/示范街道2024年度报告（终稿）.txt', 'C:\\年报\\2024年报初稿.MD', '年报.md', '.nianbao.md'];
    const unnamed = ['nianbao.md', '年度报告.docx', '2024年报.txt', '年报/说明.md', '年度报告.md.bak', '报告.md'];
    expect(named.filter(isReportFileName)).toEqual(named);
    expect(unnamed.filter(isReportFileName)).toEqual([]);
  });
});

describe('reportDecision', () => {
  it('takes a file named as a report whatever its content', () => {
    expect(reportDecision('会议纪要年度报告.md', '# 会议纪要\n', 'zh')).toEqual({ isReport: true });
  });

  it('says why other files are not read as reports', () => {
    const decision = reportDecision('notes.md', '# 会议纪要\n\n今天讨论了食堂菜单。\n', 'zh');
    expect(decision.isReport).toBe(false);
    if (decision.isReport) return;
    expect(decision.skipped).toBe('看起来不是政府信息公开工作年度报告，未检查：没有找到年度报告的标准部分标题（至少需要 3 个，如“一、总体情况”），不按年度报告检查。');
    expect(decision.problem('notes.md')).toBe(
      'notes.md 看起来不是政府信息公开工作年度报告，无法转换：没有找到年度报告的标准部分标题（至少需要 3 个，如“一、总体情况”），不按年度报告检查。',
    );
  });

  it('says that the part titles stand inside long lines when the line breaks were lost', () => {
    const decision = reportDecision('crawled.txt', FLATTENED_REPORT, 'zh');
    expect(decision).toMatchObject({
      isReport: false,
      skipped:
        '看起来是政府信息公开工作年度报告，但读不出它的结构，无法按年度报告格式检查：' +
        '找到 6 个标准部分标题（一、总体情况、二、主动公开政府信息情况、三、收到和处理政府信息公开申请情况、四、政府信息公开行政复议、行政诉讼情况、五、存在的主要问题及改进情况、六、其他需要报告的事项），' +
        '没有一个单独成行，其中 5 个写在其他文字中间、不在行首；全文共 3 行，最长一行 158 字。可能是抓取或复制网页时丢失了换行。请将各部分标题和表格的每一行分别换行后再检查。',
    });
    expect(flattenedReason(FLATTENED_REPORT, 0, 'en')).toBe(
      'found 6 standard part titles (一 Overview, 二 Proactive disclosure, 三 Requests received and handled, 四 Administrative reviews and lawsuits, 五 Main problems and improvements, 六 Other matters to report), ' +
        'none on a line of its own, 5 of them inside other text rather than at the start of a line; the text has 3 lines, the longest 158 characters. The line breaks were probably lost when the page was crawled or copied.',
    );
  });

  it('keeps detectReport’s reason when the titles are not inline either', () => {
    // Titles without their numerals (an introduction listing the six parts) are no headings.
    const intro = '本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、其他需要报告的事项等部分组成。\n';
    expect(flattenedReason(intro, 0, 'zh')).toBeNull();
  });
});
