/** section-missing: one of the six statutory parts is absent. */
import { PARTS, partById } from '../schema/format';
import type { Range, ReportModel } from '../model';
import { range } from '../model';
import { chineseNumeral } from '../text/normalize';
import type { FixProposal } from '../fixes/types';
import { headingLine, partIdOf, spacedHeadings, tableLines } from '../fixes/sections';
import { insertLines, isBlank } from '../fixes/support';
import { defineRule } from './support';

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

/** The missing part written back where it belongs: its heading, and its statutory table (zeros) for parts 二–四. */
function insertPart(model: ReportModel, data: { part: number; beforeLine: number }): FixProposal[] {
  const id = partIdOf(data.part);
  // A part whose table is in the text is implicit (section-title inserts its heading): here it is truly absent.
  if (id === null || model.parts.some((p) => p.id === id)) return [];
  const def = partById(id);
  const before = data.beforeLine;
  const spaced = spacedHeadings(model);
  const table = tableLines(id);
  const lines = [headingLine(model, def.heading)];
  if (table.length > 0) lines.push('', ...table);
  if ((spaced || table.length > 0) && !isBlank(model.lines[before])) lines.push('');
  if ((spaced || table.length > 0) && before > 0 && !isBlank(model.lines[before - 1])) lines.unshift('');
  const zh = table.length > 0 ? `插入“${def.heading}”及法定表格（数值填 0，请核实）` : `插入标题“${def.heading}”`;
  const en = table.length > 0 ? `Insert “${def.heading}” with its statutory table (zeros, please check)` : `Insert the heading “${def.heading}”`;
  // Not for fix-all: a table of zeros would state figures the clerk never gave.
  return [{ title: { zh, en }, edits: [insertLines(model, before, lines)], safe: false }];
}

export default defineRule({
  code: 'section-missing',
  name: { zh: '缺少部分', en: 'missing part' },
  defaultSeverity: 'error',
  description: { zh: '报告缺少六个法定部分之一', en: 'One of the six statutory parts is missing' },
  messages: {
    missing: { zh: '缺少第{numeral}部分“{heading}”', en: 'Part {part} “{heading}” ({englishTitle}) is missing' },
  },
  data: { part: 'number', official: 'string', beforeLine: 'number', numeral: 'string' },
  fix: insertPart,
  check(ctx) {
    // Part ids are 1 … 6: one bit each (no Set built on every keystroke).
    let present = 0;
    for (const part of ctx.model.parts) present |= 1 << part.id;
    for (const part of PARTS) {
      if (present & (1 << part.id)) continue;
      const where = whereItBelongs(ctx.model, part.id);
      ctx.report({
        range: where.range,
        messageId: 'missing',
        args: { numeral: part.numeral, heading: part.heading, part: part.id, englishTitle: part.englishTitle },
        data: { part: part.id, official: part.heading, beforeLine: where.beforeLine, numeral: chineseNumeral(part.id) },
      });
    }
  },
});
