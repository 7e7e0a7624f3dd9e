/** The five real reports: exactly what each one gets. */
import { describe, expect, it } from 'vitest';
import { readSeed } from '../helpers/seeds';
import { diagnose, lineOf, rangeOf, run } from '../rules/helpers';

describe('seed 000 (no heading for part 一, one cell per line)', () => {
  const text = readSeed(0);

  it('gets only the warning that the heading 一、总体情况 is missing', () => {
    // Justified: the overview starts straight with （一）主动公开情况; the format requires the heading.
    expect(diagnose(text).map((d) => [d.code, d.severity, d.range, d.messageId])).toEqual([['section-title', 'warning', rangeOf(text, '(一)主动公开情况'), 'implicit']]);
  });
});

describe('seed 001 (web page, run-together dates, published late)', () => {
  const text = readSeed(1);

  it('gets the three malformed dates and publish-late, nothing else', () => {
    expect(diagnose(text).map((d) => [d.code, d.severity, d.range, d.messageId])).toEqual([
      ['date-malformed', 'error', rangeOf(text, '202411日'), 'lostMarks'],
      ['date-malformed', 'error', rangeOf(text, '1231日'), 'lostMarks'],
      ['date-malformed', 'error', rangeOf(text, '2025214'), 'lostMarks'],
      ['publish-late', 'warning', rangeOf(text, '2025214'), 'late'],
    ]);
    expect(diagnose(text).map((d) => d.args?.['missing'])).toEqual(['年月', '月', '年月日', undefined]);
  });

  it('reads each malformed date for the quick fix', () => {
    expect(diagnose(text).filter((d) => d.code === 'date-malformed').map((d) => d.data)).toEqual([
      { found: '202411日', reading: '2024-01-01', suggestion: '2024年1月1日' },
      { found: '1231日', reading: '2024-12-31', suggestion: '12月31日' },
      { found: '2025214', reading: '2025-02-14', suggestion: '2025年2月14日' },
    ]);
  });

  it('is not late for a government whose deadline is 31 March', () => {
    expect(diagnose(text, { deadline: 'government' }).map((d) => d.code)).toEqual(['date-malformed', 'date-malformed', 'date-malformed']);
  });
});

describe('seed 002 (pipe rows, lost labels, no table 四)', () => {
  const text = readSeed(2);
  const lines = text.split('\n');

  it('gets row-label on each table-三 row whose label was lost, and table-missing for part 四', () => {
    const { model, diagnostics } = run(text);
    const lost = model.parts.find((p) => p.id === 3)!.table!.rows.filter((r) => r.labelStatus === 'missing');
    expect(lost.map((r) => r.def?.key)).toEqual([
      'new',
      'partial',
      'withheld.prohibited',
      'withheld.thirdParty',
      'withheld.process',
      'withheld.query',
      'unavailable.needsCreation',
      'unavailable.unclear',
      'notProcessed.petition',
    ]);
    expect(diagnostics.map((d) => [d.code, d.severity, d.range])).toEqual([
      ...lost.map((r) => ['row-label', 'warning', { start: { line: r.startLine, character: 0 }, end: { line: r.startLine, character: lines[r.startLine]!.length } }]),
      ['table-missing', 'error', rangeOf(text, '四、政府信息公开行政复议、行政诉讼情况')],
    ]);
    expect([diagnostics[0]!.messageId, diagnostics[0]!.args]).toEqual(['lost', { table: { zh: '表三', en: 'Table 3' }, official: '一、本年新收政府信息公开申请数量' }]);
    expect(diagnostics[0]!.range).toEqual(lineOf(text, '1 | 0 | 0 | 0 | 0 | 0 | 1 | |||||'));
  });
});

describe('seed 003 (Markdown with empty 自然人 cells and 总记)', () => {
  const text = readSeed(3);

  it('gets value-missing on the four rows with six values, and row-label on 总记', () => {
    const found = diagnose(text);
    expect(found.map((d) => [d.code, d.severity, d.range.start.line, d.data])).toEqual([
      ['value-missing', 'error', 50, { table: 'three', row: 'new', column: 0, found: null, determined: 0 }],
      ['value-missing', 'error', 52, { table: 'three', row: 'granted', column: 0, found: null, determined: 0 }],
      ['value-missing', 'error', 53, { table: 'three', row: 'partial', column: 0, found: null, determined: 0 }],
      ['row-label', 'warning', 73, { table: 'three', row: 'resultsTotal', official: '（七）总计', found: '(七) 总记' }],
      ['value-missing', 'error', 74, { table: 'three', row: 'carryForward', column: 0, found: null, determined: 0 }],
    ]);
    // Each empty cell is marked where its value belongs: in the 自然人 column (the fourth cell of the line).
    for (const d of found.filter((f) => f.code === 'value-missing')) {
      const line = text.split('\n')[d.range.start.line]!;
      const fourthPipe = [...line.matchAll(/\|/g)][4]!.index;
      expect(d.range.start).toEqual(d.range.end);
      expect(d.range.start.character).toBeLessThanOrEqual(fourthPipe);
      expect(line.slice(0, d.range.start.character).split('|').length - 1).toBe(4);
    }
    expect(found[3]!.range).toEqual(rangeOf(text, '(七) 总记'));
    expect([found[3]!.messageId, found[3]!.args]).toEqual(['variant', { written: '(七) 总记', official: '（七）总计' }]);
  });
});

describe('seed 004 (tab-separated tables)', () => {
  it('gets no diagnostic', () => {
    expect(diagnose(readSeed(4))).toEqual([]);
  });
});

describe('all seeds', () => {
  it('get no error besides the ones named above', () => {
    expect([0, 4].flatMap((n) => diagnose(readSeed(n)).filter((d) => d.severity === 'error'))).toEqual([]);
  });
});
