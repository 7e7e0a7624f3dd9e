/**
 * Hovers: what a row counts and its legal basis, a total with its addends, what a
 * part must contain, and the deadline a date is held to.
 */
import type { CalendarDate, DateMention, Position, Range, ReportModel } from '../model';
import type { DeadlineSetting, Lang } from '../diagnostics';
import type { Bilingual } from '../schema/format';
import { DEADLINES, TABLE2_BLOCKS, TABLE3_COLUMNS, TABLE3_ROWS, TABLE4_COLUMNS, TABLE4_GROUPS, partById } from '../schema/format';
import { enDate, pick, zhDate } from '../i18n';
import { contains, tableHit, type TableHit } from './locate';
import { checksOfTotalCell, evaluateSums, type SumCheck, type SumTerm } from '../sums';
import { brokenHolding, groupOf, localise, type Localisation } from '../arithmetic/locate';
import { locatedChangeOf } from '../arithmetic/repairs';
import { cellName, formula, relationName } from '../arithmetic/wording';
import { locatedMessage } from '../rules/sum-rules';
import { deadlineKindOf } from './deadline';
import type { ReportSummary } from '../workspace/summary';
import { fileNameOf } from '../workspace/summary';

export interface Hover {
  /** Markdown. */
  contents: string;
  range: Range;
}

export interface HoverOptions {
  deadline?: DeadlineSetting;
  /** Last year's report of the same agency: a 二、上年结转 cell then shows last year's figure. */
  previous?: ReportSummary;
}

const t = (lang: Lang, zh: string, en: string): string => (lang === 'en' ? en : zh);

function termLabel(check: SumCheck, term: SumTerm, lang: Lang): string {
  if (check.relation.over === 'columns') {
    const def = TABLE3_ROWS.find((r) => r.key === term.rowKey);
    return lang === 'en' ? (def?.englishLabel ?? term.rowKey) : term.rowLabel;
  }
  const columns = check.relation.table === 'three' ? TABLE3_COLUMNS : TABLE4_COLUMNS;
  const column = columns[term.column];
  return lang === 'en' ? (column?.englishLabel ?? '') : term.columnLabel;
}

function termText(check: SumCheck, term: SumTerm, lang: Lang): string {
  const value = term.value === null ? t(lang, `（${term.cell?.raw || '空'}）`, `(${term.cell?.raw || 'blank'})`) : String(term.value);
  return `${termLabel(check, term, lang)} ${value}`;
}

/** （多 1）/ (1 too many): how far the table's total is from the sum it should be. */
function differenceOf(check: SumCheck, lang: Lang): string {
  const stated = check.left[0]?.value;
  if (stated === null || stated === undefined || check.expectedTotal === null) return '';
  const d = Math.round((stated - check.expectedTotal) * 1e6) / 1e6;
  if (d === 0) return '';
  return d > 0 ? t(lang, `（多 ${d}）`, ` (${d} too many)`) : t(lang, `（少 ${-d}）`, ` (${-d} too few)`);
}

/**
 * Under a sum that does not hold, where the slip most likely is when the arithmetic
 * localisation found one cell elsewhere (so the hover never suggests correcting a total
 * that is right): the sum with its numbers, then the cell.
 */
function slipLine(localisation: Localisation, check: SumCheck, lang: Lang): string {
  if (check.status !== 'mismatch') return '';
  const numbers = pick(formula(check), lang);
  const group = groupOf(localisation, check);
  if (group?.kind !== 'located') return `\n\n${numbers}`;
  const table = localisation.table.id === 'four' ? 'four' : 'three';
  const elsewhere = group.repairs[0]!.changes.filter((c) => c.cell !== check.left[0]?.cell);
  // This very cell is the slip: the located lines above already write its sums out.
  if (elsewhere.length === 0) return '';
  const cells = elsewhere.map((c) => t(lang, `${cellName(c.term, table).zh}应为 ${c.to}（表中为 ${c.from}）`, `${cellName(c.term, table).en} is ${c.to} (the table says ${c.from})`));
  return `\n\n${numbers}\n\n${t(lang, `很可能是另一格填错：${cells.join('；')}`, `Most likely the slip is elsewhere: ${cells.join('; ')}`)}`;
}

