/**
 * Example-based tests: the exact edits (range + newText) and titles of each fix, in
 * each layout the seeds use, and that the result no longer has the finding.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/service/analyze';
import type { Diagnostic, RuleCode } from '../../server/src/service/diagnostics';
import { applyEdits, fixAll, fixesFor, type CodeFix } from '../../server/src/service/fixes/index';
import { repoRoot } from '../helpers/seeds';
import { blankLabel, canonical, deleteRow, keyOf, replaceFirst, seed, setCell } from './helpers';

function findingsOf(text: string, code: RuleCode): { diagnostics: Diagnostic[]; fixes: (d: Diagnostic, lang?: 'zh' | 'en') => CodeFix[] } {
  const { model, diagnostics } = analyze(text);
  return { diagnostics: diagnostics.filter((d) => d.code === code), fixes: (d, lang = 'zh') => fixesFor(model, d, lang) };
}

/** The only finding of `code` at `line`, and its fixes. */
function single(text: string, code: RuleCode, line?: number): { diagnostic: Diagnostic; fixes: CodeFix[] } {
  const found = findingsOf(text, code);
  const matching = found.diagnostics.filter((d) => line === undefined || d.range.start.line === line);
  expect(matching).toHaveLength(1);
  return { diagnostic: matching[0]!, fixes: found.fixes(matching[0]!) };
}

function edit(line: number, from: number, to: number, newText: string, toLine = line) {
  return { range: { start: { line, character: from }, end: { line: toLine, character: to } }, newText };
}

function insertAt(line: number, newText: string) {
  return edit(line, 0, 0, newText);
}

/** Applying the fix removes its finding and adds none (findings it also resolves may go). */
function expectFixed(text: string, fix: CodeFix): string {
  const out = applyEdits(text, fix.edits);
  const before = new Set(analyze(text).diagnostics.map(keyOf));
  const after = analyze(out).diagnostics.map(keyOf);
  expect(after).not.toContain(keyOf(fix.diagnostic));
  expect(after.filter((k) => !before.has(k))).toEqual([]);
  return out;
}

