/**
 * Headings, dates, period, figures, directives and report detection on small documents.
 */
import { describe, expect, it } from 'vitest';
import { range } from '../../server/src/service/model';
import { detectReport, parseReport } from '../../server/src/service/parser';
import { dateLine, partLines } from './describe';

const doc = (...lines: string[]) => lines.join('\n');

describe('part headings', () => {
  it('accepts plain, Markdown and bold headings, variants and keywords; records them in document order', () => {
    const m = parseReport(
      doc('一、总体情况', '## 三、行政机关收到和处理政府信息公开申请情况', '**二、主动公开政府信息情况**', '五 存在问题及改进情况', '六、其他事项：', '三、收到和处理政府信息公开申请情况'),
    );
    expect(partLines(m)).toEqual([
      '1 standard @0 plain 一、总体情况 body 1-1',
      '3 variant @1 markdown 三、行政机关收到和处理政府信息公开申请情况 body 2-2',
      '2 standard @2 bold 二、主动公开政府信息情况 body 3-3',
      '5 variant @3 plain 五、存在问题及改进情况 body 4-4',
      '6 keyword @4 plain 六、其他事项 body 5-5',
      '3 standard @5 plain 三、收到和处理政府信息公开申请情况 body 6-6',
    ]);
    expect(m.parts[1]!.heading!.range).toEqual(range(1, 3, 1, 24));
    expect(m.parts[2]!.heading!.title.range).toEqual(range(2, 4, 2, 14));
    expect(m.standardTitleCount).toBe(4);
  });

  it('rejects numbered prose, table row labels and keyword titles under the wrong numeral', () => {
    const m = parseReport(
      doc(
        '一、本年新收政府信息公开申请数量 |',
        '四、结转下年度继续办理',
        '三、本年度办理结果 | （一）予以公开 | 0',
        '一是加强主动公开情况的审核。',
        '一、主动公开情况',
        '二、坚持问题导向，持续改进政府信息公开工作，确保各项工作落到实处并取得实效，不断提升群众满意度和获得感',
      ),
    );
    expect(m.parts).toEqual([]);
  });

  it('reads sub-headings with their markers and titles', () => {
    const m = parseReport(doc('一、总体情况', '（一）主动公开情况。我局……', '- (二) 依申请公开：', '3、政府信息管理方面', '（十一）其他'));
    expect(m.parts[0]!.subheadings.map((s) => [s.marker.text, s.index, s.title.text, s.title.range])).toEqual([
      ['（一）', 1, '主动公开情况', range(1, 3, 1, 9)],
      ['(二)', 2, '依申请公开', range(2, 6, 2, 11)],
      ['3、', 3, '政府信息管理方面', range(3, 2, 3, 10)],
      ['（十一）', 11, '其他', range(4, 4, 4, 6)],
    ]);
  });
});

describe('dates', () => {
  const dates = (...lines: string[]) => parseReport(doc(...lines)).dates.map(dateLine);

  it('reads every written form', () => {
    expect(dates('于2024年1月1日、2024 年 2 月 3 日、２０２４年３月４日发布', '2025-02-14 08:50 来源', '2025.2.14 与 2025/2/14', '二〇二五年二月十四日')).toEqual([
      '0:1 2024年1月1日 valid text 2024-01-01',
      '0:11 2024 年 2 月 3 日 valid text 2024-02-03',
      '0:26 ２０２４年３月４日 valid text 2024-03-04',
      '1:0 2025-02-14 08:50 valid published 2025-02-14 08:50',
      '2:0 2025.2.14 valid text 2025-02-14',
      '2:12 2025/2/14 valid text 2025-02-14',
      '3:0 二〇二五年二月十四日 valid text 2025-02-14',
    ]);
  });

  it('marks dates that do not exist and reads month-day dates in the year of the line', () => {
    expect(dates('2024年2月30日', '自2023年1月1日至12月31日')).toEqual([
      '0:0 2024年2月30日 invalid text 2024-02-30',
      '1:1 2023年1月1日 valid text 2023-01-01',
      '1:11 12月31日 valid text 2023-12-31 implied',
    ]);
  });

  it('reads dates whose 年/月 were lost, with every plausible reading', () => {
    expect(dates('自202411日起至1231日止', '2024年111日', '20241月5日')).toEqual([
      '0:1 202411日 malformed text 2024-01-01 [2024-01-01]',
      '0:10 1231日 malformed text 2024-12-31 [2024-12-31] implied',
      '1:0 2024年111日 malformed text null [2024-01-11,2024-11-01]',
      '2:0 20241月5日 malformed text 2024-01-05 [2024-01-05]',
    ]);
  });

  it('takes no plain numbers for dates', () => {
    expect(dates('公开信息1116条，邮编：538001，电话：0770-2818682，国办函〔2020〕109号，共20个工作日，1.5万元')).toEqual([]);
  });
});

