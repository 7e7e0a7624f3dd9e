/**
 * The scenario files under test/scenarios/<rule>/ and what is read from them, shared by the
 * runner (scenarios.test.ts) and scripts/gen-rule-files.ts, which writes each rule page's
 * `## 示例` section from the same files.
 *
 * Three kinds of file sit in a rule's directory:
 * - `<name>.md` (or .txt): a scenario, its findings marked inline (see scenarios.test.ts);
 * - `<name>.correct.md`: the same report put right, for a rule fix-all does not mend — it gives
 *   no finding of the rule, and the page's 正确 example is taken from it;
 * - `<name>.previous.md`: last year's report of the same agency. Its summary is given to the
 *   analysis of `<name>.md` and `<name>.correct.md` as `options.previous` (the cross-document
 *   rules); it is itself a clean report.
 *
 * A scenario whose first line is `<!-- scenario: maxSize=6000 -->` is analysed with that
 * option (document-too-large). A few lines between `<!-- doc -->` and `<!-- /doc -->` are the
 * rule's example on its page (several such ranges are joined by a line “……”); the opening
 * comment may carry a caption, `<!-- doc: 一格填错 -->`, printed after 错误 (or 正确 in a
 * `.correct.md`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnalyzeOptions } from '../../server/src/service/diagnostics';
import { parseReport } from '../../server/src/service/parser/index';
import { summarize } from '../../server/src/service/workspace/index';

export const SCENARIO_ROOT = __dirname;

export type ScenarioKind = 'scenario' | 'correct' | 'previous';

export interface ScenarioFile {
  /** The directory: the rule code the scenario is about. */
  rule: string;
  file: string;
  kind: ScenarioKind;
  /** The scenario this file belongs to, without extension (`part-six-twice` for all three kinds). */
  base: string;
  text: string;
}

/** Last year's report as the cross-document rules name it in their messages (the file name shown). */
export const PREVIOUS_URI = 'file:///reports/%E4%B8%8A%E5%B9%B4%E5%BA%A6%E6%8A%A5%E5%91%8A.md';

const SCENARIO_OPTIONS = /^<!--\s*scenario:\s*(.*?)\s*-->\s*$/;
const DOC_START = /^\s*<!--\s*doc(?::\s*(.*?))?\s*-->\s*$/;
const DOC_END = /^\s*<!--\s*\/doc\s*-->\s*$/;
const EXPECT = /^\s*<!--\s*expect( below)?:/;

function kindOf(file: string): { kind: ScenarioKind; base: string } {
  const stem = file.slice(0, file.lastIndexOf('.'));
  if (stem.endsWith('.correct')) return { kind: 'correct', base: stem.slice(0, -'.correct'.length) };
  if (stem.endsWith('.previous')) return { kind: 'previous', base: stem.slice(0, -'.previous'.length) };
  return { kind: 'scenario', base: stem };
}

/** Every scenario file, by rule directory and file name (the snapshot directory aside). */
export function scenarioFiles(root: string = SCENARIO_ROOT): ScenarioFile[] {
  const out: ScenarioFile[] = [];
  for (const rule of readdirSync(root, { withFileTypes: true })) {
    if (!rule.isDirectory() || rule.name.startsWith('__')) continue;
    for (const file of readdirSync(join(root, rule.name)).sort()) {
      if (!file.endsWith('.md') && !file.endsWith('.txt')) continue;
      out.push({ rule: rule.name, file, ...kindOf(file), text: readFileSync(join(root, rule.name, file), 'utf8') });
    }
  }
  return out.sort((a, b) => (a.rule === b.rule ? (a.file < b.file ? -1 : 1) : a.rule < b.rule ? -1 : 1));
}

/**
 * The analysis options of a scenario file: last year's summary when a `<base>.previous.md` sits
 * beside it, and the size limit its first line sets.
 */
export function scenarioOptions(scenario: ScenarioFile, root: string = SCENARIO_ROOT): AnalyzeOptions {
  const options: AnalyzeOptions = {};
  if (scenario.kind !== 'previous') {
    const previous = join(root, scenario.rule, `${scenario.base}.previous.md`);
    if (existsSync(previous)) options.previous = summarize(PREVIOUS_URI, parseReport(readFileSync(previous, 'utf8')));
  }
  const first = SCENARIO_OPTIONS.exec(scenario.text.split(/\r?\n/, 1)[0] ?? '');
  if (first) {
    for (const setting of first[1]!.split(/\s*[;,]\s*/)) {
      const [key, value] = setting.split('=').map((s) => s.trim());
      if (key === 'maxSize' && value !== undefined && /^\d+$/.test(value)) options.maxSize = Number(value);
      else throw new Error(`${scenario.rule}/${scenario.file}: unknown scenario setting “${setting}”`);
    }
  }
  return options;
}

export interface DocExcerpt {
  /** The caption of the first `<!-- doc: … -->`, or null. */
  caption: string | null;
  /** The excerpt's lines, marker and doc comments left out; ranges joined by “……”. */
  lines: string[];
  /** The zero-based lines of the text the excerpt covers (between its doc comments). */
  covers: number[];
}

/** The doc excerpt of a scenario text, or null when it has none. */
export function docExcerpt(text: string): DocExcerpt | null {
  const lines = text.split(/\r?\n/);
  let caption: string | null = null;
  const ranges: { lines: string[]; covers: number[] }[] = [];
  let open: { lines: string[]; covers: number[] } | null = null;
  lines.forEach((line, i) => {
    const start = DOC_START.exec(line);
    if (start) {
      if (open) throw new Error(`line ${i + 1}: <!-- doc --> inside another`);
      if (ranges.length === 0 && start[1]) caption = start[1];
      open = { lines: [], covers: [] };
    } else if (DOC_END.test(line)) {
      if (!open) throw new Error(`line ${i + 1}: <!-- /doc --> without <!-- doc -->`);
      ranges.push(open);
      open = null;
    } else if (open && !EXPECT.test(line)) {
      open.lines.push(line);
      open.covers.push(i);
    }
  });
  if (open) throw new Error('<!-- doc --> without <!-- /doc -->');
  if (ranges.length === 0) return null;
  const trimmed = ranges.map((r) => trimBlank(r.lines));
  if (trimmed.some((r) => r.length === 0)) throw new Error('an empty <!-- doc --> range');
  return { caption, lines: trimmed.flatMap((r, i) => (i === 0 ? r : ['……', ...r])), covers: ranges.flatMap((r) => r.covers) };
}

function trimBlank(lines: string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start]!.trim() === '') start++;
  while (end > start && lines[end - 1]!.trim() === '') end--;
  return lines.slice(start, end);
}
