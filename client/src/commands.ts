/**
 * The editor commands. Each asks the server (which owns the statutory format) and
 * applies or opens what it returns; the client itself knows nothing of the format.
 */
import { commands, Uri, window, workspace, type Disposable } from 'vscode';
import { t } from './i18n';
import type { LanguageClient } from 'vscode-languageclient/node';
import { isCandidate } from './documents';
import { applyServerEdits } from './edits';
import type { ConvertedFiles } from './convertedFiles';
import type { ReportViews } from './reportView';
import {
  CHECK_ANYWAY_METHOD,
  CONVERT_TABLE_METHOD,
  EXPORT_DOCX_METHOD,
  FIX_ALL_METHOD,
  IGNORE_FINDING_METHOD,
  type ExportDocxResult,
  type IgnoreFindingParams,
  type IgnoreFindingResult,
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
  extensionUri: Uri;
  views: ReportViews;
  converted: ConvertedFiles;
}

export function registerCommands(host: CommandHost): Disposable[] {
  // Literal command ids, so that the manifest test can match them with package.json (the server's
  // code actions name the last two through IGNORE_FINDING_COMMAND and OPEN_RULE_COMMAND).
  return [
    commands.registerCommand('nianbao.showReport', (uri?: Uri) => run(host, (h) => showReport(h, uri))),
    commands.registerCommand('nianbao.exportDocx', (uri?: Uri) => run(host, (h) => exportDocx(h, uri))),
    commands.registerCommand('nianbao.convertToDraft', (uri?: Uri) => run(host, (h) => h.converted.convertToDraft(uri))),
    commands.registerCommand('nianbao.openAsReport', (uri?: Uri) => run(host, (h) => h.converted.openAsReport(uri))),
    commands.registerCommand('nianbao.ignoreFinding', (params: IgnoreFindingParams) => run(host, (h) => ignoreFinding(h, params))),
    commands.registerCommand('nianbao.openRule', (code: string) => run(host, (h) => openRule(h, code))),
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
    const showLog = t('Show Log');
    const choice = await window.showErrorMessage(t('Nianbao could not complete the command: {0}', message), showLog);
    if (choice === showLog) host.client.outputChannel.show(true);
  }
}

async function newReport(host: CommandHost): Promise<void> {
  const lastYear = new Date().getFullYear() - 1;
  const title = t('New Annual Report');
  const yearText = await window.showInputBox({
    title,
    prompt: t('The year the report covers'),
    value: String(lastYear),
    validateInput: (value) => (/^\d{4}$/.test(value.trim()) ? undefined : t('Enter a four-digit year, such as {0}.', lastYear)),
  });
  if (yearText === undefined) return;
  const agency = await window.showInputBox({
    title,
    prompt: t('The agency’s full name, as it appears in the title'),
    placeHolder: t('e.g. Commerce Bureau of Qianjin District'),
    validateInput: (value) => (value.trim() ? undefined : t('Enter the agency’s name.')),
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
    void window.showInformationMessage(t('Open an annual report and place the cursor in a table first.'));
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
    void window.showInformationMessage(t('The table is already in the standard form.'));
    return;
  }
  await applyServerEdits(host.client, document, version, result.edits);
}

async function checkAnyway(host: CommandHost, uri: Uri | undefined): Promise<void> {
  const document = uri ? workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) : window.activeTextEditor?.document;
  if (!document || !isCandidate(document)) {
    void window.showInformationMessage(t('Only Markdown and plain-text files can be checked as an annual report.'));
    return;
  }
  const params: CheckAnywayParams = { uri: host.client.code2ProtocolConverter.asUri(document.uri) };
  await host.client.sendRequest(CHECK_ANYWAY_METHOD, params);
  host.refreshStatus();
}

