/**
 * The prose rules on sentences written the way clerks write them (own wording, not copied from
 * any report): what they accept, what they find, and paragraphs that must produce nothing.
 */
import { describe, expect, it } from 'vitest';
import { clean, codes, diagnose, ofCode, rangeIn, rangeOf, withEdit } from './helpers';
import { fixesFor } from '../../server/src/service/fixes/core';
import { parseReport } from '../../server/src/service/parser';
import { newReportTemplate } from '../../server/src/service/features/commands';

const PART5_BODY = '本年度我局政府信息公开工作仍存在一些不足：政策解读形式较为单一，部分栏目更新不够及时。下一步，我局将丰富政策解读形式，完善栏目更新机制，加强工作人员业务培训。';
const PART6_BODY = clean.slice(clean.indexOf('按照《国务院办公厅关于印发'), clean.indexOf('信息处理费。') + '信息处理费。'.length);
const REQUESTS = '本年度我局共收到政府信息公开申请22件，均在法定期限内答复。';
const REVIEWS = '因政府信息公开被申请行政复议1件、提起行政诉讼1件。';
const OPENING = '本年度我局通过门户网站主动公开政府信息356条，其中政策文件28条、工作动态187条、通知公告141条。';

describe('fee-missing accepts the ways reports state the fee', () => {
  for (const sentence of ['本年度我局未发生收费情况。', '本机关办理政府信息公开申请未收取任何费用。', '本年度不收取费用。', '本年度依申请公开收费金额为0元。']) {
    it(`accepts “${sentence}”`, () => {
      expect(ofCode(diagnose(withEdit(clean, PART6_BODY, sentence)), 'fee-missing')).toEqual([]);
    });
  }
  it('still reports part 六 that says nothing of fees', () => {
    expect(codes(diagnose(withEdit(clean, PART6_BODY, '本年度我局无其他需要报告的事项。')))).toEqual(['fee-missing']);
  });
});

describe('improvement-missing accepts other words for problems and remedies', () => {
  it('accepts 有待 … 下一步 … 优化', () => {
    const text = withEdit(clean, PART5_BODY, '政策解读的形式有待丰富。下一步，我局会优化解读方式。');
    expect(ofCode(diagnose(text), 'improvement-missing')).toEqual([]);
  });
});