/** On a cell the localisation found: what it most likely should be, and the sums pointing to it. */
function locatedLines(localisation: Localisation, cell: NonNullable<TableHit['cell']>, lang: Lang): string | null {
  const change = locatedChangeOf(localisation, cell);
  if (!change) return null;
  const group = localisation.groups.find((g) => g.repairs[0]?.changes.includes(change))!;
  const pointing = brokenHolding(group, cell);
  const table = localisation.table.id === 'four' ? 'four' : 'three';
  const lines = pointing.map((check) => `- ${pick(relationName(check, change.term.rowKey), lang)}${t(lang, '：', ': ')}${pick(formula(check), lang)}`);
  return `**${pick(locatedMessage(change, table, pointing), lang)}**\n\n${lines.join('\n')}`;
}

/** 总计 = 自然人 1 + 商业企业 0 + … = 1；表中为 1 ✓ */
export function sumExplanation(check: SumCheck, lang: Lang): string {
  const right = check.right.map((term) => termText(check, term, lang)).join(' + ');
  const verdict =
    check.status === 'incomplete'
      ? t(lang, '无法核对：有空白或非数字的单元格', 'cannot be checked: a cell is blank or not a number')
      : check.status === 'ok'
        ? '✓'
        : t(lang, `✗ 应为 ${check.expectedTotal}${differenceOf(check, lang)}`, `✗ should be ${check.expectedTotal}${differenceOf(check, lang)}`);
  if (check.left.length === 1) {
    const total = check.left[0]!;
    const stated = total.value === null ? t(lang, '空', 'blank') : String(total.value);
    const sum = check.rightSum === null ? '?' : String(check.rightSum);
    return `${termLabel(check, total, lang)} = ${right} = ${sum}${t(lang, '；表中为 ', '; the table says ')}${stated} ${verdict}`;
  }
  const left = check.left.map((term) => termText(check, term, lang)).join(' + ');
  const ls = check.leftSum === null ? '?' : String(check.leftSum);
  const rs = check.rightSum === null ? '?' : String(check.rightSum);
  return `${left} = ${ls}${t(lang, '；', '; ')}${right} = ${rs} ${check.status === 'ok' ? '✓' : check.status === 'mismatch' ? '✗' : verdict}`;
}

function tableHover(hit: TableHit, lang: Lang): Hover | null {
  if (hit.caption) {
    const block = TABLE2_BLOCKS.find((b) => b.key === hit.caption!.blockKey);
    if (block) return { contents: `**${block.caption}**\n\n${pick(block.hover, lang)}`, range: hit.caption.span.range };
  }
  const def = hit.row?.def ?? null;
  if (hit.cell && hit.row) {
    const localisation = localise(hit.table);
    const located = locatedLines(localisation, hit.cell, lang);
    const checks = checksOfTotalCell(evaluateSums(hit.table), hit.cell);
    if (checks.length > 0) {
      const parts = checks.map((c) => `${pick(c.relation.description, lang)}\n\n${sumExplanation(c, lang)}${slipLine(localisation, c, lang)}`);
      if (located) parts.unshift(located);
      return { contents: parts.join('\n\n---\n\n'), range: hit.cell.range };
    }
    if (def) {
      const column = columnLabelOf(def.key, hit.table.id, hit.column, lang);
      const title = [def.table === 'four' ? '' : lang === 'en' ? def.englishLabel : def.label, column].filter(Boolean).join(' · ');
      const about = `**${title}**\n\n${pick(def.hover, lang)}`;
      return { contents: located ? `${located}\n\n---\n\n${about}` : about, range: hit.cell.range };
    }
  }
  if (hit.label && def) {
    const groups = def.groups.length > 0 ? `${def.groups.join(' › ')} › ` : '';
    return { contents: `**${groups}${def.label}**\n\n${pick(def.hover, lang)}`, range: hit.label.range };
  }
  return null;
}

