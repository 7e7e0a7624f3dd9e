/**
 * The report model: what the parser recovers from a draft, and what every rule,
 * fix, hover and symbol provider reads. Plain data, no LSP types, no I/O.
 *
 * Readonly all the way down (properties and arrays): what the parser found is what every reader
 * sees, and none can change it for the others. The parser alone builds it, on drafts of these
 * types (parser/draft.ts); a reader that needs to remember something about a model keeps it beside
 * the model, never on it: in the analysis's RuleContext (the prose), or in a WeakMap keyed by it
 * whose values do not hold the key (V8's young-generation collector keeps WeakMap values alive).
 *
 * Positions follow LSP conventions (zero-based line, zero-based UTF-16 character)
 * so the server passes them through untouched; the service itself never imports LSP.
 */
import type { PartId, RowDef, TableId } from './schema/format';

export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

/** A piece of the document: its text as written and where it stands. */
export interface Span {
  readonly text: string;
  readonly range: Range;
}

/** How a statutory table is laid out in the draft (the seeds show all of these). */
export type TableLayout =
  | 'markdown' // | a | b | with a |---| delimiter row
  | 'pipe' // label | 0 | 0 | rows without a delimiter row
  | 'tab' // tab-separated cells
  | 'cellPerLine' // one cell per line, with or without a trailing |
  | 'spaced'; // label then values separated by spaces (text copied out of a PDF or Word)

export interface Heading {
  readonly line: number;
  /** The heading text without Markdown markers (#, **). */
  readonly range: Range;
  /** The numeral as written (一 … 六), or null when the heading has none. */
  readonly numeral: { readonly text: string; readonly value: number; readonly range: Range } | null;
  /** The title after the numeral and its separator. */
  readonly title: Span;
  readonly style: 'plain' | 'markdown' | 'bold';
}

export interface SubHeading {
  readonly line: number;
  readonly range: Range;
  /** （一） or 1、 as written */
  readonly marker: Span;
  /** 1-based position the marker states. */
  readonly index: number;
  readonly title: Span;
}

export interface Part {
  /** The statutory part this is, decided by its title (or by its numeral when the title is garbled). */
  readonly id: PartId;
  /** null when the part was recovered without a heading (e.g. an overview whose heading was lost). */
  readonly heading: Heading | null;
  /** How the heading's title relates to the standard title. */
  readonly titleMatch: 'standard' | 'variant' | 'keyword' | 'implicit';
  /** First line of the body (the line after the heading). */
  readonly bodyStartLine: number;
  /** Line after the body's last line (exclusive). */
  readonly bodyEndLine: number;
  readonly subheadings: readonly SubHeading[];
  /** The statutory table found in this part's body (parts 二, 三, 四), or null. */
  readonly table: ParsedTable | null;
  /**
   * A part with its heading but without its table: where that table stands instead (in another
   * part, before the first part or after the 落款), or null. Not read as this part's table.
   */
  readonly tableElsewhere: LineSpan | null;
}

/** Whole lines [startLine, endLine). */
export interface LineSpan {
  readonly startLine: number;
  readonly endLine: number;
}

export type CellKind = 'integer' | 'decimal' | 'empty' | 'slash' | 'text';

export interface Cell {
  /** The cell's text as written, trimmed. */
  readonly raw: string;
  /** Range of the trimmed text; an empty cell has a zero-width range where its value belongs. */
  readonly range: Range;
  readonly kind: CellKind;
  /** Numeric value for integer/decimal cells (full-width digits accepted), else null. */
  readonly value: number | null;
}

