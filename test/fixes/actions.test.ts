/**
 * The actions offered on a finding (service level): fix, fix all of the rule, ignore
 * here, open the rule's page — and that "ignore here" silences exactly that finding
 * while every table still reads the same.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/service/analyze';
import type { Diagnostic } from '../../server/src/service/diagnostics';
import type { ReportModel } from '../../server/src/service/model';
import { applyEdits, codeActionsFor, fixesFor } from '../../server/src/service/fixes/index';
import { repoRoot } from '../helpers/seeds';
import { cellValues, keyOf, replaceFirst, seed, setCell } from './helpers';

function tablesOf(model: ReportModel) {
  return model.parts.flatMap((p) =>
    p.table ? [{ id: p.table.id, layout: p.table.layout, values: cellValues(p.table), labels: p.table.rows.map((r) => [r.def?.key ?? null, r.label?.text ?? null]) }] : [],
  );
}

function actionsAt(text: string, d: Diagnostic, lang: 'zh' | 'en' = 'zh') {
  const { model, diagnostics } = analyze(text);
  return codeActionsFor(model, diagnostics, d.range, lang);
}

/** Applies an action and checks: the finding is gone, nothing new appears, the tables read the same. */
function expectSilenced(text: string, d: Diagnostic, title: string): string {
  const action = actionsAt(text, d).find((a) => a.title === title);
  expect(action?.edits).toBeDefined();
  const out = applyEdits(text, action!.edits!);
  const before = analyze(text);
  const after = analyze(out);
  const keys = after.diagnostics.map(keyOf);
  expect(keys).not.toContain(keyOf(d));
  const old = new Set(before.diagnostics.map(keyOf));
  expect(keys.filter((k) => !old.has(k))).toEqual([]);
  expect(tablesOf(after.model)).toEqual(tablesOf(before.model));
  return out;
}

describe('codeActionsFor', () => {
  it('offers the fix first (preferred), then ignore, then the rule page (seed 003: 总记)', () => {
    const text = seed(3);
    const d = analyze(text).diagnostics.find((x) => x.code === 'row-label')!;
    const actions = actionsAt(text, d);
    expect(actions.map((a) => [a.title, a.isPreferred === true, a.openRule ?? null])).toEqual([
      ['将行标签改为“（七）总计”', true, null],
      ['在此表格中忽略“行标签（row-label）”', false, null],
      ['查看规则说明：行标签（row-label）', false, 'row-label'],
    ]);
    expect(actions.every((a) => a.kind === 'quickfix' && a.diagnostics.some((x) => keyOf(x) === keyOf(d)))).toBe(true);
    expect(actionsAt(text, d, 'en').map((a) => a.title)).toEqual(['Change the label to “（七）总计”', 'Ignore “row label (row-label)” in this table', 'Read about “row label (row-label)”']);
  });

  it('fixes all findings of a rule at once (seed 003: four values the totals determine)', () => {
    const text = seed(3);
    const all = analyze(text).diagnostics.filter((x) => x.code === 'value-missing');
    expect(all).toHaveLength(4);
    const action = actionsAt(text, all[1]!).find((a) => a.title === '修复本文件中所有“数值缺失”问题')!;
    expect(action.diagnostics).toEqual(all);
    expect(action.edits).toHaveLength(4);
    const out = applyEdits(text, action.edits!);
    expect(analyze(out).diagnostics.map((x) => x.code)).toEqual(['row-label']);
  });

  it('does not offer "fix all" for a rule with a single finding', () => {
    const text = seed(3);
    const d = analyze(text).diagnostics.find((x) => x.code === 'row-label')!;
    expect(actionsAt(text, d).some((a) => a.title.startsWith('修复本文件中所有'))).toBe(false);
  });

  it('offers nothing away from any finding', () => {
    const { model, diagnostics } = analyze(seed(4));
    expect(codeActionsFor(model, diagnostics, { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, 'zh')).toEqual([]);
  });
});

describe('ignore here', () => {
  for (const n of [0, 1, 2, 3, 4]) {
    it(`inside a table wraps the table, which reads exactly as before (seed ${n})`, () => {
      const text = setCell(seed(n), 'three', 'carried', 6, '9');
      const d = analyze(text).diagnostics.find((x) => x.code === 'total-row')!;
      const out = expectSilenced(text, d, '在此表格中忽略“行总计（total-row）”');
      const { model } = analyze(text);
      const table = model.parts.find((p) => p.table?.id === 'three')!.table!;
      const lines = out.split(/\r\n|\n/);
      expect(lines[table.startLine]).toBe('<!-- nianbao-disable total-row -->');
      expect(lines.filter((l) => l === '<!-- nianbao-enable total-row -->')).toHaveLength(1);
    });
  }

  it('above an ordinary line keeps its indentation (seed 001: 2025214)', () => {
    const text = seed(1);
    const d = analyze(text).diagnostics.find((x) => x.code === 'date-malformed' && x.range.start.line === 641)!;
    const out = expectSilenced(text, d, '在此处忽略“日期残缺（date-malformed）”');
    const indent = /^\s*/.exec(text.split('\n')[641]!)![0];
    expect(indent.length).toBeGreaterThan(0);
    expect(out.split('\n')[641]).toBe(`${indent}<!-- nianbao-disable-next-line date-malformed -->`);
  });

  it('adds a second code to the directive already above the line', () => {
    const first = seed(1);
    const malformed = analyze(first).diagnostics.find((x) => x.code === 'date-malformed' && x.range.start.line === 641)!;
    const once = applyEdits(first, actionsAt(first, malformed).find((a) => a.title === '在此处忽略“日期残缺（date-malformed）”')!.edits!);
    const late = analyze(once).diagnostics.find((x) => x.code === 'publish-late')!;
    const twice = expectSilenced(once, late, '在此处忽略“逾期公开（publish-late）”');
    const indent = /^\s*/.exec(first.split('\n')[641]!)![0];
    expect(twice.split('\n')[641]).toBe(`${indent}<!-- nianbao-disable-next-line date-malformed publish-late -->`);
  });

  it('a finding on a blank line (a missing part) is ignored for the whole file', () => {
    const text = replaceFirst(seed(3), '五、存在的主要问题及改进情况', '');
    const d = analyze(text).diagnostics.find((x) => x.code === 'section-missing')!;
    const out = expectSilenced(text, d, '在本文件中忽略“缺少部分（section-missing）”');
    expect(out.split('\n')[0]).toBe('<!-- nianbao-disable section-missing -->');
  });
});

describe('a fix provider that fails', () => {
  it('offers no fix and tells the caller why, instead of throwing', () => {
    const { model, diagnostics } = analyze(readFileSync(join(repoRoot, 'examples', '2024-示范县农业农村局-待修改.nianbao.md'), 'utf8'));
    const finding = diagnostics.find((d) => d.code === 'total-row')!;
    // The provider reads the finding's data: make that read fail as a bug in a provider would.
    const broken = Object.defineProperty({ ...finding }, 'data', {
      get() {
        throw new Error('boom');
      },
    });
    const errors: unknown[] = [];
    expect(fixesFor(model, broken, 'zh', (error) => errors.push(error))).toEqual([]);
    expect(errors.map(String)).toEqual(['Error: boom']);
    expect(fixesFor(model, broken, 'zh')).toEqual([]);
  });
});
