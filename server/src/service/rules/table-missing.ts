/**
 * table-missing: part 二, 三 or 四 has its heading but not its statutory table. When the table
 * stands elsewhere in the report (another part, after the 落款), the message says where, and
 * the fix moves it under its heading; otherwise the fix inserts the table with zeros. A table not
 * found in the text of a part whose pages in the source PDF paint a picture is not called
 * missing: table-unreadable reports it as a picture that could not be read.
 */
import { partById } from '../schema/format';
import { partAtLine, range, type LineSpan, type ReportModel } from '../model';
import type { FixProposal } from '../fixes/types';
import type { TextEdit } from '../fixes/edits';
import { partIdOf, spacedHeadings, tableLines } from '../fixes/sections';
import { insertLines, isBlank, pos } from '../fixes/support';
import { defineRule, partAnchor, tablePictured } from './support';
import { tableName } from '../i18n';

/** Where in the report a line outside its part stands: in which part, before the first, or after the 落款. */
type Place = { messageId: 'inOtherPart'; part: string } | { messageId: 'beforeFirstPart' } | { messageId: 'afterSignature' };

/**
 * Where in the report a line outside its part stands, in words: in which part, before the first,
 * or after the 落款 (the last part's body ends at the 落款, so nothing else lies after it).
 */
function placeOf(model: ReportModel, line: number): Place {
  const part = partAtLine(model, line);
  if (part) return { messageId: 'inOtherPart', part: partById(part.id).heading };
  const first = model.parts[0];
  if (first && line < (first.heading?.line ?? first.bodyStartLine)) return { messageId: 'beforeFirstPart' };
  return { messageId: 'afterSignature' };
}

/**
 * The clerk's own table moved under its part's heading: its lines deleted where they stand and
 * written after the heading, each line as it was. A blank line that the removal would leave
 * doubled goes with it.
 */
function moveTableFix(model: ReportModel, headingLine: number, span: LineSpan): FixProposal {
  const { startLine, endLine } = span;
  const moved = model.lines.slice(startLine, endLine);
  const count = model.lines.length;
  // Written like the document: after the blank line under the heading when it has one, with a
  // blank line before the next text; without blank lines when its headings have none.
  let at = headingLine + 1;
  let lines: string[];
  if (at < count && isBlank(model.lines[at])) {
    at++;
    lines = at < count && !isBlank(model.lines[at]) ? [...moved, ''] : moved;
  } else {
    lines = spacedHeadings(model) ? ['', ...moved, ''] : moved;
  }
  let remove: TextEdit;
  if (endLine < count) {
    const blankAround = startLine > 0 && isBlank(model.lines[startLine - 1]) && isBlank(model.lines[endLine]);
    // With a blank line on each side, one of them goes too: the one after, unless it is the document's end.
    const [from, to] = !blankAround ? [startLine, endLine] : endLine + 1 < count ? [startLine, endLine + 1] : [startLine - 1, endLine];
    remove = { range: { start: pos(from, 0), end: pos(to, 0) }, newText: '' };
  } else {
    // The table ends the document: the line break before it goes, the last line keeps none.
    let from = startLine;
    while (from > headingLine + 1 && isBlank(model.lines[from - 1])) from--;
    remove = { range: { start: pos(from - 1, (model.lines[from - 1] ?? '').length), end: pos(count - 1, (model.lines[count - 1] ?? '').length) }, newText: '' };
  }
  return {
    title: { zh: `把第 ${startLine + 1}–${endLine} 行的表格移到此标题下`, en: `Move the table (lines ${startLine + 1}–${endLine}) under this heading` },
    edits: [insertLines(model, at, lines), remove],
    // Only the clerk's own lines, moved: nothing is added or lost.
    safe: true,
  };
}

/** The table moved under its heading when it stands elsewhere, else inserted with zeros (not for fix-all). */
function tableUnderHeading(model: ReportModel, data: { part: number; afterLine: number }): FixProposal[] {
  const id = partIdOf(data.part);
  if (id === null) return [];
  const part = model.parts.find((p) => p.id === id && !p.table);
  if (!part) return [];
  if (part.tableElsewhere) return part.heading ? [moveTableFix(model, part.heading.line, part.tableElsewhere)] : [];
  const table = tableLines(id);
  if (table.length === 0) return [];
  const after = data.afterLine + 1;
  const lines = ['', ...table];
  if (!isBlank(model.lines[after]) || after >= model.lines.length) lines.push('');
  return [
    {
      title: { zh: '插入法定表格（数值填 0，请核实）', en: 'Insert the statutory table (zeros, please check)' },
      edits: [insertLines(model, after, lines)],
      safe: false,
    },
  ];
}

export default defineRule({
  code: 'table-missing',
  name: { zh: '缺少表格', en: 'missing table' },
  defaultSeverity: 'error',
  description: { zh: '第二、三、四部分缺少法定表格', en: 'The statutory table of part 2, 3 or 4 is missing' },
  messages: {
    missing: { zh: '“{heading}”下没有法定表格（{table}）', en: '“{heading}” has no statutory table ({table})' },
    // The table stands elsewhere: where, in words, not as a line number — the finding stays the
    // same finding while lines are added above it.
    inOtherPart: {
      zh: '“{heading}”下没有法定表格（{table}）：{table}写在了“{part}”中，应移到此标题下',
      en: '“{heading}” has no statutory table ({table}): the table stands in “{part}”; move it under this heading',
    },
    beforeFirstPart: {
      zh: '“{heading}”下没有法定表格（{table}）：{table}写在了第一部分之前，应移到此标题下',
      en: '“{heading}” has no statutory table ({table}): the table stands before the first part; move it under this heading',
    },
    afterSignature: {
      zh: '“{heading}”下没有法定表格（{table}）：{table}写在了落款之后，应移到此标题下',
      en: '“{heading}” has no statutory table ({table}): the table stands after the signature; move it under this heading',
    },
    here: { zh: '{table}在这里', en: '{table} is here' },
  },
  data: { part: 'number', table: 'string', afterLine: 'number', tableStartLine: 'number?', tableEndLine: 'number?' },
  fix: tableUnderHeading,
  check(ctx) {
    for (const part of ctx.model.parts) {
      const def = partById(part.id);
      if (!def.table || part.table) continue;
      // A page of the part paints a picture: the table may be that picture, which cannot be
      // read; table-unreadable says so instead of calling it missing.
      if (tablePictured(ctx.model, ctx.pictures, part)) continue;
      const afterLine = part.heading?.line ?? part.bodyStartLine;
      const table = tableName(def.table);
      const elsewhere = part.tableElsewhere;
      if (!elsewhere) {
        ctx.report({ range: partAnchor(ctx.model, part), messageId: 'missing', args: { heading: def.heading, table }, data: { part: part.id, table: def.table, afterLine } });
        continue;
      }
      const first = ctx.model.lines[elsewhere.startLine] ?? '';
      const place = placeOf(ctx.model, elsewhere.startLine);
      ctx.report({
        range: partAnchor(ctx.model, part),
        ...(place.messageId === 'inOtherPart'
          ? { messageId: 'inOtherPart' as const, args: { heading: def.heading, table, part: place.part } }
          : { messageId: place.messageId, args: { heading: def.heading, table } }),
        relatedInformation: [{ range: range(elsewhere.startLine, 0, elsewhere.startLine, first.length), messageId: 'here', args: { table } }],
        data: { part: part.id, table: def.table, afterLine, tableStartLine: elsewhere.startLine, tableEndLine: elsewhere.endLine },
      });
    }
  },
});
