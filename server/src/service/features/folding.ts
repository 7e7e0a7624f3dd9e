/** Folding ranges: each part, each sub-section, each statutory table. */
import type { ReportModel } from '../model';
import { lastTextLine } from './symbols';

export interface FoldingRange {
  startLine: number;
  /** Inclusive, as in LSP. */
  endLine: number;
}

export function foldingRanges(model: ReportModel): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const add = (start: number, endExclusive: number): void => {
    const end = lastTextLine(model, start, endExclusive);
    if (end > start) ranges.push({ startLine: start, endLine: end });
  };
  for (const part of model.parts) {
    add(part.heading ? part.heading.line : part.bodyStartLine, part.bodyEndLine);
    part.subheadings.forEach((sub, i) => add(sub.line, part.subheadings[i + 1]?.line ?? part.bodyEndLine));
    if (part.table) add(part.table.startLine, part.table.endLine);
  }
  return ranges.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}
