/**
 * A checked file as the main thread needs it, shaped in the thread that checked it:
 * --quiet applied, and for --format json the file's entry already serialised, so that
 * worker threads do the serialising in parallel and only a string crosses to the main
 * thread instead of a large object to clone and then stringify there.
 */
import type { ReportSummary } from '../service/workspace/index';
import type { CheckedReport, FileResult } from './check-file';
import type { Totals } from './messages';

/** How the output is wanted: the same for every file of a run. */
export interface Presentation {
  /** --quiet: only errors are kept. */
  quiet: boolean;
  /** --format json: each entry is serialised where it was checked. */
  json: boolean;
}

export interface SeverityCounts {
  errors: number;
  warnings: number;
  others: number;
}

export interface FileOutcome {
  /** The task's index. */
  index: number;
  /** The file's result; with `json` its diagnostics are left out (`json` and `counts` carry them). */
  result: FileResult;
  counts: SeverityCounts;
  /** The file's entry of the JSON array, indented as `JSON.stringify(all, null, 2)` indents it. */
  json?: string;
  /** Rules that crashed on this file (a bug to report): printed on stderr, never in the output. */
  internalErrors?: string[];
  /** What another year's report is checked against (reports with a known agency and year only). */
  summary?: ReportSummary;
}

export function outcomeOf(index: number, checked: CheckedReport, presentation: Presentation): FileOutcome {
  const { internalErrors, ...shown } = checked.result;
  if (presentation.quiet) shown.diagnostics = shown.diagnostics.filter((d) => d.severity === 'error');
  const counts: SeverityCounts = { errors: 0, warnings: 0, others: 0 };
  for (const d of shown.diagnostics) {
    if (d.severity === 'error') counts.errors++;
    else if (d.severity === 'warning') counts.warnings++;
    else counts.others++;
  }
  const outcome: FileOutcome = { index, result: shown, counts };
  if (presentation.json) {
    // Serialised as the only element of an array, the entry comes out indented exactly as it is
    // nested in the whole output: drop the "[\n  " before it and the "\n]" after it.
    const inArray = JSON.stringify([shown], null, 2);
    outcome.json = inArray.slice(4, inArray.length - 2);
    outcome.result = { ...shown, diagnostics: [] };
  }
  if (internalErrors) outcome.internalErrors = internalErrors;
  if (checked.summary) outcome.summary = checked.summary;
  return outcome;
}

/** `--format json`'s output: exactly `JSON.stringify(entries, null, 2)` and a line break. */
export function renderJson(outcomes: readonly FileOutcome[]): string {
  if (outcomes.length === 0) return '[]\n';
  return `[\n  ${outcomes.map((o) => o.json ?? '').join(',\n  ')}\n]\n`;
}

export function totalsOfOutcomes(outcomes: readonly FileOutcome[]): Totals {
  const t: Totals = { files: outcomes.length, checked: 0, skipped: 0, failed: 0, errors: 0, warnings: 0, others: 0, fixed: 0 };
  for (const { result, counts } of outcomes) {
    if (result.error !== undefined) t.failed++;
    else if (result.skipped !== undefined) t.skipped++;
    else t.checked++;
    t.fixed += result.fixed ?? 0;
    t.errors += counts.errors;
    t.warnings += counts.warnings;
    t.others += counts.others;
  }
  return t;
}
