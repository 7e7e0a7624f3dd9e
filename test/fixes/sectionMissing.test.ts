/**
 * A part 二–四 whose heading is gone while its table is still in the text: the parser reads it as
 * an implicit part (no heading, body from the table's first line), so section-missing stays quiet
 * and section-title warns. Its fix writes the heading back right above that table — safe, so
 * fix-all does it — and never a second, zero-filled table. Without the table section-missing
 * fires and its fix stays the heading with a new zero table, for the user to pick.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/service/analyze';
import { applyEdits, fixAll, fixesFor, type CodeFix } from '../../server/src/service/fixes/index';
import type { Diagnostic } from '../../server/src/service/diagnostics';
import type { ReportModel } from '../../server/src/service/model';
import { repoRoot } from '../helpers/seeds';
import { dropHeading, seed } from './helpers';

const EXAMPLE = readFileSync(join(repoRoot, 'examples', '2024-示范街道办事处-规范.nianbao.md'), 'utf8');

const HEADING = {
  2: '二、主动公开政府信息情况',
  3: '三、收到和处理政府信息公开申请情况',
  4: '四、政府信息公开行政复议、行政诉讼情况',
} as const;

function insertAt(line: number, newText: string) {
  return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText };
}

/** The implicit part's section-title finding; section-missing must not fire for any part. */
function implicitFinding(text: string, part: number): Diagnostic {
  const { diagnostics } = analyze(text);
  expect(diagnostics.filter((d) => d.code === 'section-missing')).toEqual([]);
  const found = diagnostics.filter((d) => d.code === 'section-title' && d.data?.implicit === true && d.data.part !== 1);
  expect(found.map((d) => [d.severity, d.data?.part, d.data?.official])).toEqual([['warning', part, HEADING[part as 2 | 3 | 4]]]);
  return found[0]!;
}

/** The fixes of the implicit parts 二–四 (a seed may also have an implicit part 一). */
function implicitFixes(text: string, lang: 'zh' | 'en' = 'zh'): CodeFix[] {
  const { model, diagnostics } = analyze(text);
  return diagnostics.filter((d) => d.code === 'section-title' && d.data?.implicit === true && d.data.part !== 1).flatMap((d) => fixesFor(model, d, lang));
}

/** The implicit part as read before the fix: heading, table, first row's line, body start. */
function implicitPart(text: string, part: number): [unknown, string | null, number | null, number] {
  const found = analyze(text).model.parts.find((p) => p.id === part)!;
  return [found.heading, found.table?.id ?? null, found.table?.rows[0]?.startLine ?? null, found.bodyStartLine];
}

function missingFixes(text: string, lang: 'zh' | 'en' = 'zh'): CodeFix[] {
  const { model, diagnostics } = analyze(text);
  return diagnostics.filter((d) => d.code === 'section-missing').flatMap((d) => fixesFor(model, d, lang));
}

function removeLines(text: string, from: number, to: number): string {
  return applyEdits(text, [{ range: { start: { line: from, character: 0 }, end: { line: to, character: 0 } }, newText: '' }]);
}

/** Part id, its table id and the first line of its table's first row, for each part in order. */
function partsWithTables(model: ReportModel): [number, string | null, number | null][] {
  return model.parts.map((p) => [p.id, p.table?.id ?? null, p.table?.rows[0]?.startLine ?? null]);
}