function columnLabelOf(rowKey: string, table: 'two' | 'three' | 'four', column: number, lang: Lang): string {
  const columns =
    table === 'three' ? TABLE3_COLUMNS : table === 'four' ? TABLE4_COLUMNS : (TABLE2_BLOCKS.find((b) => b.rows.some((r) => r.key === rowKey))?.columns ?? []);
  const c = columns[column];
  if (!c) return '';
  if (table === 'four') {
    const group = c.key.split('.')[0];
    return lang === 'en' ? c.englishLabel : `${groupLabelOf(group)}${c.label}`;
  }
  return lang === 'en' ? c.englishLabel : c.label;
}

/** 行政复议 / 未经复议直接起诉 / 复议后起诉 by the group key that prefixes table 四's column keys. */
const TABLE4_GROUP_LABELS: Record<string, string> = Object.fromEntries(TABLE4_GROUPS.map((g) => [g.key, g.label]));

function groupLabelOf(group: string | undefined): string {
  return group ? `${TABLE4_GROUP_LABELS[group] ?? ''}·` : '';
}

function headingHover(model: ReportModel, pos: Position, lang: Lang): Hover | null {
  for (const part of model.parts) {
    const heading = part.heading;
    if (!heading || !contains(heading.range, pos)) continue;
    const def = partById(part.id);
    const standard =
      part.titleMatch === 'standard' ? '' : t(lang, `\n\n标准标题：${def.heading}`, `\n\nStandard title: ${def.heading}`);
    return { contents: `**${def.heading}**${lang === 'en' ? ` (${def.englishTitle})` : ''}\n\n${pick(def.mustContain, lang)}${standard}`, range: heading.range };
  }
  return null;
}

function dateString(date: CalendarDate, lang: Lang): string {
  return lang === 'en' ? enDate(date) : zhDate(date);
}

function compare(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}

const ROLE_TEXT: Record<DateMention['role'], Bilingual> = {
  'period-start': { zh: '统计期限起始日', en: 'start of the statistics period' },
  'period-end': { zh: '统计期限截止日', en: 'end of the statistics period' },
  signature: { zh: '落款日期', en: 'date of signature' },
  published: { zh: '发布日期', en: 'publication date' },
  text: { zh: '正文日期', en: 'date in the text' },
};

