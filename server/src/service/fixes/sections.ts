/**
 * Fixes of the report's structure: a heading's title set to the standard one, a
 * lost heading written back, a missing part or table inserted (tables rendered by
 * the one canonical renderer, schema/render.ts).
 */
import { partById, type PartId } from '../schema/format';
import { renderTableMarkdown } from '../schema/render';
import type { Heading, LineSpan, ReportModel } from '../model';
import type { Diagnostic } from '../diagnostics';
import { normalizeLabel } from '../text/normalize';
import { minimalReplace, type TextEdit } from './edits';
import { at, dataNumber, insertLines, isBlank, pos, textAt } from './support';
import type { FixProposal } from './types';

function partIdOf(diagnostic: Diagnostic): PartId | null {
  const id = dataNumber(diagnostic, 'part');
  return id !== undefined && Number.isInteger(id) && id >= 1 && id <= 6 ? (id as PartId) : null;
}

/** A heading of the document whose markup (## , **…**, indentation) a new heading copies. */
function headingTemplate(model: ReportModel): Heading | null {
  for (const part of model.parts) if (part.heading && part.heading.range.start.line === part.heading.range.end.line) return part.heading;
  return null;
}

/** The new heading line, written like the document's other headings. */
function headingLine(model: ReportModel, text: string): string {
  const template = headingTemplate(model);
  if (!template) return text;
  const line = model.lines[template.line] ?? '';
  return line.slice(0, template.range.start.character) + text + line.slice(template.range.end.character);
}

/** Whether the document leaves a blank line after its headings. */
function spacedHeadings(model: ReportModel): boolean {
  const template = headingTemplate(model);
  return template ? isBlank(model.lines[template.line + 1]) : false;
}

export function sectionTitleFixes(model: ReportModel, diagnostic: Diagnostic): FixProposal[] {
  const id = partIdOf(diagnostic);
  if (id === null) return [];
  const def = partById(id);
  const part = model.parts.find((p) => p.id === id && (p.heading ? rangeHas(p.heading, diagnostic) : true));
  if (!part) return [];
  // Parts 二–四 are implicit when found by their table: the heading goes right above it.
  if (!part.heading && id !== 1) return [headingBeforeTable(model, id, part.bodyStartLine)];
  if (!part.heading) {
    const before = dataNumber(diagnostic, 'beforeLine') ?? part.subheadings[0]?.line ?? part.bodyStartLine;
    const lines = [headingLine(model, def.heading)];
    if (spacedHeadings(model) && !isBlank(model.lines[before])) lines.push('');
    if (spacedHeadings(model) && before > 0 && !isBlank(model.lines[before - 1])) lines.unshift('');
    return [{ title: { zh: `插入标题“${def.heading}”`, en: `Insert the heading “${def.heading}”` }, edits: [insertLines(model, before, lines)], safe: true }];
  }
  const heading = part.heading;
  const edits: TextEdit[] = [];
  const title = heading.title.range;
  const written = textAt(model, title);
  if (title.start.line === title.end.line && !isAccepted(written, def.title, def.variants)) {
    const edit = minimalReplace(title, written, def.title);
    if (edit) edits.push(edit);
  }
  if (!heading.numeral && title.start.line === title.end.line) edits.push({ range: at(title.start.line, title.start.character), newText: `${def.numeral}、` });
  if (edits.length === 0) return [];
  return [{ title: { zh: `将标题改为“${def.heading}”`, en: `Change the heading to “${def.heading}”` }, edits: mergeSameStart(edits), safe: true }];
}

function isAccepted(written: string, title: string, variants: readonly string[]): boolean {
  const w = normalizeLabel(written);
  return w === normalizeLabel(title) || variants.some((v) => normalizeLabel(v) === w);
}

function rangeHas(heading: Heading, diagnostic: Diagnostic): boolean {
  return heading.line === diagnostic.range.start.line;
}

/** An insert and a replacement that start at one point become one edit (clients reject overlapping edits). */
function mergeSameStart(edits: TextEdit[]): TextEdit[] {
  if (edits.length !== 2) return edits;
  const [replace, insert] = edits as [TextEdit, TextEdit];
  if (replace.range.start.line === insert.range.start.line && replace.range.start.character === insert.range.start.character) {
    return [{ range: replace.range, newText: insert.newText + replace.newText }];
  }
  return edits;
}

function tableLines(id: PartId): string[] {
  const table = partById(id).table;
  return table ? renderTableMarkdown(table) : [];
}

/**
 * The heading alone, right above the part's own table left in the text (its heading deleted or
 * never written; the parser reads the part as implicit, its body starting at the table): blank lines around it as the document's headings have them. When the table
 * already has two blank lines above it, the heading takes the place between them.
 */
