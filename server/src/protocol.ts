/**
 * Nianbao's custom requests between the VS Code client (client/src) and the language server
 * (server/src/lsp): their method names and the shapes of their parameters and results, declared
 * once for both. Plain types only (no vscode or LSP library imports; the service's plain data
 * types are imported as types); positions and edits are LSP's (zero-based lines, UTF-16 characters).
 */
import type { IgnoreEntry, PlacedFinding, ReportDocument } from './service';

export type { IgnoreEntry, PlacedFinding, ReportDocument } from './service';

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

/**
 * The report as the published document looks, with its findings placed on cells and blocks
 * (the report view). With `text`, that text is read instead of an open document's (a Word
 * file, web page or PDF converted by the client's request below); `uri` then only decides
 * which .nianbaorc.json applies.
 */
export const REPORT_VIEW_METHOD = 'nianbao/reportView';
export interface ReportViewParams {
  uri: string;
  text?: string;
}
export interface ReportViewResult {
  /** The document version the view shows, or null for a given text. */
  version: number | null;
  /** Whether the text is checked as a report; when not, `reason` says why and there are no findings. */
  checked: boolean;
  reason: string;
  document: ReportDocument;
  findings: PlacedFinding[];
}

/** A Word file, web page or PDF to the report text the checks read (server/src/convert). */
export const CONVERT_FILE_METHOD = 'nianbao/convertFile';
export interface ConvertFileParams {
  /** The file name, whose extension decides how it is read (.docx, .html, .htm, .pdf). */
  name: string;
  /** The file's bytes, base64. */
  data: string;
}
export type ConvertFileResult = { ok: true; text: string } | { ok: false; message: string };
/**
 * The scheme of the read-only documents holding a converted file's text
 * (`nianbao-converted:/<path>.txt?<original uri>`, client/src/convertedFiles.ts): the server
 * checks them with what it saw of the original file (the pictures of a Word file or PDF).
 */
export const CONVERTED_TEXT_SCHEME = 'nianbao-converted';

/** The report laid out as a published Word file (.docx), base64. */
export const EXPORT_DOCX_METHOD = 'nianbao/exportDocx';
export type ExportDocxParams = DocumentParams;
export type ExportDocxResult = { data: string } | { error: string };

/**
 * Ignore a finding without writing into the report: the server records `entry` in the
 * `ignore` list of the .nianbaorc.json that applies to the document (creating it in the
 * workspace folder when there is none) and checks again.
 */
export const IGNORE_FINDING_METHOD = 'nianbao/ignoreFinding';
export interface IgnoreFindingParams {
  uri: string;
  entry: IgnoreEntry;
}
export type IgnoreFindingResult = { file: string } | { error: string };
/** The client command a code action runs to ignore a finding (arguments: one IgnoreFindingParams). */
export const IGNORE_FINDING_COMMAND = 'nianbao.ignoreFinding';
/** The client command that opens a rule's page inside VS Code (arguments: the rule code). */
export const OPEN_RULE_COMMAND = 'nianbao.openRule';

/**
 * Code links that open a rule's page through the extension (VS Code's window.registerUriHandler),
 * as the 查看规则说明 code action does, where a file:// link would open the page's Markdown source
 * instead (VS Code in the browser: code-server).
 * The client passes both options at start; the server then links each finding's code to
 * `${uriScheme}://${extensionId}${RULE_LINK_PATH}?${RULE_LINK_CODE_PARAM}=<code>`. Without them
 * (other editors) the link stays the file:// URL of the page.
 */
export interface RuleLinkInitializationOptions {
  /** vscode.env.uriScheme: 'vscode', 'vscode-insiders', 'code-oss' (code-server) … */
  uriScheme: string;
  /** context.extension.id: the authority VS Code routes to the extension's URI handler. */
  extensionId: string;
}
export const RULE_LINK_PATH = '/rule';
export const RULE_LINK_CODE_PARAM = 'code';
