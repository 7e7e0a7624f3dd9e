/** row-label: a row's label differs from the official one, or was lost while its values remain. */
import type { Range, ReportModel } from '../model';
import type { FixProposal } from '../fixes/types';
import { minimalReplace, type TextEdit } from '../fixes/edits';
import { findingRow } from '../fixes/cells';
import { insertLabelEdit } from '../fixes/layout';
import { textAt } from '../fixes/support';
import { normalizeLabel } from '../text/normalize';
import { defineRule, rowAnchor, checkedTables } from './support';
import { tableName } from '../i18n';

const WHITE_SPACE = /\s/;

/**
 * The smallest change that makes a label read as the official one: characters that
 * already match after normalisation (（ for (, a space inside a word) are the clerk's
 * and stay; only the differing middle (记 → 计) is replaced.
 */
function labelEdit(range: Range, written: string, official: string): TextEdit | null {
  const norm = (ch: string) => normalizeLabel(ch);
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < written.length && norm(written[i]!) === '') i++;
    while (j < official.length && norm(official[j]!) === '') j++;
    if (i >= written.length || j >= official.length || norm(written[i]!) !== norm(official[j]!)) break;
    i++;
    j++;
  }
  let wEnd = written.length;
  let oEnd = official.length;
  for (;;) {
    while (wEnd > i && norm(written[wEnd - 1]!) === '') wEnd--;
    while (oEnd > j && norm(official[oEnd - 1]!) === '') oEnd--;
    if (wEnd <= i || oEnd <= j || norm(written[wEnd - 1]!) !== norm(official[oEnd - 1]!)) break;
    wEnd--;
    oEnd--;
  }
  if (i >= wEnd && j >= oEnd) return null;
  // Spaces at the edges of the replaced middle belong to the clerk's layout: keep them outside.
  while (i < wEnd && WHITE_SPACE.test(written[i]!)) i++;
  while (wEnd > i && WHITE_SPACE.test(written[wEnd - 1]!)) wEnd--;
  const line = range.start.line;
  const from = range.start.character;
  const candidate = written.slice(0, i) + official.slice(j, oEnd) + written.slice(wEnd);
  // Only keep the clerk's characters when the result really reads as the official label.
  if (normalizeLabel(candidate) !== normalizeLabel(official)) return minimalReplace(range, written, official);
  return { range: { start: { line, character: from + i }, end: { line, character: from + wEnd } }, newText: official.slice(j, oEnd) };
}

/** The label set to the official wording: the differing characters changed, or a lost label restored. */
function officialLabel(model: ReportModel, data: { table: string; row: string; official: string }): FixProposal[] {
  const found = findingRow(model, data);
  const official = data.official;
  if (!found || !official) return [];
  const { table, row } = found;
  if (row.label && row.labelStatus !== 'missing') {
    const range = row.label.range;
    const written = textAt(model, range);
    if (range.start.line !== range.end.line || written === official) return [];
    const edit = labelEdit(range, written, official);
    return edit ? [{ title: { zh: `将行标签改为“${official}”`, en: `Change the label to “${official}”` }, edits: [edit], safe: true }] : [];
  }
  const edit = insertLabelEdit(model, table, row, official);
  return edit ? [{ title: { zh: `补上行标签“${official}”`, en: `Restore the label “${official}”` }, edits: [edit], safe: true }] : [];
}

export default defineRule({
  code: 'row-label',
  name: { zh: '行标签', en: 'row label' },
  defaultSeverity: 'warning',
  description: { zh: '行标签与法定标签不一致，或行标签缺失', en: 'A row’s label differs from the official one, or was lost' },
  messages: {
    variant: { zh: '行标签“{written}”与法定标签“{official}”不一致', en: 'The row label “{written}” differs from the official label “{official}”' },
    lost: { zh: '此行缺少行标签，按位置应为{table}的“{official}”', en: 'This row has lost its label; by its position it is “{official}” of {table}' },
  },
  /** found: the label as written, null when it was lost. */
  data: { table: 'string', row: 'string', official: 'string', found: 'string|null' },
  fix: officialLabel,
  check(ctx) {
    for (const table of checkedTables(ctx.model)) {
      for (const row of table.rows) {
        const def = row.def;
        if (!def || !def.label) continue; // table 四's single row has no label of its own
        if (row.labelStatus === 'missing') {
          ctx.report({
            range: rowAnchor(ctx.model, row),
            messageId: 'lost',
            args: { table: tableName(table.id), official: def.label },
            data: { table: table.id, row: def.key, official: def.label, found: null },
          });
        } else if (row.labelStatus === 'variant' && row.label && normalizeLabel(row.label.text) !== normalizeLabel(def.label)) {
          ctx.report({
            range: row.label.range,
            messageId: 'variant',
            args: { written: row.label.text, official: def.label },
            data: { table: table.id, row: def.key, official: def.label, found: row.label.text },
          });
        }
      }
    }
  },
});
