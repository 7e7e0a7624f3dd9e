/**
 * narrative-mismatch: a figure stated in the text contradicts the tables —
 * applications received (收到/受理) vs 一、本年新收 总计 (or 新收＋上年结转, unless the text says
 * 新收), applications
 * concluded (办结/答复) vs （七）总计, reviews and lawsuits vs table 四 (未发生…被纠错/败诉 vs
 * its 结果纠正 columns, not its totals), normative documents issued and in force vs table 二.
 */
import { TABLE2_BLOCKS, TABLE3_TOTAL_COLUMN, TABLE4_GROUPS, TABLE4_OUTCOMES } from '../schema/format';
import type { NarrativeFigure, Range, ReportModel, TableRow } from '../model';
import { rowOf } from '../model';
import { defineRule, numberAt, tableOfModel } from './support';
import { statesNewOnly } from '../parser/figures';

interface TableFigure {
  value: number;
  cells: Range[];
  where: { zh: string; en: string };
}

const PER_GROUP = TABLE4_OUTCOMES.length;
const groupTotal = (key: string) => TABLE4_GROUPS.findIndex((g) => g.key === key) * PER_GROUP + PER_GROUP - 1;

/** Table 三's total column of a row, or null. */
function table3Total(model: ReportModel, key: string): { value: number; row: TableRow } | null {
  const row = rowOf(tableOfModel(model, 'three'), key);
  const value = numberAt(row, TABLE3_TOTAL_COLUMN);
  return row && value !== null ? { value, row } : null;
}

const outcomeColumn = (key: string) => TABLE4_GROUPS.findIndex((g) => g.key === key) * PER_GROUP + TABLE4_OUTCOMES.findIndex((o) => o.key === 'corrected');
const T2_IN_FORCE = TABLE2_BLOCKS[0]!.columns.findIndex((c) => c.key === 'inForce');

/** The sum of cells of table 四's one row when it differs from the stated figure, or null (a cell without a number: null). */
function table4Figure(model: ReportModel, stated: number, columns: readonly number[], where: TableFigure['where']): TableFigure | null {
  const row = rowOf(tableOfModel(model, 'four'), 'reviews');
  if (!row) return null;
  let value = 0;
  for (const c of columns) {
    const cell = numberAt(row, c);
    if (cell === null) return null;
    value += cell;
  }
  return value === stated ? null : { value, cells: columns.map((c) => row.cells[c]!.range), where };
}

/**
 * The tables' figure for a kind when it contradicts the stated one (built only then: most agree).
 * Where the text may mean either of two figures (收到申请X件: 本年新收, or 新收＋上年结转), a
 * stated figure equal to either is no contradiction; 新收申请X件 means the first alone.
 */
export function contradictingFigure(model: ReportModel, figure: NarrativeFigure): TableFigure | null {
  const stated = figure.value;
  switch (figure.kind) {
    case 'requestsReceived': {
      const fresh = table3Total(model, 'new');
      if (!fresh || fresh.value === stated) return null;
      const carried = table3Total(model, 'carried');
      if (carried && fresh.value + carried.value === stated && !statesNewOnly(figure.phrase)) return null;
      return { value: fresh.value, cells: [fresh.row.cells[TABLE3_TOTAL_COLUMN]!.range], where: { zh: `表三“${fresh.row.def!.label}”的总计`, en: 'the total of new requests in table 3' } };
    }
    case 'requestsAnswered': {
      const done = table3Total(model, 'resultsTotal');
      if (!done || done.value === stated) return null;
      const fresh = table3Total(model, 'new');
      const carried = table3Total(model, 'carried');
      if (fresh && (fresh.value === stated || (carried && fresh.value + carried.value === stated))) return null;
      return { value: done.value, cells: [done.row.cells[TABLE3_TOTAL_COLUMN]!.range], where: { zh: `表三“${done.row.def!.label}”`, en: 'the total of requests dealt with in table 3' } };
    }
    case 'reviews':
      return table4Figure(model, stated, [groupTotal('review')], { zh: `表四“${TABLE4_GROUPS[0].label}”的总计`, en: 'the review total in table 4' });
    case 'lawsuits':
      return table4Figure(model, stated, [groupTotal('direct'), groupTotal('afterReview')], {
        zh: `表四“${TABLE4_GROUPS[1].label}”与“${TABLE4_GROUPS[2].label}”的总计之和`,
        en: 'the lawsuit totals in table 4',
      });
    case 'reviewsCorrected':
      return table4Figure(model, stated, [outcomeColumn('review')], { zh: `表四“${TABLE4_GROUPS[0].label}”的“结果纠正”`, en: 'reviews corrected in table 4' });
    case 'lawsuitsLost':
      return table4Figure(model, stated, [outcomeColumn('direct'), outcomeColumn('afterReview')], { zh: '表四行政诉讼的“结果纠正”之和', en: 'lawsuits with the decision corrected in table 4' });
    case 'normativeDocsIssued': {
      const row = rowOf(tableOfModel(model, 'two'), 'normativeDocs');
      const value = numberAt(row, 0);
      if (!row || value === null || value === stated) return null;
      return { value, cells: [row.cells[0]!.range], where: { zh: `表二“${row.def!.label}”的本年制发件数`, en: 'normative documents issued in table 2' } };
    }
    case 'normativeDocsInForce': {
      const two = tableOfModel(model, 'two');
      const row = rowOf(two, 'normativeDocs');
      const value = numberAt(row, T2_IN_FORCE);
      if (!row || value === null || value === stated) return null;
      // 现行有效规范性文件 may count the 规章 too.
      const regulations = numberAt(rowOf(two, 'regulations'), T2_IN_FORCE);
      if (regulations !== null && value + regulations === stated) return null;
      return { value, cells: [row.cells[T2_IN_FORCE]!.range], where: { zh: `表二“${row.def!.label}”的现行有效件数`, en: 'normative documents in force in table 2' } };
    }
  }
}

export default defineRule({
  code: 'narrative-mismatch',
  name: { zh: '正文与表格不符', en: 'text contradicts tables' },
  defaultSeverity: 'warning',
  description: { zh: '正文中的数字与表格数据矛盾', en: 'A figure stated in the text contradicts the tables' },
  messages: {
    /** {where}: the table's figure as contradictingFigure names it. */
    mismatch: { zh: '正文“{phrase}”与{where} {value} 不一致', en: 'The text “{phrase}” ({stated}) contradicts {where} ({value})' },
    cell: { zh: '{where}：{value}', en: '{where}: {value}' },
  },
  data: { kind: 'string', stated: 'number', table: 'number' },
  check(ctx) {
    for (const figure of ctx.model.figures) {
      const table = contradictingFigure(ctx.model, figure);
      if (!table) continue;
      ctx.report({
        range: figure.range,
        messageId: 'mismatch',
        args: { phrase: figure.phrase, stated: figure.value, where: table.where, value: table.value },
        relatedInformation: table.cells.map((range) => ({ range, messageId: 'cell' as const, args: { where: table.where, value: table.value } })),
        data: { kind: figure.kind, stated: figure.value, table: table.value },
      });
    }
  },
});
