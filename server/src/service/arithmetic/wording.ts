/**
 * How the arithmetic findings, fixes and hovers write a sum: with its numbers
 * (3＋1＋0＋0＋0＋0＝4，表中为 5（多 1）), and how they name a cell and a relation in plain
 * Chinese (“（一）予以公开”行“自然人”列, 本行总计, （七）总计的“自然人”列): the pieces
 * the sum rules' messages (rules/sum-rules.ts) take as arguments.
 */
import type { Bilingual } from '../schema/format';
import { TABLE3_COLUMNS, TABLE3_ROWS, TABLE4_COLUMNS, TABLE4_GROUPS, TABLE4_OUTCOMES } from '../schema/format';
import type { SumCheck, SumTerm } from '../sums';
import type { CellChange } from './locate';

const TABLE3_ROW_DEFS = new Map(TABLE3_ROWS.map((r) => [r.key, r]));

/** The numeral that opens a table-三 group label: （三）不予公开 → （三）. */
const GROUP_NUMERAL = /^（[一二三四五六七]）/;

/** （三）1.属于国家秘密: a numbered row is named with its group's numeral, as clerks cite it. */
const CITED_LABEL = new Map(
  TABLE3_ROWS.map((r) => {
    const group = r.groups.length > 1 ? (r.groups[r.groups.length - 1] ?? '') : '';
    const numeral = GROUP_NUMERAL.exec(group)?.[0] ?? '';
    return [r.key, numeral + r.label];
  }),
);

/** A table-三 row as clerks cite it (（三）1.属于国家秘密); the key when unknown. */
export function citedRowLabel(key: string): string {
  return CITED_LABEL.get(key) ?? key;
}

function englishRowLabel(key: string): string {
  return TABLE3_ROW_DEFS.get(key)?.englishLabel ?? key;
}

/** The short form of a top-level label clerks use in sums: 一、本年新收. */
export function shortRowLabel(key: string): string {
  const label = TABLE3_ROW_DEFS.get(key)?.label ?? key;
  const cut = label.indexOf('政府信息公开申请');
  return cut > 0 ? label.slice(0, cut) : label;
}

const GROUP_OF_COLUMN = TABLE4_COLUMNS.map((_, c) => TABLE4_GROUPS[Math.floor(c / TABLE4_OUTCOMES.length)]!);

/** “（一）予以公开”行“自然人”列, or table 四's 行政复议“结果维持”. */
export function cellName(term: SumTerm, table: 'three' | 'four'): Bilingual {
  if (table === 'four') {
    const group = GROUP_OF_COLUMN[term.column];
    const column = TABLE4_COLUMNS[term.column];
    // Table 四's English column labels carry their group (lawsuit without prior review: total).
    return { zh: `表四${group?.label ?? ''}“${column?.label ?? ''}”`, en: `“${column?.englishLabel ?? ''}” in table 4` };
  }
  const column = TABLE3_COLUMNS[term.column];
  return {
    zh: `“${citedRowLabel(term.rowKey)}”行“${column?.label ?? ''}”列`,
    en: `row “${englishRowLabel(term.rowKey)}”, column “${column?.englishLabel ?? ''}”`,
  };
}

/** The group of a table-四 check (its total's column). */
function groupOfCheck(check: SumCheck): (typeof TABLE4_GROUPS)[number] | undefined {
  const total = check.left[0];
  return total ? GROUP_OF_COLUMN[total.column] : undefined;
}

/**
 * How a finding names a relation: 本行总计 (the row of the cell it is about), （七）总计的“自然人”列,
 * “自然人”列的勾稽关系, 行政复议的总计.
 */
export function relationName(check: SumCheck, fromRow?: string): Bilingual {
  const total = check.left[0]!;
  switch (check.relation.code) {
    case 'total-row':
      return total.rowKey === fromRow
        ? { zh: '本行总计', en: 'the row’s total' }
        : { zh: `“${citedRowLabel(total.rowKey)}”行的总计`, en: `the total of row “${englishRowLabel(total.rowKey)}”` };
    case 'total-results':
      return { zh: `（七）总计的“${total.columnLabel}”列`, en: `the outcome total of column “${total.englishColumnLabel}”` };
    case 'balance':
      return { zh: `“${total.columnLabel}”列的勾稽关系`, en: `the balance of column “${total.englishColumnLabel}”` };
    default: {
      const group = groupOfCheck(check);
      return { zh: `${group?.label ?? ''}的总计`, en: `the total of ${group?.englishLabel ?? ''}` };
    }
  }
}

