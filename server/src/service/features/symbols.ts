/** The outline: parts → sub-headings → statutory tables. */
import type { Part, Range, ReportModel } from '../model';
import type { Lang } from '../diagnostics';
import { partById } from '../schema/format';
import { tableName, pick } from '../i18n';

export interface DocumentSymbol {
  name: string;
  detail: string;
  kind: 'title' | 'part' | 'subheading' | 'table';
  range: Range;
  selectionRange: Range;
  children: DocumentSymbol[];
}

function lineRange(model: ReportModel, line: number): Range {
  return { start: { line, character: 0 }, end: { line, character: (model.lines[line] ?? '').length } };
}

/** The last line before `end` (exclusive) that has text, not before `start`. */
export function lastTextLine(model: ReportModel, start: number, end: number): number {
  let line = Math.min(end, model.lines.length) - 1;
  while (line > start && (model.lines[line] ?? '').trim() === '') line--;
  return Math.max(line, start);
}

function blockRange(model: ReportModel, start: number, end: number): Range {
  const last = lastTextLine(model, start, end);
  return { start: { line: start, character: 0 }, end: { line: last, character: (model.lines[last] ?? '').length } };
}

function within(inner: Range, outer: Range): boolean {
  return inner.start.line >= outer.start.line && inner.end.line <= outer.end.line;
}

function partSymbol(model: ReportModel, part: Part, lang: Lang): DocumentSymbol {
  const def = partById(part.id);
  const start = part.heading ? part.heading.line : part.bodyStartLine;
  const range = blockRange(model, start, Math.max(part.bodyEndLine, start + 1));
  const children: DocumentSymbol[] = part.subheadings.map((sub, i) => {
    const next = part.subheadings[i + 1]?.line ?? part.bodyEndLine;
    return {
      name: model.lines[sub.line]?.trim() || sub.title.text,
      detail: '',
      kind: 'subheading',
      range: blockRange(model, sub.line, Math.max(next, sub.line + 1)),
      selectionRange: sub.range,
      children: [],
    };
  });
  if (part.table) {
    const table = part.table;
    const symbol: DocumentSymbol = {
      name: pick(tableName(table.id), lang),
      detail: lang === 'en' ? def.englishTitle : def.title,
      kind: 'table',
      range: table.range,
      selectionRange: lineRange(model, table.startLine),
      children: [],
    };
    const holder = children.find((c) => within(table.range, c.range));
    if (holder) holder.children.push(symbol);
    else children.push(symbol);
    children.sort((a, b) => a.range.start.line - b.range.start.line);
  }
  return {
    name: part.heading ? (model.lines[part.heading.line]?.trim() ?? def.heading) : def.heading,
    detail: part.titleMatch === 'standard' ? '' : def.heading,
    kind: 'part',
    range,
    selectionRange: part.heading?.range ?? lineRange(model, part.bodyStartLine),
    children,
  };
}

export function documentSymbols(model: ReportModel, lang: Lang): DocumentSymbol[] {
  const symbols: DocumentSymbol[] = [];
  if (model.title) {
    symbols.push({ name: model.title.text, detail: '', kind: 'title', range: model.title.range, selectionRange: model.title.range, children: [] });
  }
  for (const part of model.parts) symbols.push(partSymbol(model, part, lang));
  return symbols;
}