async function fixAll(host: CommandHost): Promise<void> {
  const document = window.activeTextEditor?.document;
  if (!document || !isCandidate(document)) {
    void window.showInformationMessage(t('Open an annual report first.'));
    return;
  }
  const version = document.version;
  const params: FixAllParams = { uri: host.client.code2ProtocolConverter.asUri(document.uri) };
  const { edits } = await host.client.sendRequest<FixAllResult>(FIX_ALL_METHOD, params);
  if (edits.length === 0) {
    void window.showInformationMessage(t('There are no problems that can be fixed automatically.'));
    return;
  }
  await applyServerEdits(host.client, document, version, edits);
}

/** The document a command acts on: the one given (explorer, editor title) or the active editor's. */
async function targetDocument(uri: Uri | undefined) {
  if (uri) return workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) ?? (await workspace.openTextDocument(uri));
  return window.activeTextEditor?.document;
}

async function showReport(host: CommandHost, uri: Uri | undefined): Promise<void> {
  const document = await targetDocument(uri);
  if (!document || !isCandidate(document)) {
    void window.showInformationMessage(t('Open an annual report first.'));
    return;
  }
  host.views.show(document);
}

/** Writes the draft as the published Word file next to it (<name>.docx), asking before it replaces one. */
async function exportDocx(host: CommandHost, uri: Uri | undefined): Promise<void> {
  const document = await targetDocument(uri);
  if (!document || !isCandidate(document)) {
    void window.showInformationMessage(t('Open an annual report first.'));
    return;
  }
  const result = await host.client.sendRequest<ExportDocxResult>(EXPORT_DOCX_METHOD, { uri: host.client.code2ProtocolConverter.asUri(document.uri) });
  if ('error' in result) {
    void window.showWarningMessage(result.error);
    return;
  }
  let target: Uri | undefined;
  if (document.uri.scheme === 'file' || document.uri.scheme === 'vscode-remote') {
    const name = (document.uri.path.split('/').pop() ?? 'report').replace(/(\.nianbao)?\.(md|markdown|txt)$/i, '');
    target = Uri.joinPath(document.uri, '..', `${name}.docx`);
    if (await exists(target)) {
      const replace = t('Replace');
      const choice = await window.showWarningMessage(t('{0} exists. Replace it with the exported report?', `${name}.docx`), { modal: true }, replace);
      if (choice !== replace) return;
    }
  } else {
    target = await window.showSaveDialog({ filters: { Word: ['docx'] }, saveLabel: t('Export') });
  }
  if (!target) return;
  await workspace.fs.writeFile(target, Buffer.from(result.data, 'base64'));
  const reveal = t('Show in Explorer');
  const choice = await window.showInformationMessage(t('Exported to {0}.', target.path.split('/').pop() ?? ''), reveal);
  if (choice === reveal) await commands.executeCommand('revealInExplorer', target);
}

async function exists(uri: Uri): Promise<boolean> {
  try {
    await workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Records the finding in .nianbaorc.json (the server writes it and checks again). */
async function ignoreFinding(host: CommandHost, params: IgnoreFindingParams): Promise<void> {
  const result = await host.client.sendRequest<IgnoreFindingResult>(IGNORE_FINDING_METHOD, params);
  if ('error' in result) {
    void window.showWarningMessage(result.error);
    return;
  }
  const open = t('Open .nianbaorc.json');
  const choice = await window.showInformationMessage(t('The problem is ignored; it is recorded in .nianbaorc.json, not in the report. Delete its entry there to see it again.'), open);
  if (choice === open) await window.showTextDocument(host.client.protocol2CodeConverter.asUri(result.file));
}

/** A rule's page (bundled with the extension) in a Markdown preview: works in desktop VS Code and in the browser. */
async function openRule(host: CommandHost, code: string): Promise<void> {
  if (!/^[a-z0-9-]+$/.test(code)) return;
  await commands.executeCommand('markdown.showPreview', Uri.joinPath(host.extensionUri, 'docs', 'rules', `${code}.md`));
}
