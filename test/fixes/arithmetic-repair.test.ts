/**
 * One mistyped cell of a consistent table 三, in every layout the parser reads (Markdown,
 * pipe rows, tab rows, one cell per line, cells separated by spaces as a PDF's text gives
 * them): an applicant cell, a total, a result row, 新收, 结转 — whatever the cell and the
 * value typed, fix-all brings the original text back byte for byte, the finding is on the
 * mistyped cell, and no fix offered on the way makes a sum that held stop holding.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/service/analyze';
import { applyEdits, fixAll, fixesFor } from '../../server/src/service/fixes/index';
import type { ParsedTable } from '../../server/src/service/model';
import { evaluateSums } from '../../server/src/service/sums';
import { repoRoot } from '../helpers/seeds';
import { canonical, seed, setCell } from './helpers';

const SUM_CODES = new Set(['total-row', 'total-results', 'balance', 'total-review']);

function tableThree(text: string): ParsedTable {
  const table = analyze(text).model.parts.find((p) => p.table?.id === 'three')?.table;
  if (!table) throw new Error('no table 三');
  return table;
}

/**
 * The bases: each report as fix-all leaves it (so only the typo is left to mend), in its own
 * layout. Their table 三 reads with confidence, and every sum of it is checked and holds.
 */
const BASES = [
  { name: 'canonical Markdown', text: canonical() },
  { name: 'one cell per line (seed 000)', text: seed(0) },
  { name: 'one cell per line with blank lines (seed 001)', text: seed(1) },
  { name: 'pipe rows (seed 002)', text: seed(2) },
  { name: 'Markdown with padding columns (seed 003)', text: seed(3) },
  { name: 'tab rows (seed 004)', text: seed(4) },
  { name: 'spaced, as a PDF’s text (pdftotext -layout)', text: readFileSync(join(repoRoot, 'test', 'fixtures', 'layouts', 'spaced-pdf-text.txt'), 'utf8') },
].map((base) => ({ ...base, text: fixAll(base.text).text }));

/** Broken sums of a text's table 三, by relation and total cell. */
function brokenSums(text: string): Set<string> {
  const out = new Set<string>();
  for (const check of evaluateSums(tableThree(text))) {
    if (check.status === 'mismatch') out.add(`${check.relation.code}|${check.left[0]!.rowKey}|${check.left[0]!.column}`);
  }
  return out;
}

describe('the bases', () => {
  it('read table 三 in every layout, every sum checked and holding', () => {
    expect(BASES.map((b) => [b.name, tableThree(b.text).layout])).toEqual([
      ['canonical Markdown', 'markdown'],
      ['one cell per line (seed 000)', 'cellPerLine'],
      ['one cell per line with blank lines (seed 001)', 'cellPerLine'],
      ['pipe rows (seed 002)', 'pipe'],
      ['Markdown with padding columns (seed 003)', 'markdown'],
      ['tab rows (seed 004)', 'tab'],
      ['spaced, as a PDF’s text (pdftotext -layout)', 'spaced'],
    ]);
    for (const base of BASES) {
      const statuses = evaluateSums(tableThree(base.text)).map((c) => c.status);
      expect([base.name, statuses.length, statuses.every((s) => s === 'ok')]).toEqual([base.name, 39, true]);
    }
  });
});

describe('one mistyped cell of table 三', () => {
  const slip = fc.record({
    base: fc.integer({ min: 0, max: BASES.length - 1 }),
    row: fc.nat(24),
    column: fc.nat(6),
    value: fc.nat(60),
  });

  it('fix-all gives the original text back byte for byte, and the finding is on that cell', () => {
    let checked = 0;
    fc.assert(
      fc.property(slip, ({ base, row, column, value }) => {
        const original = BASES[base]!.text;
        const table = tableThree(original);
        const target = table.rows.filter((r) => r.def)[row];
        const cell = target?.cells[column];
        if (!target?.def || cell?.kind !== 'integer' || cell.value === value) return;
        checked++;
        const typo = setCell(original, 'three', target.def.key, column, String(value));
        const { model, diagnostics } = analyze(typo);
        const arithmetic = diagnostics.filter((d) => SUM_CODES.has(d.code));
        // One finding, on the mistyped cell, whose preferred fix is the original value.
        expect(arithmetic.map((d) => [d.data?.row, d.data?.column, d.data?.expected, d.data?.located])).toEqual([[target.def.key, column, cell.value, true]]);
        const fixes = fixesFor(model, arithmetic[0]!, 'zh');
        expect(fixes.map((f) => [f.safe, f.isPreferred === true])).toEqual([[true, true]]);
        expect(applyEdits(typo, fixes[0]!.edits)).toBe(original);
        expect(fixAll(typo).text).toBe(original);
      }),
      { numRuns: 120, seed: 17 },
    );
    expect(checked).toBeGreaterThan(80);
  });

  it('no fix offered on a table with one or two typos makes a sum that held stop holding', () => {
    fc.assert(
      fc.property(slip, slip, ({ base, row, column, value }, second) => {
        let text = BASES[base]!.text;
        for (const s of [{ row, column, value }, second]) {
          const target = tableThree(text).rows.filter((r) => r.def)[s.row];
          if (!target?.def || target.cells[s.column]?.kind !== 'integer') continue;
          text = setCell(text, 'three', target.def.key, s.column, String(s.value));
        }
        const before = brokenSums(text);
        const { model, diagnostics } = analyze(text);
        for (const d of diagnostics) {
          if (!SUM_CODES.has(d.code)) continue;
          for (const fix of fixesFor(model, d, 'zh')) {
            const after = brokenSums(applyEdits(text, fix.edits));
            expect([fix.title, [...after].filter((k) => !before.has(k))]).toEqual([fix.title, []]);
          }
        }
        // Fix-all applies a repair only when it leaves every sum of the table true (the base is
        // one fix-all leaves alone: whatever it changes now is a repair of the typos).
        const fixed = fixAll(text).text;
        expect([fixed === text, brokenSums(fixed).size]).toEqual(fixed === text ? [true, before.size] : [false, 0]);
      }),
      { numRuns: 60, seed: 1717 },
    );
  });
});
