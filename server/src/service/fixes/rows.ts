/** Fixes of a table's rows: a label set to the official wording. */
import type { ReportModel } from '../model';
import type { Diagnostic } from '../diagnostics';
import { minimalReplace, type TextEdit } from './edits';
import { normalizeLabel } from '../text/normalize';
import type { Range } from '../model';
import { findingRow } from './cells';
import { insertLabelEdit } from './layout';
import { dataString, textAt } from './support';
import type { FixProposal } from './types';

export function rowLabelFixes(model: ReportModel, diagnostic: Diagnostic): FixProposal[] {
  const found = findingRow(model, diagnostic);
  const official = dataString(diagnostic, 'official') ?? found?.row.def?.label;
  if (!found || !official) return [];
  const { table, row } = found;
  if (row.label && row.labelStatus !== 'missing') {
    const range = row.label.range;
    const written = textAt(model, range);
    if (range.start.line !== range.end.line || written === official) return [];
    const edit = labelEdit(range, written, official);
    return edit ? [{ title: { zh: `将行标签改为“${official}”`, en: `Change the label to “${official}”` }, edits: [edit], safe: true }] : [];
  }
  const edit = insertLabelEdit(model, table, row, official);
  return edit ? [{ title: { zh: `补上行标签“${official}”`, en: `Restore the label “${official}”` }, edits: [edit], safe: true }] : [];
}

/**
 * The smallest change that makes a label read as the official one: characters that
 * already match after normalisation (（ for (, a space inside a word) are the clerk's
 * and stay; only the differing middle (记 → 计) is replaced.
 */
export function labelEdit(range: Range, written: string, official: string): TextEdit | null {
  const norm = (ch: string) => normalizeLabel(ch);
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < written.length && norm(written[i]!) === '') i++;
    while (j < official.length && norm(official[j]!) === '') j++;
    if (i >= written.length || j >= official.length || norm(written[i]!) !== norm(official[j]!)) break;
    i++;
    j++;
  }
  let wEnd = written.length;
  let oEnd = official.length;
  for (;;) {
    while (wEnd > i && norm(written[wEnd - 1]!) === '') wEnd--;
    while (oEnd > j && norm(official[oEnd - 1]!) === '') oEnd--;
    if (wEnd <= i || oEnd <= j || norm(written[wEnd - 1]!) !== norm(official[oEnd - 1]!)) break;
    wEnd--;
    oEnd--;
  }
  if (i >= wEnd && j >= oEnd) return null;
  // Spaces at the edges of the replaced middle belong to the clerk's layout: keep them outside.
  while (i < wEnd && /\s/.test(written[i]!)) i++;
  while (wEnd > i && /\s/.test(written[wEnd - 1]!)) wEnd--;
  const line = range.start.line;
  const from = range.start.character;
  const candidate = written.slice(0, i) + official.slice(j, oEnd) + written.slice(wEnd);
  // Only keep the clerk's characters when the result really reads as the official label.
  if (normalizeLabel(candidate) !== normalizeLabel(official)) return minimalReplace(range, written, official);
  return { range: { start: { line, character: from + i }, end: { line, character: from + wEnd } }, newText: official.slice(j, oEnd) };
}