describe('narrative-mismatch reads negations, qualifiers and both readings of 收到', () => {
  it('reads 未发生…被行政复议纠错或行政诉讼败诉 as outcomes, not as no reviews', () => {
    const text = withEdit(clean, REVIEWS, '本年度未发生因依申请公开被行政复议纠错或行政诉讼败诉的情况。');
    expect(ofCode(diagnose(text), 'narrative-mismatch')).toEqual([]);
  });

  it('reports 未发生…被纠错 when table 四 counts a corrected review', () => {
    let text = withEdit(clean, REVIEWS, '本年度未发生行政复议被纠错的情况。');
    text = withEdit(text, '| 1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 1 | 1 |', '| 0 | 1 | 0 | 0 | 1 | 0 | 0 | 0 | 1 | 1 |');
    const found = ofCode(diagnose(text), 'narrative-mismatch');
    expect(found.map((d) => [d.messageId, d.args, d.data])).toEqual([
      [
        'mismatch',
        { phrase: '未发生行政复议被纠错', stated: 0, where: { zh: '表四“行政复议”的“结果纠正”', en: 'reviews corrected in table 4' }, value: 1 },
        { kind: 'reviewsCorrected', stated: 0, table: 1 },
      ],
    ]);
  });

  it('accepts 收到 meaning 新收＋上年结转 (22＋1), and reports a figure fitting neither reading', () => {
    expect(ofCode(diagnose(withEdit(clean, REQUESTS, '本年度我局共收到政府信息公开申请23件。')), 'narrative-mismatch')).toEqual([]);
    const text = withEdit(clean, REQUESTS, '本年度我局受理政府信息公开申请17件。');
    expect(ofCode(diagnose(text), 'narrative-mismatch').map((d) => [d.range, d.data])).toEqual([[rangeOf(text, '17'), { kind: 'requestsReceived', stated: 17, table: 22 }]]);
  });

  it('compares 新收 with 一、本年新收 alone: 新收＋上年结转 (22＋1) is no reading of it', () => {
    for (const sentence of ['本年度我局新收政府信息公开申请23件。', '本年度我局新收到政府信息公开申请23件。', '本年度我局收到新的政府信息公开申请23件。']) {
      const text = withEdit(clean, REQUESTS, sentence);
      expect(ofCode(diagnose(text), 'narrative-mismatch').map((d) => [d.range, d.messageId, d.args?.phrase, d.data])).toEqual([
        [rangeOf(text, '23'), 'mismatch', sentence.slice(5, -1), { kind: 'requestsReceived', stated: 23, table: 22 }],
      ]);
    }
    for (const sentence of ['本年度我局新收政府信息公开申请22件。', '本年度我局新收和上年结转的政府信息公开申请共23件。', '本年度我局共收到政府信息公开申请23件。']) {
      expect([sentence, ofCode(diagnose(withEdit(clean, REQUESTS, sentence)), 'narrative-mismatch')]).toEqual([sentence, []]);
    }
  });

  it('compares 办结 with （七）总计', () => {
    expect(ofCode(diagnose(withEdit(clean, REQUESTS, '本年度我局办结政府信息公开申请21件。')), 'narrative-mismatch')).toEqual([]);
    const text = withEdit(clean, REQUESTS, '本年度我局办结政府信息公开申请30件。');
    expect(ofCode(diagnose(text), 'narrative-mismatch').map((d) => d.data)).toEqual([{ kind: 'requestsAnswered', stated: 30, table: 21 }]);
  });

  it('compares 现行有效 normative documents with table 二', () => {
    const text = withEdit(clean, '全年清理失效文件12件', '集中发布现行有效行政规范性文件13件');
    expect(ofCode(diagnose(text), 'narrative-mismatch').map((d) => [d.range, d.messageId, d.args])).toEqual([
      [
        rangeOf(text, '13'),
        'mismatch',
        { phrase: '现行有效行政规范性文件13件', stated: 13, where: { zh: '表二“行政规范性文件”的现行有效件数', en: 'normative documents in force in table 2' }, value: 15 },
      ],
    ]);
  });
});

describe('narrative-sum', () => {
  it('reports parts that add up to more than their total, on the total with the parts related', () => {
    const text = withEdit(clean, OPENING, '全年累计发布信息2139条，其中政策文件1744条、工作动态393条、通知公告21条、其他2条。');
    const found = ofCode(diagnose(text), 'narrative-sum');
    expect(found.map((d) => [d.range, d.messageId, d.args, d.relatedInformation!.map((r) => [r.messageId, r.args])])).toEqual([
      [
        rangeOf(text, '2139'),
        'mismatch',
        { parts: { zh: '1744＋393＋21＋2', en: '1744 + 393 + 21 + 2' }, sum: 2160, total: 2139 },
        [1744, 393, 21, 2].map((value) => ['part', { value }]),
      ],
    ]);
  });

  it('reads a 其中 that opens the sentence after its total (…2139条。其中，…)', () => {
    const text = withEdit(clean, OPENING, '全年累计发布信息2139条。其中，政策文件1744条、工作动态393条、通知公告21条、其他2条。');
    const found = ofCode(diagnose(text), 'narrative-sum');
    expect(found.map((d) => [d.range, d.messageId, d.data, d.relatedInformation!.map((r) => r.range)])).toEqual([
      [
        rangeOf(text, '2139'),
        'mismatch',
        { total: 2139, parts: [1744, 393, 21, 2], sum: 2160 },
        [rangeIn(text, '政策文件1744条', '1744'), rangeIn(text, '工作动态393条', '393'), rangeIn(text, '通知公告21条', '21'), rangeIn(text, '其他2条', '2')],
      ],
    ]);
  });

  it('takes no total from a sentence that does not end with it, nor from the paragraph before', () => {
    const list = '其中，政策文件1744条、工作动态393条、通知公告21条、其他2条。';
    for (const before of ['全年累计发布信息2139条，同比增长5%。', '全年发布信息较多。', '全年累计发布信息2139条。\n\n']) {
      const text = withEdit(clean, OPENING, before + list);
      expect([before, ofCode(diagnose(text), 'narrative-sum')]).toEqual([before, []]);
    }
    expect(ofCode(diagnose(withEdit(clean, OPENING, '全年累计发布信息2160条。' + list)), 'narrative-sum')).toEqual([]);
  });

  it('is silent on a list by channel whose parts exceed the total (one item published on several channels)', () => {
    const text = withEdit(clean, OPENING, '全年累计发布信息2139条，其中门户网站1744条、政务微博393条、微信公众号1200条。');
    expect(ofCode(diagnose(text), 'narrative-sum')).toEqual([]);
    // One channel among categories is no list by channel.
    const mixed = withEdit(clean, OPENING, '全年累计发布信息2139条，其中政策文件1744条、工作动态393条、门户网站公告21条、其他2条。');
    expect(ofCode(diagnose(mixed), 'narrative-sum').map((d) => d.data)).toEqual([{ total: 2139, parts: [1744, 393, 21, 2], sum: 2160 }]);
  });

  it('is silent on a partial list, a list with comparisons, and a list that adds up', () => {
    for (const sentence of [
      '本年度主动公开信息356条，其中政策文件28条、工作动态187条。',
      '本年度主动公开信息356条，其中政策文件28条、工作动态187条、通知公告41条等。',
      '本年度主动公开信息356条，其中政策文件较上年增加28条、工作动态187条、通知公告141条。',
      OPENING,
    ]) {
      expect(ofCode(diagnose(withEdit(clean, OPENING, sentence)), 'narrative-sum')).toEqual([]);
    }
  });
});

