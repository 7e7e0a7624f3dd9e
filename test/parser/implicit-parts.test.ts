/**
 * Parts 二–四 whose heading is missing but whose statutory table is still in the text: read as
 * implicit parts (no heading), their body starting at the table's first line (caption or header
 * lines), the previous part's body ending there. A complete report is read as before.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReportModel } from '../../server/src/service/model';
import { parseUnguarded } from '../../server/src/service/parser';
import { readSeed, repoRoot, seedFiles } from '../helpers/seeds';

const EXAMPLE = readFileSync(join(repoRoot, 'examples', '2024-示范街道办事处-规范.nianbao.md'), 'utf8');

/** Each part: id, heading line (null: implicit), body [start, end), table id, table start, first row's line. */
function frame(model: ReportModel): (number | string | null)[][] {
  return model.parts.map((p) => [p.id, p.heading?.line ?? null, p.bodyStartLine, p.bodyEndLine, p.table?.id ?? null, p.table?.startLine ?? null, p.table?.rows[0]?.startLine ?? null]);
}

function withoutLine(text: string, line: number): string {
  const lines = text.split('\n');
  lines.splice(line, 1);
  return lines.join('\n');
}

const doc = (...lines: string[]) => lines.join('\n');

describe('a complete report is read as before', () => {
  it('the example: six parts, each with its heading and its table', () => {
    expect(frame(parseUnguarded(EXAMPLE))).toEqual([
      [1, 4, 5, 25, null, null, null],
      [2, 26, 27, 43, 'two', 28, 31],
      [3, 44, 45, 73, 'three', 46, 48],
      [4, 74, 75, 81, 'four', 76, 80],
      [5, 82, 83, 91, null, null, null],
      [6, 92, 93, 95, null, null, null],
    ]);
  });

  it('every seed: parts 二–四 keep their written headings (none is implicit)', () => {
    const n = seedFiles().length;
    expect(n).toBeGreaterThanOrEqual(5);
    for (let k = 0; k < n; k++) {
      const implicit = parseUnguarded(readSeed(k)).parts.filter((p) => p.id !== 1 && p.heading === null).map((p) => p.id);
      expect([k, implicit]).toEqual([k, []]);
    }
  });
});

describe('the example without one heading of 二–四', () => {
  it('part 二: implicit from the caption 第二十条第（一）项 (line 27), part 一 untouched', () => {
    const model = parseUnguarded(withoutLine(EXAMPLE, 26));
    expect(frame(model).slice(0, 3)).toEqual([
      [1, 4, 5, 25, null, null, null],
      [2, null, 27, 42, 'two', 27, 30],
      [3, 43, 44, 72, 'three', 45, 47],
    ]);
    expect(model.parts[1]!.titleMatch).toBe('implicit');
  });

  it('part 三: implicit from the table’s header (line 45); part 二’s body ends before the blank lines', () => {
    expect(frame(parseUnguarded(withoutLine(EXAMPLE, 44))).slice(1, 4)).toEqual([
      [2, 26, 27, 43, 'two', 28, 31],
      [3, null, 45, 72, 'three', 45, 47],
      [4, 73, 74, 80, 'four', 75, 79],
    ]);
  });

  it('part 四: implicit from its three header lines (line 75)', () => {
    expect(frame(parseUnguarded(withoutLine(EXAMPLE, 74))).slice(2, 5)).toEqual([
      [3, 44, 45, 73, 'three', 46, 48],
      [4, null, 75, 80, 'four', 75, 79],
      [5, 81, 82, 90, null, null, null],
    ]);
  });
});

describe('small documents', () => {
  const header = '| 项目 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |';
  const rule = '| --- | --- | --- | --- | --- | --- | --- | --- |';
  const newRow = '| 一、本年新收政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |';
  const carriedRow = '| 二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |';

  it('table 三 under part 二’s prose: part 三 is implicit from the header line', () => {
    const text = doc('## 二、主动公开政府信息情况', '本年主动公开文件十二件。', '', header, rule, newRow, carriedRow, '', '## 五、存在的主要问题及改进情况', '无。');
    const model = parseUnguarded(text);
    // Part 二's sentence is no table: table-missing reports part 二.
    expect(frame(model).map((p) => p.slice(0, 5))).toEqual([
      [2, 0, 1, 2, null],
      [3, null, 3, 7, 'three'],
      [5, 8, 9, 10, null],
    ]);
    expect(model.parts[1]!.table!.rows.map((r) => [r.startLine, r.def?.key])).toEqual([
      [5, 'new'],
      [6, 'carried'],
    ]);
  });

  it('one matching row could be chance: no implicit part', () => {
    const text = doc('## 二、主动公开政府信息情况', '本年主动公开文件十二件。', '', newRow, '', '## 五、存在的主要问题及改进情况', '无。');
    expect(parseUnguarded(text).parts.map((p) => [p.id, p.heading?.line])).toEqual([
      [2, 0],
      [5, 5],
    ]);
  });

  it('a text without any part heading gets no implicit part from a table', () => {
    expect(parseUnguarded(doc(header, rule, newRow, carriedRow)).parts).toEqual([]);
  });

  it('a run of figures after table 三 without table 四’s header is not part 四 (one cell per line, a double run of values)', () => {
    const zeros = Array.from({ length: 14 }, () => '0');
    const text = doc('三、收到和处理政府信息公开申请情况', '自然人 |', '总计 |', '一、本年新收政府信息公开申请数量 |', ...['3', '0', '0', '0', '0', '0', '3'], '二、上年结转政府信息公开申请数量', ...zeros);
    expect(parseUnguarded(text).parts.map((p) => [p.id, p.heading?.line ?? null])).toEqual([[3, 0]]);
  });
});