describe('arithmetic fixes write the cell’s digits only', () => {
  it('total-row in a Markdown table keeps the column aligned (canonical report)', () => {
    const text = setCell(canonical(), 'three', 'granted', 6, '9');
    const { diagnostic, fixes } = single(text, 'total-row');
    const line = diagnostic.range.start.line;
    expect(fixes.map((f) => [f.title, f.safe, f.isPreferred])).toEqual([['将“（一）予以公开”行“总计”列改为 0', true, true]]);
    expect(fixes[0]!.edits).toEqual([edit(line, diagnostic.range.start.character, diagnostic.range.end.character, '0')]);
    expectFixed(text, fixes[0]!);
  });

  it('a wider number typed over the padding of an aligned table: the fix writes the digit and the padding back', () => {
    const base = canonical();
    const cell = analyze(base).model.parts[2]!.table!.rows.find((r) => r.def?.key === 'granted')!.cells[0]!;
    // 12 written over "0 " keeps the table aligned; the slip is that cell, not the row's 总计.
    const text = applyEdits(base, [{ range: { start: cell.range.start, end: { line: cell.range.end.line, character: cell.range.end.character + 1 } }, newText: '12' }]);
    const { diagnostic, fixes } = single(text, 'total-row');
    const { line, character } = diagnostic.range.start;
    expect(diagnostic.data).toMatchObject({ row: 'granted', column: 0, expected: 0, found: 12, located: true });
    expect(fixes[0]!.edits).toEqual([edit(line, character, character + 2, '0 ')]);
    expect(applyEdits(text, fixes[0]!.edits)).toBe(base);
  });

  it('total-row in one-cell-per-line (seed 000), pipe rows (seed 002) and tab rows (seed 004)', () => {
    for (const [n, expected] of [
      [0, '0'],
      [2, '1'],
      [4, '0'],
    ] as const) {
      const text = setCell(seed(n), 'three', 'granted', 6, '9');
      const { diagnostic, fixes } = single(text, 'total-row');
      expect(fixes[0]!.title).toBe(`将“（一）予以公开”行“总计”列改为 ${expected}`);
      expect(fixes[0]!.edits).toEqual([edit(diagnostic.range.start.line, diagnostic.range.start.character, diagnostic.range.end.character, expected)]);
      expectFixed(text, fixes[0]!);
    }
  });

  it('total-row with blank lines between cells (seed 001): 9 → 10 replaces one digit', () => {
    const text = setCell(seed(1), 'three', 'granted', 6, '9');
    const { diagnostic, fixes } = single(text, 'total-row');
    expect(fixes[0]!.title).toBe('将“（一）予以公开”行“总计”列改为 10');
    expect(fixes[0]!.edits).toEqual([edit(diagnostic.range.start.line, 0, 1, '10')]);
  });

  it('a cell of （七）总计 names its row and column; English titles in English', () => {
    const text = setCell(seed(4), 'three', 'resultsTotal', 0, '3');
    const found = findingsOf(text, 'total-results');
    expect(found.diagnostics).toHaveLength(1);
    const d = found.diagnostics[0]!;
    expect(found.fixes(d).map((f) => f.title)).toEqual(['将“（七）总计”行“自然人”列改为 0']);
    expect(found.fixes(d, 'en').map((f) => f.title)).toEqual(['Set row “total of outcomes”, column “natural persons” to 0']);
    expect(found.fixes(d)[0]!.edits).toEqual([edit(d.range.start.line, d.range.start.character, d.range.end.character, '0')]);
  });

  it('a slip in 四 is found on its cell: the row total and the balance agree, and the fix restores the text', () => {
    // 四、结转下年度继续办理 of seed 001 is 1 in 自然人 and 总计; make 自然人 2.
    const text = setCell(seed(1), 'three', 'carryForward', 0, '2');
    expect(findingsOf(text, 'balance').diagnostics).toEqual([]);
    const { diagnostic: d, fixes } = single(text, 'total-row');
    expect([d.messageId, d.data?.row, d.data?.column, d.data?.expected]).toEqual(['locatedByAll', 'carryForward', 0, 1]);
    // Correcting 一 instead (the old second choice) would break 一's own row total: not offered.
    expect(fixes.map((f) => [f.title, f.safe, f.isPreferred === true])).toEqual([['将“四、结转下年度继续办理”行“自然人”列改为 1', true, true]]);
    expect(fixes[0]!.edits).toEqual([edit(d.range.start.line, d.range.start.character, d.range.end.character, '1')]);
    expect(applyEdits(text, fixes[0]!.edits)).toBe(seed(1));
  });

  it('balance of a row moved as a whole: three equally small repairs, 四 (the totals of the sums) safe, the others choices', () => {
    let text = setCell(seed(1), 'three', 'carryForward', 0, '2');
    text = setCell(text, 'three', 'carryForward', 6, '2');
    const found = findingsOf(text, 'balance');
    expect(found.diagnostics.map((d) => d.data?.column)).toEqual([0, 6]);
    const fixes = found.fixes(found.diagnostics[0]!);
    expect(fixes.map((f) => [f.title, f.safe, f.isPreferred === true])).toEqual([
      ['将“四、结转下年度继续办理”行“自然人”列改为 1，并将“四、结转下年度继续办理”行“总计”列改为 1', true, true],
      ['将“一、本年新收政府信息公开申请数量”行“自然人”列改为 23，并将“一、本年新收政府信息公开申请数量”行“总计”列改为 23', false, false],
      ['将“二、上年结转政府信息公开申请数量”行“自然人”列改为 1，并将“二、上年结转政府信息公开申请数量”行“总计”列改为 1', false, false],
    ]);
    expect(applyEdits(text, fixes[0]!.edits)).toBe(seed(1));
    // Fix-all also mends seed 001's dates, as it does on the intact report.
    expect(fixAll(text).text).toBe(fixAll(seed(1)).text);
  });

  it('two row totals off by one in opposite directions (their column still adds up): mended together, totals preferred', () => {
    const clean = readFileSync(join(repoRoot, 'test', 'rules', 'fixtures', 'clean.md'), 'utf8');
    let text = setCell(clean, 'three', 'new', 6, '21');
    text = setCell(text, 'three', 'carried', 6, '2');
    const found = findingsOf(text, 'total-row');
    expect(found.diagnostics.map((d) => [d.messageId, (d.args?.formula as { zh: string }).zh])).toEqual([
      ['rowTotal', '20＋2＋0＋0＋0＋0＝22，表中为 21（少 1）'],
      ['rowTotal', '1＋0＋0＋0＋0＋0＝1，表中为 2（多 1）'],
    ]);
    expect(found.fixes(found.diagnostics[0]!).map((f) => [f.title, f.safe])).toEqual([
      ['将“一、本年新收政府信息公开申请数量”行“总计”列改为 22，并将“二、上年结转政府信息公开申请数量”行“总计”列改为 1', true],
      ['将“一、本年新收政府信息公开申请数量”行“自然人”列改为 19，并将“二、上年结转政府信息公开申请数量”行“自然人”列改为 2', false],
      ['将“一、本年新收政府信息公开申请数量”行“商业企业”列改为 1，并将“二、上年结转政府信息公开申请数量”行“商业企业”列改为 1', false],
    ]);
    expect(fixAll(text).text).toBe(fixAll(clean).text);
  });

  it('total-review: the 总计 is the fix, the four outcomes that could be wrong instead are choices (Markdown, seed 003)', () => {
    const text = setCell(seed(3), 'four', 'reviews', 9, '2');
    const { diagnostic, fixes } = single(text, 'total-review');
    expect(fixes.map((f) => [f.title, f.safe])).toEqual([
      ['将表四未经复议直接起诉“总计”改为 0', true],
      ['将表四未经复议直接起诉“结果维持”改为 2', false],
      ['将表四未经复议直接起诉“结果纠正”改为 2', false],
      ['将表四未经复议直接起诉“其他结果”改为 2', false],
      ['将表四未经复议直接起诉“尚未审结”改为 2', false],
    ]);
    expect(fixes[0]!.edits).toEqual([edit(diagnostic.range.start.line, diagnostic.range.start.character, diagnostic.range.end.character, '0')]);
    expect(applyEdits(text, fixes[0]!.edits)).toBe(seed(3));
    // Fix-all also fills seed 003's blank 自然人 cells, as it does on the intact report.
    expect(fixAll(text).text).toBe(fixAll(seed(3)).text);
  });

  it('value-missing: the determined value is safe; 0 to check is not', () => {
    const text = seed(3);
    const { diagnostic, fixes } = single(text, 'value-missing', 50);
    expect(fixes.map((f) => [f.title, f.safe])).toEqual([['填入 0（按本行总计推算）', true]]);
    // `| 一、本年新收… | | | | 0 |`: the value goes into the empty cell, a space before the pipe.
    expect(fixes[0]!.edits).toEqual([edit(50, diagnostic.range.start.character, diagnostic.range.start.character, '0 ')]);
    expect(applyEdits(text, fixes[0]!.edits).split('\n')[50]).toBe('| 一、本年新收政府信息公开申请数量 | | | 0 | 0 | 0 | 0 | 0 | 0 | 0 | | | |');
    const blanked = setCell(canonical(), 'three', 'granted', 0, '');
    const withoutTotal = setCell(blanked, 'three', 'granted', 6, '');
    const zero = findingsOf(withoutTotal, 'value-missing');
    const first = zero.diagnostics.find((d) => d.data?.column === 0)!;
    expect(zero.fixes(first).map((f) => [f.title, f.safe, f.isPreferred === true])).toEqual([['填入 0（请核实）', false, false]]);
  });
});

