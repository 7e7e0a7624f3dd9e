/**
 * The custom requests between the client and the Nianbao language server. Plain types
 * only: the server implements the same method names and shapes (server/src/lsp/**).
 * Positions and edits are LSP's (zero-based lines, UTF-16 characters).
 */
import type { Position, TextEdit } from 'vscode-languageclient';

/** Is the document checked as an annual report, and why (localised by the server). */
export const STATUS_REQUEST = 'nianbao/status';
export interface StatusParams {
  uri: string;
}
export interface StatusResult {
  checked: boolean;
  reason: string;
  errors: number;
  warnings: number;
}

/** Check this document as a report even though detection did not recognise it. */
export const CHECK_ANYWAY_REQUEST = 'nianbao/checkAnyway';
export interface CheckAnywayParams {
  uri: string;
}

/** The text of a new report from the statutory template. */
export const NEW_REPORT_TEMPLATE_REQUEST = 'nianbao/newReportTemplate';
export interface NewReportTemplateParams {
  year: number;
  agency: string;
}
export interface NewReportTemplateResult {
  text: string;
}

/** Rewrite the table at `position` as the standard Markdown table. */
export const CONVERT_TABLE_REQUEST = 'nianbao/convertTable';
export interface ConvertTableParams {
  uri: string;
  position: Position;
}
export type ConvertTableResult = { edits: TextEdit[] } | { error: string };

/** Every automatic fix of the document, as one set of non-overlapping edits. */
export const FIX_ALL_REQUEST = 'nianbao/fixAll';
export interface FixAllParams {
  uri: string;
}
export interface FixAllResult {
  edits: TextEdit[];
}
