/**
 * The language service's one entry: everything the adapters (server/src/lsp, server/src/cli)
 * and the I/O layer use. The service is pure and synchronous: text in, plain data out.
 * ESLint keeps the adapters to this module (no-restricted-imports in eslint.config.mjs), so
 * the service's inside can change without touching them.
 */
export { analyze, sizeLimitOf } from './analyze';
export { localized } from './render';
export { renderTemplate } from './messages';
export type { MessageArg, MessageArgs, MessageTemplate } from './messages';
export { RULE_CODES } from './diagnostics';
export type { AnalyzeOptions, DeadlineSetting, Diagnostic, Lang, RelatedInformation, RuleCode, RuleMeta, Severity, SeveritySetting } from './diagnostics';
export { mergeConfig, parseConfig, NIANBAORC_SCHEMA } from './config';
export type { NianbaoConfig } from './config';
export { rowOf, tableOf } from './model';
export type { ParsedTable, Position, Range, ReportModel, TableRow } from './model';
export { detectReport, parseReport } from './parser/index';
export { detectedByModel, REPORT_THRESHOLD } from './parser/detect';
export { ALL_RULE_METAS, DEFAULT_MAX_SIZE, ruleMeta } from './rules/index';
export { tablesNotFound } from './rules/support';
export { PARTS, TABLE3_GROUPS, TABLE3_ROWS, TABLE3_TOTAL_COLUMN, TABLE4_COLUMNS, TABLE4_GROUPS } from './schema/format';
export type { Bilingual, PartId } from './schema/format';
export { renderCanonicalReport } from './schema/render';
export { applyEdits, codeActionsFor, fixAll, fixAllEdits, fixesFor, FIXABLE_CODES, safeFixes, suppressEdits } from './fixes/index';
export type { CodeFix, ServiceCodeAction, TextEdit } from './fixes/index';
export { completions } from './features/completion';
export type { CompletionKind } from './features/completion';
export { convertTable, newReportTemplate } from './features/commands';
export type { ConvertTableResult, NewReportTemplateParams } from './features/commands';
export { describeLocation, locateFinding } from './features/findingLocation';
export type { FindingLocation } from './features/findingLocation';
export { documentSymbols } from './features/symbols';
export type { DocumentSymbol } from './features/symbols';
export { foldingRanges } from './features/folding';
export { formatDocument, formatRange } from './features/formatting';
export { hover } from './features/hover';
export { sumCodeLenses, sumInlayHints } from './features/sumLenses';
export { ReportIndex, normalizeAgency, reportKeyOf, sameFigures, summarize } from './workspace/index';
export type { ReportSummary } from './workspace/index';
export { placeFindings, reportDocument } from './features/reportDocument';
export type { DocBlock, DocCell, DocCellRole, DocGrid, PlacedFinding, ReportDocument } from './features/reportDocument';
export { hasIgnoreEntry, ignoreEntryFor, withoutIgnored } from './ignore';
export type { IgnoreEntry } from './ignore';
export { datedSnippets } from './features/snippets';
export type { Snippet } from './features/snippets';
