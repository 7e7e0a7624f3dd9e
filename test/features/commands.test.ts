import { describe, expect, it } from 'vitest';
import { parseReport } from '../../server/src/service/parser/index';
import { analyze } from '../../server/src/service/analyze';
import { tableOf } from '../../server/src/service/model';
import { convertTable, newReportTemplate, reportTemplateText } from '../../server/src/service/features/commands';
import { renderReportSkeleton, renderTableMarkdown, tableContentOf } from '../../server/src/service/schema/render';
import { readSeed } from '../helpers/seeds';
import { applyEdits } from './helpers';

describe('nianbao/newReportTemplate', () => {
  it('returns the skeleton for the agency and year, with the 落款 dated in Y+1', () => {
    const { text } = newReportTemplate({ year: 2024, agency: ' 某某县教育局 ' });
    expect(text).toBe(reportTemplateText('某某县教育局', 2024));
    // The skeleton, with a placeholder under each heading of prose and table 三's group rows.
    expect(text.replace(/（请填写本项的实际情况）/g, '').replace(/^\| (三、本年度办理结果|（[三四五六]）(不予公开|无法提供|不予处理|其他处理)) .*\n/gm, '')).toBe(
      renderReportSkeleton({ agency: '某某县教育局', year: 2024 }),
    );
    const lines = text.split('\n');
    expect(lines[0]).toBe('某某县教育局2024年政府信息公开工作年度报告');
    expect(lines[2]).toBe('本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。');
    expect(lines.slice(-3)).toEqual(['某某县教育局', '2025年1月31日', '']);
    // Unfinished until written: only the placeholders are reported (part-empty, placeholder-left).
    expect(analyze(text).diagnostics.filter((d) => d.code !== 'part-empty' && d.code !== 'placeholder-left')).toEqual([]);
  });

  it('falls back to last year and a placeholder agency when the request lacks them', () => {
    const { text } = newReportTemplate({}, new Date(2026, 1, 10));
    expect(text.split('\n')[0]).toBe('机关名称2025年政府信息公开工作年度报告');
    expect(newReportTemplate({ year: 20.5, agency: '' }, new Date(2026, 1, 10)).text).toBe(text);
  });
});

describe('nianbao/convertTable', () => {
  it.each([0, 1, 2, 3, 4])('converts every table of seed %i to the canonical layout, keeping every value', (n) => {
    const seed = readSeed(n);
    const original = parseReport(seed);
    let text = seed;
    let converted = 0;
    for (const id of ['two', 'three', 'four'] as const) {
      const model = parseReport(text);
      const table = tableOf(model, id);
      if (!table) continue;
      const result = convertTable(model, { line: table.startLine, character: 0 }, 'zh');
      if (!('edits' in result)) throw new Error(result.error);
      const last = table.endLine - 1;
      expect(result.edits).toEqual([
        {
          range: { start: { line: table.startLine, character: 0 }, end: { line: last, character: model.lines[last]!.length } },
          newText: renderTableMarkdown(id, tableContentOf(table).values, { extraRows: tableContentOf(table).extraRows }).join('\n'),
        },
      ]);
      text = applyEdits(text, result.edits);
      converted++;
    }
    expect(converted).toBe(n === 2 ? 2 : 3); // seed 002 has no table 四
    const after = parseReport(text);
    for (const part of original.parts) {
      if (!part.table) continue;
      const table = tableOf(after, part.table.id)!;
      expect(table.layout).toBe('markdown');
      expect(tableContentOf(table)).toEqual(tableContentOf(part.table));
    }
    // Converting again changes nothing.
    for (const part of after.parts) {
      if (part.table) expect(convertTable(after, { line: part.table.startLine, character: 0 }, 'zh')).toEqual({ edits: [] });
    }
  });

  it('puts the official labels back: seed 002’s lost labels and seed 003’s 总记 no longer draw row-label', () => {
    for (const n of [2, 3]) {
      const seed = readSeed(n);
      const model = parseReport(seed);
      const table = tableOf(model, 'three')!;
      const result = convertTable(model, { line: table.startLine + 3, character: 0 }, 'zh');
      if (!('edits' in result)) throw new Error(result.error);
      expect(analyze(seed).diagnostics.some((d) => d.code === 'row-label')).toBe(true);
      expect(analyze(applyEdits(seed, result.edits)).diagnostics.some((d) => d.code === 'row-label')).toBe(false);
    }
  });

  it('works from the part heading line, and explains when the cursor is not in a table', () => {
    const seed = readSeed(4);
    const model = parseReport(seed);
    const part = model.parts.find((p) => p.id === 4)!;
    expect(convertTable(model, { line: part.heading!.line, character: 2 }, 'zh')).toHaveProperty('edits');
    expect(convertTable(model, { line: 0, character: 0 }, 'zh')).toEqual({ error: '光标不在法定表格（表二、表三、表四）内。' });
    expect(convertTable(model, { line: 0, character: 0 }, 'en')).toEqual({ error: 'The cursor is not in a statutory table (table 2, 3 or 4).' });
  });
});
