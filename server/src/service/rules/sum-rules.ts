/**
 * The four arithmetic rules, one per code of the schema's sum relations (SUM_RELATIONS):
 *
 * - total-row: in table 三, a row's 总计 differs from the sum of its six applicant columns;
 * - total-results: （七）总计 differs, in some column, from the sum of the result rows (一) … (六);
 * - balance: in some column, 一、本年新收 + 二、上年结转 ≠ （七）总计 + 四、结转下年度继续办理
 *   (the 勾稽关系 printed in table 三's top-left cell);
 * - total-review: in table 四, a group's 总计 differs from the sum of its four outcome columns.
 *
 * They share everything but their code, name and description: one message table, one data
 * shape, one check (the localisation of their table, arithmetic/locate.ts) and one fix (the
 * repairs it offers, arithmetic/repairs.ts). `sumRule(code)` makes the rule of a code.
 *
 * A located cell is one finding, under the code that fits the cell (arithmetic/report.ts's
 * hostCode): the mismatches it explains are folded into it as related notes (each sum written
 * out), not reported again. Every other broken sum is its own finding, with its numbers.
 */
import type { Bilingual } from '../schema/format';
import { SUM_RELATIONS, TABLE4_GROUPS, TABLE4_OUTCOMES, type SumRelation } from '../schema/format';
import type { Rule } from '../diagnostics';
import type { ReportModel } from '../model';
import type { DataOf } from '../finding-data';
import type { FixProposal } from '../fixes/types';
import type { TextEdit } from '../fixes/edits';
import { setCellEdits } from '../fixes/layout';
import { renderTemplate, type MessageArgs } from '../messages';
import type { SumCheck, SumTerm } from '../sums';
import { brokenHolding, localise, type BrokenGroup, type CellChange, type Localisation } from '../arithmetic/locate';
import { checkChoices, locatedChangeAt, locatedChoices, rowOfChange, type RepairChoice } from '../arithmetic/repairs';
import { folding, hostCode, totalOfItsOneSum } from '../arithmetic/report';
import { cellName, citedRowLabel, formula, joinNames, relationName, repairTitle, shortRowLabel } from '../arithmetic/wording';
import { defineRule, tableOfModel, type RuleCheckContext } from './support';
import { contradictsStatedFigures } from '../fixes/consequences';

export type SumCode = SumRelation['code'];

/** The name and description of each code's rule (everything else the four rules share). */
const SUM_RULE_META: Readonly<Record<SumCode, { name: Bilingual; description: Bilingual }>> = {
  'total-row': {
    name: { zh: '行总计', en: 'row total' },
    description: { zh: '表三某行的“总计”不等于六个申请人类别之和', en: 'In table 3, a row’s total differs from the sum of its six applicant columns' },
  },
  'total-results': {
    name: { zh: '办理结果总计', en: 'outcome total' },
    description: { zh: '（七）总计不等于（一）至（六）各结果行之和', en: 'The outcome total differs from the sum of the result rows (1) to (6)' },
  },
  balance: {
    name: { zh: '勾稽关系', en: 'balance' },
    description: { zh: '一、本年新收＋二、上年结转 不等于（七）总计＋四、结转下年度继续办理', en: 'New + carried over differs from outcome total + carried into next year' },
  },
  'total-review': {
    name: { zh: '复议诉讼总计', en: 'review total' },
    description: { zh: '表四中某组的“总计”不等于其四项结果之和', en: 'In table 4, a total differs from the sum of its four outcome columns' },
  },
};

/** Added to a per-sum finding whose sums disagree with others and no one or two cells explain them all. */
const UNLOCATED_NOTE = {
  zh: '（本表还有与之相关的合计不符，无法确定是哪一格填错，请逐项核对）',
  en: ' (other sums of this table that share its cells disagree too; which cell is wrong cannot be told: please check each)',
} as const;

/**
 * Every word of the four rules' findings and notes. {formula} is the sum with its numbers
 * (arithmetic/wording.ts's formula: 3＋1＋0＋0＋0＋0＝4，表中为 5（多 1）); {cell} a cell as
 * clerks name it (“（一）予以公开”行“自然人”列); {relations} the sums pointing to a cell
 * (本行总计和（七）总计的“自然人”列).
 */