describe('an implicit part found by its table (canonical example)', () => {
  it('part 三: read as implicit from its table’s header, warned by section-title, only the heading is inserted and the example comes back', () => {
    const text = dropHeading(EXAMPLE, 3);
    // Line 45 is the table's header (lines 43–44 blank): part 二 ends at 43, part 三 starts at 45.
    expect(implicitPart(text, 3)).toEqual([null, 'three', 47, 45]);
    expect(analyze(text).model.parts.find((p) => p.id === 2)!.bodyEndLine).toBe(43);
    const finding = implicitFinding(text, 3);
    expect([finding.range.start, finding.data?.beforeLine, finding.messageId, finding.args]).toEqual([{ line: 45, character: 0 }, 45, 'implicit', { official: HEADING[3] }]);
    const fixes = implicitFixes(text);
    expect(fixes.map((f) => [f.title, f.safe, f.isPreferred])).toEqual([[`插入标题“${HEADING[3]}”（置于已有的表格之前）`, true, true]]);
    // Line 44 is the blank line before the table's header (line 45): blank, heading, blank, table.
    expect(fixes[0]!.edits).toEqual([insertAt(44, `## ${HEADING[3]}\n`)]);
    const out = applyEdits(text, fixes[0]!.edits);
    expect(out).toBe(EXAMPLE);
    const { model, diagnostics } = analyze(out);
    const three = model.parts.find((p) => p.id === 3)!;
    expect([three.heading?.line, three.table?.id, three.table?.rows[0]?.startLine, three.table?.rows[0]?.def?.key]).toEqual([44, 'three', 48, 'new']);
    // Part 二's table no longer reaches into table 三, and there is one table 三.
    expect(model.parts.find((p) => p.id === 2)!.table!.endLine).toBe(43);
    expect(model.parts.filter((p) => p.table?.id === 'three')).toHaveLength(1);
    expect(diagnostics.filter((d) => d.code === 'section-missing' || d.code === 'section-title')).toEqual([]);
    // Applied twice: nothing more to do.
    expect(implicitFixes(out)).toEqual([]);
  });

  it('the English title and message', () => {
    const text = dropHeading(EXAMPLE, 3);
    expect(implicitFixes(text, 'en').map((f) => f.title)).toEqual([`Insert the heading “${HEADING[3]}” before its table`]);
    expect(analyze(text, { lang: 'en' }).diagnostics.find((d) => d.code === 'section-title')?.message).toBe(
      `The heading “${HEADING[3]}” is missing: this text belongs to that part but has no heading`,
    );
  });

  it('part 二: the heading goes above the caption 第二十条第（一）项, not above part 一’s sub-headings', () => {
    const text = dropHeading(EXAMPLE, 2);
    expect(implicitPart(text, 2)).toEqual([null, 'two', 30, 27]);
    expect(implicitFinding(text, 2).data?.beforeLine).toBe(27);
    const fixes = implicitFixes(text);
    expect(fixes.map((f) => [f.title, f.safe])).toEqual([[`插入标题“${HEADING[2]}”（置于已有的表格之前）`, true]]);
    expect(fixes[0]!.edits).toEqual([insertAt(26, `## ${HEADING[2]}\n`)]);
    const out = applyEdits(text, fixes[0]!.edits);
    expect(out).toBe(EXAMPLE);
    const two = analyze(out).model.parts.find((p) => p.id === 2)!;
    expect([two.heading?.line, two.table?.id, two.table?.rows[0]?.startLine, two.table?.rows[0]?.def?.key]).toEqual([26, 'two', 31, 'regulations']);
  });

  it('part 四: the heading goes above the table’s three header lines', () => {
    const text = dropHeading(EXAMPLE, 4);
    expect(implicitPart(text, 4)).toEqual([null, 'four', 79, 75]);
    expect(implicitFinding(text, 4).data?.beforeLine).toBe(75);
    const fixes = implicitFixes(text);
    expect(fixes.map((f) => [f.title, f.safe])).toEqual([[`插入标题“${HEADING[4]}”（置于已有的表格之前）`, true]]);
    expect(fixes[0]!.edits).toEqual([insertAt(74, `## ${HEADING[4]}\n`)]);
    const out = applyEdits(text, fixes[0]!.edits);
    expect(out).toBe(EXAMPLE);
    const four = analyze(out).model.parts.find((p) => p.id === 4)!;
    expect([four.heading?.line, four.table?.id, four.table?.rows[0]?.startLine, four.table?.rows[0]?.def?.key]).toEqual([74, 'four', 80, 'reviews']);
  });

  it('parts 三 and 四 both without heading: each heading above its own table', () => {
    const text = dropHeading(dropHeading(EXAMPLE, 3), 4);
    expect(analyze(text).diagnostics.filter((d) => d.code === 'section-missing')).toEqual([]);
    expect(partsWithTables(analyze(text).model)).toEqual([
      [1, null, null],
      [2, 'two', 31],
      [3, 'three', 47],
      [4, 'four', 78],
      [5, null, null],
      [6, null, null],
    ]);
    const fixes = implicitFixes(text);
    expect(fixes.map((f) => f.edits)).toEqual([[insertAt(44, `## ${HEADING[3]}\n`)], [insertAt(73, `## ${HEADING[4]}\n`)]]);
    expect(applyEdits(text, fixes.flatMap((f) => f.edits))).toBe(EXAMPLE);
  });

  it('adds the blank lines the document’s headings have when the table has fewer above it', () => {
    // Heading and the blank line after it deleted: one blank line above the table.
    const oneBlank = removeLines(EXAMPLE, 44, 46);
    const one = implicitFixes(oneBlank);
    expect(one.map((f) => f.edits)).toEqual([[insertAt(44, `## ${HEADING[3]}\n\n`)]]);
    expect(applyEdits(oneBlank, one[0]!.edits)).toBe(EXAMPLE);
    // No blank line at all: table 三 right under table 二.
    const none = removeLines(EXAMPLE, 43, 46);
    const zero = implicitFixes(none);
    expect(zero.map((f) => f.edits)).toEqual([[insertAt(43, `\n## ${HEADING[3]}\n\n`)]]);
    expect(applyEdits(none, zero[0]!.edits)).toBe(EXAMPLE);
  });

  it('fix-all writes the heading back, keeps one table 三 and leaves no section-missing or section-title', () => {
    const result = fixAll(dropHeading(EXAMPLE, 3));
    expect(result.text).toBe(EXAMPLE);
    expect(result.remaining.filter((d) => d.code === 'section-missing' || d.code === 'section-title')).toEqual([]);
    expect(partsWithTables(analyze(result.text).model)).toEqual([
      [1, null, null],
      [2, 'two', 31],
      [3, 'three', 48],
      [4, 'four', 80],
      [5, null, null],
      [6, null, null],
    ]);
  });
});

