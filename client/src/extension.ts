/**
 * The extension's entry point: starts the Nianbao language server (dist/server.js) and
 * adds the editor commands and the status bar item. Everything about the format lives
 * in the server; this client only connects VS Code to it.
 */
import { window, type ExtensionContext } from 'vscode';
import { t } from './i18n';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerCommands } from './commands';
import { DOCUMENT_SELECTOR } from './documents';
import { serverLocales } from './language';
import { ConvertedFiles } from './convertedFiles';
import { ReportViews } from './reportView';
import { ReportStatus } from './status';
import { registerRuleLinkHandler, ruleLinkOptions } from './ruleLinks';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };

  const outputChannel = window.createOutputChannel(t('Nianbao'), { log: true });
  // The server registers its own file watchers (.nianbaorc.json and the drafts beside a
  // report, for the cross-document rules): watching here too would send every event twice.
  context.subscriptions.push(outputChannel);

  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    // A change of nianbao.language reaches the server as a configuration change: it renders its
    // findings anew in that language, with no restart.
    synchronize: { configurationSection: 'nianbao' },
    // A function, so that a restart (after a crash) starts in the language configured then. The
    // rule link options route the findings' code links to the URI handler registered below.
    initializationOptions: () => ({ ...serverLocales(), ...ruleLinkOptions(context.extension.id) }),
    diagnosticCollectionName: 'nianbao',
    outputChannel,
  };

  const languageClient = new LanguageClient('nianbao', t('Nianbao Language Server'), serverOptions, clientOptions);
  client = languageClient;
  const status = new ReportStatus(languageClient);
  const views = new ReportViews(context, languageClient);
  const converted = new ConvertedFiles(context, languageClient);
  context.subscriptions.push(
    status,
    views,
    converted,
    registerRuleLinkHandler(),
    ...registerCommands({ client: languageClient, refreshStatus: () => status.refresh(), extensionUri: context.extensionUri, views, converted }),
  );
  try {
    await languageClient.start();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    outputChannel.error(`Server start failed: ${message}`);
    const showLog = t('Show Log');
    const choice = await window.showErrorMessage(t('The Nianbao language server could not start: {0}', message), showLog);
    if (choice === showLog) outputChannel.show(true);
    return;
  }
  status.refresh();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
