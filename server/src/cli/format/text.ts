/**
 * Human output: per file a header, then one line per finding as
 * `file:line:col severity code message` (1-based, so terminals and editors can jump there),
 * then a count per rule and the totals. A converted file's finding (Word, web page, PDF) is
 * placed in words instead — `file:第3页 表三“（一）予以公开”行“自然人”列 severity code message` —
 * with the converted text's line and column after the message.
 */
import { describeLocation, ruleMeta, type Lang, type RuleCode, type Severity } from '../../service';
import type { FileResult, OutputDiagnostic } from '../check-file';
import * as msg from '../messages';
import type { Painter } from './color';

export function formatText(results: readonly FileResult[], lang: Lang, paint: Painter, quiet: boolean): string {
  const out: string[] = [];
  const byRule = new Map<RuleCode, { count: number; severity: Severity }>();
  // A file with findings stands apart as a block; one-line files (clean, skipped) run together.
  let blockOpen = false;
  const line = (text: string): void => {
    if (blockOpen) out.push('');
    blockOpen = false;
    out.push(text);
  };
  for (const result of results) {
    if (result.error !== undefined) {
      line(`${paint.bold(result.file)}: ${paint.red(result.error)}`);
      continue;
    }
    if (result.skipped !== undefined) {
      if (!quiet) line(`${paint.bold(result.file)}: ${paint.dim(result.skipped)}`);
      continue;
    }
    const fixedNote = result.fixed ? paint.dim(`（${msg.fixedNote(lang, result.fixed)}）`) : '';
    if (result.diagnostics.length === 0) {
      if (!quiet) line(`${paint.bold(result.file)}: ${paint.dim(msg.cleanLine(lang))}${fixedNote}`);
      continue;
    }
    out.push('', paint.underline(paint.bold(result.file)) + fixedNote);
    blockOpen = true;
    for (const d of result.diagnostics) {
      const { where, after } = findingPlace(result.file, d, lang);
      out.push(`${where} ${severityPaint(paint, d.severity)(msg.severityWord(lang, d.severity))} ${paint.dim(d.code)} ${d.message}${after && paint.dim(after)}`);
      const entry = byRule.get(d.code) ?? { count: 0, severity: d.severity };
      entry.count++;
      if (rank(d.severity) < rank(entry.severity)) entry.severity = d.severity;
      byRule.set(d.code, entry);
    }
  }

  if (byRule.size > 0) {
    out.push('', msg.byRuleHeading(lang));
    const rows = [...byRule].sort((a, b) => rank(a[1].severity) - rank(b[1].severity) || b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1));
    const width = Math.max(...rows.map(([code]) => code.length));
    for (const [code, { count, severity }] of rows) {
      const meta = ruleMeta(code);
      const description = meta ? (lang === 'en' ? meta.description.en : meta.description.zh) : '';
      const label = severityPaint(paint, severity)(msg.severityWord(lang, severity));
      out.push(`  ${code.padEnd(width)}  ${String(count).padStart(4)}  ${label}  ${paint.dim(description)}`.trimEnd());
    }
  }
  const totals = totalsOf(results);
  const summary = msg.summaryLine(lang, totals);
  out.push('', totals.errors + totals.failed > 0 ? paint.red(paint.bold(summary)) : totals.warnings > 0 ? paint.yellow(summary) : summary);
  while (out[0] === '') out.shift();
  return out.join('\n') + '\n';
}

/**
 * Where a finding is, before its severity: `file:line:col`, or for a converted file the place
 * in words (`file:第3页 表三“（一）予以公开”行“自然人”列`) with the converted text's line and
 * column (what `nianbao convert` prints) to put after the message.
 */
export function findingPlace(file: string, d: OutputDiagnostic, lang: Lang): { where: string; after: string } {
  const line = d.range.start.line + 1;
  const column = d.range.start.character + 1;
  const words = d.location ? describeLocation(d.location, lang) : '';
  if (words === '') return { where: `${file}:${line}:${column}`, after: '' };
  return { where: lang === 'en' ? `${file}: ${words}:` : `${file}:${words}`, after: msg.convertedPosition(lang, line, column) };
}

export function totalsOf(results: readonly FileResult[]): msg.Totals {
  const t: msg.Totals = { files: results.length, checked: 0, skipped: 0, failed: 0, errors: 0, warnings: 0, others: 0, fixed: 0 };
  for (const r of results) {
    if (r.error !== undefined) t.failed++;
    else if (r.skipped !== undefined) t.skipped++;
    else t.checked++;
    t.fixed += r.fixed ?? 0;
    for (const d of r.diagnostics) {
      if (d.severity === 'error') t.errors++;
      else if (d.severity === 'warning') t.warnings++;
      else t.others++;
    }
  }
  return t;
}

function rank(severity: Severity): number {
  return { error: 0, warning: 1, information: 2, hint: 3 }[severity];
}

function severityPaint(paint: Painter, severity: Severity): (text: string) => string {
  return severity === 'error' ? paint.red : severity === 'warning' ? paint.yellow : paint.blue;
}
