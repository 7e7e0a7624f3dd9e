/**
 * year-mismatch: a year in the body contradicts the report year — typical of text
 * copied from last year's report. Deliberately conservative (false findings annoy
 * clerks): only Y−2 … Y+1 are judged, and each has its legitimate uses:
 * - Y+1: plans (part 五, or a clause with 将/计划/下一步…), dates (the report is
 *   written early in Y+1), the 落款 and the page's publication date;
 * - Y−1, Y−2: clauses that speak of last year (上年, 同比, 年度报告所列问题…), part 五
 *   (how last year's problems were dealt with), and dates of laws and documents
 *   (修订, 印发, 施行, 以来…).
 * Years in the title and the statistics period are period-year's business.
 */
import { CITATION_CUES, LAST_YEAR_CUES, NEXT_YEAR_CUES } from '../schema/format';
import type { YearMention } from '../model';
import { containsAny, defineRule, minimalWords } from './support';

const messages = {
  mismatch: (found: number, expected: number) => ({
    zh: `年份 ${found} 与报告年度 ${expected} 不一致（可能沿用了${found < expected ? '往年' : '其他年度'}报告的文字）`,
    en: `The year ${found} contradicts the report year ${expected} (text perhaps copied from another year’s report)`,
  }),
};

/** The cues, minimal; last year's and citations' together, as either makes a past year legitimate. */
const NEXT_YEAR_WORDS = minimalWords(NEXT_YEAR_CUES);
const PAST_YEAR_WORDS = minimalWords([...LAST_YEAR_CUES, ...CITATION_CUES]);

function legitimate(m: YearMention, year: number, reportDateLines: ReadonlySet<number>): boolean {
  if (m.inTitle || m.inPeriod || reportDateLines.has(m.line)) return true;
  if (m.value > year + 1 || m.value < year - 2) return true; // long-range targets and history
  if (m.value === year + 1) return m.partId === 5 || m.inDate || containsAny(m.clause, NEXT_YEAR_WORDS);
  return m.partId === 5 || containsAny(m.clause, PAST_YEAR_WORDS);
}

export default defineRule({
  code: 'year-mismatch',
  name: { zh: '年份不符', en: 'year mismatch' },
  defaultSeverity: 'warning',
  description: { zh: '正文中的年份与报告年度矛盾（常见于沿用上一年度报告的文字）', en: 'A year in the body contradicts the report year' },
  fixable: true,
  check(ctx) {
    const { model } = ctx;
    const year = model.year?.value;
    if (year === undefined) return;
    const reportDateLines = new Set<number>();
    if (model.signature?.date) reportDateLines.add(model.signature.date.line);
    if (model.published) reportDateLines.add(model.published.line);
    for (const m of model.years) {
      if (m.value === year || m.line < model.contentStartLine || m.line >= model.contentEndLine) continue;
      if (legitimate(m, year, reportDateLines)) continue;
      ctx.report({ range: m.range, message: messages.mismatch(m.value, year), data: { expected: year, found: m.value } });
    }
  },
});