/** A、B和C / A, B and C. */
export function joinNames(names: readonly Bilingual[]): Bilingual {
  const zh = names.map((n) => n.zh);
  const en = names.map((n) => n.en);
  const join = (list: string[], sep: string, last: string) => (list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(sep)}${last}${list[list.length - 1]}`);
  return { zh: join(zh, '、', '和'), en: join(en, ', ', ' and ') };
}

function numberOf(term: SumTerm): string {
  return term.value === null ? '?' : String(term.value);
}

/** （多 1） / （少 2）: how far the table's total is from the sum. */
function difference(stated: number, sum: number): Bilingual {
  const d = Math.round((stated - sum) * 1e6) / 1e6;
  if (d === 0) return { zh: '', en: '' };
  const n = Math.abs(d);
  return d > 0 ? { zh: `（多 ${n}）`, en: ` (${n} too many)` } : { zh: `（少 ${n}）`, en: ` (${n} too few)` };
}

/**
 * The sum with its numbers. A total: 3＋1＋0＋0＋0＋0＝4，表中为 5（多 1） (for （七）总计, whose
 * twenty-one addends are mostly 0, only the addends that are not 0). The balance:
 * 一、本年新收＋二、上年结转＝20＋1＝21，（七）总计＋四、结转下年度继续办理＝19＋3＝22（相差 1）.
 */
export function formula(check: SumCheck): Bilingual {
  if (check.relation.code === 'balance') {
    const find = (key: string) => [...check.left, ...check.right].find((t) => t.rowKey === key);
    const incoming = [find('new'), find('carried')];
    const outgoing = [find('resultsTotal'), find('carryForward')];
    const side = (terms: (SumTerm | undefined)[], sum: number | null) => `${terms.map((t) => (t ? numberOf(t) : '?')).join('＋')}＝${sum ?? '?'}`;
    const sideEn = (terms: (SumTerm | undefined)[], sum: number | null) => `${terms.map((t) => (t ? numberOf(t) : '?')).join(' + ')} = ${sum ?? '?'}`;
    const gap = check.leftSum !== null && check.rightSum !== null ? Math.abs(Math.round((check.leftSum - check.rightSum) * 1e6) / 1e6) : 0;
    return {
      zh: `${shortRowLabel('new')}＋${shortRowLabel('carried')}＝${side(incoming, check.rightSum)}，${citedRowLabel('resultsTotal')}＋${citedRowLabel('carryForward')}＝${side(outgoing, check.leftSum)}${gap ? `（相差 ${gap}）` : ''}`,
      en: `new + carried over = ${sideEn(incoming, check.rightSum)}, outcome total + carried into next year = ${sideEn(outgoing, check.leftSum)}${gap ? ` (a difference of ${gap})` : ''}`,
    };
  }
  const total = check.left[0]!;
  let addends = check.right;
  if (check.relation.code === 'total-results') addends = addends.filter((t) => t.value !== 0);
  const shown = addends.length === 0 ? ['0'] : addends.map(numberOf);
  const sum = check.rightSum === null ? '?' : String(check.rightSum);
  const stated = total.value === null ? { zh: '空', en: 'blank' } : { zh: String(total.value), en: String(total.value) };
  const diff = total.value !== null && check.rightSum !== null ? difference(total.value, check.rightSum) : { zh: '', en: '' };
  return {
    zh: `${shown.join('＋')}＝${sum}，表中为 ${stated.zh}${diff.zh}`,
    en: `${shown.join(' + ')} = ${sum}, the table says ${stated.en}${diff.en}`,
  };
}

/** A fix's title: 将“（一）予以公开”行“自然人”列改为 3（and the second cell of a pair）. */
export function repairTitle(changes: readonly CellChange[], table: 'three' | 'four'): Bilingual {
  const zh = changes.map((c) => `${cellName(c.term, table).zh}改为 ${c.to}`).join('，并将');
  const en = changes.map((c) => `${cellName(c.term, table).en} to ${c.to}`).join(' and ');
  return { zh: `将${zh}`, en: `Set ${en}` };
}
