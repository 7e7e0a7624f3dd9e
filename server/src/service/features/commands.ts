/**
 * The server side of two editor commands: a new report from the template, and the
 * conversion of the statutory table at the cursor (any layout) to the canonical
 * Markdown table.
 */
import type { Position, ReportModel } from '../model';
import type { Lang } from '../diagnostics';
import { renderParsedTable, renderReportSkeleton } from '../schema/render';
import { tableAtLine } from './locate';
import type { TextEdit } from './formatting';

export interface NewReportTemplateParams {
  year?: number;
  agency?: string;
}

/** The report year a template defaults to: reports are written early in the following year. */
export function defaultReportYear(now: Date): number {
  return now.getFullYear() - 1;
}

export function newReportTemplate(params: NewReportTemplateParams, now: Date = new Date()): { text: string } {
  const year = Number.isInteger(params.year) && params.year! >= 1900 && params.year! <= 9998 ? params.year! : defaultReportYear(now);
  const agency = (params.agency ?? '').trim() || '机关名称';
  return { text: renderReportSkeleton({ agency, year }) };
}

export type ConvertTableResult = { edits: TextEdit[] } | { error: string };

/**
 * Rewrites the statutory table at `position` (or the table of the part whose heading
 * is there) in the canonical layout, keeping every value. One edit replaces the
 * table's lines; the rest of the document is untouched.
 */
export function convertTable(model: ReportModel, position: Position, lang: Lang): ConvertTableResult {
  let table = tableAtLine(model, position.line);
  if (!table) table = model.parts.find((p) => p.heading?.line === position.line)?.table ?? null;
  if (!table) {
    return { error: lang === 'en' ? 'The cursor is not in a statutory table (table 2, 3 or 4).' : '光标不在法定表格（表二、表三、表四）内。' };
  }
  const last = table.endLine - 1;
  const newText = renderParsedTable(table).join(model.eol);
  const range = { start: { line: table.startLine, character: 0 }, end: { line: last, character: (model.lines[last] ?? '').length } };
  const old = model.lines.slice(table.startLine, table.endLine).join(model.eol);
  return { edits: old === newText ? [] : [{ range, newText }] };
}