export interface TableRow {
  /** The statutory row this row is, or null when it matches none. */
  readonly def: RowDef | null;
  /** The row's own label cell as written, or null when the label was lost. */
  readonly label: Span | null;
  /** Group label cells written on this row (三、本年度办理结果, （三）不予公开 …). */
  readonly groupLabels: readonly Span[];
  /**
   * official: the label equals the official one after normalisation;
   * variant: recognised but differs (typo such as 总记, split or reworded);
   * missing: no label, the row was placed by position;
   * unknown: a label that matches no statutory row.
   */
  readonly labelStatus: 'official' | 'variant' | 'missing' | 'unknown';
  /** Data cells in column order. Fewer than the table's columns means values are missing. */
  readonly cells: readonly Cell[];
  /** Cells that are neither label nor data (stray marks such as † or ,). */
  readonly strayCells: readonly Cell[];
  /**
   * A row that stands for a whole group whose sub-rows were written as this one row (（六）其他处理
   * with its values, its three sub-rows absent): the group's official label. row-missing reports
   * the group once instead of each absent sub-row.
   */
  readonly mergedGroup?: string;
  readonly startLine: number;
  /** Exclusive. */
  readonly endLine: number;
  readonly range: Range;
}

export interface ParsedTable {
  readonly id: TableId;
  readonly layout: TableLayout;
  readonly startLine: number;
  /** Exclusive. */
  readonly endLine: number;
  readonly range: Range;
  /** Data rows in document order (statutory ones and unknown ones). */
  readonly rows: readonly TableRow[];
  /** Table 二: the block captions (第二十条第（一）项 …) found, keyed by block key. */
  readonly captions: readonly { readonly blockKey: string; readonly span: Span }[];
  /** Header lines (captions, column headers, notes): not data. */
  readonly headerLines: readonly number[];
  /** Markers of the outdated 2019 layout found inside the table. */
  readonly outdatedMarkers: readonly Span[];
  /**
   * Why the table could not be read with confidence (text between its rows that belongs to no
   * row, values that cannot be placed in their columns), or null when it was. The rules report an
   * uncertain table once (table-unreadable) and check none of its rows or sums.
   */
  readonly uncertain: { readonly line: number; readonly text: string } | null;
}

export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export interface DateMention {
  readonly raw: string;
  readonly range: Range;
  readonly line: number;
  /**
   * valid: a real calendar date; invalid: well-formed but does not exist (2月30日);
   * malformed: characters lost or run together (202411日, 2025214).
   */
  readonly status: 'valid' | 'invalid' | 'malformed';
  /** The date as read: for malformed ones the likely reading, or null when ambiguous. */
  readonly date: CalendarDate | null;
  /** For malformed dates: every plausible reading (one means unambiguous). */
  readonly readings: readonly CalendarDate[];
  /** Where the date stands. */
  readonly role: 'period-start' | 'period-end' | 'signature' | 'published' | 'text';
  /** Time of day when the page shows one (08:50). */
  readonly time?: string;
  /** Month and day were written without a year (12月31日 in a period). */
  readonly yearImplied?: boolean;
}

export interface YearMention {
  readonly value: number;
  /** Range of the year digits (2024), excluding 年. */
  readonly range: Range;
  readonly line: number;
  /** The part the mention stands in, or null (title, preamble, after the end). */
  readonly partId: PartId | null;
  /** Part of a full date (2024年1月1日). */
  readonly inDate: boolean;
  /** Part of the title line or the statistics period. */
  readonly inTitle: boolean;
  readonly inPeriod: boolean;
  /** The clause around the mention (between sentence punctuation), for cue words. */
  readonly clause: string;
}

export interface StatisticsPeriod {
  readonly line: number;
  /** The whole phrase, from the marker (统计期限) to the end date. */
  readonly range: Range;
  readonly marker: Span;
  readonly start: DateMention | null;
  readonly end: DateMention | null;
}

/** A figure stated in prose that a table also states. */
export interface NarrativeFigure {
  readonly kind:
    | 'requestsReceived'
    | 'requestsAnswered'
    | 'reviews'
    | 'lawsuits'
    | 'reviewsCorrected'
    | 'lawsuitsLost'
    | 'normativeDocsIssued'
    | 'normativeDocsInForce';
  readonly value: number;
  /** Range of the number (or of the phrase for statements such as 未收到 / 未发生). */
  readonly range: Range;
  readonly line: number;
  /** The phrase the figure was read from. */
  readonly phrase: string;
}

export interface Directive {
  readonly kind: 'disable' | 'enable' | 'disable-next-line';
  /** Rule codes named; empty means all rules. */
  readonly codes: readonly string[];
  readonly line: number;
  readonly range: Range;
}

