/** The agency read from the title however it is laid out, from the 落款 or the first sentence otherwise; and the pairing key. */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../server/src/service/parser';
import { normalizeAgency, reportKeyOf, summarize } from '../../server/src/service/workspace/index';
import { readSeed } from '../helpers/seeds';
import { clean, withEdit } from '../rules/helpers';

const TITLE = '# 江北市生态环境局2024年政府信息公开工作年度报告';

describe('the agency of a report', () => {
  it('is read on every seed', () => {
    expect([0, 1, 2, 3, 4].map((n) => parseReport(readSeed(n)).agency?.text ?? null)).toEqual([
      '前进区商务和经济合作局',
      '防城港市大数据和行政审批局',
      '车辋镇人民政府',
      '新华区西市场街道办事处',
      '卫东区行政审批和政务信息管理局',
    ]);
  });

  it('is read from a title set over two lines (agency above, year and wording below)', () => {
    const text = withEdit(clean, TITLE, '              江北市江东区人民政府\n       2024 年政府信息公开工作年度报告');
    const model = parseReport(text);
    expect(model.agency?.text).toBe('江北市江东区人民政府');
    expect(model.agency?.range).toEqual({ start: { line: 0, character: 14 }, end: { line: 0, character: 24 } });
  });

  it('is not page chrome above a title, and comes from the 落款 when the title names none', () => {
    const text = withEdit(clean, TITLE, '首页 > 政务公开 > 年度报告\n\n2024年政府信息公开工作年度报告');
    expect(parseReport(text).agency?.text).toBe('江北市生态环境局');
  });

  it('is read from a breadcrumb-free title whose agency is garbage-free only', () => {
    const text = withEdit(clean, TITLE, '当前位置：首页>政府信息公开工作年度报告');
    expect(parseReport(text).agency?.text).toBe('江北市生态环境局');
  });

  it('is read from the first sentence when neither title nor 落款 names it', () => {
    let text = clean.slice(clean.indexOf('## 一、总体情况'));
    text = withEdit(text, '江北市生态环境局\n\n2025年1月20日', '');
    text = withEdit(text, '## 一、总体情况\n', '## 一、总体情况\n\n2024年，江北市林业局在市委、市政府的领导下，扎实推进政务公开。\n');
    expect(parseReport(text).agency?.text).toBe('江北市林业局');
    // 我局 names no agency.
    expect(parseReport(withEdit(text, '江北市林业局在', '我局在')).agency).toBe(null);
  });
});

describe('pairing consecutive years', () => {
  it('matches a district named with and without its city', () => {
    expect(normalizeAgency('淮安市洪泽区人民政府')).toBe('洪泽区');
    expect(normalizeAgency('洪泽区人民政府')).toBe('洪泽区');
    expect(normalizeAgency('江苏省淮安市洪泽区商务局')).toBe('洪泽区商务局');
    expect(normalizeAgency('淮安市人民政府')).toBe('淮安市');
    expect(normalizeAgency('淮安市市场监督管理局')).toBe('淮安市市场监督管理局');
  });

  it('gives this year’s and last year’s two-line titles the same key', () => {
    const last = withEdit(withEdit(clean, TITLE, '江北市江东区人民政府\n2023年政府信息公开工作年度报告'), '2024年1月1日起至2024年12月31日', '2023年1月1日起至2023年12月31日');
    const now = withEdit(clean, TITLE, '江东区人民政府\n2024年政府信息公开工作年度报告');
    expect(reportKeyOf(parseReport(last))).toEqual({ agencyKey: '江东区', year: 2023 });
    expect(reportKeyOf(parseReport(now))).toEqual({ agencyKey: '江东区', year: 2024 });
    expect(summarize('file:///a.md', parseReport(now)).agency).toBe('江东区人民政府');
  });
});
