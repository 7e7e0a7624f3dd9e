/**
 * What the fixes of the report's structure share (section-title, section-missing, table-missing):
 * a part id read from a finding, a new heading written like the document's own headings, and a
 * part's statutory table rendered by the one canonical renderer (schema/render.ts).
 */
import { partById, type PartId } from '../schema/format';
import { renderTableMarkdown } from '../schema/render';
import type { Heading, ReportModel } from '../model';
import { isBlank } from './support';

/** A finding's part number as a part id, or null when it names no part. */
export function partIdOf(part: number): PartId | null {
  return Number.isInteger(part) && part >= 1 && part <= 6 ? (part as PartId) : null;
}

/** A heading of the document whose markup (## , **…**, indentation) a new heading copies. */
function headingTemplate(model: ReportModel): Heading | null {
  for (const part of model.parts) if (part.heading && part.heading.range.start.line === part.heading.range.end.line) return part.heading;
  return null;
}

/** The new heading line, written like the document's other headings. */
export function headingLine(model: ReportModel, text: string): string {
  const template = headingTemplate(model);
  if (!template) return text;
  const line = model.lines[template.line] ?? '';
  return line.slice(0, template.range.start.character) + text + line.slice(template.range.end.character);
}

/** Whether the document leaves a blank line after its headings. */
export function spacedHeadings(model: ReportModel): boolean {
  const template = headingTemplate(model);
  return template ? isBlank(model.lines[template.line + 1]) : false;
}

/** A part's statutory table as markdown lines with zeros (none for the parts of prose). */
export function tableLines(id: PartId): string[] {
  const table = partById(id).table;
  return table ? renderTableMarkdown(table) : [];
}
