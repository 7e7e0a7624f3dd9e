/**
 * Property tests: defective reports generated from the seeds and the canonical report
 * (every layout), by the slips clerks make — a changed number, a deleted row of table
 * 三, a lost label, a date that lost 年/月, last year's year in the period, a reworded
 * heading, a deleted heading above its table, a table moved away from its heading. For every fix offered: it removes its finding, adds no new one (a corrected
 * total may unbalance another sum: those may follow, nothing else), touches nothing
 * outside its edits, and is not offered again. fixAll leaves nothing safely fixable in
 * one call, its edits give its text, and running it again changes nothing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/service/analyze';
import type { Diagnostic, RuleCode } from '../../server/src/service/diagnostics';
import { applyEdits, fixAll, fixAllEdits, fixesFor, safeFixes } from '../../server/src/service/fixes/index';
import { blankLabel, cellValues, canonical, deleteRow, dropHeading, keyOf, moveTable, outsideEditsChange, replaceFirst, seed, setCell } from './helpers';

const BASES: { name: string; text: string }[] = [
  { name: 'canonical', text: canonical() },
  ...[0, 1, 2, 3, 4].map((n) => ({ name: `seed ${n}`, text: seed(n) })),
];

/** Sums are coupled: correcting one number can unbalance another relation the number feeds. */
const ARITHMETIC = new Set<RuleCode>(['total-row', 'total-results', 'balance', 'total-review', 'value-missing', 'narrative-mismatch']);

/** A restored row completes the sums over it: they are evaluated again (a sum with a row missing is not). */
const FEEDS_SUMS = new Set<RuleCode>([...ARITHMETIC, 'row-missing']);

/**
 * A table moved back under its heading (table-missing, table written elsewhere) is checked again,
 * and the 落款 it stood after is read again: their findings were hidden, not made, by the move.
 */
const REVEALED_BY_MOVE = new Set<RuleCode>([
  ...ARITHMETIC,
  'row-missing',
  'row-order',
  'row-label',
  'row-unknown',
  'value-invalid',
  'table-outdated',
  'inforce-mismatch',
  'date-malformed',
  'date-invalid',
  'publish-early',
  'publish-late',
]);

function movedTable(d: Diagnostic): boolean {
  return d.code === 'table-missing' && typeof d.data?.tableStartLine === 'number';
}

type Mutation =
  | { kind: 'number'; row: number; column: number; value: number }
  | { kind: 'review'; column: number; value: number }
  | { kind: 'deleteRow'; row: number }
  | { kind: 'blankLabel'; row: number }
  | { kind: 'breakDate' }
  | { kind: 'lastYear' }
  | { kind: 'retitle'; part: number }
  | { kind: 'dropHeading'; part: number }
  | { kind: 'moveTable'; part: number; to: 'end' | 'beforePart6' };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('number' as const), row: fc.nat(24), column: fc.nat(6), value: fc.nat(40) }),
  fc.record({ kind: fc.constant('review' as const), column: fc.nat(14), value: fc.nat(5) }),
  fc.record({ kind: fc.constant('deleteRow' as const), row: fc.nat(24) }),
  fc.record({ kind: fc.constant('blankLabel' as const), row: fc.nat(24) }),
  fc.record({ kind: fc.constant('breakDate' as const) }),
  fc.record({ kind: fc.constant('lastYear' as const) }),
  fc.record({ kind: fc.constant('retitle' as const), part: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ kind: fc.constant('dropHeading' as const), part: fc.integer({ min: 2, max: 4 }) }),
  fc.record({ kind: fc.constant('moveTable' as const), part: fc.integer({ min: 2, max: 4 }), to: fc.constantFrom('end' as const, 'beforePart6' as const) }),
);

