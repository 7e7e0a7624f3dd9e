/**
 * What the cross-document rules (carryover-mismatch, inforce-mismatch) share: last
 * year's report as the rule context gives it, and how messages name it.
 */
import type { Bilingual } from '../schema/format';
import type { RuleContext } from '../diagnostics';
import type { ReportSummary } from '../workspace/summary';
import { fileNameOf } from '../workspace/summary';

export interface LastYear {
  summary: ReportSummary;
  year: number;
  /** 2023-示范街道.md 中 2023 年度报告 / the 2023 report 2023-示范街道.md */
  name: Bilingual;
  file: string;
}

/**
 * Last year's report when the context has one for exactly the year before this
 * report's (a stale or mismatched summary is ignored rather than trusted).
 */
export function lastYear(ctx: RuleContext): LastYear | null {
  const summary = ctx.previous;
  const year = ctx.model.year?.value;
  if (!summary || year === undefined || summary.year !== year - 1) return null;
  const file = fileNameOf(summary.uri);
  return {
    summary,
    year: summary.year,
    file,
    name: { zh: `${file} 中 ${summary.year} 年度报告`, en: `the ${summary.year} report ${file}` },
  };
}
