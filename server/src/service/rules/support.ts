/**
 * Helpers the rule modules share: ranges, cell access, part text, and the
 * declaration helper that fills a rule's docs path from its code.
 */
import type { Bilingual, ColumnDef, RowDef, TableId } from '../schema/format';
import { partById, TABLE2_BLOCKS, TABLE3_COLUMNS, TABLE3_ROWS, TABLE4_COLUMNS, TABLE4_GROUPS, TABLE4_OUTCOMES, TABLE4_ROW } from '../schema/format';
import type { CalendarDate, Cell, DateMention, LineSpan, Part, ParsedTable, Range, ReportModel, TableRow } from '../model';
import { range } from '../model';
import type { Diagnostic, Rule, RuleCode, RuleContext, RuleFix, RuleMeta, Severity } from '../diagnostics';
import type { ArgsOf, MessageTable } from '../messages';
import type { DataOf, DataShape } from '../finding-data';
import type { FixProposal } from '../fixes/types';

/** One message of the table by id, with the arguments its template names (see messages.ts). */
type MessageRef<M extends MessageTable> = {
  [Id in keyof M & string]: { messageId: Id } & ArgsField<ArgsOf<M[Id]>>;
}[keyof M & string];

type ArgsField<A> = string extends keyof A ? { args?: A } : [keyof A] extends [never] ? { args?: undefined } : { args: A };

/** A finding as the rule writes it: its message and notes named in its own table, its data of its own shape. */
export type RuleFinding<M extends MessageTable, D> = MessageRef<M> & {
  range: Range;
  relatedInformation?: (MessageRef<M> & { range: Range; uri?: string })[];
  fixable?: false;
} & ([D] extends [undefined] ? { data?: undefined } : { data: D });

export type RuleCheckContext<M extends MessageTable, D> = Omit<RuleContext, 'report'> & { report(finding: RuleFinding<M, D>): void };

export interface RuleDeclaration<M extends MessageTable, S extends DataShape | undefined> {
  code: RuleCode;
  /** A short name for action titles and summaries: 在此处忽略“行总计”. */
  name: Bilingual;
  defaultSeverity: Severity;
  description: Bilingual;
  /** Every message, by id: a zh and an en template with {name} placeholders. */
  messages: M;
  /** The facts a finding carries for the fix, when it carries any. */
  data?: S;
  check(ctx: RuleCheckContext<M, S extends DataShape ? DataOf<S> : undefined>): void;
  /** The fix, given a finding's data (already checked against `data`); having one makes the rule fixable. */
  fix?(model: ReportModel, data: S extends DataShape ? DataOf<S> : undefined, diagnostic: Diagnostic): FixProposal[];
}

export function docsPath(code: string): string {
  return `docs/rules/${code}.md`;
}

export function metaOf(code: RuleCode, name: Bilingual, defaultSeverity: Severity, description: Bilingual, fixable: boolean): RuleMeta {
  return { code, name, defaultSeverity, description, docs: docsPath(code), fixable };
}

/** A rule from its declaration: metadata (fixable when it has a fix), messages, data shape, check and fix. */
export function defineRule<const M extends MessageTable, const S extends DataShape | undefined = undefined>(decl: RuleDeclaration<M, S>): Rule {
  const rule: Rule = {
    meta: metaOf(decl.code, decl.name, decl.defaultSeverity, decl.description, decl.fix !== undefined),
    messages: decl.messages,
    check: decl.check as unknown as (ctx: RuleContext) => void,
  };
  if (decl.data) rule.dataShape = decl.data;
  if (decl.fix) rule.fix = decl.fix as RuleFix;
  return rule;
}

/** The whole of one line (start to end of its text). */
export function lineRange(model: ReportModel, line: number): Range {
  const safe = Math.max(0, Math.min(line, model.lines.length - 1));
  const text = model.lines[safe] ?? '';
  return range(safe, 0, safe, text.length);
}

