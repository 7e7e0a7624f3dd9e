import { describe, expect, it } from 'vitest';
import { parseReport } from '../../server/src/service/parser/index';
import { documentSymbols } from '../../server/src/service/features/symbols';
import { foldingRanges } from '../../server/src/service/features/folding';
import { sumCodeLenses, sumInlayHints } from '../../server/src/service/features/sumLenses';
import { readSeed } from '../helpers/seeds';
import { reportText, table3Values } from './fixture';

const text = reportText();
const lines = text.split('\n');
const lineOf = (start: string): number => lines.findIndex((l) => l.startsWith(start));
const end = (line: number) => ({ line, character: lines[line]!.length });
const whole = (line: number) => ({ start: { line, character: 0 }, end: end(line) });

describe('documentSymbols', () => {
  const symbols = documentSymbols(parseReport(text), 'zh');

  it('lists the title and the six parts with their ranges', () => {
    expect(symbols.map((s) => [s.kind, s.name])).toEqual([
      ['title', '某某市某某局2024年政府信息公开工作年度报告'],
      ['part', '一、总体情况'],
      ['part', '二、主动公开政府信息情况'],
      ['part', '三、收到和处理政府信息公开申请情况'],
      ['part', '四、政府信息公开行政复议、行政诉讼情况'],
      ['part', '五、存在的主要问题及改进情况'],
      ['part', '六、其他需要报告的事项'],
    ]);
    const part3 = symbols[3]!;
    expect(part3.range).toEqual({ start: { line: lineOf('三、收到'), character: 0 }, end: end(lineOf('| 四、结转下年度继续办理')) });
    expect(part3.selectionRange).toEqual(whole(lineOf('三、收到')));
  });

  it('nests sub-headings and tables under their part', () => {
    const part1 = symbols[1]!;
    expect(part1.children.map((c) => [c.kind, c.name, c.range.start.line, c.range.end.line])).toEqual([
      ['subheading', '（一）主动公开', lineOf('（一）主动公开'), lineOf('（一）主动公开')],
      ['subheading', '（二）依申请公开', lineOf('（二）依申请公开'), lineOf('（二）依申请公开')],
      ['subheading', '（三）政府信息管理', lineOf('（三）政府信息管理'), lineOf('（三）政府信息管理')],
      ['subheading', '（四）政府信息公开平台建设', lineOf('（四）政府信息公开平台建设'), lineOf('（四）政府信息公开平台建设')],
      ['subheading', '（五）监督保障', lineOf('（五）监督保障'), lineOf('（五）监督保障')],
    ]);
    const table3 = symbols[3]!.children;
    expect(table3).toEqual([
      {
        name: '表三',
        detail: '收到和处理政府信息公开申请情况',
        kind: 'table',
        range: { start: { line: lineOf('| （本列数据'), character: 0 }, end: end(lineOf('| 四、结转下年度继续办理')) },
        selectionRange: whole(lineOf('| （本列数据')),
        children: [],
      },
    ]);
  });

  it('gives every symbol a selection range inside its range (seed 002: part 五 has unnumbered sub-headings)', () => {
    const check = (s: ReturnType<typeof documentSymbols>[number]): void => {
      expect(s.selectionRange.start.line).toBeGreaterThanOrEqual(s.range.start.line);
      expect(s.selectionRange.end.line).toBeLessThanOrEqual(s.range.end.line);
      s.children.forEach(check);
    };
    for (const n of [0, 1, 2, 3, 4]) documentSymbols(parseReport(readSeed(n)), 'zh').forEach(check);
  });
});

describe('foldingRanges', () => {
  it('folds each part, each table, and each sub-section with a body', () => {
    const ranges = foldingRanges(parseReport(text));
    expect(ranges).toContainEqual({ startLine: lineOf('三、收到'), endLine: lineOf('| 四、结转下年度继续办理') });
    expect(ranges).toContainEqual({ startLine: lineOf('| （本列数据'), endLine: lineOf('| 四、结转下年度继续办理') });
    expect(ranges).toContainEqual({ startLine: lineOf('一、总体情况'), endLine: lineOf('（五）监督保障') });
    // The template's sub-sections are empty: nothing to fold under them.
    expect(ranges.some((r) => r.startLine === lineOf('（一）主动公开'))).toBe(false);
  });

  it('folds the sub-sections of a real report (seed 004)', () => {
    const seed = readSeed(4);
    const seedLines = seed.split('\n');
    const ranges = foldingRanges(parseReport(seed));
    const sub = seedLines.findIndex((l) => l.startsWith('（一）主动公开信息情况'));
    expect(ranges).toContainEqual({ startLine: sub, endLine: sub + 2 });
  });
});

