import { describe, expect, it } from 'vitest';
import { parseReport } from '../../server/src/service/parser/index';
import { ReportIndex, fileNameOf, normalizeAgency, summarize, type ReportSummary } from '../../server/src/service/workspace/index';
import { cellRange, report2023, report2024, withEdit } from './reports';

const URI_2023 = 'file:///reports/2023-%E7%A4%BA%E8%8C%83%E8%A1%97%E9%81%93.md';
const URI_2024 = 'file:///reports/2024-%E7%A4%BA%E8%8C%83%E8%A1%97%E9%81%93.md';

function summary(uri: string, agency: string | null, year: number | null): ReportSummary {
  return {
    uri,
    agency,
    agencyKey: normalizeAgency(agency),
    year,
    carriedOver: null,
    carriedForward: null,
    documents: { regulations: null, normativeDocs: null },
  };
}

describe('normalizeAgency', () => {
  it('ignores spacing, width, quotes and emphasis', () => {
    expect(normalizeAgency('新华区 西市场街道办事处')).toBe('新华区西市场街道');
    expect(normalizeAgency('新华区\u3000西市场街道办事处')).toBe('新华区西市场街道');
    expect(normalizeAgency('**防城港市大数据和行政审批局**')).toBe('防城港市大数据和行政审批局');
    expect(normalizeAgency('ＸＸ市“数据”局')).toBe('XX市数据局');
  });

  it('cuts the year and the title words when given a title', () => {
    expect(normalizeAgency('示范县农业农村局2024年政府信息公开工作年度报告')).toBe('示范县农业农村局');
    expect(normalizeAgency('防城港市大数据和行政审批局2024年度政府信息公开工作年度报告')).toBe('防城港市大数据和行政审批局');
    expect(normalizeAgency('卫东区行政审批和政务信息管理局 2024 年政府信息公开工作年度报告')).toBe('卫东区行政审批和政务信息管理局');
    expect(normalizeAgency('示范县农业农村局政府信息公开工作年度报告')).toBe('示范县农业农村局');
  });

  it('treats a place, its 人民政府 and its 政府 as one agency, but not the government’s offices', () => {
    expect(normalizeAgency('北京市人民政府')).toBe('北京市');
    expect(normalizeAgency('北京市政府')).toBe('北京市');
    expect(normalizeAgency('北京市')).toBe('北京市');
    expect(normalizeAgency('示范镇人民政府')).toBe('示范镇');
    expect(normalizeAgency('北京市人民政府办公室')).toBe('北京市人民政府办公室');
    expect(normalizeAgency('北京市人民政府办公厅')).toBe('北京市人民政府办公厅');
    // 人民政府 alone names no place: nothing is cut.
    expect(normalizeAgency('人民政府')).toBe('人民政府');
  });

  it('treats a 街道 and its 街道办事处 as one agency', () => {
    expect(normalizeAgency('示范区示范街道办事处')).toBe(normalizeAgency('示范区示范街道'));
  });

  it('gives null when nothing is left', () => {
    expect(normalizeAgency(null)).toBeNull();
    expect(normalizeAgency('   ')).toBeNull();
    expect(normalizeAgency('2024年政府信息公开工作年度报告')).toBeNull();
  });
});

describe('summarize', () => {
  it('reads the agency, the year, the carried rows and the document counts with their cells', () => {
    const s = summarize(URI_2024, parseReport(report2024));
    expect(s.agency).toBe('示范区示范街道办事处');
    expect(s.agencyKey).toBe('示范区示范街道');
    expect(s.year).toBe(2024);
    expect(s.carriedOver?.map((f) => f.value)).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(s.carriedForward?.map((f) => f.value)).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(s.carriedOver?.[0]?.range).toEqual(cellRange(report2024, '二、上年结转', 0));
    expect(s.carriedForward?.[6]?.range).toEqual(cellRange(report2024, '四、结转下年度继续办理', 6));
    expect(s.documents.normativeDocs).toEqual({
      issued: { value: 2, raw: '2', range: cellRange(report2024, '行政规范性文件', 0) },
      repealed: { value: 1, raw: '1', range: cellRange(report2024, '行政规范性文件', 1) },
      inForce: { value: 5, raw: '5', range: cellRange(report2024, '行政规范性文件', 2) },
    });
    expect(s.documents.regulations?.inForce?.value).toBe(0);
  });

  it('keeps a "/" or a blank as a figure without a value', () => {
    const text = withEdit(report2024, '| 规章               | 0                          | 0            | 0            |', '| 规章 | / | / | / |');
    const s = summarize(URI_2024, parseReport(text));
    expect(s.documents.regulations?.inForce).toMatchObject({ value: null, raw: '/' });
  });

  it('is plain JSON data', () => {
    const s = summarize(URI_2024, parseReport(report2024));
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });

  it('tolerates text that is no report', () => {
    expect(summarize('file:///x.md', parseReport('hello\n| a | b |'))).toMatchObject({ agency: null, agencyKey: null, year: null, carriedOver: null, carriedForward: null });
  });
});