/** Applies a mutation, or returns null when it does not apply to this text. */
function mutate(text: string, m: Mutation): string | null {
  const { model } = analyze(text);
  const three = model.parts.find((p) => p.table?.id === 'three')?.table ?? null;
  const rows = three ? three.rows.filter((r) => r.def) : [];
  try {
    switch (m.kind) {
      case 'number': {
        const row = rows[m.row % Math.max(1, rows.length)];
        if (!row?.def || row.cells[m.column]?.kind !== 'integer') return null;
        return setCell(text, 'three', row.def.key, m.column, String(m.value));
      }
      case 'review': {
        const four = model.parts.find((p) => p.table?.id === 'four')?.table;
        const row = four?.rows.find((r) => r.def);
        if (!row?.def || row.cells[m.column]?.kind !== 'integer') return null;
        return setCell(text, 'four', row.def.key, m.column, String(m.value));
      }
      case 'deleteRow': {
        // A row of zeros with its own official label, between labelled rows (so the
        // other rows keep their places) — deleting figures would change the sums.
        const i = m.row % Math.max(1, rows.length);
        const row = rows[i];
        const labelled = (r: (typeof rows)[number] | undefined) => !r || r.labelStatus === 'official';
        if (!row?.def || row.labelStatus !== 'official' || !labelled(rows[i - 1]) || !labelled(rows[i + 1])) return null;
        if (row.groupLabels.length > 0 || !row.cells.every((c) => c.kind === 'integer' && c.value === 0)) return null;
        return deleteRow(text, 'three', row.def.key);
      }
      case 'blankLabel': {
        const row = rows[m.row % Math.max(1, rows.length)];
        if (!row?.def || row.labelStatus !== 'official' || row.groupLabels.length > 0) return null;
        return blankLabel(text, 'three', row.def.key);
      }
      case 'breakDate': {
        const year = model.year?.value;
        return year && text.includes(`${year}年1月1日`) ? replaceFirst(text, `${year}年1月1日`, `${year}11日`) : null;
      }
      case 'lastYear': {
        const start = model.period?.start;
        if (!start || start.status !== 'valid' || !model.year) return null;
        const y = String(model.year.value);
        return start.raw.includes(y) ? replaceFirst(text, start.raw, start.raw.replace(y, String(model.year.value - 1)), start.line) : null;
      }
      case 'retitle': {
        const heading = model.parts.find((p) => p.id === m.part)?.heading;
        if (!heading || heading.title.text.length < 4) return null;
        return replaceFirst(text, heading.title.text, heading.title.text.slice(0, -2), heading.line);
      }
      case 'dropHeading': {
        // The heading of a part whose table is there: the table stays, the part is read as implicit.
        const part = model.parts.find((p) => p.id === m.part);
        return part?.heading && part.table ? dropHeading(text, m.part) : null;
      }
      case 'moveTable': {
        // A table under its own heading, moved away from it (the heading stays).
        const part = model.parts.find((p) => p.id === m.part);
        return part?.heading && part.table ? moveTable(text, m.part, m.to) : null;
      }
    }
  } catch {
    return null;
  }
}

const defective = fc
  .record({ base: fc.integer({ min: 0, max: BASES.length - 1 }), mutations: fc.array(mutation, { minLength: 1, maxLength: 3 }) })
  .map(({ base, mutations }) => {
    let text = BASES[base]!.text;
    const applied: Mutation[] = [];
    for (const m of mutations) {
      const next = mutate(text, m);
      if (next !== null) {
        text = next;
        applied.push(m);
      }
    }
    return { name: BASES[base]!.name, applied, text };
  });

function counts(diagnostics: readonly Diagnostic[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const d of diagnostics) map.set(keyOf(d), (map.get(keyOf(d)) ?? 0) + 1);
  return map;
}