/** Where a part is shown: its heading, or the first line of its body when it has none. */
export function partAnchor(model: ReportModel, part: Part): Range {
  return part.heading?.range ?? lineRange(model, part.bodyStartLine);
}

/**
 * A part with a statutory table (二, 三, 四) whose heading is there but whose table is not: not
 * read in its body, nor standing anywhere else in the text.
 */
export function tableNotFound(part: Part): boolean {
  return partById(part.id).table !== undefined && part.table === null && part.tableElsewhere === null;
}

/** Whether some part's statutory table is not found in the text (what makes an adapter look for pictures). */
export function tablesNotFound(model: ReportModel): boolean {
  return model.parts.some(tableNotFound);
}

/**
 * Whether a part's table that is not found in the text may be a picture of it: a page of the
 * source that paints a picture (AnalyzeOptions.pictures) is one the part spans, from the page of
 * its heading to the page where the next part begins. Where on its page the picture stands is
 * not known, so it may stand in any gap between the page's lines, before its first or after its
 * last (gap g is the one above line g: a page of lines [s, e) offers gaps s…e, a page with no
 * text the one gap s). The part holds the gaps below its heading down to the next part's
 * heading (a part from line a to b: gaps a+1…b). The two meet: the table may be the picture.
 */
export function tablePictured(model: ReportModel, pictures: readonly LineSpan[] | undefined, part: Part): boolean {
  if (!pictures || pictures.length === 0 || !tableNotFound(part)) return false;
  const start = part.heading?.line ?? part.bodyStartLine;
  const next = model.parts[model.parts.indexOf(part) + 1];
  const end = next ? (next.heading?.line ?? next.bodyStartLine) : model.lines.length;
  return pictures.some((page) => Math.max(page.startLine, start + 1) <= Math.min(page.endLine, end));
}

export function containsAny(text: string, words: readonly string[]): boolean {
  for (const word of words) if (text.includes(word)) return true;
  return false;
}

/**
 * The words of a list that hold no other word of it (平台建设 holds 平台): containsAny gives
 * the same answer with these alone, and a text lacking them is scanned fewer times. For
 * keyword lists of the schema, resolved once at module load.
 */
export function minimalWords(words: readonly string[]): readonly string[] {
  const out: string[] = [];
  words.forEach((word, i) => {
    const holdsAnother = words.some((other, j) => j !== i && word.includes(other) && (other !== word || j < i));
    if (!holdsAnother) out.push(word);
  });
  return out;
}

/** Table 二's columns by row key: the first block holding a row of that key. */
const TABLE2_COLUMNS_BY_ROW = new Map<string, readonly ColumnDef[]>();
for (const block of TABLE2_BLOCKS) for (const r of block.rows) if (!TABLE2_COLUMNS_BY_ROW.has(r.key)) TABLE2_COLUMNS_BY_ROW.set(r.key, block.columns);
const NO_COLUMNS: readonly ColumnDef[] = [];

/** The columns a row's cells stand for: table 二's block columns, or table 三's / 四's. Hot path: once per row. */
export function columnsOf(def: RowDef): readonly ColumnDef[] {
  if (def.table === 'three') return TABLE3_COLUMNS;
  if (def.table === 'four') return TABLE4_COLUMNS;
  return TABLE2_COLUMNS_BY_ROW.get(def.key) ?? NO_COLUMNS;
}

/** A cell's value when it holds a usable number (integer, or decimal where amounts are allowed). */
export function numberAt(row: TableRow | null, column: number): number | null {
  const cell: Cell | undefined = row?.cells[column];
  if (!cell) return null;
  if (cell.kind === 'integer') return cell.value;
  return null;
}

/** Statutory tables present in the document. */
export function tablesOf(model: ReportModel): ParsedTable[] {
  const out: ParsedTable[] = [];
  for (const part of model.parts) if (part.table) out.push(part.table);
  return out;
}