const SUM_MESSAGES = {
  /** The located cell, one sum pointing to it. */
  located: { zh: '{cell}很可能应为 {value}（{relations}指向这一格）', en: '{cell} is most likely {value} ({relations} points to this cell)' },
  /** The located cell, several sums pointing to it. */
  locatedByAll: { zh: '{cell}很可能应为 {value}（{relations}都指向这一格）', en: '{cell} is most likely {value} ({relations} all point to this cell)' },
  /** Note: the other cell of a two-cell repair. */
  otherCell: { zh: '另一格：{cell}很可能应为 {value}（{relations}指向这一格）', en: 'The other cell: {cell} is most likely {value} ({relations} points to this cell)' },
  otherCellByAll: {
    zh: '另一格：{cell}很可能应为 {value}（{relations}都指向这一格）',
    en: 'The other cell: {cell} is most likely {value} ({relations} all point to this cell)',
  },
  /** Note: a sum folded into the located cell, written out. */
  foldedSum: { zh: '{relation}：{formula}', en: '{relation}: {formula}' },
  rowTotal: { zh: '本行总计应为各列之和：{formula}', en: 'The row’s total should be the sum of its columns: {formula}' },
  rowTotalUnlocated: {
    zh: `本行总计应为各列之和：{formula}${UNLOCATED_NOTE.zh}`,
    en: `The row’s total should be the sum of its columns: {formula}${UNLOCATED_NOTE.en}`,
  },
  resultsTotal: {
    zh: '（七）总计的“{column}”列应为（一）至（六）各行之和：{formula}',
    en: 'The outcome total in column “{column}” should be the sum of rows (1) to (6): {formula}',
  },
  resultsTotalUnlocated: {
    zh: `（七）总计的“{column}”列应为（一）至（六）各行之和：{formula}${UNLOCATED_NOTE.zh}`,
    en: `The outcome total in column “{column}” should be the sum of rows (1) to (6): {formula}${UNLOCATED_NOTE.en}`,
  },
  balance: { zh: '“{column}”列不平衡：{formula}', en: 'Column “{column}” does not balance: {formula}' },
  balanceUnlocated: { zh: `“{column}”列不平衡：{formula}${UNLOCATED_NOTE.zh}`, en: `Column “{column}” does not balance: {formula}${UNLOCATED_NOTE.en}` },
  reviewTotal: {
    zh: '{group}的“总计”应为结果维持＋结果纠正＋其他结果＋尚未审结：{formula}',
    en: 'The total for {group} should be upheld + corrected + other + pending: {formula}',
  },
  reviewTotalUnlocated: {
    zh: `{group}的“总计”应为结果维持＋结果纠正＋其他结果＋尚未审结：{formula}${UNLOCATED_NOTE.zh}`,
    en: `The total for {group} should be upheld + corrected + other + pending: {formula}${UNLOCATED_NOTE.en}`,
  },
  /** Note: one cell of a per-sum finding's sum, with its value. */
  addend: { zh: '{label}：{value}', en: '{label}: {value}' },
} as const;

/**
 * What a finding carries for its fix: the cell (a located cell, or the total the sum's fix
 * corrects), the value it should hold and holds; a located finding also the sums it explains.
 */
const SUM_DATA = {
  table: 'string',
  row: 'string',
  column: 'number',
  expected: 'number|null',
  found: 'number|null',
  located: 'boolean?',
  explains: 'json?',
} as const;

type SumData = DataOf<typeof SUM_DATA>;
type SumContext = RuleCheckContext<typeof SUM_MESSAGES, SumData>;
type SumTable = 'three' | 'four';