describe('an implicit part found by its table (the seeds, every layout)', () => {
  /** Seed, part, the heading's line in the seed (where the fix writes it back). */
  const CASES: [number, 2 | 3 | 4, number][] = [
    [0, 2, 11],
    [0, 3, 52],
    [0, 4, 295],
    [1, 2, 35],
    [1, 3, 97],
    [1, 4, 533],
    [2, 2, 7],
    [2, 3, 22],
    [3, 2, 26],
    [3, 3, 44],
    [3, 4, 76],
    [4, 2, 28],
    [4, 3, 45],
    [4, 4, 76],
  ];

  it.each(CASES)('seed %i without the heading of part %i: the heading goes back on line %i', (n, part, line) => {
    const original = seed(n);
    const text = dropHeading(original, part);
    const intact = analyze(original).model.parts.find((p) => p.id === part)!;
    // Read before the fix: the part, its table and first row (one line up, the heading gone), no section-missing.
    const implicit = analyze(text).model.parts.find((p) => p.id === part)!;
    expect([implicit.heading, implicit.titleMatch, implicit.table?.id, implicit.table?.rows[0]?.startLine]).toEqual([null, 'implicit', intact.table!.id, intact.table!.rows[0]!.startLine - 1]);
    expect(implicitFinding(text, part).data?.beforeLine).toBe(implicit.bodyStartLine);
    const fixes = implicitFixes(text);
    expect(fixes.map((f) => [f.title, f.safe])).toEqual([[`插入标题“${HEADING[part]}”（置于已有的表格之前）`, true]]);
    expect(fixes[0]!.edits).toEqual([insertAt(line, `${HEADING[part]}\n`)]);
    const out = applyEdits(text, fixes[0]!.edits);
    expect(out).toBe(original);
    const model = analyze(out).model;
    const found = model.parts.find((p) => p.id === part)!;
    expect([found.heading?.line, found.table?.id, found.table?.rows[0]?.startLine]).toEqual([line, intact.table!.id, intact.table!.rows[0]!.startLine]);
    expect(model.parts.filter((p) => p.table?.id === intact.table!.id)).toHaveLength(1);
  });

  it.each(CASES)('seed %i without the heading of part %i: fix-all gives what it gives for the intact seed', (n, part) => {
    const original = seed(n);
    const repaired = fixAll(dropHeading(original, part));
    expect(repaired.remaining.filter((d) => d.code === 'section-missing' || (d.code === 'section-title' && d.data?.part === part))).toEqual([]);
    expect(repaired.text).toBe(fixAll(original).text);
  });
});

describe('section-missing without the table keeps the heading-with-zero-table fix (not for fix-all)', () => {
  it('seed 002 has no table 四: without the heading of 四 the fix inserts heading and table', () => {
    const text = dropHeading(seed(2), 4);
    const fixes = missingFixes(text);
    expect(fixes.map((f) => [f.title, f.safe])).toEqual([[`插入“${HEADING[4]}”及法定表格（数值填 0，请核实）`, false]]);
    const e = fixes[0]!.edits[0]!;
    expect(e.range).toEqual(insertAt(51, '').range);
    expect(e.newText.startsWith(`\n${HEADING[4]}\n\n| 行政复议 `)).toBe(true);
    const result = fixAll(text);
    expect(result.remaining.filter((d) => d.code === 'section-missing')).toHaveLength(1);
    expect(result.text.includes(HEADING[4])).toBe(false);
  });

  it('the example without the whole part 三 (heading and table): table 二 is not taken for table 三', () => {
    const model = analyze(EXAMPLE).model;
    const text = removeLines(EXAMPLE, model.parts.find((p) => p.id === 3)!.heading!.line, model.parts.find((p) => p.id === 4)!.heading!.line);
    const fixes = missingFixes(text);
    expect(fixes.map((f) => [f.title, f.safe])).toEqual([[`插入“${HEADING[3]}”及法定表格（数值填 0，请核实）`, false]]);
    expect(fixes[0]!.edits[0]!.range).toEqual(insertAt(43, '').range);
    expect(fixes[0]!.edits[0]!.newText.startsWith(`\n## ${HEADING[3]}\n\n| （本列数据的勾稽关系`)).toBe(true);
  });

  it('the example without the whole part 四: table 三 is not taken for table 四', () => {
    const model = analyze(EXAMPLE).model;
    const text = removeLines(EXAMPLE, model.parts.find((p) => p.id === 4)!.heading!.line, model.parts.find((p) => p.id === 5)!.heading!.line);
    expect(missingFixes(text).map((f) => [f.title, f.safe])).toEqual([[`插入“${HEADING[4]}”及法定表格（数值填 0，请核实）`, false]]);
  });
});
