/**
 * What a fix's edits would break elsewhere, judged on the text they give: a sum of table 三 or
 * 四 that held and no longer does, or a figure the text states (收到申请22件, 未发生行政诉讼) that
 * agreed with the tables and no longer does. A fix that would is still offered, never marked
 * safe: fix-all leaves it, and the clerk chooses.
 */
import type { ReportModel } from '../model';
import { parseReport } from '../parser';
import { tableOfModel } from '../rules/support';
import { contradictingFigure } from '../rules/narrative-mismatch';
import { tableMismatches } from '../sums';
import { applyEdits, type TextEdit } from './edits';

export const SUM_TABLES = ['three', 'four'] as const;
export type SumTable = (typeof SUM_TABLES)[number];

/** The broken sums of a table, by relation, total row and column; null when the table is not read with confidence. */
export function brokenSums(model: ReportModel, id: SumTable): Set<string> | null {
  const table = tableOfModel(model, id);
  if (!table) return null;
  const out = new Set<string>();
  for (const check of tableMismatches(table)) {
    const total = check.left[0]!;
    out.add(`${check.relation.code}|${total.rowKey}|${total.column}`);
  }
  return out;
}

/** Whether a figure the text states agrees with the tables before and contradicts them after. */
function contradicted(before: ReportModel, after: ReportModel): boolean {
  if (after.figures.length !== before.figures.length) return true;
  return after.figures.some((figure, i) => contradictingFigure(after, figure) !== null && contradictingFigure(before, before.figures[i]!) === null);
}

/** Whether the edits make a figure the text states contradict the tables where it agreed. */
export function contradictsStatedFigures(model: ReportModel, edits: readonly TextEdit[]): boolean {
  if (model.figures.length === 0) return false;
  return contradicted(model, parseReport(applyEdits(model.lines.join(model.eol), edits)));
}

/** Whether the edits break a sum of table 三 or 四 that held, or contradict a stated figure that agreed. */
export function breaksWhatHeld(model: ReportModel, edits: readonly TextEdit[]): boolean {
  const after = parseReport(applyEdits(model.lines.join(model.eol), edits));
  for (const id of SUM_TABLES) {
    const now = brokenSums(after, id);
    if (now === null) continue;
    const before = brokenSums(model, id);
    for (const key of now) if (!before?.has(key)) return true;
  }
  return model.figures.length > 0 && contradicted(model, after);
}