function headingBeforeTable(model: ReportModel, id: PartId, tableStart: number): FixProposal {
  const def = partById(id);
  const heading = headingLine(model, def.heading);
  let edit: TextEdit;
  if (!spacedHeadings(model)) edit = insertLines(model, tableStart, [heading]);
  else if (tableStart >= 2 && isBlank(model.lines[tableStart - 1]) && isBlank(model.lines[tableStart - 2])) edit = insertLines(model, tableStart - 1, [heading]);
  else edit = insertLines(model, tableStart, tableStart > 0 && !isBlank(model.lines[tableStart - 1]) ? ['', heading, ''] : [heading, '']);
  return {
    title: { zh: `插入标题“${def.heading}”（置于已有的表格之前）`, en: `Insert the heading “${def.heading}” before its table` },
    edits: [edit],
    // Only a heading, no figure: the clerk's own table becomes the part's.
    safe: true,
  };
}

export function sectionMissingFixes(model: ReportModel, diagnostic: Diagnostic): FixProposal[] {
  const id = partIdOf(diagnostic);
  // A part whose table is in the text is implicit (section-title inserts its heading): here it is truly absent.
  if (id === null || model.parts.some((p) => p.id === id)) return [];
  const def = partById(id);
  const before = dataNumber(diagnostic, 'beforeLine') ?? model.contentEndLine;
  const spaced = spacedHeadings(model);
  const table = tableLines(id);
  const lines = [headingLine(model, def.heading)];
  if (table.length > 0) lines.push('', ...table);
  if ((spaced || table.length > 0) && !isBlank(model.lines[before])) lines.push('');
  if ((spaced || table.length > 0) && before > 0 && !isBlank(model.lines[before - 1])) lines.unshift('');
  const zh = table.length > 0 ? `插入“${def.heading}”及法定表格（数值填 0，请核实）` : `插入标题“${def.heading}”`;
  const en = table.length > 0 ? `Insert “${def.heading}” with its statutory table (zeros, please check)` : `Insert the heading “${def.heading}”`;
  // Not for fix-all: a table of zeros would state figures the clerk never gave.
  return [{ title: { zh, en }, edits: [insertLines(model, before, lines)], safe: false }];
}

export function tableMissingFixes(model: ReportModel, diagnostic: Diagnostic): FixProposal[] {
  const id = partIdOf(diagnostic);
  if (id === null) return [];
  const part = model.parts.find((p) => p.id === id && !p.table);
  if (!part) return [];
  if (part.tableElsewhere) return part.heading ? [moveTableFix(model, part.heading.line, part.tableElsewhere)] : [];
  const table = tableLines(id);
  if (table.length === 0) return [];
  const after = (dataNumber(diagnostic, 'afterLine') ?? part.heading?.line ?? part.bodyStartLine) + 1;
  const lines = ['', ...table];
  if (!isBlank(model.lines[after]) || after >= model.lines.length) lines.push('');
  return [
    {
      title: { zh: '插入法定表格（数值填 0，请核实）', en: 'Insert the statutory table (zeros, please check)' },
      edits: [insertLines(model, after, lines)],
      safe: false,
    },
  ];
}

/**
 * The clerk's own table moved under its part's heading: its lines deleted where they stand and
 * written after the heading, each line as it was. A blank line that the removal would leave
 * doubled goes with it.
 */
function moveTableFix(model: ReportModel, headingLine: number, span: LineSpan): FixProposal {
  const { startLine, endLine } = span;
  const moved = model.lines.slice(startLine, endLine);
  const count = model.lines.length;
  // Written like the document: after the blank line under the heading when it has one, with a
  // blank line before the next text; without blank lines when its headings have none.
  let at = headingLine + 1;
  let lines: string[];
  if (at < count && isBlank(model.lines[at])) {
    at++;
    lines = at < count && !isBlank(model.lines[at]) ? [...moved, ''] : moved;
  } else {
    lines = spacedHeadings(model) ? ['', ...moved, ''] : moved;
  }
  let remove: TextEdit;
  if (endLine < count) {
    const blankAround = startLine > 0 && isBlank(model.lines[startLine - 1]) && isBlank(model.lines[endLine]);
    // With a blank line on each side, one of them goes too: the one after, unless it is the document's end.
    const [from, to] = !blankAround ? [startLine, endLine] : endLine + 1 < count ? [startLine, endLine + 1] : [startLine - 1, endLine];
    remove = { range: { start: pos(from, 0), end: pos(to, 0) }, newText: '' };
  } else {
    // The table ends the document: the line break before it goes, the last line keeps none.
    let from = startLine;
    while (from > headingLine + 1 && isBlank(model.lines[from - 1])) from--;
    remove = { range: { start: pos(from - 1, (model.lines[from - 1] ?? '').length), end: pos(count - 1, (model.lines[count - 1] ?? '').length) }, newText: '' };
  }
  return {
    title: { zh: `把第 ${startLine + 1}–${endLine} 行的表格移到此标题下`, en: `Move the table (lines ${startLine + 1}–${endLine}) under this heading` },
    edits: [insertLines(model, at, lines), remove],
    // Only the clerk's own lines, moved: nothing is added or lost.
    safe: true,
  };
}
