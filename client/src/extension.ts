/**
 * The extension's entry point: starts the Nianbao language server (dist/server.js) and
 * adds the editor commands and the status bar item. Everything about the format lives
 * in the server; this client only connects VS Code to it.
 */
import { window, workspace, type ExtensionContext, type LogOutputChannel } from 'vscode';
import { t } from './i18n';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerCommands } from './commands';
import { DOCUMENT_SELECTOR } from './documents';
import { ServerLocale } from './language';
import { ConvertedFiles } from './convertedFiles';
import { ReportViews } from './reportView';
import { ReportStatus } from './status';

let client: LanguageClient | undefined;
/** Restarts run one after another: a second change while the first restart runs waits for it. */
let restarts: Promise<void> = Promise.resolve();

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

  const locale = new ServerLocale();
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    synchronize: { configurationSection: 'nianbao' },
    // A function, so that a restart after `nianbao.language` changed sends the new locale.
    initializationOptions: () => ({ locale: locale.forStart() }),
    middleware: {
      workspace: {
        didChangeConfiguration: (sections, next) => (locale.outdated() ? Promise.resolve() : next(sections)),
      },
    },
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
    ...registerCommands({ client: languageClient, refreshStatus: () => status.refresh(), extensionUri: context.extensionUri, views, converted }),
  );
  context.subscriptions.push(
    workspace.onDidChangeConfiguration((event) => {
      if (!locale.outdated(event)) return;
      // Not in this task: a request the editor sends in the same task (code lenses refresh on a
      // settings change) would find its connection gone mid-start and fail with an error toast.
      setTimeout(() => {
        restarts = restarts.then(() => restartForLanguage(languageClient, locale, outputChannel));
      }, 0);
    }),
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

/** The server picks its message language once, at start: a new language needs a new server. */
async function restartForLanguage(languageClient: LanguageClient, locale: ServerLocale, outputChannel: LogOutputChannel): Promise<void> {
  // A second change may have undone the first while this restart waited its turn.
  if (!locale.outdated()) return;
  try {
    outputChannel.info('nianbao.language changed: restarting the language server');
    await languageClient.restart();
  } catch (error) {
    outputChannel.error(`Server restart failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