function dateHover(model: ReportModel, pos: Position, lang: Lang, options: HoverOptions): Hover | null {
  const mention = model.dates.find((d) => contains(d.range, pos));
  if (!mention) return null;
  const lines: string[] = [];
  const date = mention.status === 'valid' ? mention.date : mention.readings.length === 1 ? (mention.date ?? mention.readings[0]!) : null;
  const role = pick(ROLE_TEXT[mention.role], lang);
  if (mention.status === 'malformed') {
    lines.push(
      date
        ? t(lang, `**${role}**：按 ${zhDate(date)} 理解（“年”“月”等字样缺失，请补全）`, `**${role}**: read as ${enDate(date)} (characters such as 年/月 are lost)`)
        : t(lang, `**${role}**：无法确定日期（有多种读法）`, `**${role}**: ambiguous date`),
    );
  } else if (mention.status === 'invalid') {
    lines.push(t(lang, `**${role}**：不存在的日期`, `**${role}**: no such date`));
  } else if (date) {
    lines.push(`**${role}**：${dateString(date, lang)}`);
  }
  const year = model.year?.value;
  if (year !== undefined && date) {
    if (mention.role === 'period-start' || mention.role === 'period-end') {
      const expected = mention.role === 'period-start' ? { year, month: 1, day: 1 } : { year, month: 12, day: 31 };
      const ok = compare(date, expected) === 0;
      lines.push(
        t(lang, `统计期限应为 ${year}年1月1日至${year}年12月31日。`, `The statistics period is 1 January to 31 December ${year}.`) +
          (ok ? ' ✓' : t(lang, ` ✗ 应为 ${zhDate(expected)}`, ` ✗ should be ${enDate(expected)}`)),
      );
    } else {
      const choice = deadlineKindOf(model, options.deadline);
      const def = DEADLINES[choice.kind];
      const deadline = { year: year + 1, month: def.month, day: def.day };
      lines.push(
        t(lang, `适用时限：${zhDate(deadline)}前（${pick(choice.reason, lang)}）。`, `Deadline: ${enDate(deadline)} (${pick(choice.reason, lang)}).`),
        pick(def.description, lang),
      );
      if (mention.role === 'signature' || mention.role === 'published') {
        const late = daysBetween(deadline, date);
        if (compare(date, { year, month: 12, day: 31 }) <= 0) {
          lines.push(t(lang, `✗ 日期在报告年度${year}年之内，早于年度结束：疑为沿用往年文本。`, `✗ The date falls within ${year}, before the year ended: likely copied from an old report.`));
        } else if (late > 0) {
          lines.push(t(lang, `✗ 晚于时限 ${late} 天。`, `✗ ${late} days after the deadline.`));
        } else {
          lines.push(t(lang, '✓ 在时限内。', '✓ Within the deadline.'));
        }
      }
    }
  }
  if (lines.length === 0) return null;
  return { contents: lines.join('\n\n'), range: mention.range };
}

/** [, ] and \: escaped in a Markdown link text. */
const LINK_TEXT_SPECIAL = /[[\]\\]/g;

/**
 * On a 二、上年结转 cell: last year's 四、结转下年度继续办理 in the same column, with a
 * link to last year's file (at the cell's line), and whether the two agree.
 */
function lastYearLine(hit: TableHit, model: ReportModel, lang: Lang, previous: ReportSummary | undefined): string | null {
  if (!previous || !hit.cell || hit.row?.def?.key !== 'carried') return null;
  const year = model.year?.value;
  if (year === undefined || previous.year !== year - 1) return null;
  const before = previous.carriedForward?.[hit.column];
  const column = TABLE3_COLUMNS[hit.column];
  if (!before || !column) return null;
  const file = fileNameOf(previous.uri).replace(LINK_TEXT_SPECIAL, '\\$&');
  const link = `[${file}](${previous.uri}#L${before.range.start.line + 1})`;
  const forward = TABLE3_ROWS.find((r) => r.key === 'carryForward')!;
  const shown = before.value === null ? t(lang, `“${before.raw || '空'}”`, `“${before.raw || 'blank'}”`) : String(before.value);
  const verdict =
    before.value === null || hit.cell.kind !== 'integer' ? '' : before.value === hit.cell.value ? ' ✓' : t(lang, ` ✗ 本年为 ${hit.cell.value}`, ` ✗ this year says ${hit.cell.value}`);
  return t(
    lang,
    `上年度（${previous.year} 年）${link}：“${forward.label}”“${column.label}”列为 ${shown}${verdict}`,
    `Last year (${previous.year}) ${link}: carried into next year, ${column.englishLabel}: ${shown}${verdict}`,
  );
}

export function hover(model: ReportModel, position: Position, lang: Lang, options: HoverOptions = {}): Hover | null {
  const hit = tableHit(model, position);
  if (hit) {
    const h = tableHover(hit, lang);
    const lastYear = lastYearLine(hit, model, lang, options.previous);
    if (lastYear && hit.cell) return { contents: h ? `${h.contents}\n\n---\n\n${lastYear}` : lastYear, range: h?.range ?? hit.cell.range };
    if (h) return h;
  }
  return headingHover(model, position, lang) ?? dateHover(model, position, lang, options);
}

