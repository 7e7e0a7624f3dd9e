/**
 * The editor commands. Each asks the server (which owns the statutory format) and
 * applies or opens what it returns; the client itself knows nothing of the format.
 */
import { commands, l10n, window, workspace, type Disposable, type Uri } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { isCandidate } from './documents';
import { applyServerEdits } from './edits';
import {
  CHECK_ANYWAY_METHOD,
  CONVERT_TABLE_METHOD,
  FIX_ALL_METHOD,
  NEW_REPORT_TEMPLATE_METHOD,
  type CheckAnywayParams,
  type ConvertTableParams,
  type ConvertTableResult,
  type FixAllParams,
  type FixAllResult,
  type NewReportTemplateParams,
  type NewReportTemplateResult,
} from '../../server/src/protocol';

export interface CommandHost {
  client: LanguageClient;
  /** Called after a document's check status may have changed. */
  refreshStatus(): void;
}

export function registerCommands(host: CommandHost): Disposable[] {
  return [
    commands.registerCommand('nianbao.newReport', () => run(host, newReport)),
    commands.registerCommand('nianbao.convertTable', () => run(host, convertTable)),
    commands.registerCommand('nianbao.checkAnyway', (uri?: Uri) => run(host, (h) => checkAnyway(h, uri))),
    commands.registerCommand('nianbao.fixAll', () => run(host, fixAll)),
    commands.registerCommand('nianbao.showOutput', () => host.client.outputChannel.show(true)),
  ];
}

/** A command never fails silently: an error from the server is shown and logged. */
async function run(host: CommandHost, command: (host: CommandHost) => Promise<void>): Promise<void> {
  try {
    await command(host);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    host.client.error(`Command failed: ${message}`, error, false);
    const showLog = l10n.t('Show Log');
    const choice = await window.showErrorMessage(l10n.t('Nianbao could not complete the command: {0}', message), showLog);
    if (choice === showLog) host.client.outputChannel.show(true);
  }
}

async function newReport(host: CommandHost): Promise<void> {
  const lastYear = new Date().getFullYear() - 1;
  const title = l10n.t('New Annual Report');
  const yearText = await window.showInputBox({
    title,
    prompt: l10n.t('The year the report covers'),
    value: String(lastYear),
    validateInput: (value) => (/^\d{4}$/.test(value.trim()) ? undefined : l10n.t('Enter a four-digit year, such as {0}.', lastYear)),
  });
  if (yearText === undefined) return;
  const agency = await window.showInputBox({
    title,
    prompt: l10n.t('The agency’s full name, as it appears in the title'),
    placeHolder: l10n.t('e.g. Commerce Bureau of Qianjin District'),
    validateInput: (value) => (value.trim() ? undefined : l10n.t('Enter the agency’s name.')),
  });
  if (agency === undefined) return;
  const params: NewReportTemplateParams = { year: Number(yearText.trim()), agency: agency.trim() };
  const { text } = await host.client.sendRequest<NewReportTemplateResult>(NEW_REPORT_TEMPLATE_METHOD, params);
  const document = await workspace.openTextDocument({ language: 'nianbao', content: text });
  await window.showTextDocument(document);
}

async function convertTable(host: CommandHost): Promise<void> {
  const editor = window.activeTextEditor;
  if (!editor || !isCandidate(editor.document)) {
    void window.showInformationMessage(l10n.t('Open an annual report and place the cursor in a table first.'));
    return;
  }
  const { document } = editor;
  const version = document.version;
  const params: ConvertTableParams = {
    uri: host.client.code2ProtocolConverter.asUri(document.uri),
    position: host.client.code2ProtocolConverter.asPosition(editor.selection.active),
  };
  const result = await host.client.sendRequest<ConvertTableResult>(CONVERT_TABLE_METHOD, params);
  if ('error' in result) {
    void window.showWarningMessage(result.error);
    return;
  }
  if (result.edits.length === 0) {
    void window.showInformationMessage(l10n.t('The table is already in the standard form.'));
    return;
  }
  await applyServerEdits(host.client, document, version, result.edits);
}

async function checkAnyway(host: CommandHost, uri: Uri | undefined): Promise<void> {
  const document = uri ? workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) : window.activeTextEditor?.document;
  if (!document || !isCandidate(document)) {
    void window.showInformationMessage(l10n.t('Only Markdown and plain-text files can be checked as an annual report.'));
    return;
  }
  const params: CheckAnywayParams = { uri: host.client.code2ProtocolConverter.asUri(document.uri) };
  await host.client.sendRequest(CHECK_ANYWAY_METHOD, params);
  host.refreshStatus();
}

async function fixAll(host: CommandHost): Promise<void> {
  const document = window.activeTextEditor?.document;
  if (!document || !isCandidate(document)) {
    void window.showInformationMessage(l10n.t('Open an annual report first.'));
    return;
  }
  const version = document.version;
  const params: FixAllParams = { uri: host.client.code2ProtocolConverter.asUri(document.uri) };
  const { edits } = await host.client.sendRequest<FixAllResult>(FIX_ALL_METHOD, params);
  if (edits.length === 0) {
    void window.showInformationMessage(l10n.t('There are no problems that can be fixed automatically.'));
    return;
  }
  await applyServerEdits(host.client, document, version, edits);
}
