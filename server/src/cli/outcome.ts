/**
 * A checked file as the main thread needs it, shaped in the thread that checked it:
 * --quiet applied, and for --format json the file's entry already serialised, so that
 * worker threads do the serialising in parallel and only a string crosses to the main
 * thread instead of a large object to clone and then stringify there.
 */
import type { ReportSummary } from '../service';
import type { CheckedReport, FileResult, OutputDiagnostic, ReportKey } from './check-file';
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
  /** The report's agency and year, by which another year's report finds it (reports with both known only). */
  key?: ReportKey;
  /** With `summaryOnly`: what another year's report is checked against. */
  summary?: ReportSummary;
}

export function outcomeOf(index: number, checked: CheckedReport, presentation: Presentation): FileOutcome {
  const full = checked.result;
  const diagnostics = presentation.quiet ? full.diagnostics.filter((d) => d.severity === 'error') : full.diagnostics;
  const counts: SeverityCounts = { errors: 0, warnings: 0, others: 0 };
  for (const d of diagnostics) {
    if (d.severity === 'error') counts.errors++;
    else if (d.severity === 'warning') counts.warnings++;
    else counts.others++;
  }
  const outcome: FileOutcome = { index, result: shownResult(full, presentation.json ? [] : diagnostics), counts };
  // With --format json the diagnostics travel as JSON only; the result keeps what the main thread prints.
  if (presentation.json) outcome.json = entryJson(full, diagnostics);
  if (full.internalErrors) outcome.internalErrors = full.internalErrors;
  if (checked.key) outcome.key = checked.key;
  if (checked.summary) outcome.summary = checked.summary;
  return outcome;
}

/** The result as the output shows it: RULES.md's fields and the additive ones, in this order, without internal errors. */
function shownResult(result: FileResult, diagnostics: OutputDiagnostic[]): FileResult {
  const shown: FileResult = { file: result.file, year: result.year, diagnostics };
  if (result.error !== undefined) shown.error = result.error;
  if (result.skipped !== undefined) shown.skipped = result.skipped;
  if (result.reason !== undefined) shown.reason = result.reason;
  if (result.fixed !== undefined) shown.fixed = result.fixed;
  return shown;
}

/**
 * The file's entry exactly as `JSON.stringify(entries, null, 2)` writes it inside the output
 * array, fields in shownResult's order. Written here rather than by the engine's indenting
 * serialiser, which took three times as long, for every file of a batch; only the strings
 * go through JSON.stringify (for their escaping).
 */
export function entryJson(result: FileResult, diagnostics: readonly OutputDiagnostic[]): string {
  let out = `{\n    "file": ${JSON.stringify(result.file)},\n    "year": ${result.year === null ? 'null' : String(result.year)},\n    "diagnostics": `;
  if (diagnostics.length === 0) out += '[]';
  else {
    out += '[\n      ';
    for (let i = 0; i < diagnostics.length; i++) {
      if (i > 0) out += ',\n      ';
      out += diagnosticJson(diagnostics[i]!);
    }
    out += '\n    ]';
  }
  if (result.error !== undefined) out += `,\n    "error": ${JSON.stringify(result.error)}`;
  if (result.skipped !== undefined) out += `,\n    "skipped": ${JSON.stringify(result.skipped)}`;
  if (result.reason !== undefined) out += `,\n    "reason": ${JSON.stringify(result.reason)}`;
  if (result.fixed !== undefined) out += `,\n    "fixed": ${String(result.fixed)}`;
  return out + '\n  }';
}

function diagnosticJson(d: OutputDiagnostic): string {
  const { start, end } = d.range;
  return (
    `{\n        "code": ${JSON.stringify(d.code)},\n        "severity": ${JSON.stringify(d.severity)},\n        "message": ${JSON.stringify(d.message)},` +
    `\n        "range": {\n          "start": {\n            "line": ${String(start.line)},\n            "character": ${String(start.character)}\n          },` +
    `\n          "end": {\n            "line": ${String(end.line)},\n            "character": ${String(end.character)}\n          }\n        },` +
    `\n        "fixable": ${d.fixable ? 'true' : 'false'}` +
    // A converted file's finding in words: few fields, rare files; the engine's indenting serialiser is fast enough.
    (d.location === undefined ? '' : `,\n        "location": ${JSON.stringify(d.location, null, 2).replace(/\n/g, '\n        ')}`) +
    `\n      }`
  );
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
