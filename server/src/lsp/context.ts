/**
 * What every LSP feature module receives: the connection, the open documents and
 * the cached analysis. Feature modules (code actions, editor features) code against
 * this interface only, so server.ts stays wiring.
 */
import type { Connection, FileEvent } from 'vscode-languageserver/node';
import type { TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, Lang, NianbaoConfig, ReportModel, ReportSummary } from '../service';

export interface DocumentAnalysis {
  uri: string;
  version: number;
  text: string;
  model: ReportModel;
  /** Service diagnostics (not LSP ones): codes, severities and `data` as the rules produced them. */
  diagnostics: Diagnostic[];
  /** Last year's report of the same agency the analysis compared with (workspace index), if any. */
  previous?: ReportSummary;
}

/** Finds last year's report for a document being analysed (the workspace index provides it). */
export type PreviousReportProvider = (uri: string, model: ReportModel) => ReportSummary | undefined;

export interface EffectiveSettings {
  /** Rules, deadline … merged: defaults < .nianbaorc.json < VS Code `nianbao.*` settings (rule by rule). */
  config: NianbaoConfig;
  /** Check Markdown/plain-text documents that look like a report. */
  detectInMarkdown: boolean;
  codeLens: boolean;
  inlayHints: boolean;
  /** Documents larger than this (UTF-16 code units) are not analysed. */
  maxSize: number;
}

export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  /** Analysis of an open document that is checked as a report (cached per version); null when not checked. */
  analysis(uri: string): DocumentAnalysis | null;
  /** Effective language of messages: 'zh' unless the client locale is English. */
  lang(): Lang;
  /** Effective settings for a document (merged VS Code settings + .nianbaorc.json). */
  settings(uri: string): EffectiveSettings;
  /** Re-analyse and re-publish diagnostics for open documents (e.g. after the workspace index changes). */
  refresh(uri?: string): void;
  /** A .nianbaorc.json was written by the server itself (an ignored finding): read the files again and re-check. */
  rcFilesChanged(): void;
  /** Workspace folders as file-system paths. */
  workspaceFolders(): readonly string[];
  /**
   * Hooks for cross-document features (the workspace index). The connection takes one
   * handler per notification, which serverContext owns; these fan its events out.
   */
  onInitialized(listener: () => void): void;
  onWatchedFilesChanged(listener: (changes: readonly FileEvent[]) => void): void;
  onWorkspaceFoldersChanged(listener: (folders: readonly string[]) => void): void;
  setPreviousReportProvider(provider: PreviousReportProvider): void;
}
