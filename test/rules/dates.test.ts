/** Years and dates. */
import { describe, expect, it } from 'vitest';
import { clean, codes, diagnose, findings, ofCode, rangeOf, withEdit } from './helpers';

const PERIOD = '自2024年1月1日起至2024年12月31日止';
const SIGNED = '2025年1月20日';

describe('year-unknown', () => {
  it('reports a report with no year in the title, the period or the text', () => {
    let text = withEdit(clean, '江北市生态环境局2024年政府信息公开工作年度报告', '江北市生态环境局政府信息公开工作年度报告');
    text = withEdit(text, `本报告中所列数据的统计期限${PERIOD}。`, '');
    text = withEdit(text, `\n\n${SIGNED}\n`, '\n');
    expect(findings(text)).toEqual([
      {
        code: 'year-unknown',
        severity: 'warning',
        messageId: 'unknown',
        range: rangeOf(text, '江北市生态环境局政府信息公开工作年度报告'),
        data: {},
        fixable: false,
      },
    ]);
  });

  it('is silent when only the period states the year', () => {
    const text = withEdit(clean, '江北市生态环境局2024年政府信息公开工作年度报告', '江北市生态环境局政府信息公开工作年度报告');
    expect(diagnose(text)).toEqual([]);
  });
});

describe('period-year', () => {
  it('reports a statistics period of another year', () => {
    const text = withEdit(clean, PERIOD, '自2023年1月1日起至2023年12月31日止');
    const found = diagnose(text);
    expect(codes(found)).toEqual(['period-year']);
    expect(found[0]).toMatchObject({
      severity: 'error',
      messageId: 'wrong',
      args: { year: 2024, written: '2023年1月1日起至2023年12月31日' },
      data: { expectedStart: '2024-01-01', expectedEnd: '2024-12-31' },
      fixable: true,
    });
    expect(found[0]!.range.start).toEqual(rangeOf(text, '统计期限').start);
    expect(found[0]!.range.end).toEqual(rangeOf(text, '2023年12月31日').end);
  });

  it('reports a period that ends before 31 December', () => {
    const text = withEdit(clean, PERIOD, '自2024年1月1日起至2024年11月30日止');
    expect(codes(diagnose(text))).toEqual(['period-year']);
  });

  it('accepts the period written with the end year implied', () => {
    const text = withEdit(clean, PERIOD, '为2024年1月1日至12月31日');
    expect(diagnose(text)).toEqual([]);
  });
});

describe('year-mismatch', () => {
  it('reports a year copied from last year’s report', () => {
    const text = withEdit(clean, '本年度我局通过门户网站主动公开政府信息356条', '2023年，我局通过门户网站主动公开政府信息356条');
    expect(findings(text)).toEqual([
      {
        code: 'year-mismatch',
        severity: 'warning',
        messageId: 'earlierYear',
        range: rangeOf(text, '2023'),
        data: { expected: 2024, found: 2023 },
        fixable: true,
      },
    ]);
  });

  it('reports next year’s number where this year’s work is described', () => {
    const text = withEdit(clean, '本年度我局共收到政府信息公开申请22件', '2025年，我局共收到政府信息公开申请22件');
    expect(diagnose(text).map((d) => [d.code, d.messageId, d.args])).toEqual([['year-mismatch', 'laterYear', { found: 2025, expected: 2024 }]]);
  });

  it('accepts plans for next year in part 五, last year’s report, and dated legal texts', () => {
    let text = withEdit(clean, '下一步，我局将', '2025年，我局将');
    text = withEdit(text, '本年度我局政府信息公开工作仍存在一些不足', '对照2023年度报告所列问题，本年度我局政府信息公开工作仍存在一些不足');
    text = withEdit(text, '我局落实政府信息公开保密审查制度', '我局落实2019年修订的《中华人民共和国政府信息公开条例》和保密审查制度');
    text = withEdit(text, '我局持续优化门户网站', '我局按照2023年12月印发的规范持续优化门户网站');
    expect(diagnose(text)).toEqual([]);
  });
});

