/**
 * Effective settings of a document: defaults < .nianbaorc.json files (outermost first)
 * < the editor's `nianbao.*` settings. Editor rule severities override the files
 * rule by rule; an editor deadline of 'auto' (the default) leaves the file's deadline
 * in force. Editor settings are pulled per document (workspace/configuration with the
 * document as scope) when the client supports it, else taken from didChangeConfiguration.
 */
import { MessageType, ShowMessageNotification, type Connection, type InitializeParams } from 'vscode-languageserver/node';
import { DEFAULT_MAX_SIZE, mergeConfig, type Lang, type NianbaoConfig } from '../service';
import { readClientSettings, type ClientSettings } from './clientSettings';
import type { EffectiveSettings } from './context';
import { describe } from './guard';
import { RcFiles, uriToPath } from './rcFiles';

export const SETTINGS_SECTION = 'nianbao';
const LANGUAGE_KEY = 'language';

export class SettingsManager {
  private pullSupported = false;
  /** Settings pushed with didChangeConfiguration (clients without workspace/configuration). */
  private pushed: ClientSettings = {};
  private pushedLanguage: unknown;
  private readonly pulled = new Map<string, ClientSettings>();
  private readonly pulling = new Map<string, Promise<void>>();
  private readonly effectiveCache = new Map<string, EffectiveSettings>();
  private folderUriList: string[] = [];
  /** File system paths of the workspace folders (non-file folders have none). */
  private folders: string[] = [];
  readonly rcFiles: RcFiles;

  constructor(
    private readonly connection: Connection,
    lang: () => Lang,
  ) {
    this.rcFiles = new RcFiles((path, errors) => {
      const shown = errors.slice(0, 3).join('；') + (errors.length > 3 ? ' …' : '');
      const message =
        lang() === 'en'
          ? `Nianbao: ${path} has errors; the invalid entries are ignored: ${shown}`
          : `年报检查：配置文件 ${path} 有误，已忽略无效的部分：${shown}`;
      // A notification, not window/showMessageRequest: nothing waits for the user to dismiss it.
      void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message });
    });
  }

  initialize(params: InitializeParams): void {
    this.pullSupported = params.capabilities.workspace?.configuration === true;
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    this.setFolderUris(folders);
  }

  setFolderUris(uris: readonly string[]): void {
    this.folderUriList = [...uris];
    this.folders = uris.map(uriToPath).filter((p): p is string => p !== null);
    this.effectiveCache.clear();
  }

  folderUris(): readonly string[] {
    return this.folderUriList;
  }

  workspaceFolders(): readonly string[] {
    return this.folders;
  }

  /** The editor settings changed: forget pulled ones (they are pulled again on next use). */
  configurationChanged(pushedSettings: unknown): void {
    if (!this.pullSupported && pushedSettings !== null && typeof pushedSettings === 'object') {
      const section = (pushedSettings as Record<string, unknown>)[SETTINGS_SECTION];
      this.pushed = readClientSettings(section);
      this.pushedLanguage = section !== null && typeof section === 'object' ? (section as Record<string, unknown>)[LANGUAGE_KEY] : undefined;
    }
    this.pulled.clear();
    this.pulling.clear();
    this.effectiveCache.clear();
  }

  /** A .nianbaorc.json changed on disk. */
  rcFilesChanged(): void {
    this.rcFiles.clear();
    this.effectiveCache.clear();
  }

  forget(uri: string): void {
    this.pulled.delete(uri);
    this.pulling.delete(uri);
    this.effectiveCache.delete(uri);
  }

  /**
   * nianbao.language as the editor has it now ('zh', 'en', 'auto' or anything a user typed):
   * a window-wide setting, pulled without a scope, or the pushed value for clients that push.
   */
  async languageSetting(): Promise<unknown> {
    if (!this.pullSupported) return this.pushedLanguage;
    try {
      return await this.connection.workspace.getConfiguration({ section: `${SETTINGS_SECTION}.${LANGUAGE_KEY}` });
    } catch (error) {
      this.connection.console.error(`nianbao: reading nianbao.language failed: ${describe(error)}`);
      return undefined;
    }
  }

  /** Makes sure the editor settings for `uri` are known (pulls them once). */
  async ensure(uri: string): Promise<void> {
    // A configuration change while pulling drops the answer; pull again (a few times at most).
    for (let attempt = 0; attempt < 3 && this.pullSupported && !this.pulled.has(uri); attempt++) {
      await this.pull(uri);
    }
  }

  private pull(uri: string): Promise<void> {
    const existing = this.pulling.get(uri);
    if (existing) return existing;
    const pending: Promise<void> = this.connection.workspace
      .getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION })
      .then(
        (raw: unknown) => readClientSettings(raw),
        (error: unknown) => {
          this.connection.console.error(`nianbao: reading settings failed: ${describe(error)}`);
          return {};
        },
      )
      .then((settings) => {
        if (this.pulling.get(uri) !== pending) return;
        this.pulling.delete(uri);
        this.pulled.set(uri, settings);
        this.effectiveCache.delete(uri);
      });
    this.pulling.set(uri, pending);
    return pending;
  }

  effective(uri: string): EffectiveSettings {
    const cached = this.effectiveCache.get(uri);
    if (cached) return cached;
    const client = this.pulled.get(uri) ?? this.pushed;
    const editorLayer: NianbaoConfig = {};
    if (client.rules) editorLayer.rules = client.rules;
    if (client.deadline) editorLayer.deadline = client.deadline;
    if (client.maxSize) editorLayer.maxSize = client.maxSize;
    const config = mergeConfig(...this.rcFiles.forDocument(uri, this.folders), editorLayer);
    const effective: EffectiveSettings = {
      config,
      detectInMarkdown: client.detectInMarkdown ?? true,
      codeLens: client.codeLens ?? true,
      inlayHints: client.inlayHints ?? true,
      maxSize: config.maxSize ?? DEFAULT_MAX_SIZE,
    };
    this.effectiveCache.set(uri, effective);
    return effective;
  }
}
