/**
 * The report model: what the parser recovers from a draft, and what every rule,
 * fix, hover and symbol provider reads. Plain data, no LSP types, no I/O.
 *
 * Positions follow LSP conventions (zero-based line, zero-based UTF-16 character)
 * so the server passes them through untouched; the service itself never imports LSP.
 */
import type { PartId, RowDef, TableId } from './schema/format';

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** A piece of the document: its text as written and where it stands. */
export interface Span {
  text: string;
  range: Range;
}

/** How a statutory table is laid out in the draft (the seeds show all of these). */
export type TableLayout =
  | 'markdown' // | a | b | with a |---| delimiter row
  | 'pipe' // label | 0 | 0 | rows without a delimiter row
  | 'tab' // tab-separated cells
  | 'cellPerLine' // one cell per line, with or without a trailing |
  | 'spaced'; // label then values separated by spaces (text copied out of a PDF or Word)

export interface Heading {
  line: number;
  /** The heading text without Markdown markers (#, **). */
  range: Range;
  /** The numeral as written (一 … 六), or null when the heading has none. */
  numeral: { text: string; value: number; range: Range } | null;
  /** The title after the numeral and its separator. */
  title: Span;
  style: 'plain' | 'markdown' | 'bold';
}

export interface SubHeading {
  line: number;
  range: Range;
  /** （一） or 1、 as written */
  marker: Span;
  /** 1-based position the marker states. */
  index: number;
  title: Span;
}

export interface Part {
  /** The statutory part this is, decided by its title (or by its numeral when the title is garbled). */
  id: PartId;
  /** null when the part was recovered without a heading (e.g. an overview whose heading was lost). */
  heading: Heading | null;
  /** How the heading's title relates to the standard title. */
  titleMatch: 'standard' | 'variant' | 'keyword' | 'implicit';
  /** First line of the body (the line after the heading). */
  bodyStartLine: number;
  /** Line after the body's last line (exclusive). */
  bodyEndLine: number;
  subheadings: SubHeading[];
  /** The statutory table found in this part's body (parts 二, 三, 四), or null. */
  table: ParsedTable | null;
  /**
   * A part with its heading but without its table: where that table stands instead (in another
   * part, before the first part or after the 落款), or null. Not read as this part's table.
   */
  tableElsewhere: LineSpan | null;
}

/** Whole lines [startLine, endLine). */
export interface LineSpan {
  startLine: number;
  endLine: number;
}

export type CellKind = 'integer' | 'decimal' | 'empty' | 'slash' | 'text';

export interface Cell {
  /** The cell's text as written, trimmed. */
  raw: string;
  /** Range of the trimmed text; an empty cell has a zero-width range where its value belongs. */
  range: Range;
  kind: CellKind;
  /** Numeric value for integer/decimal cells (full-width digits accepted), else null. */
  value: number | null;
}

export interface TableRow {
  /** The statutory row this row is, or null when it matches none. */
  def: RowDef | null;
  /** The row's own label cell as written, or null when the label was lost. */
  label: Span | null;
  /** Group label cells written on this row (三、本年度办理结果, （三）不予公开 …). */
  groupLabels: Span[];
  /**
   * official: the label equals the official one after normalisation;
   * variant: recognised but differs (typo such as 总记, split or reworded);
   * missing: no label, the row was placed by position;
   * unknown: a label that matches no statutory row.
   */
  labelStatus: 'official' | 'variant' | 'missing' | 'unknown';
  /** Data cells in column order. Fewer than the table's columns means values are missing. */
  cells: Cell[];
  /** Cells that are neither label nor data (stray marks such as † or ,). */
  strayCells: Cell[];
  /**
   * A row that stands for a whole group whose sub-rows were written as this one row (（六）其他处理
   * with its values, its three sub-rows absent): the group's official label. row-missing reports
   * the group once instead of each absent sub-row.
   */
  mergedGroup?: string;
  startLine: number;
  /** Exclusive. */
  endLine: number;
  range: Range;
}

