/**
 * What the cross-document rules (carryover-mismatch, inforce-mismatch) share: last
 * year's report as the rule context gives it, and how messages name it.
 */
import type { Bilingual } from '../schema/format';
import type { RuleContext } from '../diagnostics';
import type { ReportSummary } from '../workspace/summary';
import { fileNameOf } from '../workspace/summary';

/**
 * Last year's report as the messages name it. The file name and the wording are only
 * worked out when a finding needs them: most reports agree with last year's.
 */
export class LastYear {
  private described: { file: string; name: Bilingual } | null = null;

  constructor(
    readonly summary: ReportSummary,
    readonly year: number,
  ) {}

  /** The file name of last year's report, decoded. */
  get file(): string {
    return this.describe().file;
  }

  /** 2023-示范街道.md 中 2023 年度报告 / the 2023 report 2023-示范街道.md */
  get name(): Bilingual {
    return this.describe().name;
  }

  private describe(): { file: string; name: Bilingual } {
    if (this.described === null) {
      const file = fileNameOf(this.summary.uri);
      this.described = { file, name: { zh: `${file} 中 ${this.year} 年度报告`, en: `the ${this.year} report ${file}` } };
    }
    return this.described;
  }
}

/**
 * Last year's report when the context has one for exactly the year before this
 * report's (a stale or mismatched summary is ignored rather than trusted).
 */
export function lastYear(ctx: RuleContext): LastYear | null {
  const summary = ctx.previous;
  const year = ctx.model.year?.value;
  if (!summary || year === undefined || summary.year !== year - 1) return null;
  return new LastYear(summary, summary.year);
}