/**
 * A part with its heading whose table stands elsewhere: in another part, right after another
 * part's table, or after the 落款. The parser says where (Part.tableElsewhere), without taking
 * the table for the part's own.
 */
describe('a table written away from its heading (tableElsewhere)', () => {
  const lines = EXAMPLE.split('\n');
  /** The example with lines [from, to) moved before line `before` (a line index of the example). */
  function moved(from: number, to: number, before: number): string {
    const block = lines.slice(from, to);
    const rest = [...lines.slice(0, from), ...lines.slice(to)];
    rest.splice(before > from ? before - block.length : before, 0, ...block);
    return rest.join('\n');
  }
  const spans = (model: ReportModel) => model.parts.map((p) => [p.id, p.table?.id ?? null, p.tableElsewhere ? model.lines.slice(p.tableElsewhere.startLine, p.tableElsewhere.endLine) : null]);
  const TABLE2 = lines.slice(28, 43);
  const TABLE3 = lines.slice(46, 73);
  const TABLE4 = lines.slice(76, 81);

  it('a complete report has none', () => {
    expect(parseUnguarded(EXAMPLE).parts.map((p) => p.tableElsewhere)).toEqual([null, null, null, null, null, null]);
  });

  it('table 二 after the 落款: its caption, header and rows, nothing else', () => {
    const model = parseUnguarded(`${moved(28, 43, lines.length - 1)}\n`);
    expect(spans(model)).toEqual([
      [1, null, null],
      [2, null, TABLE2],
      [3, 'three', null],
      [4, 'four', null],
      [5, null, null],
      [6, null, null],
    ]);
    // A table after it hides the 落款 from the frame (it looks at the last lines): it is read again once the table is moved back.
    expect(model.signature).toBeNull();
  });

  it('table 三 in part 五 and table 四 in part 六, each found for its own heading', () => {
    expect(spans(parseUnguarded(moved(46, 73, 91)))[2]).toEqual([3, null, TABLE3]);
    expect(spans(parseUnguarded(moved(76, 81, 95)))[3]).toEqual([4, null, TABLE4]);
  });

  it('table 三 right after table 二, its heading below it: its own rows only (not table 二’s)', () => {
    const text = moved(44, 45, 73);
    const model = parseUnguarded(text);
    expect(model.parts.map((p) => [p.id, p.heading?.line ?? null])).toEqual([
      [1, 4],
      [2, 26],
      [3, 72],
      [4, 74],
      [5, 82],
      [6, 92],
    ]);
    expect(spans(model)[2]).toEqual([3, null, TABLE3]);
  });

  it('two tables moved into one part: each span ends with its own last row', () => {
    const text = [...lines.slice(0, 28), ...lines.slice(43, 46), ...lines.slice(73, 91), ...TABLE2, '', ...TABLE3, ...lines.slice(91)].join('\n');
    expect(spans(parseUnguarded(text)).slice(1, 3)).toEqual([
      [2, null, TABLE2],
      [3, null, TABLE3],
    ]);
  });

  it('table 四 whose header words OCR split with spaces (结果 维持) is still found', () => {
    const spaced = TABLE4.map((l) => l.replace(/(行政复议|行政诉讼|未经复议直接起诉|复议后起诉|结果维持|结果纠正|其他结果|尚未审结)/g, (w) => `${w.slice(0, 2)} ${w.slice(2)}`));
    expect(spaced.join('')).not.toContain('结果维持');
    const text = [...lines.slice(0, 76), ...lines.slice(81, 91), ...spaced, ...lines.slice(91)].join('\n');
    expect(spans(parseUnguarded(text))[3]).toEqual([4, null, spaced]);
  });

  it('a part written twice: the table under the first is its own, not the second one’s lost table', () => {
    const twice = [...lines.slice(0, 74), lines[44]!, '', ...lines.slice(74)].join('\n');
    const model = parseUnguarded(twice);
    expect(model.parts.filter((p) => p.id === 3).map((p) => [p.table?.id ?? null, p.tableElsewhere])).toEqual([
      ['three', null],
      [null, null],
    ]);
  });

  it('no table anywhere: null; table 二’s figures are not taken for table 四', () => {
    const withoutFour = [...lines.slice(0, 75), '本年度未发生政府信息公开行政复议、行政诉讼。', ...lines.slice(81)].join('\n');
    expect(spans(parseUnguarded(withoutFour))[3]).toEqual([4, null, null]);
    const withoutTwo = [...lines.slice(0, 28), ...lines.slice(43)].join('\n');
    expect(spans(parseUnguarded(withoutTwo))[1]).toEqual([2, null, null]);
  });
});
