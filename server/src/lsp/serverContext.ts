/**
 * Builds the ServerContext and registers the document life cycle, settings, file
 * watching and the custom requests. server.ts only wires this to the connection.
 */
import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  type Connection,
  type DidChangeWatchedFilesParams,
  type FileEvent,
  type InitializeParams,
  type TextDocuments,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Lang } from '../service';
import { DocumentChecker } from './checker';
import { attempt } from './guard';
import type { ServerContext } from './context';
import { CheckAnywayRequest, StatsRequest, StatusRequest } from './protocol';
import { RC_FILE_NAME } from './rcFiles';
import { CANDIDATE_GLOB } from './workspaceIndex';
import { SettingsManager } from './settings';
import { checkAnyway, documentStatus } from './status';
import { ruleLinkRouteFrom, setRuleLinkRoute } from './toLsp';

declare const NIANBAO_VERSION: string | undefined;

export interface ServerLifecycle extends ServerContext {
  readonly version: string;
  initialize(params: InitializeParams): void;
  initialized(): void;
}

/** 'en', 'en-US', 'en_GB' … → English; every other locale (or none) → Chinese. */
export function langFromLocale(locale: unknown): Lang {
  return typeof locale === 'string' && /^en\b|^en[-_]/i.test(locale) ? 'en' : 'zh';
}

/**
 * The language nianbao.language asks for: 'zh' or 'en', or for 'auto' (and anything else) the
 * language of the editor's display locale.
 */
export function langFromSetting(setting: unknown, displayLocale: unknown): Lang {
  if (setting === 'zh' || setting === 'en') return setting;
  return langFromLocale(displayLocale);
}

function initializationOption(params: InitializeParams, key: string): unknown {
  const options: unknown = params.initializationOptions;
  return options !== null && typeof options === 'object' ? (options as Record<string, unknown>)[key] : undefined;
}

export function createServerContext(connection: Connection, documents: TextDocuments<TextDocument>): ServerLifecycle {
  let lang: Lang = 'zh';
  /** The editor's display language (initialize's `locale`): what nianbao.language 'auto' follows. */
  let displayLocale: unknown;
  let canRegisterConfiguration = false;
  let canRegisterWatchers = false;
  let hasWorkspaceFolders = false;
  const settings = new SettingsManager(connection, () => lang);
  const checker = new DocumentChecker({ connection, documents, settings, lang: () => lang });
  const seen = new Set<string>();
  // The connection takes one handler per notification; these fan its events out to the features.
  const initializedListeners: (() => void)[] = [];
  const watchedFilesListeners: ((changes: readonly FileEvent[]) => void)[] = [];
  const foldersListeners: ((folders: readonly string[]) => void)[] = [];
  const notify = <A extends unknown[]>(listeners: ((...args: A) => void)[], ...args: A) => {
    for (const listener of listeners) {
      attempt(connection.console, 'a workspace listener', () => listener(...args), undefined);
    }
  };

  documents.onDidChangeContent(({ document }) => {
    // Opening checks at once; typing waits for a pause.
    checker.schedule(document.uri, seen.has(document.uri) ? checker.debounceMs : 0);
    seen.add(document.uri);
  });
  documents.onDidClose(({ document }) => {
    seen.delete(document.uri);
    checker.closed(document.uri);
    settings.forget(document.uri);
  });

  // A change of nianbao.language needs no restart: the findings are rendered anew from their
  // message ids in the new language (toLspDiagnostic), and every request answers in it.
  connection.onDidChangeConfiguration((params) => {
    settings.configurationChanged(params?.settings);
    void settings.languageSetting().then((setting) => {
      if (setting !== undefined) lang = langFromSetting(setting, displayLocale);
      checker.refresh();
    });
  });
  connection.onDidChangeWatchedFiles((params: DidChangeWatchedFilesParams) => {
    const changes = params?.changes ?? [];
    notify(watchedFilesListeners, changes);
    const rcChanged = changes.some((change) => change.uri.endsWith(`/${RC_FILE_NAME}`));
    if (!rcChanged) return;
    settings.rcFilesChanged();
    checker.refresh();
  });
  connection.onRequest(StatusRequest, (params) => documentStatus(params, checker, settings, lang));
  connection.onRequest(CheckAnywayRequest, (params) => checkAnyway(params, checker));
  connection.onRequest(StatsRequest, () => ({ analyses: checker.analyses, analysisMs: checker.analysisMs }));
  connection.onShutdown(() => checker.dispose());

  return {
    connection,
    documents,
    version: typeof NIANBAO_VERSION === 'string' ? NIANBAO_VERSION : '0.0.0',
    analysis: (uri) => checker.analysis(uri),
    lang: () => lang,
    settings: (uri) => settings.effective(uri),
    refresh: (uri) => checker.refresh(uri),
    rcFilesChanged: () => {
      settings.rcFilesChanged();
      checker.refresh();
    },
    workspaceFolders: () => settings.workspaceFolders(),
    onInitialized: (listener) => void initializedListeners.push(listener),
    onWatchedFilesChanged: (listener) => void watchedFilesListeners.push(listener),
    onWorkspaceFoldersChanged: (listener) => void foldersListeners.push(listener),
    setPreviousReportProvider: (provider) => {
      checker.previousReportProvider = provider;
      checker.refresh();
    },

    initialize(params) {
      displayLocale = initializationOption(params, 'displayLocale') ?? params.locale;
      lang = langFromLocale(initializationOption(params, 'locale') ?? params.locale);
      const debounce = initializationOption(params, 'debounceMs');
      if (typeof debounce === 'number' && Number.isFinite(debounce) && debounce >= 0) checker.debounceMs = debounce;
      // VS Code's client in the browser names its URI handler, so that a finding's code link opens
      // the rendered rule page (a file:// link opens its source); other clients keep the file:// link.
      setRuleLinkRoute(ruleLinkRouteFrom(initializationOption(params, 'uriScheme'), initializationOption(params, 'extensionId')));
      const workspace = params.capabilities.workspace;
      canRegisterConfiguration = workspace?.didChangeConfiguration?.dynamicRegistration === true;
      canRegisterWatchers = workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
      hasWorkspaceFolders = workspace?.workspaceFolders === true;
      settings.initialize(params);
    },

    initialized() {
      if (canRegisterConfiguration) {
        void connection.client.register(DidChangeConfigurationNotification.type, { section: 'nianbao' });
      }
      // The server asks for the files it needs to hear about, so that every client that can
      // watch files serves the configuration and the cross-document index, not only VS Code.
      if (canRegisterWatchers) {
        void connection.client.register(DidChangeWatchedFilesNotification.type, {
          watchers: [{ globPattern: `**/${RC_FILE_NAME}` }, { globPattern: CANDIDATE_GLOB }],
        });
      }
      if (hasWorkspaceFolders) {
        connection.workspace.onDidChangeWorkspaceFolders(({ added, removed }) => {
          const gone = new Set(removed.map((f) => f.uri));
          settings.setFolderUris([...settings.folderUris().filter((uri) => !gone.has(uri)), ...added.map((f) => f.uri)]);
          notify(foldersListeners, settings.workspaceFolders());
          checker.refresh();
        });
      }
      notify(initializedListeners);
    },
  };
}