describe('part-empty', () => {
  it('reports parts 一 and 五 of the new-report template: no green ✓ for an unwritten report', () => {
    const text = newReportTemplate({ agency: '江北市生态环境局', year: 2024 }).text;
    expect(diagnose(text).map((d) => [d.code, d.severity, d.range, d.messageId, d.args])).toEqual([
      ['part-empty', 'error', rangeOf(text, '一、总体情况'), 'empty', { title: '一、总体情况' }],
      ['part-empty', 'error', rangeOf(text, '五、存在的主要问题及改进情况'), 'empty', { title: '五、存在的主要问题及改进情况' }],
    ]);
  });

  it('reports a part holding only a placeholder once, as part-empty', () => {
    const text = withEdit(clean, PART5_BODY, '（此处填写）');
    expect(codes(diagnose(text))).toEqual(['part-empty']);
  });
});

describe('placeholder-left', () => {
  it('reports XX, 某某 and 待填写 where they stand, and not a web address', () => {
    const text = withEdit(clean, OPENING, '本年度某某局主动公开政府信息XX条，详见www.xxgk.gov.cn，其余待填写。');
    expect(ofCode(diagnose(text), 'placeholder-left').map((d) => [d.range, d.messageId, d.args, d.data])).toEqual([
      [rangeOf(text, '某某'), 'left', { found: '某某' }, { found: '某某' }],
      [rangeOf(text, 'XX'), 'left', { found: 'XX' }, { found: 'XX' }],
      [rangeOf(text, '待填写'), 'left', { found: '待填写' }, { found: '待填写' }],
    ]);
  });
});

describe('text-doubled', () => {
  it('reports a doubled word and doubled punctuation, each with a fix that removes the copy', () => {
    const text = withEdit(clean, '我局落实政府信息公开保密审查制度，', '我局落实政府信息公开保密审查审查制度，，');
    const found = ofCode(diagnose(text), 'text-doubled');
    expect(found.map((d) => [d.range, d.messageId, d.args, d.data, d.fixable])).toEqual([
      [rangeOf(text, '审查审查'), 'doubled', { found: '审查审查', keep: '审查' }, { found: '审查审查', keep: '审查' }, true],
      [rangeOf(text, '，，'), 'doubled', { found: '，，', keep: '，' }, { found: '，，', keep: '，' }, true],
    ]);
    const model = parseReport(text);
    const { start } = rangeOf(text, '审查审查');
    // The second copy goes: the edit touches only its two characters.
    expect(fixesFor(model, found[0]!, 'zh').map((f) => [f.title, f.edits, f.safe])).toEqual([
      ['改为“审查”', [{ range: { start: { line: start.line, character: start.character + 2 }, end: { line: start.line, character: start.character + 4 } }, newText: '' }], true],
    ]);
  });

  it('is silent on ordinary reduplication', () => {
    const text = withEdit(clean, OPENING, '我局将职责、程序一一明确，层层压实责任，一件一件抓落实，常常开展自查。');
    expect(ofCode(diagnose(text), 'text-doubled')).toEqual([]);
  });
});

