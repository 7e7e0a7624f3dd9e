/** The report the analysis budget is written for, shared by the bench and compare-service. */

export const CANONICAL_FILE = '2024-示范街道办事处-规范.nianbao.md';

/**
 * The canonical example grown to about 40 KB, the size of the longest reports (a city's, with a
 * long overview): its first part's paragraphs repeated. The written budget is an analysis within
 * 1 ms at the 95th percentile on such a report.
 */
export function longReport(canonical: string): string {
  const start = canonical.indexOf('### （一）');
  const end = canonical.indexOf('## 二、');
  const overview = canonical.slice(start, end);
  let text = canonical;
  while (Buffer.byteLength(text, 'utf8') < 40 * 1024) text = text.slice(0, end) + overview + text.slice(end);
  return text;
}
