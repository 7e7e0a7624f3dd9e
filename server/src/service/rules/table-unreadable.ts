/**
 * table-unreadable: a statutory table that could not be read with confidence (text between its
 * rows that belongs to no row, values that cannot be placed in their columns). One finding for
 * the table, saying what was read; its rows, values and sums are not checked (checkedTables),
 * since every finding there would rest on a guess.
 *
 * Also a table that is not in the text at all while its part holds a picture in the source Word
 * file, or its pages in the source PDF paint one (AnalyzeOptions.pictures): agencies paste a
 * screenshot of the table into the Word file. One finding at the part's heading saying the
 * table is a picture and was not checked; table-missing stays silent on it, and there is no
 * table for the other rules to read.
 */
import { partById } from '../schema/format';
import { defineRule, lineRange, partAnchor, tablePictured } from './support';
import { tableName } from '../i18n';

/** Quoted text is cut to this many characters: enough to find the place in the original. */
const QUOTE_LENGTH = 30;

export default defineRule({
  code: 'table-unreadable',
  name: { zh: '表格无法可靠读取', en: 'table not readable' },
  defaultSeverity: 'warning',
  description: { zh: '法定表格的排版无法可靠读取，未检查其行、数值和合计', en: 'A statutory table’s layout cannot be read with confidence; its rows, values and sums were not checked' },
  messages: {
    unreadable: {
      zh: '{table}未能可靠读出：“{text}”无法确定属于哪一行、哪一列（已读出 {rows} 行）。此表的行、数值和合计未检查，请对照原件核对',
      en: '{table} could not be read with confidence: “{text}” cannot be placed in a row and column ({rows} rows read). Its rows, values and sums were not checked; compare with the original',
    },
    image: {
      zh: '{table}在文件中是图片，无法读取其中的数字，未检查其行、数值和合计。请人工核对图片中的表格',
      en: '{table} is a picture in the file: its numbers cannot be read, and its rows, values and sums were not checked. Check the table in the picture by hand',
    },
  },
  data: { table: 'string' },
  check(ctx) {
    for (const part of ctx.model.parts) {
      const tableId = partById(part.id).table;
      if (tableId === undefined || !tablePictured(ctx.model, ctx.pictures, part)) continue;
      ctx.report({ range: partAnchor(ctx.model, part), messageId: 'image', args: { table: tableName(tableId) }, data: { table: tableId } });
    }
    for (const { table } of ctx.model.parts) {
      if (!table?.uncertain) continue;
      const { line, text } = table.uncertain;
      const quoted = text.length > QUOTE_LENGTH ? `${text.slice(0, QUOTE_LENGTH)}…` : text;
      ctx.report({
        range: lineRange(ctx.model, line),
        messageId: 'unreadable',
        args: { table: tableName(table.id), text: quoted, rows: table.rows.length },
        data: { table: table.id },
      });
    }
  },
});
