/**
 * Cross-file checking: every report among the files is summarised into a ReportIndex,
 * so that each one is checked against last year's report of the same agency
 * (carryover-mismatch, inforce-mismatch) when that report is among the files given.
 */
import { readFile, stat } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { inputKindOf, inputToText, MAX_INPUT_BYTES } from '../convert/index';
import { parseReport, ReportIndex, summarize, type ReportModel, type ReportSummary } from '../service';
import type { CheckTask } from './check-file';
import type { FileProblem } from './messages';
import type { FileOutcome } from './outcome';
import { reportDecision } from './report-detection';
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
    // As check does: a file far larger than any report is refused before it is read into memory.
    if ((await stat(path)).size > MAX_INPUT_BYTES) return kind === 'pdf' ? 'pdf-too-large' : 'too-large';
    bytes = await readFile(path);
  } catch {
    return 'unreadable';
  }
  const input = await inputToText(kind, bytes);
  if (!input.ok) return input.reason;
  // As check decides: a file named as a report is one whatever its content.
  if (!reportDecision(path, input.text, 'zh').isReport) return 'not-report';
  const model = parseReport(input.text);
  return { path, text: input.text, model, summary: summarize(pathToFileURL(path).href, model) };
}

/** A report among the files, indexed by its absolute path (as `uri`) and the position of its task. */
interface KeyEntry {
  uri: string;
  agencyKey: string;
  year: number;
  position: number;
}

/**
 * Checks the files, each against last year's report of its agency when that is among
 * them. The first run checks every file and brings back each report's agency and year;
 * then only the last year's reports that some report is compared with are read again for
 * their figures (a parse, no check), and the reports that have one are checked again
 * against it. Most batches hold no two years of one agency: they cost no more than the
 * first run.
 */
export async function checkAcrossYears(
  tasks: readonly CheckTask[],
  run: (tasks: readonly CheckTask[]) => Promise<FileOutcome[]>,
): Promise<FileOutcome[]> {
  const outcomes = await run(tasks);
  const index = new ReportIndex<KeyEntry>();
  const entries: (KeyEntry | undefined)[] = outcomes.map((outcome, position) => {
    if (!outcome.key) return undefined;
    const entry = { uri: tasks[position]!.path, agencyKey: outcome.key.agencyKey, year: outcome.key.year, position };
    index.set(entry);
    return entry;
  });
  const pairs: { position: number; previous: KeyEntry }[] = [];
  for (const entry of entries) {
    const previous = entry ? index.previousYearOf(entry) : undefined;
    if (entry && previous) pairs.push({ position: entry.position, previous });
  }
  mark(`first run done; ${pairs.length} reports to check against last year's`);
  if (pairs.length === 0) return outcomes;

  // Last year's reports, each summarised once however many reports read it.
  const wanted = [...new Set(pairs.map((p) => p.previous.position))];
  const summarised = await run(wanted.map((position) => ({ ...tasks[position]!, fix: false, summaryOnly: true })));
  const summaries = new Map<number, ReportSummary>();
  for (const [i, outcome] of summarised.entries()) {
    const position = wanted[i]!;
    if (outcome.summary) summaries.set(position, { ...outcome.summary, uri: pathToFileURL(tasks[position]!.path).href });
  }

  const again: CheckTask[] = [];
  const positions: number[] = [];
  for (const { position, previous } of pairs) {
    const summary = summaries.get(previous.position);
    if (!summary) continue;
    const task = tasks[position]!;
    // Options objects are shared between the files of one configuration: copy, never mutate.
    // Fixes were written by the first run: the file is checked as it now is, with their count.
    again.push({ ...task, options: { ...task.options, previous: summary }, fix: false, fixedBefore: outcomes[position]!.result.fixed });
    positions.push(position);
  }
  const rechecked = await run(again);
  for (const [i, outcome] of rechecked.entries()) outcomes[positions[i]!] = outcome;
  return outcomes;
}