export interface ParsedTable {
  id: TableId;
  layout: TableLayout;
  startLine: number;
  /** Exclusive. */
  endLine: number;
  range: Range;
  /** Data rows in document order (statutory ones and unknown ones). */
  rows: TableRow[];
  /** Table 二: the block captions (第二十条第（一）项 …) found, keyed by block key. */
  captions: { blockKey: string; span: Span }[];
  /** Header lines (captions, column headers, notes): not data. */
  headerLines: number[];
  /** Markers of the outdated 2019 layout found inside the table. */
  outdatedMarkers: Span[];
  /**
   * Why the table could not be read with confidence (text between its rows that belongs to no
   * row, values that cannot be placed in their columns), or null when it was. The rules report an
   * uncertain table once (table-unreadable) and check none of its rows or sums.
   */
  uncertain: { line: number; text: string } | null;
}

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export interface DateMention {
  raw: string;
  range: Range;
  line: number;
  /**
   * valid: a real calendar date; invalid: well-formed but does not exist (2月30日);
   * malformed: characters lost or run together (202411日, 2025214).
   */
  status: 'valid' | 'invalid' | 'malformed';
  /** The date as read: for malformed ones the likely reading, or null when ambiguous. */
  date: CalendarDate | null;
  /** For malformed dates: every plausible reading (one means unambiguous). */
  readings: CalendarDate[];
  /** Where the date stands. */
  role: 'period-start' | 'period-end' | 'signature' | 'published' | 'text';
  /** Time of day when the page shows one (08:50). */
  time?: string;
  /** Month and day were written without a year (12月31日 in a period). */
  yearImplied?: boolean;
}

export interface YearMention {
  value: number;
  /** Range of the year digits (2024), excluding 年. */
  range: Range;
  line: number;
  /** The part the mention stands in, or null (title, preamble, after the end). */
  partId: PartId | null;
  /** Part of a full date (2024年1月1日). */
  inDate: boolean;
  /** Part of the title line or the statistics period. */
  inTitle: boolean;
  inPeriod: boolean;
  /** The clause around the mention (between sentence punctuation), for cue words. */
  clause: string;
}

export interface StatisticsPeriod {
  line: number;
  /** The whole phrase, from the marker (统计期限) to the end date. */
  range: Range;
  marker: Span;
  start: DateMention | null;
  end: DateMention | null;
}

/** A figure stated in prose that a table also states. */
export interface NarrativeFigure {
  kind:
    | 'requestsReceived'
    | 'requestsAnswered'
    | 'reviews'
    | 'lawsuits'
    | 'reviewsCorrected'
    | 'lawsuitsLost'
    | 'normativeDocsIssued'
    | 'normativeDocsInForce';
  value: number;
  /** Range of the number (or of the phrase for statements such as 未收到 / 未发生). */
  range: Range;
  line: number;
  /** The phrase the figure was read from. */
  phrase: string;
}

export interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line';
  /** Rule codes named; empty means all rules. */
  codes: string[];
  line: number;
  range: Range;
}

/** A topic of part 一 written as a part heading (一、主动公开 instead of （一）主动公开). */
export interface OverviewTopicHeading {
  line: number;
  /** From the numeral to the title's end (Markdown markers and run-in text aside): 一、主动公开. */
  range: Range;
  /** The numeral and its separator as written (一、), with the spaces after them. */
  marker: Span;
  /** The numeral's value as written (1 … 6). */
  value: number;
  title: Span;
}

/**
 * Part 一's topics numbered as parts (一、主动公开 … 五、监督保障, or 二、 … 六、 after 一、总体情况):
 * the parser reads them as part 一's sub-headings and the parts after them by their titles.
 */
export interface OverviewAsParts {
  /** The topic headings, in document order (three to five, numbered one after the other). */
  headings: OverviewTopicHeading[];
  /** Whether the parts after them are numbered on from them (六、主动公开政府信息情况). */
  shifted: boolean;
  /** The written numeral less the part's own for the parts numbered on (4 for 六、主动公开政府信息情况), else 0. */
  shift: number;
}

export interface ReportModel {
  /** The document's lines, without line terminators. */
  lines: readonly string[];
  /** Line terminator used by the document (for edits that insert lines). */
  eol: '\n' | '\r\n';
  /** First and last (exclusive) lines of the report proper; web-page noise lies outside. */
  contentStartLine: number;
  contentEndLine: number;
  title: Span | null;
  agency: Span | null;
  year: { value: number; source: 'title' | 'period' | 'text'; range: Range } | null;
  /** Lines before the first part (legal basis, statistics period, contact). */
  preamble: { startLine: number; endLine: number } | null;
  /** Parts in document order, as found: may be out of order, duplicated or missing. */
  parts: Part[];
  period: StatisticsPeriod | null;
  dates: DateMention[];
  years: YearMention[];
  /** The 落款: the agency name and date that close the report. */
  signature: { agency: Span | null; date: DateMention | null } | null;
  /** The publication date shown on the page (发布日期 / 发布时间 / a leading 2025-02-14 08:50). */
  published: DateMention | null;
  figures: NarrativeFigure[];
  directives: Directive[];
  /** How strongly the text looks like a report: the number of the six standard part titles found. */
  standardTitleCount: number;
  /** Part 一's topics numbered as parts (overview-numbering), or null. */
  overviewAsParts: OverviewAsParts | null;
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
