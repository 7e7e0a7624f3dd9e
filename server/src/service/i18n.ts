/**
 * Small wording helpers shared by the rules: every finding carries both languages
 * (a Bilingual message) and `analyze` picks the requested one, so a rule never
 * needs to know the user's locale.
 */
import type { Bilingual, TableId } from './schema/format';
import { chineseNumeral } from './text/normalize';
import type { CalendarDate } from './model';
import type { Lang } from './diagnostics';

export function pick(text: Bilingual, lang: Lang): string {
  return lang === 'en' ? text.en : text.zh;
}

function tableNameOf(part: number): Bilingual {
  return { zh: `表${chineseNumeral(part)}`, en: `Table ${part}` };
}

/** Built once: rules name a table in many findings. Read-only, like every Bilingual. */
const TABLE_NAMES: Record<TableId, Bilingual> = { two: tableNameOf(2), three: tableNameOf(3), four: tableNameOf(4) };

/** 表三 / Table 3: the name clerks use for the table of part 三. */
export function tableName(table: TableId): Bilingual {
  return TABLE_NAMES[table];
}

export function isoDate(date: CalendarDate): string {
  return `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

/** 2025年2月14日 */
export function zhDate(date: CalendarDate): string {
  return `${date.year}年${date.month}月${date.day}日`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** 14 February 2025 */
export function enDate(date: CalendarDate): string {
  return `${date.day} ${MONTHS[date.month - 1] ?? date.month} ${date.year}`;
}

export function dateText(date: CalendarDate): Bilingual {
  return { zh: zhDate(date), en: enDate(date) };
}

/** 31 January */
export function enDayMonth(month: number, day: number): string {
  return `${day} ${MONTHS[month - 1] ?? month}`;
}
