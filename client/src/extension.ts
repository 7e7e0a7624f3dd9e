/**
 * The extension's entry point: starts the Nianbao language server (dist/server.js) and
 * adds the editor commands and the status bar item. Everything about the format lives
 * in the server; this client only connects VS Code to it.
 */
import { env, l10n, window, workspace, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerCommands } from './commands';
import { DOCUMENT_SELECTOR } from './documents';
import { ReportStatus } from './status';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };

  const outputChannel = window.createOutputChannel(l10n.t('Nianbao'), { log: true });
  // Watches the configuration file and the drafts beside a report: cross-document rules
  // (last year's report of the same agency) need to hear when those change.
  const watchers = [workspace.createFileSystemWatcher('**/.nianbaorc.json'), workspace.createFileSystemWatcher('**/*.{md,txt}')];
  context.subscriptions.push(outputChannel, ...watchers);

  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    synchronize: { configurationSection: 'nianbao', fileEvents: watchers },
    initializationOptions: { locale: env.language },
    diagnosticCollectionName: 'nianbao',
    outputChannel,
  };

  const languageClient = new LanguageClient('nianbao', l10n.t('Nianbao Language Server'), serverOptions, clientOptions);
  client = languageClient;
  const status = new ReportStatus(languageClient);
  context.subscriptions.push(status, ...registerCommands({ client: languageClient, refreshStatus: () => status.refresh() }));

  try {
    await languageClient.start();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    outputChannel.error(`Server start failed: ${message}`);
    const showLog = l10n.t('Show Log');
    const choice = await window.showErrorMessage(l10n.t('The Nianbao language server could not start: {0}', message), showLog);
    if (choice === showLog) outputChannel.show(true);
    return;
  }
  status.refresh();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
