/**
 * narrative-mismatch: a figure stated in the text contradicts the tables —
 * applications received vs 一、本年新收 总计, reviews and lawsuits vs table 四,
 * normative documents issued vs table 二.
 */
import { TABLE3_TOTAL_COLUMN, TABLE4_GROUPS, TABLE4_OUTCOMES } from '../schema/format';
import type { NarrativeFigure, Range, ReportModel } from '../model';
import { rowOf } from '../model';
import { defineRule, numberAt, tableOfModel } from './support';

interface TableFigure {
  value: number;
  cells: Range[];
  where: { zh: string; en: string };
}

const PER_GROUP = TABLE4_OUTCOMES.length;
const groupTotal = (key: string) => TABLE4_GROUPS.findIndex((g) => g.key === key) * PER_GROUP + PER_GROUP - 1;

/** The tables' figure for a kind when it contradicts the stated one (built only then: most agree). */
function contradictingFigure(model: ReportModel, kind: NarrativeFigure['kind'], stated: number): TableFigure | null {
  switch (kind) {
    case 'requestsReceived': {
      const row = rowOf(tableOfModel(model, 'three'), 'new');
      const value = numberAt(row, TABLE3_TOTAL_COLUMN);
      if (!row || value === null || value === stated) return null;
      return { value, cells: [row.cells[TABLE3_TOTAL_COLUMN]!.range], where: { zh: `表三“${row.def!.label}”的总计`, en: 'the total of new requests in table 3' } };
    }
    case 'reviews': {
      const row = rowOf(tableOfModel(model, 'four'), 'reviews');
      const c = groupTotal('review');
      const value = numberAt(row, c);
      if (!row || value === null || value === stated) return null;
      return { value, cells: [row.cells[c]!.range], where: { zh: `表四“${TABLE4_GROUPS[0].label}”的总计`, en: 'the review total in table 4' } };
    }
    case 'lawsuits': {
      const row = rowOf(tableOfModel(model, 'four'), 'reviews');
      const direct = groupTotal('direct');
      const after = groupTotal('afterReview');
      const a = numberAt(row, direct);
      const b = numberAt(row, after);
      if (!row || a === null || b === null || a + b === stated) return null;
      return {
        value: a + b,
        cells: [row.cells[direct]!.range, row.cells[after]!.range],
        where: { zh: `表四“${TABLE4_GROUPS[1].label}”与“${TABLE4_GROUPS[2].label}”的总计之和`, en: 'the lawsuit totals in table 4' },
      };
    }
    case 'normativeDocsIssued': {
      const row = rowOf(tableOfModel(model, 'two'), 'normativeDocs');
      const value = numberAt(row, 0);
      if (!row || value === null || value === stated) return null;
      return { value, cells: [row.cells[0]!.range], where: { zh: `表二“${row.def!.label}”的本年制发件数`, en: 'normative documents issued in table 2' } };
    }
  }
}

const messages = {
  mismatch: (figure: NarrativeFigure, where: { zh: string; en: string }, value: number) => ({
    zh: `正文“${figure.phrase}”与${where.zh} ${value} 不一致`,
    en: `The text “${figure.phrase}” (${figure.value}) contradicts ${where.en} (${value})`,
  }),
  cell: (where: { zh: string; en: string }, value: number) => ({ zh: `${where.zh}：${value}`, en: `${where.en}: ${value}` }),
};

export default defineRule({
  code: 'narrative-mismatch',
  name: { zh: '正文与表格不符', en: 'text contradicts tables' },
  defaultSeverity: 'warning',
  description: { zh: '正文中的数字与表格数据矛盾', en: 'A figure stated in the text contradicts the tables' },
  fixable: false,
  check(ctx) {
    for (const figure of ctx.model.figures) {
      const table = contradictingFigure(ctx.model, figure.kind, figure.value);
      if (!table) continue;
      ctx.report({
        range: figure.range,
        message: messages.mismatch(figure, table.where, table.value),
        relatedInformation: table.cells.map((range) => ({ range, message: messages.cell(table.where, table.value) })),
        data: { kind: figure.kind, stated: figure.value, table: table.value },
      });
    }
  },
});
