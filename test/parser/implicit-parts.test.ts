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
    expect(frame(model).map((p) => p.slice(0, 5))).toEqual([
      [2, 0, 1, 2, 'two'],
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
