/**
 * Cells written as a pattern or with look-alike digits: columns of table 三 left blank in every
 * row (as a web page publishes the 法人或其他组织 columns) are one finding with one fix; digits
 * typed as 〇, ○, O, o or l are read as the digits meant and written back as digits.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/service/analyze';
import { applyEdits, fixAll, fixesFor } from '../../server/src/service/fixes/index';
import { bare } from '../rules/helpers';
import { canonical, seed, setCell } from './helpers';

const clean = readFileSync(join(__dirname, '..', 'rules', 'fixtures', 'clean.md'), 'utf8');

/** Table 三 of the clean report with the given columns (0-based among the seven) blank in every row. */
function blankColumns(text: string, columns: readonly number[]): string {
  const { model } = analyze(text);
  const table = model.parts.find((p) => p.table?.id === 'three')!.table!;
  const edits = table.rows.flatMap((row) => columns.map((c) => ({ range: row.cells[c]!.range, newText: '' })));
  return applyEdits(text, edits);
}

describe('value-missing: columns blank in every row of table 三', () => {
  const text = blankColumns(clean, [2, 3, 4, 5]);

  it('is one finding for the table, on its first blank cell, saying the row totals make them 0', () => {
    const found = analyze(text).diagnostics.filter((d) => d.code === 'value-missing');
    const first = analyze(text).model.parts.find((p) => p.table?.id === 'three')!.table!.rows[0]!.cells[2]!;
    expect(found.map(bare)).toEqual([
      {
        code: 'value-missing',
        severity: 'error',
        messageId: 'columnsBlankAllZero',
        range: first.range,
        data: { table: 'three', row: 'new', column: 2, found: null, pattern: { columns: [2, 3, 4, 5], cells: 100, zero: 100 } },
        fixable: true,
      },
    ]);
  });

  it('its fix writes 0 into every blank cell (safe), and fix-all gives the complete table back', () => {
    const { model, diagnostics } = analyze(text);
    const finding = diagnostics.find((d) => d.code === 'value-missing')!;
    const fixes = fixesFor(model, finding, 'zh');
    expect(fixes.map((f) => [f.title, f.safe, f.edits.length])).toEqual([['在这 100 个空格中填入 0（按各行总计推算）', true, 100]]);
    expect(applyEdits(text, fixes[0]!.edits)).toBe(clean);
    expect(fixAll(text).text).toBe(clean);
  });

  it('where a row total does not show the blanks are 0, writes 0 only where it does, for the clerk to choose', () => {
    // 一、本年新收 says 25 with 20 + 2 written: its blanks hold 3 between them.
    const short = setCell(text, 'three', 'new', 6, '25');
    const { model, diagnostics } = analyze(short);
    const finding = diagnostics.find((d) => d.code === 'value-missing')!;
    expect([finding.messageId, finding.args?.['cells'], finding.args?.['zero']]).toEqual(['columnsBlankSomeZero', 100, 96]);
    expect(fixesFor(model, finding, 'zh').map((f) => [f.title, f.safe, f.edits.length])).toEqual([['在其中 96 个空格中填入 0（按各行总计推算，其余请核实）', false, 96]]);
  });

  it('one column blank in every row is named as one column', () => {
    const found = analyze(blankColumns(clean, [2])).diagnostics.filter((d) => d.code === 'value-missing');
    expect(found.map((d) => [d.messageId, d.data?.pattern])).toEqual([['columnBlankAllZero', { columns: [2], cells: 25, zero: 25 }]]);
    expect(found[0]!.message).toBe('表三的“科研机构”列每一行都为空（共 25 格），应填写数字（没有的填0）；按各行总计推算均应为 0');
  });

  it('a blank cell on its own is still its own finding', () => {
    const one = setCell(clean, 'three', 'granted', 2, '');
    expect(analyze(one).diagnostics.map((d) => [d.code, d.messageId, d.data?.column, d.data?.determined])).toEqual([
      ['value-missing', 'emptyDetermined', 2, 0],
    ]);
  });

  it('the canonical skeleton with its five 法人或其他组织 columns blank: one finding, fixed to the skeleton', () => {
    const skeleton = canonical();
    const web = blankColumns(skeleton, [1, 2, 3, 4, 5]);
    const found = analyze(web).diagnostics.filter((d) => d.code === 'value-missing');
    expect(found.map((d) => [d.messageId, d.data?.pattern])).toEqual([['columnsBlankAllZero', { columns: [1, 2, 3, 4, 5], cells: 125, zero: 125 }]]);
    expect(fixAll(web).text).toBe(fixAll(skeleton).text);
  });
});

describe('value-invalid: digits typed with look-alike characters', () => {
  it('〇〇 in a pipe row (seed 002) keeps its column; the fix writes 0 and gives the report back', () => {
    const base = seed(2);
    const text = setCell(base, 'three', 'granted', 1, '〇〇');
    const { model, diagnostics } = analyze(text);
    const finding = diagnostics.find((d) => d.code === 'value-invalid')!;
    expect([finding.messageId, finding.args?.['cell'], finding.data]).toEqual([
      'lookalike',
      '〇〇',
      { table: 'three', row: 'granted', column: 1, found: null, meant: 0 },
    ]);
    // No value shifted into another column: no sum is judged wrong.
    expect(diagnostics.filter((d) => ['total-row', 'total-results', 'balance', 'value-missing'].includes(d.code))).toEqual([]);
    const fixes = fixesFor(model, finding, 'zh');
    expect(fixes.map((f) => [f.title, f.safe])).toEqual([['改为 0（“〇〇”应是数字）', true]]);
    expect(applyEdits(text, fixes[0]!.edits)).toBe(base);
  });

  it('one cell per line (seeds 000, 001) and tab rows (seed 004): ○, O, o and l become their digits', () => {
    const checked: string[] = [];
    for (const [n, typed] of [
      [0, '○'],
      [1, 'l'],
      [4, 'O'],
      [4, 'o'],
    ] as const) {
      const base = seed(n);
      const meant = typed === 'l' ? '1' : '0';
      // The first cell of table 三 that holds the digit meant.
      const table = analyze(base).model.parts.find((p) => p.table?.id === 'three')!.table!;
      const row = table.rows.find((r) => r.def && r.cells.some((c) => c.raw === meant))!;
      const column = row.cells.findIndex((c) => c.raw === meant);
      const text = setCell(base, 'three', row.def!.key, column, typed);
      expect([n, typed, fixAll(text).text === fixAll(base).text]).toEqual([n, typed, true]);
      checked.push(`${n}${typed}`);
    }
    expect(checked).toEqual(['0○', '1l', '4O', '4o']);
  });

  it('a look-alike that would break a sum is offered, not applied by fix-all', () => {
    // 予以公开 商业企业 is 1 in the clean report; “o” reads as 0, which its row total contradicts.
    const text = setCell(clean, 'three', 'granted', 1, 'o');
    const { model, diagnostics } = analyze(text);
    const finding = diagnostics.find((d) => d.code === 'value-invalid')!;
    expect(fixesFor(model, finding, 'zh').map((f) => [f.title, f.safe])).toEqual([['改为 0（“o”应是数字）', false]]);
    expect(fixAll(text).text).toBe(text);
  });
});
