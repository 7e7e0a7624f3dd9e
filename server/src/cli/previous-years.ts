/**
 * Cross-file checking: every report among the files is summarised into a ReportIndex,
 * so that each one is checked against last year's report of the same agency
 * (carryover-mismatch, inforce-mismatch) when that report is among the files given.
 */
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { inputKindOf, inputToText } from '../service/convert/index';
import type { ReportModel } from '../service/model';
import { detectReport, parseReport } from '../service/parser/index';
import { ReportIndex, summarize, type ReportSummary } from '../service/workspace/index';
import type { CheckTask } from './check-file';
import type { FileProblem } from './messages';
import type { FileOutcome } from './outcome';
import { mark } from './timing';

export interface ReadReport {
  /** Absolute path. */
  path: string;
  text: string;
  model: ReportModel;
  summary: ReportSummary;
}

/** Reads a file as `nianbao check` does; when it is not a report that can be read, why not. */
export async function readReport(path: string): Promise<ReadReport | FileProblem> {
  const kind = inputKindOf(path);
  if (kind === null) return 'unsupported';
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch {
    return 'unreadable';
  }
  const input = await inputToText(kind, bytes);
  if (!input.ok) return input.reason;
  if (!detectReport(input.text).isReport) return 'not-report';
  const model = parseReport(input.text);
  return { path, text: input.text, model, summary: summarize(pathToFileURL(path).href, model) };
}

/**
 * Checks the files, each against last year's report of its agency when that is among
 * them. The first run checks every file without one and brings back each report's
 * summary from the thread that parsed it (no file is read twice for the index); the
 * second run checks again only the reports whose last year's report turned up.
 */
export async function checkAcrossYears(
  tasks: readonly CheckTask[],
  run: (tasks: readonly CheckTask[]) => Promise<FileOutcome[]>,
): Promise<FileOutcome[]> {
  const outcomes = await run(tasks);
  const index = new ReportIndex();
  for (const outcome of outcomes) if (outcome.summary) index.set(outcome.summary);
  const again: CheckTask[] = [];
  const positions: number[] = [];
  for (const [position, outcome] of outcomes.entries()) {
    const previous = outcome.summary ? index.previousYearOf(outcome.summary) : undefined;
    if (!previous) continue;
    const task = tasks[position]!;
    // Options objects are shared between the files of one configuration: copy, never mutate.
    // Fixes were written by the first run: the file is checked as it now is, with their count.
    again.push({ ...task, options: { ...task.options, previous }, fix: false, fixedBefore: outcome.result.fixed });
    positions.push(position);
  }
  mark(`first run done; ${again.length} reports to check against last year's`);
  if (again.length === 0) return outcomes;
  const rechecked = await run(again);
  for (const [i, outcome] of rechecked.entries()) outcomes[positions[i]!] = outcome;
  return outcomes;
}