describe('row-missing writes the row in the table’s own layout', () => {
  const cases: [string, number, string[], string][] = [
    // After the previous row: the separator between rows first, then the row.
    ['one cell per line with pipes and || separators (seed 000)', 0, ['||', '3.危及“三安全一稳定” |', '0 |', '0 |', '0 |', '0 |', '0 |', '0 |', '0 |'], '3.危及“三安全一稳定”'],
    ['one cell per line with blank lines (seed 001)', 1, ['', '3.危及“三安全一稳定”', '', '0', '', '0', '', '0', '', '0', '', '0', '', '0', '', '0'], '3.危及“三安全一稳定”'],
    ['Markdown without padding (seed 003)', 3, ['| | | 3.危及“三安全一稳定” | 0 | 0 | 0 | 0 | 0 | 0 | 0 | | | |'], '3.危及"三安全一稳定"'],
    ['tab rows (seed 004)', 4, ['\t\t3.危及“三安全一稳定”\t0\t0\t0\t0\t0\t0\t0'], '3. 危及“三安全一稳定”'],
  ];
  for (const [name, n, lines, written] of cases) {
    it(name, () => {
      const original = seed(n);
      const text = deleteRow(original, 'three', 'withheld.safety');
      const { fixes } = single(text, 'row-missing');
      expect(fixes.map((f) => [f.title, f.safe, f.isPreferred])).toEqual([['插入“3.危及“三安全一稳定””行（数值填 0）', true, true]]);
      expect(fixes[0]!.edits).toHaveLength(1);
      const e = fixes[0]!.edits[0]!;
      expect(e.range.start).toEqual(e.range.end);
      expect(e.range.start.character).toBe(0);
      expect(e.newText).toBe(lines.map((l) => l + '\n').join(''));
      const out = expectFixed(text, fixes[0]!);
      // The report is whole again, with the official label where the clerk had their own spelling.
      expect(out).toBe(original.replace(written, '3.危及“三安全一稳定”'));
    });
  }

  it('pipe rows (seed 002) copy the neighbour’s trailing empty cells', () => {
    const text = deleteRow(seed(2), 'three', 'other.other');
    const { fixes } = single(text, 'row-missing');
    expect(fixes[0]!.edits[0]!.newText).toBe('3.其他 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | ||||\n');
    expect(expectFixed(text, fixes[0]!)).toBe(seed(2));
  });

  it('an aligned Markdown table keeps its widths (canonical report, table 二)', () => {
    const text = deleteRow(canonical(), 'two', 'licensing');
    const { fixes } = single(text, 'row-missing');
    expect(fixes[0]!.title).toBe('插入“行政许可”行（数值填 0）');
    expect(expectFixed(text, fixes[0]!)).toBe(canonical());
  });

  it('the first row of a table 二 block goes after the block’s header (seed 000)', () => {
    const text = deleteRow(seed(0), 'two', 'licensing');
    const { fixes } = single(text, 'row-missing');
    const out = expectFixed(text, fixes[0]!);
    const lines = out.split('\n');
    const at = lines.indexOf('行政许可 |');
    expect(lines.slice(at - 2, at + 4)).toEqual(['本年处理决定数量 |', '||', '行政许可 |', '0 |', '||', '第二十条第(六)项 |']);
    expect(out).toBe(seed(0));
  });
});