describe('date-malformed', () => {
  it('reports a date whose 年 and 月 were lost, with its reading', () => {
    const text = withEdit(clean, SIGNED, '2025120');
    expect(findings(text)).toEqual([
      {
        code: 'date-malformed',
        severity: 'error',
        messageId: 'lostMarks',
        range: rangeOf(text, '2025120'),
        data: { found: '2025120', reading: '2025-01-20', suggestion: '2025年1月20日' },
        fixable: true,
      },
    ]);
  });

  it('names the marks it lacks and the date as read', () => {
    const text = withEdit(clean, SIGNED, '2025120');
    expect(diagnose(text).map((d) => d.args)).toEqual([
      { raw: '2025120', missing: '年月日', suggestion: '2025年1月20日', date: { zh: '2025年1月20日', en: '20 January 2025' } },
    ]);
  });

  it('cannot tell which day a run of digits means, and says so', () => {
    const text = withEdit(clean, SIGNED, '2025115');
    expect(findings(text)).toEqual([
      {
        code: 'date-malformed',
        severity: 'error',
        messageId: 'ambiguousLostMarks',
        range: rangeOf(text, '2025115'),
        data: { found: '2025115' },
        fixable: true,
      },
    ]);
  });

  it('is silent on a well-formed date', () => {
    expect(ofCode(diagnose(clean), 'date-malformed')).toEqual([]);
  });
});

describe('date-invalid', () => {
  it('reports a date that does not exist', () => {
    const text = withEdit(clean, SIGNED, '2025年2月30日');
    expect(findings(text)).toEqual([
      {
        code: 'date-invalid',
        severity: 'error',
        messageId: 'invalid',
        range: rangeOf(text, '2025年2月30日'),
        data: { found: '2025年2月30日' },
        fixable: false,
      },
    ]);
  });

  it('accepts 29 February in a leap year', () => {
    const text = withEdit(clean, '我局持续优化门户网站', '2024年2月29日起，我局持续优化门户网站');
    expect(diagnose(text)).toEqual([]);
  });
});

describe('publish-early', () => {
  it('reports a report dated inside the year it reports on', () => {
    const text = withEdit(clean, SIGNED, '2024年1月20日');
    expect(findings(text)).toEqual([
      {
        code: 'publish-early',
        severity: 'warning',
        messageId: 'early',
        range: rangeOf(text, '2024年1月20日'),
        data: { date: '2024-01-20', deadline: '2025-01-01' },
        fixable: false,
      },
    ]);
  });

  it('is silent on a date early in the following year', () => {
    const text = withEdit(clean, SIGNED, '2025年1月2日');
    expect(diagnose(text)).toEqual([]);
  });
});

describe('publish-late', () => {
  const text = withEdit(clean, SIGNED, '2025年2月14日');

  it('reports a department’s report dated after 31 January', () => {
    expect(findings(text)).toEqual([
      {
        code: 'publish-late',
        severity: 'warning',
        messageId: 'late',
        range: rangeOf(text, '2025年2月14日'),
        data: { date: '2025-02-14', deadline: '2025-01-31', kind: 'department' },
        fixable: false,
      },
    ]);
  });

  it('accepts the same date for a people’s government, whose deadline is 31 March', () => {
    expect(diagnose(text, { deadline: 'government' })).toEqual([]);
    const government = withEdit(text, '# 江北市生态环境局2024年', '# 江北市人民政府2024年');
    expect(diagnose(government)).toEqual([]);
  });

  it('reports a government’s report dated after 31 March', () => {
    const late = withEdit(withEdit(clean, SIGNED, '2025年4月1日'), '# 江北市生态环境局2024年', '# 江北市人民政府2024年');
    expect(diagnose(late).map((d) => [d.messageId, d.args])).toEqual([
      [
        'late',
        {
          date: { zh: '2025年4月1日', en: '1 April 2025' },
          deadline: { zh: '2025年3月31日', en: '31 March 2025' },
          kind: { zh: '县级以上人民政府年度报告', en: 'a people’s government’s report on its whole government' },
          dueDay: { zh: '3月31日', en: '31 March' },
        },
      ],
    ]);
  });
});
