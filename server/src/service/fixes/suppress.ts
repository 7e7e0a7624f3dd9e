/**
 * "Ignore here": an inline directive that silences one finding. Above an ordinary
 * line it is `<!-- nianbao-disable-next-line CODE -->`; inside a table a comment line
 * would split the table, so the table is wrapped in disable … enable instead.
 */
import type { ParsedTable, ReportModel } from '../model';
import type { Diagnostic, RuleCode } from '../diagnostics';
import type { TextEdit } from './edits';
import { at, indentOf, insertLines, isBlank } from './support';

function tableAround(model: ReportModel, line: number): ParsedTable | null {
  for (const part of model.parts) {
    const t = part.table;
    if (t && line >= t.startLine && line < t.endLine) return t;
  }
  return null;
}

/** The disable-next-line directive that already silences `line`, if any (a new one would steal it). */
function directiveFor(model: ReportModel, line: number): number | null {
  for (const d of model.directives) {
    if (d.kind !== 'disable-next-line') continue;
    let target = d.line + 1;
    while (target < model.lines.length && isBlank(model.lines[target])) target++;
    if (target === line) return d.line;
  }
  return null;
}

export function suppressEdits(model: ReportModel, diagnostic: Diagnostic): { edits: TextEdit[]; scope: 'line' | 'table' | 'file' } {
  const code: RuleCode = diagnostic.code;
  const line = Math.min(diagnostic.range.start.line, Math.max(0, model.lines.length - 1));
  const table = tableAround(model, line);
  if (table) {
    let last = table.endLine;
    while (last > table.startLine + 1 && isBlank(model.lines[last - 1])) last--;
    const indent = indentOf(model.lines[table.startLine] ?? '');
    return {
      edits: [insertLines(model, table.startLine, [`${indent}<!-- nianbao-disable ${code} -->`]), insertLines(model, last, [`${indent}<!-- nianbao-enable ${code} -->`])],
      scope: 'table',
    };
  }
  if (isBlank(model.lines[line])) {
    // A finding about the whole report (a missing part) stands on a blank line whose
    // position moves with any edit: ignore it for the whole file, from the first line.
    return { edits: [insertLines(model, 0, [`<!-- nianbao-disable ${code} -->`])], scope: 'file' };
  }
  const existing = directiveFor(model, line);
  if (existing !== null) {
    const text = model.lines[existing] ?? '';
    const close = text.lastIndexOf('-->');
    if (close >= 0) {
      let insertAt = close;
      while (insertAt > 0 && text.charAt(insertAt - 1) === ' ') insertAt--;
      return { edits: [{ range: at(existing, insertAt), newText: ` ${code}` }], scope: 'line' };
    }
  }
  const indent = indentOf(model.lines[line] ?? '');
  return { edits: [insertLines(model, line, [`${indent}<!-- nianbao-disable-next-line ${code} -->`])], scope: 'line' };
}