describe('row-label', () => {
  it('replaces only the characters that differ, keeping the clerk’s brackets (seed 003: 总记)', () => {
    const { diagnostic, fixes } = single(seed(3), 'row-label', 73);
    expect(fixes.map((f) => [f.title, f.safe, f.isPreferred])).toEqual([['将行标签改为“（七）总计”', true, true]]);
    expect(fixes[0]!.edits).toEqual([edit(73, 9, 10, '计')]);
    expect(diagnostic.range).toEqual(edit(73, 4, 10, '').range);
    expectFixed(seed(3), fixes[0]!);
  });

  it('puts a lost label back before the values (pipe rows, seed 002)', () => {
    const { fixes } = single(seed(2), 'row-label', 26);
    expect(fixes.map((f) => f.title)).toEqual(['补上行标签“一、本年新收政府信息公开申请数量”']);
    expect(fixes[0]!.edits).toEqual([insertAt(26, '一、本年新收政府信息公开申请数量 | ')]);
    expectFixed(seed(2), fixes[0]!);
  });

  it('after a group label that survived (seed 002: (五)不予处理 | 0 | …)', () => {
    const { fixes } = single(seed(2), 'row-label', 41);
    expect(fixes[0]!.edits).toEqual([edit(41, 10, 10, '1.信访举报投诉类申请 | ')]);
    expectFixed(seed(2), fixes[0]!);
  });

  const restoreCases: [string, number, string, string][] = [
    ['one cell per line (seed 000)', 0, 'notProcessed.repeated', '2.重复申请'],
    ['blank lines between cells (seed 001)', 1, 'notProcessed.repeated', '2.重复申请'],
    ['Markdown (seed 003)', 3, 'withheld.process', '6.属于四类过程性信息'],
    ['tab rows (seed 004)', 4, 'withheld.process', '6. 属于四类过程性信息'],
  ];
  for (const [name, n, key, written] of restoreCases) {
    it(`restores a blanked label: ${name}`, () => {
      const text = blankLabel(seed(n), 'three', key);
      const line = analyze(text).model.parts[2]!.table!.rows.find((r) => r.def?.key === key)!.cells[0]!.range.start.line;
      const { fixes } = single(text, 'row-label', n === 0 || n === 1 ? undefined : line);
      const official = written.replace(' ', '');
      expect(fixes[0]!.title).toBe(`补上行标签“${official}”`);
      const out = expectFixed(text, fixes[0]!);
      expect(out).toBe(seed(n).replace(written, official));
    });
  }
});

