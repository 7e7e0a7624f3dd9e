/** section-missing: one of the six statutory parts is absent. */
import { PARTS } from '../schema/format';
import type { PartDef } from '../schema/format';
import type { Range, ReportModel } from '../model';
import { range } from '../model';
import { chineseNumeral } from '../text/normalize';
import { defineLegacyRule } from './support';

const messages = {
  missing: (part: PartDef) => ({
    zh: `缺少第${part.numeral}部分“${part.heading}”`,
    en: `Part ${part.id} “${part.heading}” (${part.englishTitle}) is missing`,
  }),
};

/**
 * Where the missing part belongs: right after the nearest earlier part present,
 * else before the nearest later one, else the top of the report.
 */
function whereItBelongs(model: ReportModel, id: number): { range: Range; beforeLine: number } {
  let previousEnd = -1;
  let nextStart = -1;
  for (const part of model.parts) {
    if (part.id < id) previousEnd = Math.max(previousEnd, part.bodyEndLine);
    const start = part.heading?.line ?? part.bodyStartLine;
    if (part.id > id && (nextStart < 0 || start < nextStart)) nextStart = start;
  }
  const line = previousEnd >= 0 ? previousEnd : nextStart >= 0 ? nextStart : model.contentStartLine;
  const clamped = Math.max(0, Math.min(line, Math.max(model.lines.length - 1, 0)));
  return { range: range(clamped, 0, clamped, 0), beforeLine: line };
}

export default defineLegacyRule({
  code: 'section-missing',
  name: { zh: '缺少部分', en: 'missing part' },
  defaultSeverity: 'error',
  description: { zh: '报告缺少六个法定部分之一', en: 'One of the six statutory parts is missing' },
  fixable: true,
  check(ctx) {
    // Part ids are 1 … 6: one bit each (no Set built on every keystroke).
    let present = 0;
    for (const part of ctx.model.parts) present |= 1 << part.id;
    for (const part of PARTS) {
      if (present & (1 << part.id)) continue;
      const where = whereItBelongs(ctx.model, part.id);
      ctx.report({
        range: where.range,
        message: messages.missing(part),
        data: { part: part.id, official: part.heading, beforeLine: where.beforeLine, numeral: chineseNumeral(part.id) },
      });
    }
  },
});
