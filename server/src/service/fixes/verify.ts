/**
 * Fix-all's check on the numbers it writes: the fixes chosen for one round are applied to the
 * text, the text is parsed again, and the sums of tables 三 and 四 are evaluated. A round that
 * repairs a table's sums (total-row, total-results, balance, total-review) is kept only when
 * every sum of that table holds afterwards; one that fills or corrects cells (value-missing,
 * value-invalid) only when no sum breaks that did not before. Whatever fails is left for the
 * clerk to choose, so fix-all never writes a number that leaves the table's arithmetic wrong.
 */
import type { RuleCode } from '../diagnostics';
import type { ReportModel } from '../model';
import { parseReport } from '../parser';
import { applyEdits } from './edits';
import type { CodeFix } from './types';
import { brokenSums, SUM_TABLES, type SumTable } from './consequences';

const REPAIR_CODES: ReadonlySet<RuleCode> = new Set<RuleCode>(['total-row', 'total-results', 'balance', 'total-review']);
const CELL_CODES: ReadonlySet<RuleCode> = new Set<RuleCode>([...REPAIR_CODES, 'value-missing', 'value-invalid']);
/** The table of tables 三 / 四 whose numbers a fix writes, or null. */
function tableOfFix(fix: CodeFix): SumTable | null {
  if (!CELL_CODES.has(fix.diagnostic.code)) return null;
  const table = fix.diagnostic.data?.table;
  return table === 'three' || table === 'four' ? table : null;
}

function acceptable(before: Set<string> | null, after: Set<string> | null, repairs: boolean): boolean {
  if (after === null) return before === null;
  if (repairs) return after.size === 0;
  for (const key of after) if (!before?.has(key)) return false;
  return true;
}

/**
 * The chosen fixes without those whose numbers fail the check above (all of a table's sum
 * repairs first, then its cell fills when the fills alone still fail).
 */
export function verifiedFixes(model: ReportModel, chosen: readonly CodeFix[]): CodeFix[] {
  if (!chosen.some((f) => tableOfFix(f) !== null)) return [...chosen];
  const text = model.lines.join(model.eol);
  const before = new Map(SUM_TABLES.map((id) => [id, brokenSums(model, id)]));
  let kept = [...chosen];
  // Each pass drops one kind of fix of a failing table: at most four passes.
  for (let pass = 0; pass < 4; pass++) {
    const after = parseReport(applyEdits(text, kept.flatMap((f) => f.edits)));
    let dropped = false;
    for (const id of SUM_TABLES) {
      const ofTable = kept.filter((f) => tableOfFix(f) === id);
      if (ofTable.length === 0) continue;
      const repairs = ofTable.some((f) => REPAIR_CODES.has(f.diagnostic.code));
      if (acceptable(before.get(id)!, brokenSums(after, id), repairs)) continue;
      const drop = new Set(repairs ? ofTable.filter((f) => REPAIR_CODES.has(f.diagnostic.code)) : ofTable);
      kept = kept.filter((f) => !drop.has(f));
      dropped = true;
    }
    if (!dropped) return kept;
  }
  return kept.filter((f) => tableOfFix(f) === null);
}