describe('structure', () => {
  it('section-title replaces the title and keeps the numeral', () => {
    const text = replaceFirst(seed(4), '二、主动公开政府信息情况', '二、主动公开政府信息');
    const { diagnostic, fixes } = single(text, 'section-title');
    const line = diagnostic.range.start.line;
    expect(fixes.map((f) => [f.title, f.safe])).toEqual([['将标题改为“二、主动公开政府信息情况”', true]]);
    expect(fixes[0]!.edits).toEqual([edit(line, 10, 10, '情况')]);
    expect(expectFixed(text, fixes[0]!)).toBe(seed(4));
  });

  it('section-title puts back a lost numeral (tab layout, seed 004)', () => {
    const text = replaceFirst(seed(4), '二、主动公开政府信息情况', '主动公开政府信息情况');
    const { diagnostic, fixes } = single(text, 'section-title');
    expect(fixes.map((f) => f.title)).toEqual(['将标题改为“二、主动公开政府信息情况”']);
    expect(fixes[0]!.edits).toEqual([insertAt(diagnostic.range.start.line, '二、')]);
    expect(expectFixed(text, fixes[0]!)).toBe(seed(4));
  });

  it('section-title writes the lost heading of part 一 (seed 000)', () => {
    const { fixes } = single(seed(0), 'section-title');
    expect(fixes.map((f) => [f.title, f.safe])).toEqual([['插入标题“一、总体情况”', true]]);
    expect(fixes[0]!.edits).toEqual([insertAt(1, '一、总体情况\n')]);
    expectFixed(seed(0), fixes[0]!);
  });

  it('table-missing inserts the canonical table 四 under its heading (seed 002), not for fix-all', () => {
    const { fixes } = single(seed(2), 'table-missing');
    expect(fixes.map((f) => [f.title, f.safe])).toEqual([['插入法定表格（数值填 0，请核实）', false]]);
    const e = fixes[0]!.edits[0]!;
    expect(e.range.start).toEqual({ line: 52, character: 0 });
    expect(e.newText.startsWith('\n| 行政复议 ')).toBe(true);
    expect(e.newText.endsWith(' |\n\n')).toBe(true);
    expectFixed(seed(2), fixes[0]!);
  });

  it('table-missing moves the clerk’s own table back under its heading (the example, table 二 written in part 六): the example again', () => {
    const example = readFileSync(join(repoRoot, 'examples', '2024-示范街道办事处-规范.nianbao.md'), 'utf8');
    const lines = example.split('\n');
    // Lines 28–42: table 二 (caption to 行政事业性收费); line 95 is the blank line before the 落款.
    const text = [...lines.slice(0, 28), ...lines.slice(43, 95), ...lines.slice(28, 43), ...lines.slice(95)].join('\n');
    const { fixes } = single(text, 'table-missing');
    expect(fixes.map((f) => [f.title, f.safe])).toEqual([['把第 81–95 行的表格移到此标题下', true]]);
    expect(fixes[0]!.edits).toEqual([insertAt(28, lines.slice(28, 43).map((l) => `${l}\n`).join('')), edit(80, 0, 0, '', 95)]);
    const out = applyEdits(text, fixes[0]!.edits);
    expect(out).toBe(example);
    // In fix-all too (safe: only the clerk's lines, moved), and once there it is not offered again.
    expect(fixAll(text).text).toBe(example);
    expect(fixAll(out).text).toBe(example);
  });

  it('section-missing inserts the heading with its table (seed 004 without part 四)', () => {
    const original = seed(4);
    const start = original.indexOf('四、政府信息公开行政复议');
    const end = original.indexOf('五、存在的主要问题');
    const text = original.slice(0, start) + original.slice(end);
    const { fixes } = single(text, 'section-missing');
    expect(fixes.map((f) => [f.title, f.safe])).toEqual([['插入“四、政府信息公开行政复议、行政诉讼情况”及法定表格（数值填 0，请核实）', false]]);
    const out = expectFixed(text, fixes[0]!);
    expect(analyze(out).model.parts.map((p) => [p.id, p.table?.id ?? null])).toEqual([
      [1, null],
      [2, 'two'],
      [3, 'three'],
      [4, 'four'],
      [5, null],
      [6, null],
    ]);
  });
});

