/**
 * Nianbao's custom requests between the VS Code client (client/src) and the language server
 * (server/src/lsp): their method names and the shapes of their parameters and results, declared
 * once for both. Plain types only (no vscode or LSP library imports); positions and edits are
 * LSP's (zero-based lines, UTF-16 characters).
 */

export interface ProtocolPosition {
  line: number;
  character: number;
}

export interface ProtocolTextEdit {
  range: { start: ProtocolPosition; end: ProtocolPosition };
  newText: string;
}

export interface DocumentParams {
  uri: string;
}

/** Is the document checked as an annual report, and why (localised by the server). */
export const STATUS_METHOD = 'nianbao/status';
export type StatusParams = DocumentParams;
export interface StatusResult {
  /** The document is checked as a report. */
  checked: boolean;
  /** Why (or why not), in the client's language. */
  reason: string;
  errors: number;
  warnings: number;
}

/** Check this document as a report even though detection did not recognise it. */
export const CHECK_ANYWAY_METHOD = 'nianbao/checkAnyway';
export type CheckAnywayParams = DocumentParams;
export interface CheckAnywayResult {
  ok: boolean;
}

/** The text of a new report from the statutory template. */
export const NEW_REPORT_TEMPLATE_METHOD = 'nianbao/newReportTemplate';
export interface NewReportTemplateParams {
  year: number;
  agency: string;
}
export interface NewReportTemplateResult {
  text: string;
}

/** Rewrite the table at `position` as the standard Markdown table. */
export const CONVERT_TABLE_METHOD = 'nianbao/convertTable';
export interface ConvertTableParams {
  uri: string;
  position: ProtocolPosition;
}
export type ConvertTableResult = { edits: ProtocolTextEdit[] } | { error: string };

/** Every automatic fix of the document, as one set of non-overlapping edits. */
export const FIX_ALL_METHOD = 'nianbao/fixAll';
export type FixAllParams = DocumentParams;
export interface FixAllResult {
  edits: ProtocolTextEdit[];
}

/** Counters for benchmarks and tests (edits arriving faster than analysis must not queue work). */
export const STATS_METHOD = 'nianbao/stats';
export interface StatsResult {
  /** Analyses run since the server started. */
  analyses: number;
  /** Their total duration, in milliseconds. */
  analysisMs: number;
}
