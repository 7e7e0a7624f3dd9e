/**
 * Two years of one agency's report, built from the clean example: the 2024 report as
 * published, and the 2023 report it follows (years shifted back, table 二's count of
 * normative documents in force one lower, so that 4 + 2 − 1 = 5 holds, its sentences worded otherwise).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../helpers/seeds';
import type { Range } from '../../server/src/service/model';
import { renderTemplate, type MessageArgs } from '../../server/src/service/messages';
import { ruleOf } from '../../server/src/service/rules/index';

export const report2024 = readFileSync(join(repoRoot, 'examples', '2024-示范街道办事处-规范.nianbao.md'), 'utf8');

/** Replaces the single occurrence of `from` (failing when it is absent or ambiguous). */
export function withEdit(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0) throw new Error(`withEdit: “${from}” not found`);
  if (text.indexOf(from, at + 1) >= 0) throw new Error(`withEdit: “${from}” occurs more than once`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** Table rows of the example are Markdown rows: replaces the data cells of the row labelled `label`. */
export function withRow(text: string, label: string, values: readonly (number | string)[]): string {
  const lines = text.split('\n');
  const index = lines.findIndex((l) => l.startsWith(`| ${label} `));
  if (index < 0) throw new Error(`withRow: no row “${label}”`);
  lines[index] = `| ${label} | ${values.join(' | ')} |`;
  return lines.join('\n');
}

/** Last year's prose worded otherwise (each sentence marked as last year's): the two reports are not copies (see copy-rate). */
function lastYearsWording(text: string): string {
  return text
    .split('\n')
    .map((line) => (line.startsWith('|') || line.startsWith('#') ? line : line.replaceAll('。', '（上年度）。')))
    .join('\n');
}

export const report2023 = withRow(
  lastYearsWording(report2024.replaceAll('2024', '2023').replaceAll('2025', '2024')),
  '行政规范性文件',
  [2, 1, 4],
);

/** The range of the `column`-th data cell (0-based) of the row labelled `label` (a Markdown row). */
export function cellRange(text: string, label: string, column: number): Range {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.replace(/^\|\s*/, '').startsWith(label));
  if (line < 0) throw new Error(`cellRange: no row “${label}”`);
  const row = lines[line]!;
  const bars: number[] = [];
  for (let i = 0; i < row.length; i++) if (row[i] === '|') bars.push(i);
  // bars[0] opens the label cell, bars[1] closes it; data cell c lies between bars[c + 1] and bars[c + 2].
  const from = bars[column + 1]! + 1;
  const to = bars[column + 2]!;
  const cell = row.slice(from, to);
  const start = from + (cell.length - cell.trimStart().length);
  const end = from + cell.trimEnd().length;
  return { start: { line, character: start }, end: { line, character: end } };
}

/**
 * A carryover-mismatch message as the editor and the CLI show it, in Chinese: the rule's own
 * template with the rows it names filled in, so these tests pin the arguments (last year's file
 * by name, the column, the figures) and the rule's module alone holds the wording.
 */
export function carryoverMessage(messageId: 'mismatch' | 'related', args: MessageArgs): string {
  const template = ruleOf('carryover-mismatch')?.messages[messageId];
  if (!template) throw new Error(`carryover-mismatch has no message ${messageId}`);
  return renderTemplate(template, { carried: '二、上年结转', forward: '四、结转下年度继续办理', ...args }, 'zh');
}