/** A topic of part 一 written as a part heading (一、主动公开 instead of （一）主动公开). */
export interface OverviewTopicHeading {
  readonly line: number;
  /** From the numeral to the title's end (Markdown markers and run-in text aside): 一、主动公开. */
  readonly range: Range;
  /** The numeral and its separator as written (一、), with the spaces after them. */
  readonly marker: Span;
  /** The numeral's value as written (1 … 6). */
  readonly value: number;
  readonly title: Span;
}

/**
 * Part 一's topics numbered as parts (一、主动公开 … 五、监督保障, or 二、 … 六、 after 一、总体情况):
 * the parser reads them as part 一's sub-headings and the parts after them by their titles.
 */
export interface OverviewAsParts {
  /** The topic headings, in document order (three to five, numbered one after the other). */
  readonly headings: readonly OverviewTopicHeading[];
  /** Whether the parts after them are numbered on from them (六、主动公开政府信息情况). */
  readonly shifted: boolean;
  /** The written numeral less the part's own for the parts numbered on (4 for 六、主动公开政府信息情况), else 0. */
  readonly shift: number;
}

export interface ReportModel {
  /** The document's lines, without line terminators. */
  readonly lines: readonly string[];
  /** Line terminator used by the document (for edits that insert lines). */
  readonly eol: '\n' | '\r\n';
  /** First and last (exclusive) lines of the report proper; web-page noise lies outside. */
  readonly contentStartLine: number;
  readonly contentEndLine: number;
  readonly title: Span | null;
  readonly agency: Span | null;
  readonly year: { readonly value: number; readonly source: 'title' | 'period' | 'text'; readonly range: Range } | null;
  /** Lines before the first part (legal basis, statistics period, contact). */
  readonly preamble: { readonly startLine: number; readonly endLine: number } | null;
  /** Parts in document order, as found: may be out of order, duplicated or missing. */
  readonly parts: readonly Part[];
  readonly period: StatisticsPeriod | null;
  readonly dates: readonly DateMention[];
  readonly years: readonly YearMention[];
  /** The 落款: the agency name and date that close the report. */
  readonly signature: { readonly agency: Span | null; readonly date: DateMention | null } | null;
  /** The publication date shown on the page (发布日期 / 发布时间 / a leading 2025-02-14 08:50). */
  readonly published: DateMention | null;
  readonly figures: readonly NarrativeFigure[];
  readonly directives: readonly Directive[];
  /** How strongly the text looks like a report: the number of the six standard part titles found. */
  readonly standardTitleCount: number;
  /** Part 一's topics numbered as parts (overview-numbering), or null. */
  readonly overviewAsParts: OverviewAsParts | null;
}

/** A model with nothing recovered: for documents that were not (or could not be) parsed. */
export function emptyModel(lines: readonly string[] = [], eol: '\n' | '\r\n' = '\n'): ReportModel {
  return {
    lines,
    eol,
    contentStartLine: 0,
    contentEndLine: lines.length,
    title: null,
    agency: null,
    year: null,
    preamble: null,
    parts: [],
    period: null,
    dates: [],
    years: [],
    signature: null,
    published: null,
    figures: [],
    directives: [],
    standardTitleCount: 0,
    overviewAsParts: null,
  };
}

export function tableOf(model: ReportModel, id: TableId): ParsedTable | null {
  for (const part of model.parts) if (part.table?.id === id) return part.table;
  return null;
}

/** The part whose heading or body holds the line. */
export function partAtLine(model: ReportModel, line: number): Part | null {
  for (const part of model.parts) {
    const start = part.heading ? part.heading.line : part.bodyStartLine;
    if (line >= start && line < part.bodyEndLine) return part;
  }
  return null;
}

export function partOf(model: ReportModel, id: PartId): Part | null {
  for (const part of model.parts) if (part.id === id) return part;
  return null;
}

export function rowOf(table: ParsedTable | null, key: string): TableRow | null {
  if (!table) return null;
  for (const row of table.rows) if (row.def?.key === key) return row;
  return null;
}

export function range(startLine: number, startChar: number, endLine: number, endChar: number): Range {
  return { start: { line: startLine, character: startChar }, end: { line: endLine, character: endChar } };
}
