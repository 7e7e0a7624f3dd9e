/**
 * Scenario fixtures: small reports under test/scenarios/<rule>/, each with its expected
 * findings marked inline, one per comment line under the line they are on:
 *
 *   | （一）予以公开 | | | 9 | 1 | 0 | 0 | 0 | 0 | 11 |
 *   <!-- expect: total-row “11” -->
 *
 * A marker names the rule code, optionally the message id (`total-row/located`), and, in quotes, the text its range covers on that line (its
 * first line when it spans several; “” for a place between characters, such as where a missing
 * part belongs); without quotes only the line is checked. A marker marks the line right above
 * it (other markers aside), blank or not; `expect below:` marks the line right under it, for a
 * finding placed at the start of a heading. Comment lines are invisible to the parser, so a marker
 * changes nothing of what it marks — except dates: a date written in a comment is read (and
 * checked) like one in the text, so a date rule's marker is bare (`<!-- expect: date-invalid -->`).
 *
 * For each scenario: the findings are exactly the marked ones; the findings (with messages) and
 * the text after fix-all are snapshots beside it (__snapshots__/); and the fixed text is checked
 * again — no finding with a fix that fix-all applies may remain (fixes that need the clerk's
 * choice, such as a zero-filled table, are offered in the editor and never applied by fix-all).
 *
 * Beside a scenario (scenario-files.ts says how they are read): `<name>.previous.md`, last year's
 * report, whose summary the cross-document rules are given; `<name>.correct.md`, the report put
 * right, which must give no finding of the rule; a first line `<!-- scenario: maxSize=… -->`
 * for the size limit; and `<!-- doc -->` … `<!-- /doc -->` around the lines the rule's page shows
 * as its example (scripts/gen-rule-files.ts).
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { analyze } from '../../server/src/service/analyze';
import type { AnalyzeOptions } from '../../server/src/service/diagnostics';
import { fixAll, safeFixes } from '../../server/src/service/fixes/index';
import { parseReport } from '../../server/src/service/parser/index';
import { ALL_RULE_METAS } from '../../server/src/service/rules/index';
import { readFileSync } from 'node:fs';
import { examplesSection } from '../../scripts/gen-rule-files';
import { docExcerpt, scenarioFiles, scenarioOptions, type ScenarioFile } from './scenario-files';

const ROOT = __dirname;
const MARKER = /^\s*<!--\s*expect( below)?:\s*(.*?)\s*-->\s*$/;
const ONE = /^([a-z-]+)(\/[A-Za-z][A-Za-z0-9]*)?(?:\s+“([^”]*)”)?$/;

/** `line code[/messageId] “text”` for each marker (line zero-based, of the line it marks). */
export function expectedFindings(text: string): string[] {
  const lines = text.split(/\r?\n/);
  const out: string[] = [];
  const add = (target: number, items: string, at: number): void => {
    for (const item of items.split(/\s*;\s*/)) {
      const one = ONE.exec(item);
      if (!one) throw new Error(`line ${at + 1}: unreadable marker “${item}”`);
      const named = `${target} ${one[1]}${one[2] ?? ''}`;
      out.push(one[3] === undefined ? named : `${named} “${one[3]}”`);
    }
  };
  let target = -1;
  let below: { items: string; at: number }[] = [];
  lines.forEach((line, i) => {
    const marker = MARKER.exec(line);
    if (!marker) {
      target = i;
      for (const b of below) add(i, b.items, b.at);
      below = [];
    } else if (marker[1]) below.push({ items: marker[2]!, at: i });
    else add(target, marker[2]!, i);
  });
  return out.sort();
}

/** The same shape for what analyze() found; the message id and the quoted text only where a marker gives them. */
function actualFindings(text: string, expected: readonly string[], options: AnalyzeOptions): string[] {
  const lines = text.split(/\r?\n/);
  return analyze(text, options)
    .diagnostics.map((d) => {
      const { start, end } = d.range;
      const named = expected.some((e) => e.startsWith(`${start.line} ${d.code}/`));
      const bare = `${start.line} ${d.code}${named ? `/${d.messageId}` : ''}`;
      if (!expected.some((e) => e.startsWith(`${bare} “`))) return bare;
      const line = lines[start.line] ?? '';
      const covered = end.line === start.line ? line.slice(start.character, end.character) : line.slice(start.character);
      return `${bare} “${covered}”`;
    })
    .sort();
}

const ALL = scenarioFiles();
const SCENARIOS = ALL.filter((s) => s.kind === 'scenario');
const COMPANIONS = ALL.filter((s) => s.kind !== 'scenario');