describe('all-done-carryover', () => {
  it('reports 均已办结 while 四、结转下年度继续办理 is 2', () => {
    const text = withEdit(clean, REQUESTS, '本年度我局共收到政府信息公开申请22件，均已办结。');
    expect(ofCode(diagnose(text), 'all-done-carryover').map((d) => [d.range, d.messageId, d.args, d.data])).toEqual([
      [rangeOf(text, '均已办结'), 'contradicts', { phrase: '均已办结', forward: '四、结转下年度继续办理', carried: 2 }, { phrase: '均已办结', carried: 2 }],
    ]);
  });

  it('is silent on 均在法定期限内答复 and on a sentence naming the carried requests', () => {
    expect(ofCode(diagnose(clean), 'all-done-carryover')).toEqual([]);
    const text = withEdit(clean, REQUESTS, '本年度我局共收到政府信息公开申请22件，除2件结转下年度外均已办结。');
    expect(ofCode(diagnose(text), 'all-done-carryover')).toEqual([]);
  });
});

describe('title-wording', () => {
  for (const [title, problem, args] of [
    ['江北市生态环境局2024年政府信息公开年度报告', 'noWork', {}],
    ['江北市生态环境局2024年政府信息公开工作报告', 'noYear', {}],
    ['江北市生态环境局2024年政府信息公开报告', 'noWorkYear', {}],
    ['江北市生态环境局2024年政府信息公开年度工作报告', 'swapped', {}],
    ['江北市生态环境局2024年政府信息公开工作总结报告', 'otherMiddle', { middle: '工作总结' }],
    ['江北市生态环境局2024年政务公开工作年度报告', 'affairs', {}],
  ] as const) {
    it(`reports “${title}”: ${problem}`, () => {
      const text = withEdit(clean, '江北市生态环境局2024年政府信息公开工作年度报告', title);
      expect(ofCode(diagnose(text), 'title-wording').map((d) => [d.range, d.messageId, d.args])).toEqual([
        [rangeOf(text, title), problem, { found: title, suffix: '政府信息公开工作年度报告', ...args }],
      ]);
    });
  }
});

describe('clean prose produces nothing', () => {
  it('a part 一 of comparisons, citations, plans and negations', () => {
    const overview = [
      '（一）主动公开',
      '',
      '本年度我局通过门户网站主动公开政府信息356条，比2023年增加41条，较2023年增长13%，其中政策文件28条、工作动态187条、通知公告141条。与2023年相比，政策解读更加及时；2022年至2024年，我局连续三年开展政务公开标准化建设。',
      '',
      '（二）依申请公开',
      '',
      '本年度我局共收到政府信息公开申请22件，均在法定期限内答复，未发生因依申请公开被行政复议纠错或行政诉讼败诉的情况。',
      '',
      '（三）政府信息管理',
      '',
      '我局按照《江北市2023年政务公开工作要点》落实保密审查，按时公开2023年度部门决算，全年清理失效文件12件，制发行政规范性文件2件。',
      '',
      '（四）政府信息公开平台建设',
      '',
      '我局持续优化门户网站政府信息公开专栏，及时更新政府信息公开指南和目录。2025年，我局将推进政务新媒体规范化建设。',
      '',
      '（五）监督保障',
      '',
      '我局将政府信息公开工作纳入年度绩效考核，因政府信息公开被申请行政复议1件、提起行政诉讼1件。',
    ].join('\n');
    const start = clean.indexOf('（一）主动公开');
    const end = clean.indexOf('## 二、');
    const text = clean.slice(0, start) + overview + '\n\n' + clean.slice(end);
    expect(diagnose(text)).toEqual([]);
  });

  it('the same part as a PDF gives it: spaces inside words and lines wrapped mid-sentence', () => {
    const text = withEdit(clean, REQUESTS, '本年度我局共收到政府信息公开申请 22 件，均在法定期限内\n答复，比 2023 年增加 3 件。');
    expect(diagnose(text)).toEqual([]);
  });
});
