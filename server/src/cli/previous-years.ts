/**
 * Cross-file checking: before the files are analysed, every report among them is
 * summarised into a ReportIndex, so that each one is checked against last year's
 * report of the same agency (carryover-mismatch, inforce-mismatch) when that report
 * is among the files given.
 */
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { inputKindOf, inputToText } from '../service/convert/index';
import type { ReportModel } from '../service/model';
import { detectReport, parseReport } from '../service/parser/index';
import { ReportIndex, summarize, type ReportSummary } from '../service/workspace/index';
import type { CheckTask } from './check-file';
import type { FileProblem } from './messages';

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

/** The index of the reports among `paths` (absolute), by path. */
export async function indexReports(paths: readonly string[]): Promise<{ index: ReportIndex; byPath: Map<string, ReportSummary> }> {
  const index = new ReportIndex();
  const byPath = new Map<string, ReportSummary>();
  for (const path of paths) {
    const report = await readReport(path);
    if (typeof report === 'string') continue;
    index.set(report.summary);
    byPath.set(path, report.summary);
  }
  return { index, byPath };
}

/** Gives each task last year's report of its agency, when it is among the tasks. */
export async function attachPreviousYears(tasks: CheckTask[]): Promise<void> {
  const { index, byPath } = await indexReports(tasks.map((t) => t.path));
  for (const task of tasks) {
    const summary = byPath.get(task.path);
    const previous = summary ? index.previousYearOf(summary) : undefined;
    // Options objects are shared between the files of one configuration: copy, never mutate.
    if (previous) task.options = { ...task.options, previous };
  }
}
