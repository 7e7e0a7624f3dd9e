/** A small clean report built from the template, with table 三 values and the 落款 date chosen by the test. */
import { renderReportSkeleton, renderTableMarkdown } from '../../server/src/service/schema/render';
import { TABLE3_ROWS } from '../../server/src/service/schema/format';

export function table3Values(overrides: Record<string, number[]> = {}): Record<string, number[]> {
  const values: Record<string, number[]> = {};
  for (const row of TABLE3_ROWS) values[row.key] = [0, 0, 0, 0, 0, 0, 0];
  return { ...values, ...overrides };
}

export function reportText(options: { agency?: string; values3?: Record<string, number[]>; signed?: string } = {}): string {
  let text = renderReportSkeleton({ agency: options.agency ?? '某某市某某局', year: 2024 });
  if (options.values3) text = text.replace(renderTableMarkdown('three').join('\n'), renderTableMarkdown('three', options.values3).join('\n'));
  if (options.signed) text = text.replace('2025年1月31日', options.signed);
  return text;
}

/** Inserts the cursor marker at the nth occurrence of `needle`, `offset` characters into it. */
export function markAt(text: string, needle: string, offset = 0, nth = 0): string {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`“${needle}” occurrence ${nth} not found`);
  }
  return text.slice(0, at + offset) + '‸' + text.slice(at + offset);
}