describe('ReportIndex', () => {
  it('finds last year’s report of the same agency, however its name is written', () => {
    const index = new ReportIndex();
    const last = summarize(URI_2023, parseReport(report2023));
    const now = summarize(URI_2024, parseReport(withEdit(report2024, '# 示范区示范街道办事处2024年', '# 示范区 示范街道 2024 年')));
    index.set(last);
    index.set(now);
    expect(index.previousYearOf(now)).toBe(last);
    expect(index.previousYearOf(last)).toBeUndefined();
    expect(index.nextYearOf(last)).toEqual([now]);
    expect(index.size).toBe(2);
  });

  it('does not match another agency or another year', () => {
    const index = new ReportIndex();
    index.set(summary('file:///a/2023.md', '示范区示范街道办事处', 2023));
    index.set(summary('file:///a/2022.md', '示范区示范街道办事处', 2022));
    index.set(summary('file:///b/2023.md', '示范区另一街道办事处', 2023));
    expect(index.previousYearOf(summary('file:///a/2025.md', '示范区示范街道办事处', 2025))).toBeUndefined();
    expect(index.previousYearOf(summary('file:///c/2024.md', '示范区第三街道办事处', 2024))).toBeUndefined();
    expect(index.previousYearOf(summary('file:///c/2024.md', null, 2024))).toBeUndefined();
    expect(index.previousYearOf(summary('file:///c/2024.md', '示范区示范街道办事处', null))).toBeUndefined();
    expect(index.previousYearOf(summary('file:///a/2024.md', '示范区示范街道办事处', 2024))?.uri).toBe('file:///a/2023.md');
  });

  it('matches a government by place, 人民政府 or 政府', () => {
    const index = new ReportIndex();
    index.set(summary('file:///g/2023.md', '示范市人民政府', 2023));
    expect(index.previousYearOf(summary('file:///g/2024.md', '示范市', 2024))?.uri).toBe('file:///g/2023.md');
    expect(index.previousYearOf(summary('file:///g/2024b.md', '示范市政府', 2024))?.uri).toBe('file:///g/2023.md');
    expect(index.previousYearOf(summary('file:///g/2024c.md', '示范市人民政府办公室', 2024))).toBeUndefined();
  });

  it('replaces a summary on set, forgets it on delete, and re-keys a changed agency or year', () => {
    const index = new ReportIndex();
    const now = summary('file:///a/2024.md', '示范局', 2024);
    index.set(summary('file:///a/2023.md', '示范局', 2023));
    expect(index.previousYearOf(now)?.uri).toBe('file:///a/2023.md');
    index.set(summary('file:///a/2023.md', '示范局', 2022));
    expect(index.previousYearOf(now)).toBeUndefined();
    index.set(summary('file:///a/2023.md', '示范局', 2023));
    expect(index.delete('file:///a/2023.md')).toBe(true);
    expect(index.delete('file:///a/2023.md')).toBe(false);
    expect(index.previousYearOf(now)).toBeUndefined();
    expect(index.all()).toEqual([]);
  });

  it('chooses the same one of two copies of last year’s report every time', () => {
    const index = new ReportIndex();
    index.set(summary('file:///a/z-copy.md', '示范局', 2023));
    index.set(summary('file:///a/a-final.md', '示范局', 2023));
    expect(index.previousYearOf(summary('file:///a/2024.md', '示范局', 2024))?.uri).toBe('file:///a/a-final.md');
    index.delete('file:///a/a-final.md');
    expect(index.previousYearOf(summary('file:///a/2024.md', '示范局', 2024))?.uri).toBe('file:///a/z-copy.md');
  });
});

describe('fileNameOf', () => {
  it('decodes the last segment of a URI', () => {
    expect(fileNameOf(URI_2023)).toBe('2023-示范街道.md');
    expect(fileNameOf('file:///a/b%20c.md?x#y')).toBe('b c.md');
    expect(fileNameOf('untitled:Untitled-1')).toBe('untitled:Untitled-1');
    expect(fileNameOf('file:///a/%E0%A4%A.md')).toBe('%E0%A4%A.md');
  });
});
