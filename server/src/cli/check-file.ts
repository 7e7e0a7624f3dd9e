/**
 * Checking one file: read, decode or convert, recognise, fix (when asked), analyse.
 * Runs the same in the main thread and in worker threads; never throws for a bad file —
 * every problem with the file itself becomes a `FileResult` of its own.
 */
import { readFileSync, renameSync, statSync, writeFileSync, chmodSync, unlinkSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import { analyze } from '../service/analyze';
import { inputKindOf, inputToText } from '../service/convert/index';
import type { AnalyzeOptions, Lang, RuleCode, Severity } from '../service/diagnostics';
import type { Range } from '../service/model';
import { fixAll } from '../service/fixes/index';
import { detectReport } from '../service/parser/index';
import { fileProblem, type FileProblem } from './messages';

export interface CheckTask {
  /** Position in the output. */
  index: number;
  /** Absolute path to read (and to write fixes to). */
  path: string;
  /** The name the output uses. */
  display: string;
  options: AnalyzeOptions;
  fix: boolean;
}

/** RULES.md's diagnostic, exactly these fields. */
export interface OutputDiagnostic {
  code: RuleCode;
  severity: Severity;
  message: string;
  range: Range;
  fixable: boolean;
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

export async function checkFile(task: CheckTask): Promise<FileResult> {
  const lang: Lang = task.options.lang ?? 'zh';
  const base = { file: task.display, year: null, diagnostics: [] };
  const kind = inputKindOf(task.path);
  if (kind === null) return { ...base, skipped: fileProblem(lang, 'unsupported'), reason: 'unsupported' };

  let bytes: Uint8Array;
  try {
    bytes = readFileSync(task.path);
  } catch (error) {
    return { ...base, error: fileProblem(lang, 'unreadable', errnoText(error)), reason: 'unreadable' };
  }
  const input = await inputToText(kind, bytes);
  if (!input.ok) return { ...base, skipped: fileProblem(lang, input.reason), reason: input.reason };

  let text = input.text;
  const detection = detectReport(text);
  if (!detection.isReport) {
    return { ...base, skipped: fileProblem(lang, 'not-report', lang === 'en' ? detection.reason.en : detection.reason.zh), reason: 'not-report' };
  }

  let fixed: number | undefined;
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
        return { ...base, error: fileProblem(lang, 'unreadable', errnoText(error)), reason: 'unreadable' };
      }
    }
  }

  const { model, diagnostics, ruleErrors } = analyze(text, task.options);
  const out: OutputDiagnostic[] = diagnostics.map((d) => ({
    code: d.code,
    severity: d.severity,
    message: d.message,
    range: d.range,
    fixable: d.fixable,
  }));
  out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return {
    file: task.display,
    year: model.year?.value ?? null,
    diagnostics: out,
    ...(fixed !== undefined ? { fixed } : {}),
    ...(ruleErrors.length > 0 ? { internalErrors: ruleErrors.map((e) => `${e.code}: ${e.message}`) } : {}),
  };
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
