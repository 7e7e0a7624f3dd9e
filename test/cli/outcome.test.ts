/**
 * What a worker thread sends back for a file: --quiet applied, internal errors apart, and for
 * --format json the entry serialised there, so that the main thread's output is exactly the
 * JSON.stringify of all entries it printed before workers serialised them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FileResult, OutputDiagnostic } from '../../server/src/cli/check-file';
import { entryJson, outcomeOf, renderJson, totalsOfOutcomes } from '../../server/src/cli/outcome';

const at = (line: number, character: number) => ({ start: { line, character }, end: { line, character: character + 2 } });
const error: OutputDiagnostic = { code: 'total-row', severity: 'error', message: '总计应为 3（各列之和），实际为 2\n"引号"', range: at(4, 10), fixable: true };
const warning: OutputDiagnostic = { code: 'balance', severity: 'warning', message: '不平衡', range: at(9, 0), fixable: false };
const hint: OutputDiagnostic = { code: 'publish-late', severity: 'information', message: '晚了', range: at(1, 3), fixable: false };

const results: FileResult[] = [
  { file: 'a.md', year: 2024, diagnostics: [error, warning, hint], fixed: 2, internalErrors: ['balance: TypeError: x'] },
  { file: 'b.md', year: null, diagnostics: [], skipped: '不是报告', reason: 'not-report' },
  { file: 'c.md', year: null, diagnostics: [], error: '无法读取（EACCES）', reason: 'unreadable' },
  { file: 'd.md', year: 2023, diagnostics: [] },
];

describe('outcomes of checked files', () => {
  it('--format json: the entries joined are JSON.stringify of all results, without internal errors', () => {
    for (const quiet of [false, true]) {
      const outcomes = results.map((r, i) => outcomeOf(i, { result: r }, { quiet, json: true }));
      const expected = results.map(({ internalErrors: _, ...r }) => (quiet ? { ...r, diagnostics: r.diagnostics.filter((d) => d.severity === 'error') } : r));
      expect(renderJson(outcomes)).toBe(JSON.stringify(expected, null, 2) + '\n');
      // The diagnostics travel as JSON only; the result keeps what the main thread prints on stderr.
      expect(outcomes[0]!.result.diagnostics).toEqual([]);
      expect(outcomes[0]!.internalErrors).toEqual(['balance: TypeError: x']);
      expect(outcomes[2]!.result.error).toBe('无法读取（EACCES）');
    }
    expect(renderJson([])).toBe(JSON.stringify([], null, 2) + '\n');
  });

  it('other formats get the results themselves, --quiet keeping errors only', () => {
    const [a] = results.map((r, i) => outcomeOf(i, { result: r }, { quiet: true, json: false }));
    expect(a).toEqual({ index: 0, result: { file: 'a.md', year: 2024, diagnostics: [error], fixed: 2 }, counts: { errors: 1, warnings: 0, others: 0 }, internalErrors: ['balance: TypeError: x'] });
  });

  it('counts files and findings by severity after --quiet', () => {
    const loud = results.map((r, i) => outcomeOf(i, { result: r }, { quiet: false, json: true }));
    expect(totalsOfOutcomes(loud)).toEqual({ files: 4, checked: 2, skipped: 1, failed: 1, errors: 1, warnings: 1, others: 1, fixed: 2 });
    const quiet = results.map((r, i) => outcomeOf(i, { result: r }, { quiet: true, json: false }));
    expect(totalsOfOutcomes(quiet)).toEqual({ files: 4, checked: 2, skipped: 1, failed: 1, errors: 1, warnings: 0, others: 0, fixed: 2 });
  });
});

describe('entryJson', () => {
  const position = fc.record({ line: fc.nat(), character: fc.nat() });
  // A converted file's findings carry where they are in words; every field of it is optional.
  const location = fc.record(
    {
      page: fc.integer({ min: 1, max: 500 }),
      part: fc.constantFrom(1, 2, 3, 4, 5, 6),
      table: fc.constantFrom('two', 'three', 'four'),
      row: fc.string({ unit: 'binary' }),
      column: fc.string({ unit: 'grapheme' }),
      excerpt: fc.string({ unit: 'binary' }),
    },
    { requiredKeys: [] },
  );
  const diagnostic = fc.record(
    {
      code: fc.constantFrom('total-row', 'balance', 'year-mismatch'),
      severity: fc.constantFrom('error', 'warning', 'information'),
      message: fc.string({ unit: 'binary' }),
      range: fc.record({ start: position, end: position }),
      fixable: fc.boolean(),
      location,
    },
    { requiredKeys: ['code', 'severity', 'message', 'range', 'fixable'] },
  ) as fc.Arbitrary<OutputDiagnostic>;
  const result = fc.record(
    {
      file: fc.string({ unit: 'binary' }),
      year: fc.option(fc.integer({ min: 1990, max: 2100 }), { nil: null }),
      diagnostics: fc.array(diagnostic, { maxLength: 4 }),
      error: fc.string(),
      skipped: fc.string({ unit: 'grapheme' }),
      reason: fc.constantFrom('not-report', 'unreadable', 'binary'),
      fixed: fc.nat(),
    },
    { requiredKeys: ['file', 'year', 'diagnostics'] },
  ) as fc.Arbitrary<FileResult>;

  it('writes exactly what JSON.stringify writes for the entry inside the output array', () => {
    fc.assert(
      fc.property(result, (r) => {
        // The field order of the output: RULES.md's, then the additive fields.
        const ordered = Object.fromEntries(['file', 'year', 'diagnostics', 'error', 'skipped', 'reason', 'fixed'].filter((k) => k in r).map((k) => [k, r[k as keyof FileResult]]));
        const whole = JSON.stringify([ordered], null, 2);
        expect(entryJson(r, r.diagnostics)).toBe(whole.slice(4, whole.length - 2));
      }),
      { numRuns: 500 },
    );
  });
});