describe('statistics period, signature and publication date', () => {
  const text = doc(
    '某某局2024年度政府信息公开工作年度报告',
    '发布日期：2025-01-20',
    '本报告所列数据统计时限为2024年1月1日至2024年12月31日。',
    '一、总体情况',
    '正文。',
    '六、其他需要报告的事项',
    '本年度未收取信息处理费。',
    '某某局',
    '2025年1月20日',
    '扫一扫在手机打开当前页面',
  );
  const m = parseReport(text);
  it('finds the period with its start and end', () => {
    expect(m.period!.marker).toEqual({ text: '统计时限', range: range(2, 7, 2, 11) });
    expect(m.period!.range).toEqual(range(2, 7, 2, 33));
    expect([m.period!.start!.role, m.period!.end!.role, m.period!.end!.raw]).toEqual(['period-start', 'period-end', '2024年12月31日']);
  });
  it('finds the 落款 and the publication date; the page furniture lies outside the content', () => {
    expect(m.signature!.agency).toEqual({ text: '某某局', range: range(7, 0, 7, 3) });
    expect(m.signature!.date!.raw).toBe('2025年1月20日');
    expect(m.signature!.date!.role).toBe('signature');
    expect(m.published!.raw).toBe('2025-01-20');
    expect(m.published!.role).toBe('published');
    expect([m.contentStartLine, m.contentEndLine]).toEqual([0, 9]);
    expect(m.parts[1]!.bodyEndLine).toBe(7);
  });
  it('records years with their context', () => {
    const y = m.years.find((x) => x.line === 2)!;
    expect(y).toMatchObject({ value: 2024, range: range(2, 12, 2, 16), inDate: true, inPeriod: true, inTitle: false, partId: null });
    expect(m.years[0]).toMatchObject({ value: 2024, line: 0, inTitle: true });
    expect(m.years.find((x) => x.line === 8)).toMatchObject({ value: 2025, partId: null, inDate: true });
  });
});

describe('figures', () => {
  const figures = (line: string) => parseReport(line).figures.map((f) => `${f.kind} ${f.value} ${f.range.start.character}-${f.range.end.character}`);
  it('reads counts and 未… statements precisely', () => {
    expect(figures('全年共收到政府信息公开申请15件，办结14件。')).toEqual(['requestsReceived 15 13-15']);
    expect(figures('本年度被申请行政复议2件，提起行政诉讼1件。')).toEqual(['reviews 2 10-11', 'lawsuits 1 19-20']);
    expect(figures('全年未发生行政诉讼。')).toEqual(['lawsuits 0 2-9']);
    expect(figures('本年度制发规范性文件3件。')).toEqual(['normativeDocsIssued 3 10-11']);
    expect(figures('收到行政复议申请3份。')).toEqual(['reviews 3 8-9']);
  });
});

describe('directives', () => {
  it('reads codes; no codes means all rules', () => {
    const m = parseReport(doc('<!-- nianbao-disable total-row, balance -->', '<!--nianbao-enable-->', 'x <!-- nianbao-disable-next-line year-mismatch --> y'));
    expect(m.directives).toEqual([
      { kind: 'disable', codes: ['total-row', 'balance'], line: 0, range: range(0, 0, 0, 43) },
      { kind: 'enable', codes: [], line: 1, range: range(1, 0, 1, 21) },
      { kind: 'disable-next-line', codes: ['year-mismatch'], line: 2, range: range(2, 2, 2, 50) },
    ]);
  });
});

describe('detectReport', () => {
  it('needs three standard titles as heading lines and says which were found', () => {
    const yes = detectReport(doc('# 一、总体情况', '正文', '二、主动公开政府信息情况', '**五、存在的主要问题及改进情况**'));
    expect(yes.isReport).toBe(true);
    expect(yes.standardTitles).toBe(3);
    expect(yes.reason.zh).toContain('一、总体情况、二、主动公开政府信息情况、五、存在的主要问题及改进情况');
    const no = detectReport(doc('会议纪要', '一、总体情况', '报告内容包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况。'));
    expect(no).toMatchObject({ isReport: false, standardTitles: 1 });
    expect(no.reason.zh).toContain('只找到 1 个');
  });
});

describe('line terminators', () => {
  it('keeps CRLF documents line for line', () => {
    const m = parseReport('一、总体情况\r\n正文\r\n');
    expect(m.eol).toBe('\r\n');
    expect(m.lines).toEqual(['一、总体情况', '正文', '']);
  });
});
