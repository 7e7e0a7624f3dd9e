/**
 * The server side of two editor commands: a new report from the template, and the
 * conversion of the statutory table at the cursor (any layout) to the canonical
 * Markdown table.
 */
import type { Position, ReportModel } from '../model';
import type { Lang } from '../diagnostics';
import { IMPROVEMENT_SUBHEADINGS, renderParsedTable, renderReportSkeleton, renderTableMarkdown } from '../schema/render';
import { OVERVIEW_TOPICS } from '../schema/format';
import { chineseNumeral } from '../text/normalize';
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

/**
 * What stands under each heading of parts 一 and 五 until the clerk writes it: 请填写 is a
 * placeholder the prose rules know (placeholder-left), and a part holding only these is
 * part-empty, an error — a new report never shows a green check before it is written.
 */
export const TEMPLATE_PLACEHOLDER = '（请填写本项的实际情况）';

/** Headings the template puts a placeholder under: part 一's five topics and part 五's two sub-headings. */
const PLACEHOLDER_HEADINGS: ReadonlySet<string> = new Set([...OVERVIEW_TOPICS.map((topic, i) => `（${chineseNumeral(i + 1)}）${topic.title}`), ...IMPROVEMENT_SUBHEADINGS]);

/**
 * The report skeleton as a clerk starts from it: a placeholder under every heading of prose,
 * and table 三 with the official group rows (三、本年度办理结果, （三）不予公开 …) as the form shows them.
 */
export function reportTemplateText(agency: string, year: number): string {
  const skeleton = renderReportSkeleton({ agency, year }).replace(renderTableMarkdown('three').join('\n'), renderTableMarkdown('three', undefined, { groupRows: true }).join('\n'));
  const lines = skeleton.split('\n');
  for (let i = 0; i + 1 < lines.length; i++) if (PLACEHOLDER_HEADINGS.has(lines[i]!) && lines[i + 1] === '') lines[i + 1] = TEMPLATE_PLACEHOLDER;
  return lines.join('\n');
}

/** A new report: the year it covers defaults to last year, its 落款 to 31 January of this year. */
export function newReportTemplate(params: NewReportTemplateParams, now: Date = new Date()): { text: string } {
  const year = Number.isInteger(params.year) && params.year! >= 1900 && params.year! <= 9998 ? params.year! : defaultReportYear(now);
  const agency = (params.agency ?? '').trim() || '机关名称';
  return { text: reportTemplateText(agency, year) };
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