describe('dates', () => {
  it('date-malformed reconstructs 2025214 and 202411日 / 1231日 (seed 001)', () => {
    const found = findingsOf(seed(1), 'date-malformed');
    const fixes = found.diagnostics.map((d) => found.fixes(d)[0]!);
    expect(fixes.map((f) => [f.title, f.safe])).toEqual([
      ['改为“2024年1月1日”', true],
      ['改为“12月31日”', true],
      ['改为“2025年2月14日”', true],
    ]);
    expect(fixes.map((f) => f.edits)).toEqual([[edit(21, 144, 145, '年1月')], [edit(21, 151, 151, '月')], [edit(641, 25, 28, '年2月14日')]]);
  });

  it('period-year rewrites only the wrong year digits', () => {
    const text = replaceFirst(replaceFirst(canonical(), '2024年1月1日', '2023年1月1日'), '2024年12月31日', '2023年12月31日');
    const { diagnostic, fixes } = single(text, 'period-year');
    const line = diagnostic.range.start.line;
    expect(fixes.map((f) => [f.title, f.safe])).toEqual([['将统计期限改为2024年1月1日至2024年12月31日', true]]);
    const lineText = text.split('\n')[line]!;
    const first = lineText.indexOf('2023');
    const second = lineText.indexOf('2023', first + 1);
    expect(fixes[0]!.edits).toEqual([edit(line, first + 3, first + 4, '4'), edit(line, second + 3, second + 4, '4')]);
    expect(expectFixed(text, fixes[0]!)).toBe(canonical());
  });

  it('year-mismatch offers the report year, but not for fix-all', () => {
    const text = replaceFirst(canonical(), '（一）主动公开\n', '（一）主动公开\n2023年，我局主动公开信息。\n');
    const { diagnostic, fixes } = single(text, 'year-mismatch');
    expect(fixes.map((f) => [f.title, f.safe, f.isPreferred === true])).toEqual([['将 2023 改为 2024', false, false]]);
    expect(fixes[0]!.edits).toEqual([edit(diagnostic.range.start.line, 3, 4, '4')]);
    expectFixed(text, fixes[0]!);
  });
});

describe('a fix is not offered twice', () => {
  it('after applying, the same finding and its fix are gone', () => {
    const text = setCell(seed(4), 'three', 'granted', 6, '9');
    const { fixes } = single(text, 'total-row');
    const once = applyEdits(text, fixes[0]!.edits);
    expect(findingsOf(once, 'total-row').diagnostics).toEqual([]);
    // The stale diagnostic, asked again on the fixed text, offers nothing.
    const model = analyze(once).model;
    expect(fixesFor(model, fixes[0]!.diagnostic, 'zh')).toEqual([]);
  });
});

describe('line breaks', () => {
  it('a CRLF document gets CRLF lines, and fix-all repairs it like the LF one', () => {
    const crlf = seed(2).replace(/\n/g, '\r\n');
    const text = deleteRow(crlf, 'three', 'other.other');
    const { fixes } = single(text, 'row-missing');
    expect(fixes[0]!.edits[0]!.newText).toBe('3.其他 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | ||||\r\n');
    const result = fixAll(text);
    expect(/[^\r]\n/.test(result.text)).toBe(false);
    expect(result.text).toBe(fixAll(crlf).text);
    expect(result.remaining.map((d) => d.code)).toEqual(['table-missing']);
  });
});
