/**
 * Checking one file: read, decode or convert, recognise, fix (when asked), analyse.
 * Runs the same in the main thread and in worker threads; never throws for a bad file —
 * every problem with the file itself becomes a `FileResult` of its own.
 */
import { readFileSync, renameSync, statSync, writeFileSync, chmodSync, unlinkSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import { analyze, detectedByModel, fixAll, locateFinding, parseReport, reportKeyOf, sizeLimitOf, summarize, tablesNotFound, type AnalyzeOptions, type FindingLocation, type Lang, type Range, type ReportSummary, type RuleCode, type Severity } from '../service';
import { documentPictures, inputKindOf, inputToText, MAX_INPUT_BYTES } from '../convert/index';
import { fileProblem, type FileProblem } from './messages';
import { reportDecision } from './report-detection';

export interface CheckTask {
  /** Position in the output. */
  index: number;
  /** Absolute path to read (and to write fixes to). */
  path: string;
  /** The name the output uses. */
  display: string;
  options: AnalyzeOptions;
  fix: boolean;
  /**
   * Fixes already written into the file by an earlier pass: the file is checked as it
   * now is and the result reports this count (the cross-file pass re-checks fixed files).
   */
  fixedBefore?: number;
  /**
   * Only summarise the report, for another year's report that is checked against it
   * (previous-years.ts): parsed, not checked, nothing written.
   */
  summaryOnly?: boolean;
}

/** RULES.md's diagnostic, exactly these fields, and for a converted file (Word, web page, PDF) where it is in words. */
export interface OutputDiagnostic {
  code: RuleCode;
  severity: Severity;
  message: string;
  range: Range;
  fixable: boolean;
  /** Converted files only: line and column of the converted text mean nothing in the original. */
  location?: FindingLocation;
}

/**
 * RULES.md's file entry. `error` (the file could not be read: exit 2) and `skipped` (readable
 * but empty, binary, or not a report) are additive fields, each with `reason` as a stable key.
 */
export interface FileResult {
  file: string;
  year: number | null;
  diagnostics: OutputDiagnostic[];
  error?: string;
  skipped?: string;
  reason?: FileProblem;
  /** With --fix: the number of fixes written into the file. */
  fixed?: number;
  /** Rules that crashed on this file (a bug to report): printed on stderr, never in the output. */
  internalErrors?: string[];
}

/**
 * A checked file and, when it is a report of a known agency and year, that agency and
 * year: what another year's report finds it by. With `summaryOnly`, the report's summary
 * instead (its `uri` left empty: the caller knows the file).
 */
export interface CheckedReport {
  result: FileResult;
  key?: ReportKey;
  summary?: ReportSummary;
}

export interface ReportKey {
  agencyKey: string;
  year: number;
}

/**
 * checkFile, with any exception it throws (a bug, or an input no check foresaw) made the
 * file's own `error` entry: one file never ends a batch. What the pool and workers call.
 */
export async function checkFileSafely(task: CheckTask): Promise<CheckedReport> {
  try {
    return await checkFile(task);
  } catch (error) {
    return failedCheck(task, error);
  }
}

/** The entry of a file whose check failed inside nianbao (exception, or a worker that died on it). */
export function failedCheck(task: CheckTask, error: unknown): CheckedReport {
  const lang: Lang = task.options.lang ?? 'zh';
  const detail = error instanceof Error ? error.message : String(error);
  return { result: { file: task.display, year: null, diagnostics: [], error: fileProblem(lang, 'internal-error', detail), reason: 'internal-error' } };
}

export async function checkFile(task: CheckTask): Promise<CheckedReport> {
  const lang: Lang = task.options.lang ?? 'zh';
  const base = { file: task.display, year: null, diagnostics: [] };
  const kind = inputKindOf(task.path);
  if (kind === null) return { result: { ...base, skipped: fileProblem(lang, 'unsupported'), reason: 'unsupported' } };

  let bytes: Uint8Array;
  try {
    // A file far larger than any report is refused before it is read into memory.
    if (statSync(task.path).size > MAX_INPUT_BYTES) {
      const reason = kind === 'pdf' ? 'pdf-too-large' : 'too-large';
      return { result: { ...base, skipped: fileProblem(lang, reason), reason } };
    }
    bytes = readFileSync(task.path);
  } catch (error) {
    return { result: { ...base, error: fileProblem(lang, 'unreadable', errnoText(error)), reason: 'unreadable' } };
  }
  const input = await inputToText(kind, bytes);
  if (!input.ok) return { result: { ...base, skipped: fileProblem(lang, input.reason, input.reason === 'convert-failed' ? input.detail : undefined), reason: input.reason } };

  let text = input.text;
  if (task.summaryOnly) {
    // The first run found this file a report; it is read again only for its figures.
    if (text.length > sizeLimitOf(task.options)) return { result: base };
    return { result: base, summary: summarize('', parseReport(text)) };
  }
  const notReport = (): CheckedReport | null => {
    const decision = reportDecision(task.path, text, lang);
    return decision.isReport ? null : { result: { ...base, skipped: decision.skipped, reason: 'not-report' } };
  };
  // Nothing is written into a file before it is known to be a report.
  if (task.fix) {
    const skipped = notReport();
    if (skipped) return skipped;
  }

  let fixed: number | undefined = task.fixedBefore;
  // Only UTF-8 text files are rewritten: anything else would change the file's encoding or format.
  if (task.fix && kind === 'text' && (input.encoding === 'utf-8' || input.encoding === 'utf-8-bom')) {
    const result = fixAll(text, task.options);
    fixed = 0;
    if (result.applied > 0 && result.text !== text) {
      try {
        writeAtomically(task.path, (input.encoding === 'utf-8-bom' ? '\ufeff' : '') + result.text);
        text = result.text;
        fixed = result.applied;
      } catch (error) {
        return { result: { ...base, error: fileProblem(lang, 'unreadable', errnoText(error)), reason: 'unreadable' } };
      }
    }
  }

  let { model, diagnostics, ruleErrors } = analyze(text, task.options);
  // A Word file or PDF whose statutory table is not in its text may show it as a picture (a
  // screenshot pasted into the document): its pictures are looked for only then (for a PDF, a
  // second pass that decodes them), and the rules say "a picture, not checked" instead of
  // "missing" for a part with one.
  if (tablesNotFound(model)) {
    const pictures = await documentPictures(input, bytes);
    if (pictures && pictures.length > 0) ({ model, diagnostics, ruleErrors } = analyze(text, { ...task.options, pictures }));
  }
  // Without --fix the file is analysed first: nearly every file is a report, and the parse
  // usually proves it without detectReport scanning the text again.
  if (!task.fix && !detectedByModel(text, model)) {
    const skipped = notReport();
    if (skipped) return skipped;
  }
  // Only a converted file needs its findings placed in words: a text file's line:column is what the clerk sees.
  const converted = kind !== 'text';
  const out: OutputDiagnostic[] = diagnostics.map((d) => ({
    code: d.code,
    severity: d.severity,
    message: d.message,
    range: d.range,
    fixable: d.fixable,
    ...(converted ? { location: locateFinding(model, d.range, input.pages) } : {}),
  }));
  out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  const result: FileResult = {
    file: task.display,
    year: model.year?.value ?? null,
    diagnostics: out,
    ...(fixed !== undefined ? { fixed } : {}),
    ...(ruleErrors.length > 0 ? { internalErrors: ruleErrors.map((e) => `${e.code}: ${e.message}`) } : {}),
  };
  // A document over the size limit was not parsed: it has no figures to compare with.
  if (model.lines.length === 0) return { result };
  // Only the key: the figures are summarised later for the few reports another one is
  // compared with, instead of for every file (previous-years.ts).
  const { agencyKey, year } = reportKeyOf(model);
  return agencyKey !== null && year !== null ? { result, key: { agencyKey, year } } : { result };
}

/** Write beside the file, then rename over it: a crash never leaves half a report. */
function writeAtomically(path: string, text: string): void {
  const temp = join(dirname(path), `.${basename(path)}.nianbao-${process.pid}.tmp`);
  const mode = statSync(path).mode;
  try {
    writeFileSync(temp, text, 'utf8');
    chmodSync(temp, mode & 0o7777);
    renameSync(temp, path);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // the temporary file may not exist; the original is untouched either way
    }
    throw error;
  }
}

function errnoText(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
}
