/**
 * A cheap check for Markdown and plain-text documents: is this an annual report?
 * It is when at least three of the six standard part titles (or their variants)
 * stand as heading lines.
 */
import { PARTS } from '../schema/format';
import type { ReportModel } from '../model';
import { matchPartHeadingIn } from './headings';

export const REPORT_THRESHOLD = 3;
/** Headings are short: lines longer than this (line break excluded, a \r of \r\n included) are not tried. */
const HEADING_LINE_LIMIT = 80;

export interface ReportDetection {
  isReport: boolean;
  standardTitles: number;
  reason: { zh: string; en: string };
}

export function detectReport(text: string): ReportDetection {
  const found = new Set<number>();
  let start = 0;
  let lineNo = 0;
  while (start <= text.length && found.size < PARTS.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    // Headings are short: skip long lines; read the others in place, without slicing them.
    if (end - start <= HEADING_LINE_LIMIT) {
      const m = matchPartHeadingIn(text, start, end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end, lineNo);
      if (m && (m.titleMatch === 'standard' || m.titleMatch === 'variant')) found.add(m.id);
    }
    start = end + 1;
    lineNo++;
  }
  const ids = [...found].sort((a, b) => a - b);
  const zhNames = ids.map((id) => PARTS[id - 1]!.heading).join('、');
  const enNames = ids.map((id) => `${PARTS[id - 1]!.numeral} ${PARTS[id - 1]!.englishTitle}`).join(', ');
  const isReport = ids.length >= REPORT_THRESHOLD;
  const reason = isReport
    ? {
        zh: `找到 ${ids.length} 个标准部分标题（${zhNames}），按政府信息公开工作年度报告检查。`,
        en: `Found ${ids.length} standard part titles (${enNames}); checking it as an annual report.`,
      }
    : {
        zh: ids.length === 0
          ? `没有找到年度报告的标准部分标题（至少需要 ${REPORT_THRESHOLD} 个，如“一、总体情况”），不按年度报告检查。`
          : `只找到 ${ids.length} 个标准部分标题（${zhNames}），至少需要 ${REPORT_THRESHOLD} 个，不按年度报告检查。`,
        en: ids.length === 0
          ? `No standard part titles of an annual report found (at least ${REPORT_THRESHOLD} are needed, such as “一、总体情况”); not checked as a report.`
          : `Only ${ids.length} standard part title(s) found (${enNames}); at least ${REPORT_THRESHOLD} are needed; not checked as a report.`,
      };
  return { isReport, standardTitles: ids.length, reason };
}

/**
 * Whether detectReport would call the text a report, known from a parse already made (the
 * CLI parses every file anyway): the parser found REPORT_THRESHOLD or more distinct standard
 * or variant part titles, each by matchPartHeading on a line that detectReport reads
 * identically (text without \r is split at \n alone by both, and the line is short enough
 * for detectReport to try). When this says no, call detectReport: it decides, with its reason.
 */
export function detectedByModel(text: string, model: ReportModel): boolean {
  if (model.standardTitleCount < REPORT_THRESHOLD || text.indexOf('\r') >= 0) return false;
  const ids = new Set<number>();
  for (const part of model.parts) {
    if ((part.titleMatch !== 'standard' && part.titleMatch !== 'variant') || !part.heading) continue;
    if ((model.lines[part.heading.line]?.length ?? Infinity) <= HEADING_LINE_LIMIT) ids.add(part.id);
  }
  return ids.size >= REPORT_THRESHOLD;
}
