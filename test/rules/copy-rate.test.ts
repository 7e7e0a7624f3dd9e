/** copy-rate: parts 一 and 五 against last year's report of the same agency. */
import { describe, expect, it } from 'vitest';
import { clean, diagnose, ofCode, rangeOf, withEdit } from './helpers';
import { parseReport } from '../../server/src/service/parser';
import { summarize } from '../../server/src/service/workspace/index';

const PERIOD = '2024年1月1日起至2024年12月31日';
const lastYearText = withEdit(withEdit(clean, '2024年政府信息公开工作年度报告', '2023年政府信息公开工作年度报告'), PERIOD, '2023年1月1日起至2023年12月31日');
const previous = summarize('file:///reports/2023.md', parseReport(lastYearText));

describe('copy-rate', () => {
  it('keeps a hash of each sentence of parts 一 and 五 in the summary, and nothing of the others', () => {
    // 5 sentences of part 一 and 2 of part 五 are long enough to judge.
    expect(previous.proseHashes).toHaveLength(7);
  });

  it('reports a report whose parts 一 and 五 repeat last year’s, with the repeated sentences', () => {
    const found = ofCode(diagnose(clean, { previous }), 'copy-rate');
    expect(found.map((d) => [d.range, d.messageId, d.args, d.data, d.relatedInformation!.length])).toEqual([
      [
        rangeOf(clean, '一、总体情况'),
        'copied',
        { total: 7, repeated: 7, percent: 100, last: { zh: '2023.md 中 2023 年度报告', en: 'the 2023 report 2023.md' } },
        { repeated: 7, sentences: 7, previousUri: 'file:///reports/2023.md' },
        7,
      ],
    ]);
    expect(found[0]!.relatedInformation!.map((r) => r.messageId)).toEqual(Array(7).fill('related'));
    expect(found[0]!.relatedInformation![0]!.range).toEqual(rangeOf(clean, '本年度我局通过门户网站主动公开政府信息356条，其中政策文件28条、工作动态187条、通知公告141条。'));
  });

  it('ignores punctuation and spaces when comparing, and is silent when half or less is repeated', () => {
    const respaced = withEdit(clean, '本年度我局共收到政府信息公开申请22件，均在法定期限内答复。', '本年度我局共收到政府信息公开申请 22 件 均在法定期限内答复。');
    expect(ofCode(diagnose(respaced, { previous }), 'copy-rate')).toHaveLength(1);
    let rewritten = withEdit(clean, '本年度我局通过门户网站主动公开政府信息356条', '本年度我局依托政务新媒体矩阵发布政策解读与办事指南共356条');
    rewritten = withEdit(rewritten, '我局落实政府信息公开保密审查制度', '我局修订信息发布审核办法并逐条落实保密审查');
    rewritten = withEdit(rewritten, '我局持续优化门户网站政府信息公开专栏', '我局把公开专栏迁入集约化平台并统一栏目设置');
    rewritten = withEdit(rewritten, '下一步，我局将丰富政策解读形式', '针对这些不足，我局将推出图解和视频解读');
    expect(ofCode(diagnose(rewritten, { previous }), 'copy-rate')).toEqual([]);
  });

  it('is silent without last year’s report', () => {
    expect(ofCode(diagnose(clean), 'copy-rate')).toEqual([]);
  });
});
