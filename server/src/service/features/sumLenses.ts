/**
 * Code lenses above tables 三 and 四 (whether their sums hold, and how many cells the
 * arithmetic localisation finds behind the sums that do not) and inlay hints with the value
 * each cell to correct should hold: the located cell when one explains its sums (never the
 * totals it makes wrong), else each wrong total — as the findings and their fixes say.
 */
import type { Position, Range, ReportModel } from '../model';
import type { Lang } from '../diagnostics';
import { tableName, pick } from '../i18n';
import { evaluateSums, type SumCheck } from '../sums';
import { localise, type CellChange } from '../arithmetic/locate';
import { locatedMessage } from '../rules/sum-rules';
import type { ParsedTable } from '../model';

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
    if (mismatches > 0) {
      // The cells the localisation names (one repair each group it mends on its own).
      const located = localise(table).groups.reduce((n, g) => n + (g.kind === 'located' ? g.repairs[0]!.changes.length : 0), 0);
      if (located > 0) title += lang === 'en' ? `, most likely ${located} cell${located > 1 ? 's' : ''} mistyped` : `，很可能是 ${located} 格填错`;
    }
    if (incomplete > 0) title += lang === 'en' ? ` (${incomplete} not checkable: blank cells)` : `（${incomplete} 处因空白无法核对）`;
    const line = table.startLine;
    lenses.push({ range: { start: { line, character: 0 }, end: { line, character: 0 } }, title, mismatches, incomplete });
  }
  return lenses;
}

/**
 * `= 22` after each cell to correct (within `range` when given): the cells of a group's one
 * repair (or of its preferred repair), else the total of each sum no repair explains.
 */
export function sumInlayHints(model: ReportModel, lang: Lang, range?: Range): InlayHint[] {
  const byCell = new Map<string, InlayHint & { values: number[] }>();
  const add = (position: Position, value: number, tooltip: string) => {
    if (range && (position.line < range.start.line || position.line > range.end.line)) return;
    const key = `${position.line}:${position.character}`;
    const hint = byCell.get(key) ?? { position, label: '', tooltip: '', values: [] };
    if (!hint.values.includes(value)) hint.values.push(value);
    hint.tooltip = hint.tooltip ? `${hint.tooltip}\n${tooltip}` : tooltip;
    byCell.set(key, hint);
  };
  for (const part of model.parts) {
    const table = part.table;
    if (!table || table.id === 'two' || table.uncertain !== null) continue;
    for (const group of localise(table).groups) {
      const repair = group.kind === 'located' ? group.repairs[0]! : group.preferred;
      if (repair) {
        for (const change of repair.changes) add(change.cell.range.end, change.to, changeTooltip(table, change, group.broken, lang));
        continue;
      }
      for (const check of group.broken) {
        const total = check.left[0];
        if (check.left.length !== 1 || !total?.cell || check.expectedTotal === null) continue;
        add(total.cell.range.end, check.expectedTotal, pick(check.relation.description, lang));
      }
    }
  }
  return [...byCell.values()]
    .map(({ values, ...hint }) => ({ ...hint, label: values.map((v) => `= ${v}`).join(' / ') }))
    .sort((a, b) => a.position.line - b.position.line || a.position.character - b.position.character);
}

/** The located finding's words for a cell of a repair (its sums that point to it). */
function changeTooltip(table: ParsedTable, change: CellChange, broken: readonly SumCheck[], lang: Lang): string {
  const pointing = broken.filter((c) => [...c.left, ...c.right].some((t) => t.cell === change.cell));
  return pick(locatedMessage(change, table.id === 'four' ? 'four' : 'three', pointing), lang);
}
