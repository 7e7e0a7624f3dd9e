/**
 * Code lenses above tables 三 and 四 (whether their sums hold) and inlay hints with
 * the computed value beside each wrong total.
 */
import type { Position, Range, ReportModel } from '../model';
import type { Lang } from '../diagnostics';
import { tableName, pick } from '../i18n';
import { evaluateSums } from '../sums';

export interface CodeLens {
  range: Range;
  title: string;
  /** Checks behind the title, for the adapter's tooltip or a command. */
  mismatches: number;
  incomplete: number;
}

export interface InlayHint {
  position: Position;
  label: string;
  tooltip: string;
}

export function sumCodeLenses(model: ReportModel, lang: Lang): CodeLens[] {
  const lenses: CodeLens[] = [];
  for (const part of model.parts) {
    const table = part.table;
    if (!table || table.id === 'two') continue;
    const checks = evaluateSums(table);
    const mismatches = checks.filter((c) => c.status === 'mismatch').length;
    const incomplete = checks.filter((c) => c.status === 'incomplete').length;
    const name = pick(tableName(table.id), lang);
    let title =
      mismatches === 0
        ? lang === 'en'
          ? `${name}: all sums hold`
          : `${name}：勾稽关系全部成立`
        : lang === 'en'
          ? `${name}: ${mismatches} sum${mismatches > 1 ? 's' : ''} do not add up`
          : `${name}：${mismatches} 处合计不符`;
    if (incomplete > 0) title += lang === 'en' ? ` (${incomplete} not checkable: blank cells)` : `（${incomplete} 处因空白无法核对）`;
    const line = table.startLine;
    lenses.push({ range: { start: { line, character: 0 }, end: { line, character: 0 } }, title, mismatches, incomplete });
  }
  return lenses;
}

/** `= 22` after each total that differs from the sum of its addends (within `range` when given). */
export function sumInlayHints(model: ReportModel, lang: Lang, range?: Range): InlayHint[] {
  const byCell = new Map<string, InlayHint & { values: number[] }>();
  for (const part of model.parts) {
    if (!part.table || part.table.id === 'two') continue;
    for (const check of evaluateSums(part.table)) {
      const total = check.left[0];
      if (check.status !== 'mismatch' || check.left.length !== 1 || !total?.cell || check.expectedTotal === null) continue;
      const position = total.cell.range.end;
      if (range && (position.line < range.start.line || position.line > range.end.line)) continue;
      const key = `${position.line}:${position.character}`;
      const tooltip = pick(check.relation.description, lang);
      const hint = byCell.get(key) ?? { position, label: '', tooltip: '', values: [] };
      if (!hint.values.includes(check.expectedTotal)) hint.values.push(check.expectedTotal);
      hint.tooltip = hint.tooltip ? `${hint.tooltip}\n${tooltip}` : tooltip;
      byCell.set(key, hint);
    }
  }
  return [...byCell.values()]
    .map(({ values, ...hint }) => ({ ...hint, label: values.map((v) => `= ${v}`).join(' / ') }))
    .sort((a, b) => a.position.line - b.position.line || a.position.character - b.position.character);
}