/**
 * The tables whose rows and cells may be checked: those read with confidence. An uncertain
 * table (ParsedTable.uncertain) gets one table-unreadable finding and nothing that a misreading
 * could have caused (a missing row, a wrong total).
 */
export function checkedTables(model: ReportModel): ParsedTable[] {
  const out: ParsedTable[] = [];
  for (const part of model.parts) if (part.table && part.table.uncertain === null) out.push(part.table);
  return out;
}

/** The official label of a row as clerks read it (table 四's single row has none). */
export function rowLabel(def: RowDef): Bilingual {
  return { zh: def.label, en: def.englishLabel };
}

export function columnLabel(column: ColumnDef): Bilingual {
  return { zh: column.label, en: column.englishLabel };
}

export type { TableId };

const TABLE2_ROWS: readonly RowDef[] = TABLE2_BLOCKS.flatMap((b) => b.rows);

const TABLE4_ROWS: readonly RowDef[] = [TABLE4_ROW];

/** The statutory rows of a table, in the official order. */
export function statutoryRows(table: TableId): readonly RowDef[] {
  if (table === 'two') return TABLE2_ROWS;
  if (table === 'three') return TABLE3_ROWS;
  return TABLE4_ROWS;
}

/** Where a row is shown: its label, else its first line. */
export function rowAnchor(model: ReportModel, row: TableRow): Range {
  if (row.label) return row.label.range;
  return lineRange(model, row.startLine);
}

/** The first table of this id read with confidence (see checkedTables), or null. */
export function tableOfModel(model: ReportModel, id: TableId): ParsedTable | null {
  for (const part of model.parts) if (part.table?.id === id) return part.table.uncertain === null ? part.table : null;
  return null;
}

/** The official label of a table-三 row by key (never spelled outside the schema). */
export function table3Label(key: string): string {
  return TABLE3_ROWS.find((r) => r.key === key)?.label ?? key;
}

/** The short form of a top-level label that clerks use in sums: 一、本年新收. */
export function shortTable3Label(key: string): string {
  const label = table3Label(key);
  const cut = label.indexOf('政府信息公开申请');
  return cut > 0 ? label.slice(0, cut) : label;
}

/** The calendar date a mention stands for: a valid date, or a malformed one read unambiguously. */
export function readableDate(mention: DateMention | null | undefined): CalendarDate | null {
  if (!mention) return null;
  if (mention.status === 'valid') return mention.date;
  if (mention.status === 'malformed' && mention.readings.length === 1) return mention.date ?? mention.readings[0] ?? null;
  return null;
}

/** Compare two calendar dates: negative when a is earlier. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** The report's own date: the 落款 date when it can be read, else the page's publication date. */
export function reportDate(model: ReportModel): { mention: DateMention; date: CalendarDate } | null {
  const signed = model.signature?.date;
  const signedDate = readableDate(signed);
  if (signed && signedDate) return { mention: signed, date: signedDate };
  const published = readableDate(model.published);
  if (model.published && published) return { mention: model.published, date: published };
  return null;
}

/** How a message names a row: its official label in quotes, or the table for table 四's single row. */
export function rowName(def: RowDef): Bilingual {
  if (def.label) return { zh: `“${def.label}”`, en: `“${def.englishLabel}”` };
  const table = def.table === 'four' ? '表四' : def.table === 'three' ? '表三' : '表二';
  return { zh: table, en: `the row of ${def.englishLabel}` };
}

/** How a message names a column: table 四's columns carry their group (复议后起诉总计). */
export function columnName(def: RowDef, column: number): Bilingual {
  const col = columnsOf(def)[column];
  if (!col) return { zh: `第${column + 1}列`, en: `column ${column + 1}` };
  if (def.table !== 'four') return { zh: col.label, en: col.englishLabel };
  const group = TABLE4_GROUPS[Math.floor(column / TABLE4_OUTCOMES.length)];
  return { zh: `${group?.label ?? ''}${col.label}`, en: col.englishLabel };
}
