/**
 * Scenario fixtures: small reports under test/scenarios/<rule>/, each with its expected
 * findings marked inline, one per comment line under the line they are on:
 *
 *   | （一）予以公开 | | | 9 | 1 | 0 | 0 | 0 | 0 | 11 |
 *   <!-- expect: total-row “11” -->
 *
 * A marker names the rule code and, in quotes, the text its range covers on that line (its
 * first line when it spans several; “” for a place between characters, such as where a missing
 * part belongs); without quotes only the line is checked. A marker marks the line right above
 * it (other markers aside), blank or not; `expect below:` marks the line right under it, for a
 * finding placed at the start of a heading. Comment lines are invisible to the parser, so a marker
 * changes nothing of what it marks.
 *
 * For each scenario: the findings are exactly the marked ones; the findings (with messages) and
 * the text after fix-all are snapshots beside it (__snapshots__/); and the fixed text is checked
 * again — no finding with a fix that fix-all applies may remain (fixes that need the clerk's
 * choice, such as a zero-filled table, are offered in the editor and never applied by fix-all).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/service/analyze';
import { fixAll, safeFixes } from '../../server/src/service/fixes/index';
import { parseReport } from '../../server/src/service/parser/index';

const ROOT = __dirname;
const MARKER = /^\s*<!--\s*expect( below)?:\s*(.*?)\s*-->\s*$/;
const ONE = /^([a-z-]+)(?:\s+“([^”]*)”)?$/;

interface Scenario {
  rule: string;
  file: string;
  text: string;
}

function scenarios(): Scenario[] {
  const out: Scenario[] = [];
  for (const rule of readdirSync(ROOT, { withFileTypes: true })) {
    if (!rule.isDirectory() || rule.name.startsWith('__')) continue;
    for (const file of readdirSync(join(ROOT, rule.name)).sort()) {
      if (file.endsWith('.md') || file.endsWith('.txt')) out.push({ rule: rule.name, file, text: readFileSync(join(ROOT, rule.name, file), 'utf8') });
    }
  }
  return out;
}

/** `line code “text”` for each marker (line zero-based, of the line it marks). */
export function expectedFindings(text: string): string[] {
  const lines = text.split(/\r?\n/);
  const out: string[] = [];
  const add = (target: number, items: string, at: number): void => {
    for (const item of items.split(/\s*;\s*/)) {
      const one = ONE.exec(item);
      if (!one) throw new Error(`line ${at + 1}: unreadable marker “${item}”`);
      out.push(one[2] === undefined ? `${target} ${one[1]}` : `${target} ${one[1]} “${one[2]}”`);
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

/** The same shape for what analyze() found; the quoted text only where the marker quotes one. */
function actualFindings(text: string, expected: readonly string[]): string[] {
  const lines = text.split(/\r?\n/);
  return analyze(text)
    .diagnostics.map((d) => {
      const { start, end } = d.range;
      const bare = `${start.line} ${d.code}`;
      if (!expected.some((e) => e.startsWith(`${bare} “`))) return bare;
      const line = lines[start.line] ?? '';
      const covered = end.line === start.line ? line.slice(start.character, end.character) : line.slice(start.character);
      return `${bare} “${covered}”`;
    })
    .sort();
}

const ALL = scenarios();

describe.each(ALL)('scenario $rule/$file', ({ rule, file, text }) => {
  const expected = expectedFindings(text);

  it('finds exactly the marked findings', () => {
    expect(actualFindings(text, expected)).toEqual(expected);
  });

  it('marks at least one finding of its own rule, or is a clean example of it', () => {
    const own = expected.some((e) => e.split(' ')[1] === rule);
    expect(own || file.startsWith('clean')).toBe(true);
  });

  it('gives the findings and fix-all’s text in the snapshots beside it', async () => {
    const findings = analyze(text).diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.code} ${d.message}`);
    const fixed = fixAll(text);
    await expect(findings.join('\n') + '\n').toMatchFileSnapshot(join(ROOT, '__snapshots__', rule, `${file}.findings.txt`));
    await expect(fixed.text).toMatchFileSnapshot(join(ROOT, '__snapshots__', rule, `${file}.fixed${file.slice(file.lastIndexOf('.'))}`));
    // Nothing fix-all could fix may remain once it has run.
    const again = analyze(fixed.text).diagnostics;
    expect(safeFixes(parseReport(fixed.text), again, 'zh').map((f) => f.title)).toEqual([]);
  });
});

describe('the scenario markers', () => {
  it('read a code with its text, a bare code, and several codes on one marker', () => {
    const text = ['第一行', '<!-- expect: total-row “11” -->', '', '第三行', '<!-- expect: row-label; value-missing “” -->', '<!-- expect below: section-missing “” -->', '## 六、其他需要报告的事项'].join('\n');
    expect(expectedFindings(text)).toEqual(['0 total-row “11”', '3 row-label', '3 value-missing “”', '6 section-missing “”']);
  });

  it('cover every rule directory with at least one scenario', () => {
    expect(ALL.length).toBeGreaterThan(0);
  });
});
