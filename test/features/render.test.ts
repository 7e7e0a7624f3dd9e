import { describe, expect, it } from 'vitest';
import { parseReport } from '../../server/src/service/parser/index';
import { analyze } from '../../server/src/service/analyze';
import { tableOf } from '../../server/src/service/model';
import { renderCanonicalReport, renderReportSkeleton, renderTableMarkdown, tableContentOf } from '../../server/src/service/schema/render';
import { TABLE3_COLUMNS, TABLE3_NOTE, TABLE3_ROWS } from '../../server/src/service/schema/format';
import { readSeed } from '../helpers/seeds';

/** A report with one table inserted after its part heading. */
function doc(heading: string, table: string[]): string {
  return ['某某局2024年政府信息公开工作年度报告', '', heading, '', ...table, ''].join('\n');
}

describe('renderTableMarkdown', () => {
  it('writes table 三 as one Markdown table: the note and the 7 columns, then the 25 rows by their own labels', () => {
    const lines = renderTableMarkdown('three');
    expect(lines).toHaveLength(2 + 25);
    expect(lines[0]!.split('|').map((c) => c.trim())).toEqual(['', TABLE3_NOTE, ...TABLE3_COLUMNS.map((c) => c.label), '']);
    expect(lines[1]).toMatch(/^\| -+ \| -{6} \| -{8} \| -{8} \| -{12} \| -{12} \| -{4} \| -{4} \|$/);
    TABLE3_ROWS.forEach((row, i) => expect(lines[i + 2]!.startsWith(`| ${row.label} `)).toBe(true));
    expect(lines[2]).toBe(`| 一、本年新收政府信息公开申请数量${' '.repeat(41)}| 0      | 0        | 0        | 0            | 0            | 0    | 0    |`);
  });

  it('the parser reads every value of a rendered table 三 back, blanks as missing', () => {
    const values: Record<string, (number | string | null)[]> = {};
    TABLE3_ROWS.forEach((row, r) => (values[row.key] = TABLE3_COLUMNS.map((_, c) => r * 10 + c)));
    values['carried'] = [1, null, 2, 3, 4, 5, 15];
    const model = parseReport(doc('三、收到和处理政府信息公开申请情况', renderTableMarkdown('three', values)));
    const table = tableOf(model, 'three')!;
    expect(table.layout).toBe('markdown');
    expect(table.rows.map((r) => r.labelStatus)).toEqual(TABLE3_ROWS.map(() => 'official'));
    expect(table.rows.map((r) => r.def?.key)).toEqual(TABLE3_ROWS.map((r) => r.key));
    expect(table.rows.map((r) => r.cells.map((c) => c.value))).toEqual(TABLE3_ROWS.map((r) => values[r.key]));
    expect(table.rows[1]!.cells[1]!.kind).toBe('empty');
  });

  it('the parser reads tables 二 and 四 back, with 规章 “/” and a decimal fee', () => {
    const two = renderTableMarkdown('two', { regulations: ['/', '/', '/'], normativeDocs: [2, 1, 30], licensing: [23962], penalty: [5], coercion: [0], fees: ['1.5'] });
    const m2 = parseReport(doc('二、主动公开政府信息情况', two));
    expect(tableContentOf(tableOf(m2, 'two')!)).toEqual({
      values: { regulations: ['/', '/', '/'], normativeDocs: ['2', '1', '30'], licensing: ['23962'], penalty: ['5'], coercion: ['0'], fees: ['1.5'] },
      extraRows: [],
    });
    const four = renderTableMarkdown('four', { reviews: Array.from({ length: 15 }, (_, i) => i) });
    const m4 = parseReport(doc('四、政府信息公开行政复议、行政诉讼情况', four));
    expect(tableOf(m4, 'four')!.rows.map((r) => r.cells.map((c) => c.value))).toEqual([Array.from({ length: 15 }, (_, i) => i)]);
  });
});

describe('renderReportSkeleton', () => {
  it('is a complete report for a department and for a government, but for the prose of parts 一 and 五 (part-empty until written)', () => {
    for (const [agency, year] of [
      ['示范市生态环境局', 2024],
      ['示范市人民政府', 2023],
    ] as const) {
      const result = analyze(renderReportSkeleton({ agency, year }));
      expect(result.ruleErrors).toEqual([]);
      expect(result.diagnostics.map((d) => [d.code, d.severity, result.model.lines[d.range.start.line]])).toEqual([
        ['part-empty', 'error', '一、总体情况'],
        ['part-empty', 'error', '五、存在的主要问题及改进情况'],
      ]);
      expect(result.model.parts.map((p) => [p.id, p.titleMatch])).toEqual([1, 2, 3, 4, 5, 6].map((id) => [id, 'standard']));
      expect(result.model.year?.value).toBe(year);
      expect(result.model.signature?.date?.date).toEqual({ year: year + 1, month: 1, day: 31 });
    }
  });
});

describe('renderCanonicalReport', () => {
  it('rewrites every table of a tab-separated seed and keeps the prose and every value', () => {
    const seed = readSeed(4);
    const before = parseReport(seed);
    const text = renderCanonicalReport(before);
    const after = parseReport(text);
    for (const id of ['two', 'three', 'four'] as const) {
      expect(tableOf(after, id)!.layout).toBe('markdown');
      expect(tableContentOf(tableOf(after, id)!)).toEqual(tableContentOf(tableOf(before, id)!));
    }
    const firstTable = tableOf(before, 'two')!.startLine;
    expect(text.split('\n').slice(0, firstTable)).toEqual(seed.split('\n').slice(0, firstTable));
    expect(text.endsWith(seed.split('\n').slice(tableOf(before, 'four')!.endLine).join('\n'))).toBe(true);
  });
});