describe('code lenses and inlay hints', () => {
  it('says every sum holds in a clean report', () => {
    const model = parseReport(text);
    expect(sumCodeLenses(model, 'zh')).toEqual([
      { range: { start: { line: lineOf('| （本列数据'), character: 0 }, end: { line: lineOf('| （本列数据'), character: 0 } }, title: '表三：勾稽关系全部成立', mismatches: 0, incomplete: 0 },
      { range: { start: { line: lineOf('| 行政复议'), character: 0 }, end: { line: lineOf('| 行政复议'), character: 0 } }, title: '表四：勾稽关系全部成立', mismatches: 0, incomplete: 0 },
    ]);
    expect(sumInlayHints(model, 'zh')).toEqual([]);
  });

  it('counts wrong sums and the cells behind them, and puts the value each should hold beside it', () => {
    // 一、本年新收's row and the balance of 自然人 meet in its 自然人 cell (20 for 21); （一）予以公开's row
    // and （七）总计's 总计 column meet in its 总计 (23 for 22). The totals those slips break are right.
    const values = table3Values({ new: [20, 1, 0, 0, 0, 0, 22], granted: [21, 1, 0, 0, 0, 0, 23], resultsTotal: [21, 1, 0, 0, 0, 0, 22] });
    const wrong = reportText({ values3: values });
    const wrongLines = wrong.split('\n');
    const model = parseReport(wrong);
    expect(sumCodeLenses(model, 'zh')[0]!.title).toBe('表三：4 处合计不符，很可能是 2 格填错');
    expect(sumCodeLenses(model, 'en')[0]!.title).toBe('Table 3: 4 sums do not add up, most likely 2 cells mistyped');
    const lineOfRow = (start: string) => wrongLines.findIndex((l) => l.startsWith(start));
    const newLine = lineOfRow('| 一、本年新收');
    const grantedLine = lineOfRow('| （一）予以公开');
    const hints = sumInlayHints(model, 'zh');
    expect(hints.map((h) => [h.position, h.label])).toEqual([
      [{ line: newLine, character: wrongLines[newLine]!.indexOf('20') + 2 }, '= 21'],
      [{ line: grantedLine, character: /\d(?= *\|$)/.exec(wrongLines[grantedLine]!)!.index + 1 }, '= 22'],
    ]);
    expect(hints[0]!.tooltip).toBe('“一、本年新收政府信息公开申请数量”行“自然人”列很可能应为 21（本行总计和“自然人”列的勾稽关系都指向这一格）');
    expect(sumInlayHints(model, 'zh', { start: { line: newLine + 1, character: 0 }, end: { line: newLine + 99, character: 0 } })).toHaveLength(1);
  });

  it('without a cell that explains them, puts the sum beside each wrong total (table 四: the total is the fix)', () => {
    // 行政复议: 结果维持 1, 总计 0. Either could be the slip; the total is the one a fix changes.
    const text = reportText().replace(/^\| 0( +)\| 0 /m, '| 1$1| 0 ');
    const model = parseReport(text);
    expect(sumCodeLenses(model, 'zh').map((l) => l.title)).toEqual(['表三：勾稽关系全部成立', '表四：1 处合计不符']);
    const line = text.split('\n').findIndex((l) => l.startsWith('| 1 '));
    expect(sumInlayHints(model, 'zh')).toEqual([
      { position: { line, character: text.split('\n')[line]!.indexOf('| 0    |') + 3 }, label: '= 1', tooltip: '表四行政复议“总计”很可能应为 1（行政复议的总计指向这一格）' },
    ]);
  });

  it('notes sums that blank cells leave unchecked (seed 003)', () => {
    expect(sumCodeLenses(parseReport(readSeed(3)), 'zh').map((l) => l.title)).toEqual(['表三：勾稽关系全部成立（6 处因空白无法核对）', '表四：勾稽关系全部成立']);
  });
});
