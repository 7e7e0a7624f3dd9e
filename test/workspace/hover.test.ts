import { describe, expect, it } from 'vitest';
import { hover } from '../../server/src/service/features/hover';
import { parseReport } from '../../server/src/service/parser/index';
import { summarize } from '../../server/src/service/workspace/index';
import { cellRange, report2023, report2024, withRow } from './reports';

const URI_2023 = 'file:///reports/2023-%E7%A4%BA%E8%8C%83%E8%A1%97%E9%81%93.md';
const model = parseReport(report2024);

describe('hover on 二、上年结转 with last year’s report', () => {
  const natural = cellRange(report2024, '二、上年结转', 0);
  const forwardLine = cellRange(report2023, '四、结转下年度继续办理', 0).start.line + 1;

  it('shows last year’s figure with a link to last year’s file', () => {
    const previous = summarize(URI_2023, parseReport(report2023));
    const h = hover(model, natural.start, 'zh', { previous });
    expect(h?.range).toEqual(natural);
    expect(h?.contents.endsWith(`\n\n---\n\n上年度（2023 年）[2023-示范街道.md](${URI_2023}#L${forwardLine})：“四、结转下年度继续办理”“自然人”列为 1 ✓`)).toBe(true);
    // The row's own explanation still comes first.
    expect(h?.contents.startsWith('**二、上年结转政府信息公开申请数量 · 自然人**')).toBe(true);
  });

  it('says when the two years disagree, in English too', () => {
    const previous = summarize(URI_2023, parseReport(withRow(report2023, '四、结转下年度继续办理', [3, 0, 0, 0, 0, 0, 3])));
    expect(hover(model, natural.start, 'zh', { previous })?.contents).toContain('“自然人”列为 3 ✗ 本年为 1');
    expect(hover(model, natural.start, 'en', { previous })?.contents).toContain(
      `Last year (2023) [2023-示范街道.md](${URI_2023}#L${forwardLine}): carried into next year, natural persons: 3 ✗ this year says 1`,
    );
  });

  it('adds nothing without last year’s report, or on another row', () => {
    const previous = summarize(URI_2023, parseReport(report2023));
    expect(hover(model, natural.start, 'zh')?.contents).not.toContain('上年度（');
    expect(hover(model, cellRange(report2024, '一、本年新收', 0).start, 'zh', { previous })?.contents).not.toContain('上年度（');
  });
});