/** The table of a code's relations. */
function tableOfCode(code: SumCode): SumTable {
  return SUM_RELATIONS.find((relation) => relation.code === code)?.table ?? 'three';
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The located message of a cell: its id (one sum or several pointing to it) and arguments. */
function locatedArgs(change: CellChange, table: SumTable, pointing: readonly SumCheck[]): { byAll: boolean; args: { cell: Bilingual; value: number; relations: Bilingual } } {
  const cell = cellName(change.term, table);
  // The value the table holds is in the finding's data and in each folded sum it lists.
  const relations = joinNames(pointing.map((check) => relationName(check, change.term.rowKey)));
  return { byAll: pointing.length > 1, args: { cell: { zh: cell.zh, en: capitalise(cell.en) }, value: change.to, relations } };
}

/**
 * The located finding's words, for the hovers and code lenses that show them beside the table:
 * “（一）予以公开”行“自然人”列很可能应为 3（本行总计和（七）总计的“自然人”列都指向这一格）.
 */
export function locatedMessage(change: CellChange, table: SumTable, pointing: readonly SumCheck[]): Bilingual {
  const { byAll, args } = locatedArgs(change, table, pointing);
  const template = byAll ? SUM_MESSAGES.locatedByAll : SUM_MESSAGES.located;
  const values: MessageArgs = args;
  return { zh: renderTemplate(template, values, 'zh'), en: renderTemplate(template, values, 'en') };
}

function reportLocated(ctx: SumContext, table: SumTable, group: BrokenGroup, change: CellChange, folded: readonly SumCheck[]): void {
  const related: NonNullable<Parameters<SumContext['report']>[0]['relatedInformation']> = folded.map((check) => ({
    range: check.left[0]!.cell!.range,
    messageId: 'foldedSum',
    args: { relation: relationName(check, change.term.rowKey), formula: formula(check) },
  }));
  for (const other of group.repairs[0]!.changes) {
    if (other === change) continue;
    const { byAll, args } = locatedArgs(other, table, brokenHolding(group, other.cell));
    related.push({ range: other.cell.range, messageId: byAll ? 'otherCellByAll' : 'otherCell', args });
  }
  const { byAll, args } = locatedArgs(change, table, brokenHolding(group, change.cell));
  ctx.report({
    range: change.cell.range,
    messageId: byAll ? 'locatedByAll' : 'located',
    args,
    relatedInformation: related,
    data: {
      table,
      row: change.term.rowKey,
      column: change.term.column,
      expected: change.to,
      found: change.from,
      located: true,
      explains: folded.map((check) => ({ code: check.relation.code, row: check.left[0]!.rowKey, column: check.left[0]!.column })),
    },
  });
}

/** A cell's value in a note (a broken sum's cells all hold numbers; '?' as formula writes an unknown one). */
function valueOf(term: SumTerm): number | string {
  return term.value ?? '?';
}

/** Table 四's group of a column: 行政复议, 行政诉讼 未经复议直接起诉, … */
function reviewGroup(column: number): (typeof TABLE4_GROUPS)[number] | undefined {
  return TABLE4_GROUPS[Math.floor(column / TABLE4_OUTCOMES.length)];
}

function reportSum(ctx: SumContext, table: SumTable, check: SumCheck, group: BrokenGroup, hasFix: boolean): void {
  const unlocated = group.kind === 'unlocated' && group.broken.length > 1;
  const total = check.left[0]!;
  const fixable = hasFix ? {} : { fixable: false as const };
  const column: Bilingual = { zh: total.columnLabel, en: total.englishColumnLabel };
  switch (check.relation.code) {
    case 'balance': {
      const term = (key: string): SumTerm => [...check.left, ...check.right].find((t) => t.rowKey === key)!;
      const forward = term('carryForward');
      const [n, k, t, f] = [term('new').value!, term('carried').value!, term('resultsTotal').value!, forward.value!];
      // What 四 (the usual slip) or, when that would go negative, 一 would have to hold to balance.
      const forwardFix = n + k - t;
      const newFix = t + f - k;
      const primary = forwardFix >= 0 ? { row: 'carryForward', expected: forwardFix, found: f } : { row: 'new', expected: newFix, found: n };
      ctx.report({
        range: forward.cell!.range,
        messageId: unlocated ? 'balanceUnlocated' : 'balance',
        args: { column, formula: formula(check) },
        relatedInformation: ['new', 'carried', 'resultsTotal', 'carryForward'].map((key) => ({
          range: term(key).cell!.range,
          messageId: 'addend' as const,
          args: { label: key === 'new' || key === 'carried' ? shortRowLabel(key) : citedRowLabel(key), value: valueOf(term(key)) },
        })),
        data: { table: 'three', column: forward.column, ...primary },
        ...fixable,
      });
      return;
    }
    case 'total-results': {
      // Only the non-zero addends are listed: twenty zeros would hide the ones that matter.
      const addends = check.right.filter((term) => term.value !== 0).map((term) => ({ range: term.cell!.range, messageId: 'addend' as const, args: { label: citedRowLabel(term.rowKey), value: valueOf(term) } }));
      ctx.report({
        range: total.cell!.range,
        messageId: unlocated ? 'resultsTotalUnlocated' : 'resultsTotal',
        args: { column, formula: formula(check) },
        relatedInformation: [...addends, { range: total.cell!.range, messageId: 'addend', args: { label: citedRowLabel('resultsTotal'), value: valueOf(total) } }],
        data: { table: 'three', row: 'resultsTotal', column: total.column, expected: check.expectedTotal, found: total.value },
        ...fixable,
      });
      return;
    }
    case 'total-review': {
      const reviewed = reviewGroup(total.column);
      const prefix = reviewed?.label ?? '';
      ctx.report({
        range: total.cell!.range,
        messageId: unlocated ? 'reviewTotalUnlocated' : 'reviewTotal',
        args: { group: { zh: reviewed?.label ?? '', en: reviewed?.englishLabel ?? '' }, formula: formula(check) },
        relatedInformation: [...check.right, total].map((term) => ({ range: term.cell!.range, messageId: 'addend' as const, args: { label: `${prefix}${term.columnLabel}`, value: valueOf(term) } })),
        data: { table, row: total.rowKey, column: total.column, expected: check.expectedTotal, found: total.value },
        ...fixable,
      });
      return;
    }
    default:
      ctx.report({
        range: total.cell!.range,
        messageId: unlocated ? 'rowTotalUnlocated' : 'rowTotal',
        args: { formula: formula(check) },
        relatedInformation: [...check.right, total].map((term) => ({
          range: term.cell!.range,
          messageId: 'addend' as const,
          args: { label: { zh: term.columnLabel, en: term.englishColumnLabel }, value: valueOf(term) },
        })),
        data: { table: 'three', row: total.rowKey, column: total.column, expected: check.expectedTotal, found: total.value },
        ...fixable,
      });
  }
}

/** Reports the findings of one code on its table: the located cells it hosts, and its sums no cell explains. */
function checkSums(ctx: SumContext, code: SumCode): void {
  const tableId = tableOfCode(code);
  const table = tableOfModel(ctx.model, tableId);
  if (!table) return;
  const localisation = localise(table);
  for (const group of localisation.groups) {
    if (group.kind === 'located' && !totalOfItsOneSum(group)) {
      for (const [change, folded] of folding(group)) {
        if (hostCode(change, brokenHolding(group, change.cell), ctx.enabled) === code) reportLocated(ctx, tableId, group, change, folded);
      }
      continue;
    }
    for (const check of group.broken) {
      if (check.relation.code !== code) continue;
      reportSum(ctx, tableId, check, group, checkChoices(localisation, check).length > 0);
    }
  }
}

/** The broken sum a per-sum finding of this code reports: its total's row (total-row) or column. */
function brokenCheckOf(localisation: Localisation, code: SumCode, row: string, column: number): SumCheck | null {
  for (const group of localisation.groups) {
    for (const check of group.broken) {
      if (check.relation.code !== code) continue;
      const total = check.left[0]!;
      if (check.relation.code === 'total-row' ? total.rowKey === row : total.column === column) return check;
    }
  }
  return null;
}

/**
 * The repairs the localisation offers (arithmetic/repairs.ts). A located cell's fix changes
 * that cell (safe); equally small repairs are choices, the one made only of totals safe when it
 * is the only one; a sum no small repair explains offers its total only when that breaks no
 * other sum, never for fix-all. No fix offered here makes a sum that holds stop holding.
 */
function sumFixes(model: ReportModel, code: SumCode, data: SumData): FixProposal[] {
  const tableId = data.table;
  if (tableId !== 'three' && tableId !== 'four') return [];
  const table = tableOfModel(model, tableId);
  if (!table) return [];
  const localisation = localise(table);
  let choices: RepairChoice[] = [];
  if (data.located === true) {
    const at = data.row ? locatedChangeAt(localisation, data.row, data.column) : null;
    if (at) choices = locatedChoices(table, at.group, at.change);
  } else {
    const check = brokenCheckOf(localisation, code, data.row, data.column);
    if (check) choices = checkChoices(localisation, check);
  }
  const out: FixProposal[] = [];
  for (const choice of choices) {
    const edits: TextEdit[] = [];
    for (const change of choice.changes) {
      const row = rowOfChange(table, change);
      if (!row) {
        edits.length = 0;
        break;
      }
      edits.push(...setCellEdits(model, table, row, change.term.column, String(change.to)));
    }
    if (edits.length > 0) out.push({ title: repairTitle(choice.changes, tableId), edits, safe: choice.safe && !contradictsStatedFigures(model, edits) });
  }
  return out;
}

/** The rule of one code of the schema's sum relations. */
export function sumRule(code: SumCode): Rule {
  const { name, description } = SUM_RULE_META[code];
  return defineRule({
    code,
    name,
    defaultSeverity: 'error',
    description,
    messages: SUM_MESSAGES,
    data: SUM_DATA,
    check(ctx) {
      checkSums(ctx, code);
    },
    fix(model, data) {
      return sumFixes(model, code, data);
    },
  });
}
