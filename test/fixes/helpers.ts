/**
 * Test helpers for fixes: analysing, applying fixes, and mutating real reports
 * (the seeds and the canonical skeleton) into defective ones in their own layout.
 */
import { analyze } from '../../server/src/service/analyze';
import type { Diagnostic } from '../../server/src/service/diagnostics';
import type { ParsedTable, ReportModel, TableRow } from '../../server/src/service/model';
import { applyEdits, type TextEdit } from '../../server/src/service/fixes/index';
import { lineStarts, offsetAt } from '../../server/src/service/fixes/edits';
import { renderReportSkeleton } from '../../server/src/service/schema/render';
import { readSeed } from '../helpers/seeds';

export const SEEDS = [0, 1, 2, 3, 4] as const;

export function seed(n: number): string {
  return readSeed(n);
}

/** The clean canonical report (every table in the canonical Markdown layout). */
export function canonical(): string {
  return renderReportSkeleton({ agency: '某某市某某局', year: 2024 });
}

export function diagnosticsOf(text: string): Diagnostic[] {
  return analyze(text).diagnostics;
}

export function modelOf(text: string): ReportModel {
  return analyze(text).model;
}

/** A finding's identity that survives inserted lines: its code and message. */
export function keyOf(d: Diagnostic): string {
  return `${d.code}|${d.message}`;
}

export function table(model: ReportModel, id: 'two' | 'three' | 'four'): ParsedTable {
  const t = model.parts.find((p) => p.table?.id === id)?.table;
  if (!t) throw new Error(`no table ${id}`);
  return t;
}

export function row(model: ReportModel, id: 'two' | 'three' | 'four', key: string): TableRow {
  const r = table(model, id).rows.find((x) => x.def?.key === key);
  if (!r) throw new Error(`no row ${key}`);
  return r;
}

/** Replaces the text of one cell. */
export function setCell(text: string, id: 'two' | 'three' | 'four', key: string, column: number, value: string): string {
  const model = modelOf(text);
  const cell = row(model, id, key).cells[column];
  if (!cell) throw new Error(`no cell ${key}[${column}]`);
  return applyEdits(text, [{ range: cell.range, newText: value }]);
}

/** Deletes a row with the separator lines after it (as a clerk deleting it would). */
export function deleteRow(text: string, id: 'two' | 'three' | 'four', key: string): string {
  const model = modelOf(text);
  const t = table(model, id);
  const r = row(model, id, key);
  const rows = [...t.rows].sort((a, b) => a.startLine - b.startLine);
  const next = rows[rows.indexOf(r) + 1];
  const between = next ? model.lines.slice(r.endLine, next.startLine) : [];
  let end = next && between.every((l) => /^[\s|]*$/.test(l)) ? next.startLine : r.endLine;
  // A row between separators (|| or blank lines) takes one run of them along, so one run remains.
  if (end === r.endLine && /^[\s|]*$/.test(model.lines[r.startLine - 1] ?? 'x')) {
    while (end < t.endLine && /^[\s|]*$/.test(model.lines[end]!)) end++;
  }
  return applyEdits(text, [{ range: { start: { line: r.startLine, character: 0 }, end: { line: end, character: 0 } }, newText: '' }]);
}

/** Removes a row's label as copying from a web page does (the cell goes, the values stay). */
export function blankLabel(text: string, id: 'two' | 'three' | 'four', key: string): string {
  const model = modelOf(text);
  const t = table(model, id);
  const r = row(model, id, key);
  const label = r.label!;
  const line = model.lines[label.range.start.line]!;
  if (t.layout === 'cellPerLine') {
    let end = label.range.start.line + 1;
    while (end < r.endLine && model.lines[end]!.trim() === '') end++;
    return applyEdits(text, [{ range: { start: { line: label.range.start.line, character: 0 }, end: { line: end, character: 0 } }, newText: '' }]);
  }
  if (t.layout === 'pipe') {
    const after = /^\s*\|\s*/.exec(line.slice(label.range.end.character))?.[0].length ?? 0;
    return applyEdits(text, [{ range: { start: label.range.start, end: { line: label.range.end.line, character: label.range.end.character + after } }, newText: '' }]);
  }
  return applyEdits(text, [{ range: label.range, newText: '' }]);
}

/** Replaces the first occurrence of `from` after the start of line `fromLine`. */
export function replaceFirst(text: string, from: string, to: string, fromLine = 0): string {
  const starts = lineStarts(text);
  const base = offsetAt(text, starts, { line: fromLine, character: 0 });
  const at = text.indexOf(from, base);
  if (at < 0) throw new Error(`"${from}" not found`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/**
 * Checks that `result` is `original` with `edits` applied and nothing else: every
 * character outside the edited ranges is unchanged (checked gap by gap). Returns a
 * description of the first difference, or '' when there is none.
 */
export function outsideEditsChange(original: string, edits: readonly TextEdit[], result: string): string {
  const starts = lineStarts(original);
  const spans = edits
    .map((e, order) => ({ start: offsetAt(original, starts, e.range.start), end: offsetAt(original, starts, e.range.end), text: e.newText, order }))
    .sort((a, b) => a.start - b.start || a.end - b.end || a.order - b.order);
  let cursorOriginal = 0;
  let cursorResult = 0;
  for (const s of spans) {
    if (s.start < cursorOriginal) return `edits overlap at offset ${s.start}`;
    const gap = original.slice(cursorOriginal, s.start);
    if (result.slice(cursorResult, cursorResult + gap.length) !== gap) return `text before offset ${s.start} changed`;
    cursorResult += gap.length;
    if (result.slice(cursorResult, cursorResult + s.text.length) !== s.text) return `edit at offset ${s.start} not applied as given`;
    cursorResult += s.text.length;
    cursorOriginal = s.end;
  }
  if (result.slice(cursorResult) !== original.slice(cursorOriginal)) return 'text after the last edit changed';
  return '';
}

/** The figures of a table by row key, as written. */
export function cellValues(t: ParsedTable): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const r of t.rows) if (r.def && !out[r.def.key]) out[r.def.key] = r.cells.map((c) => c.raw);
  return out;
}

/** Deletes the heading line of a part (as a clerk deleting it would), keeping its table where it was. */
export function dropHeading(text: string, part: number): string {
  const heading = modelOf(text).parts.find((p) => p.id === part)?.heading;
  if (!heading) throw new Error(`no heading of part ${part}`);
  return applyEdits(text, [{ range: { start: { line: heading.line, character: 0 }, end: { line: heading.line + 1, character: 0 } }, newText: '' }]);
}

/**
 * The lines of a part's table (as the parser spans it) moved away from the part: to the end of
 * the report proper (after the 落款) or to the end of part 五 (before the heading of part 六).
 */
export function moveTable(text: string, part: number, to: 'end' | 'beforePart6'): string {
  const model = modelOf(text);
  const table = model.parts.find((p) => p.id === part)?.table;
  if (!table) throw new Error(`no table in part ${part}`);
  const block = model.lines.slice(table.startLine, table.endLine);
  const rest = [...model.lines.slice(0, table.startLine), ...model.lines.slice(table.endLine)];
  if (to === 'end') {
    // After the report proper (after the 落款, before any page furniture of a web page).
    const end = model.contentEndLine - block.length;
    rest.splice(end, 0, '', ...block);
  } else {
    const six = model.parts.find((p) => p.id === 6)?.heading;
    if (!six || six.line < table.endLine) throw new Error('no heading of part 六 after the table');
    rest.splice(six.line - block.length, 0, ...block, '');
  }
  return rest.join(model.eol);
}
