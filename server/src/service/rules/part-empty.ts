/**
 * part-empty: a part of prose (一, 五, 六) whose heading has nothing under it, or only its
 * sub-headings and the template's placeholders — the new-report template as inserted. An
 * error: such a report is not finished, and must not pass as checked.
 * Parts 二–四 hold tables: a missing table is table-missing's business.
 */
import type { Part, ReportModel } from '../model';
import { partById } from '../schema/format';
import { defineRule } from './support';
import { PLACEHOLDER, PLACEHOLDER_LINE } from './prose-words';

const PROSE_PARTS = new Set([1, 5, 6]);

/** Punctuation, markup and white space: what is left of a line that holds no words. */
const NO_WORDS = /[\s\u3000*#>\-—–_…·.。，,、；;：:！!？?（）()【】〔〕[\]“”"'‘’|]/g;

/** A character that is none of those: a word's. */
const WORD = new RegExp(`[^${NO_WORDS.source.slice(1)}`);

/** Whether a line says something: not blank, not a bare sub-heading, not only placeholders. */
function saysSomething(line: string, titleEnd: number): boolean {
  const rest = (titleEnd > 0 ? line.slice(titleEnd) : line).trim();
  if (PLACEHOLDER_LINE.test(rest)) return false;
  // Most lines hold no placeholder: any word says something (no copy of the line is made).
  PLACEHOLDER.lastIndex = 0;
  if (!PLACEHOLDER.test(rest)) return WORD.test(rest);
  return rest.replace(PLACEHOLDER, '').replace(NO_WORDS, '').length > 0;
}

/** Whether a part's body says nothing (its table, if any, counts as content). */
export function partSaysNothing(model: ReportModel, part: Part): boolean {
  if (part.table) return false;
  // The sub-headings are in line order (the parser sorts them): walked beside the lines, the
  // last one on a line giving its title's end. Most parts say something in their first lines.
  const subs = part.subheadings;
  let next = 0;
  const end = Math.min(part.bodyEndLine, model.lines.length);
  for (let line = part.bodyStartLine; line < end; line++) {
    while (next < subs.length && subs[next]!.line < line) next++;
    let titleEnd = 0;
    while (next < subs.length && subs[next]!.line === line) titleEnd = subs[next++]!.title.range.end.character;
    const text = model.lines[line]!;
    if (text.trimStart().startsWith('<!--')) continue;
    if (saysSomething(text, titleEnd)) return false;
  }
  return true;
}

export default defineRule({
  code: 'part-empty',
  name: { zh: '部分无内容', en: 'empty part' },
  defaultSeverity: 'error',
  description: { zh: '第一、五、六部分只有标题（或只有小标题、占位文字），没有内容', en: 'Part 1, 5 or 6 has nothing under its heading' },
  messages: {
    empty: {
      zh: '“{title}”下面没有内容（只有标题或待填写的占位文字），请写明本部分的情况',
      en: 'Part “{title}” has nothing under its heading (only headings or placeholders); write this part',
    },
  },
  data: { part: 'number' },
  check(ctx) {
    for (const part of ctx.model.parts) {
      if (!PROSE_PARTS.has(part.id) || !part.heading || !partSaysNothing(ctx.model, part)) continue;
      const title = `${'一二三四五六'[part.id - 1]}、${partById(part.id).title}`;
      ctx.report({ range: part.heading.range, messageId: 'empty', args: { title }, data: { part: part.id } });
    }
  },
});