describe('every fix offered on a defective report', () => {
  it('removes its finding, adds no unrelated one, and changes nothing outside its edits', () => {
    fc.assert(
      fc.property(defective, ({ text }) => {
        const { model, diagnostics } = analyze(text);
        const before = counts(diagnostics);
        for (const diagnostic of diagnostics) {
          for (const fix of fixesFor(model, diagnostic, 'zh')) {
            const out = applyEdits(text, fix.edits);
            expect(outsideEditsChange(text, fix.edits, out)).toBe('');
            expect(out).not.toBe(text);
            const { diagnostics: afterDiagnostics } = analyze(out);
            const after = counts(afterDiagnostics);
            // No allowance for a heading written back (section-title, implicit): the implicit part already owns its table, so its findings were there before.
            // Its finding is gone (one fewer of that exact finding), so the fix is not offered again.
            expect(after.get(keyOf(diagnostic)) ?? 0).toBeLessThan(before.get(keyOf(diagnostic))!);
            for (const d of afterDiagnostics) {
              if ((after.get(keyOf(d)) ?? 0) <= (before.get(keyOf(d)) ?? 0)) continue;
              if (movedTable(diagnostic) && REVEALED_BY_MOVE.has(d.code)) continue;
              // A new finding may only be a sum the corrected number (or the restored row) feeds.
              expect([diagnostic.code, d.code, FEEDS_SUMS.has(diagnostic.code) && ARITHMETIC.has(d.code)]).toEqual([diagnostic.code, d.code, true]);
            }
          }
        }
      }),
      { numRuns: 40, seed: 20241231 },
    );
  });

  it('edits are minimal: none rewrites text with itself', () => {
    fc.assert(
      fc.property(defective, ({ text }) => {
        const { model, diagnostics } = analyze(text);
        const lines = model.lines;
        for (const diagnostic of diagnostics) {
          for (const fix of fixesFor(model, diagnostic, 'zh')) {
            for (const e of fix.edits) {
              if (e.range.start.line !== e.range.end.line) continue;
              const old = (lines[e.range.start.line] ?? '').slice(e.range.start.character, e.range.end.character);
              expect(old).not.toBe(e.newText);
              if (old.length > 0 && e.newText.length > 0) expect([old[0] === e.newText[0], old.at(-1) === e.newText.at(-1)]).not.toEqual([true, true]);
            }
          }
        }
      }),
      { numRuns: 30, seed: 7 },
    );
  });
});

describe('fixAll', () => {
  it('leaves no safe fix, equals its own edits, keeps everything outside them, and is idempotent', () => {
    fc.assert(
      fc.property(defective, ({ text }) => {
        const result = fixAll(text);
        const edits = fixAllEdits(text);
        expect(applyEdits(text, edits)).toBe(result.text);
        expect(outsideEditsChange(text, edits, result.text)).toBe('');
        const { model, diagnostics } = analyze(result.text);
        expect(safeFixes(model, diagnostics, 'zh').map((f) => f.title)).toEqual([]);
        expect(result.remaining.map(keyOf)).toEqual(diagnostics.map(keyOf));
        const again = fixAll(result.text);
        expect(again.applied).toBe(0);
        expect(again.text).toBe(result.text);
      }),
      { numRuns: 40, seed: 42 },
    );
  });

  it('brings a report with safely fixable slips back to the same figures and findings as the intact one', () => {
    let checked = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: BASES.length - 1 }),
        fc.constantFrom<Mutation>(
          { kind: 'review', column: 4, value: 3 },
          { kind: 'deleteRow', row: 10 },
          { kind: 'deleteRow', row: 16 },
          { kind: 'blankLabel', row: 12 },
          { kind: 'breakDate' },
          { kind: 'lastYear' },
          { kind: 'dropHeading', part: 3 },
          { kind: 'dropHeading', part: 4 },
          { kind: 'moveTable', part: 2, to: 'end' },
          { kind: 'moveTable', part: 3, to: 'beforePart6' },
          { kind: 'moveTable', part: 4, to: 'end' },
        ),
        (base, m) => {
          const original = BASES[base]!.text;
          const text = mutate(original, m);
          if (text === null) return;
          checked++;
          const repaired = analyze(fixAll(text).text);
          const intact = analyze(fixAll(original).text);
          expect(repaired.diagnostics.map(keyOf)).toEqual(intact.diagnostics.map(keyOf));
          for (const id of ['two', 'three', 'four'] as const) {
            const a = repaired.model.parts.find((p) => p.table?.id === id)?.table;
            const b = intact.model.parts.find((p) => p.table?.id === id)?.table;
            expect(a ? cellValues(a) : null).toEqual(b ? cellValues(b) : null);
          }
        },
      ),
      { numRuns: 36, seed: 3 },
    );
    expect(checked).toBeGreaterThan(10);
  });
});

describe('the generator', () => {
  it('produces applicable slips in every base report', () => {
    const applied = new Map<string, Set<string>>();
    fc.assert(
      fc.property(defective, ({ name, applied: done }) => {
        const kinds = applied.get(name) ?? new Set<string>();
        for (const m of done) kinds.add(m.kind);
        applied.set(name, kinds);
      }),
      { numRuns: 300, seed: 11 },
    );
    for (const base of BASES) expect([base.name, (applied.get(base.name)?.size ?? 0) >= 4]).toEqual([base.name, true]);
    expect(BASES.filter((b) => applied.get(b.name)?.has('dropHeading')).length).toBeGreaterThanOrEqual(3);
  });
});