describe.each(SCENARIOS)('scenario $rule/$file', (scenario) => {
  const { rule, file, text } = scenario;
  const options = scenarioOptions(scenario);
  const expected = expectedFindings(text);

  it('finds exactly the marked findings', () => {
    expect(actualFindings(text, expected, options)).toEqual(expected);
  });

  it('marks at least one finding of its own rule, or is a clean example of it', () => {
    const own = expected.some((e) => e.split(' ')[1]!.split('/')[0] === rule);
    expect(own || file.startsWith('clean')).toBe(true);
  });

  it('gives the findings and fix-all’s text in the snapshots beside it', async () => {
    const findings = analyze(text, options).diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.code}/${d.messageId} ${d.message}`);
    const fixed = fixAll(text, options);
    await expect(findings.join('\n') + '\n').toMatchFileSnapshot(join(ROOT, '__snapshots__', rule, `${file}.findings.txt`));
    await expect(fixed.text).toMatchFileSnapshot(join(ROOT, '__snapshots__', rule, `${file}.fixed${file.slice(file.lastIndexOf('.'))}`));
    // Nothing fix-all could fix may remain once it has run.
    const again = analyze(fixed.text, options).diagnostics;
    expect(safeFixes(parseReport(fixed.text), again, 'zh').map((f) => f.title)).toEqual([]);
  });
});

describe.each(COMPANIONS)('$kind report $rule/$file', (companion) => {
  const { rule, base, kind, text } = companion;

  it('belongs to a scenario beside it', () => {
    expect(SCENARIOS.some((s) => s.rule === rule && s.file.startsWith(`${base}.`))).toBe(true);
  });

  it('finds exactly the marked findings, none of its rule', () => {
    const options = scenarioOptions(companion);
    const expected = expectedFindings(text);
    expect(actualFindings(text, expected, options)).toEqual(expected);
    // Last year's report is clean; the corrected one may keep what another rule says, never its own rule.
    if (kind === 'previous') expect(expected).toEqual([]);
    expect(analyze(text, options).diagnostics.filter((d) => d.code === rule).map((d) => d.message)).toEqual([]);
  });
});

/** Rules whose scenario another engineer is writing: their pages keep a hand-written 示例 until it has a doc excerpt. */
const EXCERPT_PENDING: string[] = [];

describe('the scenarios', () => {
  it('read a code with its text, a bare code, and several codes on one marker', () => {
    const text = ['第一行', '<!-- expect: total-row “11” -->', '', '第三行', '<!-- expect: row-label; value-missing/blank “” -->', '<!-- expect below: section-missing “” -->', '## 六、其他需要报告的事项'].join('\n');
    expect(expectedFindings(text)).toEqual(['0 total-row “11”', '3 row-label', '3 value-missing/blank “”', '6 section-missing “”']);
  });

  it('cover every rule of the registry, each in its own directory, with a finding of it marked', () => {
    const marked = (code: string) => SCENARIOS.some((s) => s.rule === code && expectedFindings(s.text).some((e) => e.split(' ')[1]!.split('/')[0] === code));
    expect(ALL_RULE_METAS.map((m) => m.code).filter((code) => !marked(code))).toEqual([]);
    expect([...new Set(ALL.map((s) => s.rule))].filter((dir) => !ALL_RULE_METAS.some((m) => m.code === dir))).toEqual([]);
  });

  it('give every rule’s page its example: a scenario with a doc excerpt', () => {
    const excerpted = (code: string) => SCENARIOS.some((s) => s.rule === code && docExcerpt(s.text) !== null);
    expect(ALL_RULE_METAS.map((m) => m.code).filter((code) => !excerpted(code))).toEqual(EXCERPT_PENDING);
  });

  it('read a doc excerpt without its markers, ranges joined by an ellipsis, with its caption', () => {
    const text = ['标题', '<!-- doc: 一格填错 -->', '第二行', '<!-- expect: total-row “11” -->', '', '<!-- /doc -->', '中间', '<!-- doc -->', '第八行', '<!-- /doc -->'].join('\n');
    expect(docExcerpt(text)).toEqual({ caption: '一格填错', lines: ['第二行', '……', '第八行'], covers: [2, 4, 8] });
    expect(docExcerpt('没有摘录')).toBeNull();
    expect(() => docExcerpt('<!-- doc -->\n没有结束')).toThrow('<!-- doc --> without <!-- /doc -->');
  });
});

describe('the 示例 section made from a scenario', () => {
  const clean = readFileSync(join(ROOT, '..', 'rules', 'fixtures', 'clean.md'), 'utf8');
  const sentence = '我局持续优化门户网站政府信息公开专栏，及时更新政府信息公开指南和目录。';
  const file = (kind: ScenarioFile['kind'], text: string): ScenarioFile => ({ rule: 'text-doubled', file: kind === 'scenario' ? 'x.md' : `x.${kind}.md`, kind, base: 'x', text });
  const doubled = clean.replace(sentence, `<!-- doc: 词语重复 -->\n${sentence.replace('专栏', '专栏专栏')}\n<!-- /doc -->`);

  it('shows the excerpt, what nianbao says, and the excerpt after fix-all', () => {
    expect(examplesSection('text-doubled', [file('scenario', doubled)])).toBe(
      [
        '## 示例',
        '',
        '错误（词语重复）：',
        '',
        '```text',
        '我局持续优化门户网站政府信息公开专栏专栏，及时更新政府信息公开指南和目录。',
        '```',
        '',
        '提示：`“专栏专栏”重复了，应为“专栏”`。',
        '',
        '正确（一键修复后）：',
        '',
        '```text',
        sentence,
        '```',
        '',
        '',
      ].join('\n'),
    );
    expect(examplesSection('text-doubled', [file('scenario', clean)])).toBeNull();
  });

  it('wants a .correct.md exactly when fix-all leaves the finding', () => {
    const placeholder = clean.replace(sentence, `<!-- doc -->\n${sentence.replace('专栏', 'XX专栏')}\n<!-- /doc -->`);
    const lone = { ...file('scenario', placeholder), rule: 'placeholder-left' };
    expect(() => examplesSection('placeholder-left', [lone])).toThrow('fix-all does not correct it; add x.correct.md');
    expect(() => examplesSection('text-doubled', [file('scenario', doubled), file('correct', clean)])).toThrow('fix-all corrects it, so x.correct.md is not used; remove it');
  });
});
