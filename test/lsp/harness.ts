/**
 * A small LSP client for the integration suite: spawns `node dist/server.js --stdio`
 * and talks JSON-RPC over its stdio, as an editor would. Waits are event-driven
 * (a publication, a response); the only timer is a failsafe that turns a hang into
 * a readable failure.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import {
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  FileChangeType,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  type Registration,
  RegistrationRequest,
  ShowMessageNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type Diagnostic,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type ShowMessageParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { repoRoot } from '../helpers/seeds';

export const serverPath = join(repoRoot, 'dist', 'server.js');
const FAILSAFE_MS = 20_000;

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * Builds dist/server.js when it is missing or older than server/src (`npm test` builds
 * first, so this is a no-op there). Only the server bundle is built, with the options
 * of scripts/build.mjs, into a temporary file renamed into place: test files running
 * in parallel never spawn a half-written bundle.
 */
export async function ensureServerBuilt(): Promise<void> {
  let built = 0;
  try {
    built = statSync(serverPath).mtimeMs;
  } catch {
    built = 0;
  }
  if (built >= newestMtime(join(repoRoot, 'server', 'src'))) return;
  const temporary = join(repoRoot, 'dist', `.server-${process.pid}-${Date.now()}.js`);
  await build({
    entryPoints: [join(repoRoot, 'server', 'src', 'server.ts')],
    outfile: temporary,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'warning',
    legalComments: 'none',
    mainFields: ['module', 'main'],
  });
  renameSync(temporary, serverPath);
}

export interface StartOptions {
  locale?: string;
  /** Passed as initializationOptions.debounceMs (0 by default in tests). */
  debounceMs?: number;
  /** The `nianbao` settings section the client answers workspace/configuration with. */
  settings?: Record<string, unknown>;
  /** Workspace folders (file system paths). */
  workspaceFolders?: string[];
  /** Advertise workspace/configuration support (true by default). */
  configurationSupport?: boolean;
  /** More initializationOptions (the VS Code client's rule link route: uriScheme, extensionId). */
  initializationOptions?: Record<string, unknown>;
}

/** A temporary folder (a workspace, or a place for documents). */
export function tempFolder(prefix = 'nianbao-lsp-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function fileUri(path: string): string {
  return pathToFileURL(path).href;
}

type Waiter<T> = { match: (value: T) => boolean; resolve: (value: T) => void };

export class LspClient {
  readonly diagnostics: PublishDiagnosticsParams[] = [];
  readonly shownMessages: ShowMessageParams[] = [];
  readonly logs: string[] = [];
  /** The capabilities the server registered dynamically (client/registerCapability). */
  readonly registrations: Registration[] = [];
  readonly stderr: string[] = [];
  /** Every scopeUri the server asked settings for. */
  readonly configurationRequests: (string | undefined)[] = [];
  settings: Record<string, unknown>;
  capabilities: InitializeResult['capabilities'] = {};
  private readonly diagnosticWaiters: Waiter<PublishDiagnosticsParams>[] = [];
  private readonly registrationWaiters: (() => void)[] = [];
  private readonly exited: Promise<number | null>;

  private constructor(
    private readonly child: ChildProcess,
    readonly connection: ProtocolConnection,
    options: StartOptions,
  ) {
    this.settings = options.settings ?? {};
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    child.stderr?.on('data', (chunk: Buffer) => this.stderr.push(chunk.toString('utf8')));
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.diagnostics.push(params);
      for (const waiter of [...this.diagnosticWaiters]) {
        if (waiter.match(params)) {
          this.diagnosticWaiters.splice(this.diagnosticWaiters.indexOf(waiter), 1);
          waiter.resolve(params);
        }
      }
    });
    connection.onNotification(ShowMessageNotification.type, (params) => void this.shownMessages.push(params));
    connection.onNotification(LogMessageNotification.type, (params) => void this.logs.push(params.message));
    connection.onRequest(ConfigurationRequest.type, (params) =>
      params.items.map((item) => {
        this.configurationRequests.push(item.scopeUri);
        if (item.section === 'nianbao') return this.settings;
        // One setting asked by name (nianbao.language).
        return item.section?.startsWith('nianbao.') ? (this.settings[item.section.slice('nianbao.'.length)] ?? null) : null;
      }),
    );
    connection.onRequest(RegistrationRequest.type, (params) => {
      this.registrations.push(...params.registrations);
      this.registrationWaiters.splice(0).forEach((resolve) => resolve());
    });
  }

  static async start(options: StartOptions = {}): Promise<LspClient> {
    const child = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createProtocolConnection(
      new StreamMessageReader(child.stdout!),
      new StreamMessageWriter(child.stdin!),
    );
    const client = new LspClient(child, connection, options);
    connection.listen();
    const capabilities: ClientCapabilities = {
      workspace: {
        configuration: options.configurationSupport ?? true,
        didChangeConfiguration: { dynamicRegistration: true },
        didChangeWatchedFiles: { dynamicRegistration: true },
        workspaceFolders: true,
      },
      textDocument: {
        publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
        synchronization: { dynamicRegistration: false },
      },
      window: { showMessage: {} },
    };
    const folders = options.workspaceFolders ?? [];
    const result = await client.failsafe(
      connection.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        rootUri: folders[0] ? fileUri(folders[0]) : null,
        workspaceFolders: folders.map((path, i) => ({ uri: fileUri(path), name: `folder${i}` })),
        capabilities,
        ...(options.locale ? { locale: options.locale } : {}),
        initializationOptions: { debounceMs: options.debounceMs ?? 0, ...options.initializationOptions },
      }),
      'initialize',
    );
    client.capabilities = result.capabilities;
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  /**
   * Resolves with `promise`, or rejects naming what hung: when the server exits
   * unexpectedly, or after the failsafe delay.
   */
  failsafe<T>(promise: Promise<T>, what: string, allowExit = false): Promise<T> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const failure = (why: string) => new Error(`${what}: ${why} (stderr: ${this.stderr.join('').slice(-2000)})`);
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(failure('no answer from the server')), FAILSAFE_MS);
    });
    const racers: Promise<T>[] = [promise, timeout];
    if (!allowExit) racers.push(this.exited.then((code) => Promise.reject(failure(`the server exited with ${code}`))));
    return Promise.race(racers).finally(() => clearTimeout(timer));
  }

  open(uri: string, text: string, languageId = 'nianbao', version = 1): void {
    void this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId, version, text },
    });
  }

  change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): void {
    void this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: changes,
    });
  }

  close(uri: string): void {
    void this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  /** The editor settings changed: the server pulls them again. */
  changeSettings(settings: Record<string, unknown>): void {
    this.settings = settings;
    void this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { nianbao: settings } });
  }

  fileChanged(uri: string, type: FileChangeType = FileChangeType.Changed): void {
    void this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri, type }] });
  }

  /**
   * The first publication for `uri` (and `version`, when given) — one already received,
   * or the next one to arrive.
   */
  diagnosticsFor(uri: string, version?: number): Promise<Diagnostic[]> {
    const match = (p: PublishDiagnosticsParams) => p.uri === uri && (version === undefined || p.version === version);
    const received = this.diagnostics.find(match);
    if (received) return Promise.resolve(received.diagnostics);
    return this.nextDiagnostics(uri, version);
  }

  /** The next publication for `uri` (and `version`) from now on. Call before the action that causes it. */
  nextDiagnostics(uri: string, version?: number): Promise<Diagnostic[]> {
    const match = (p: PublishDiagnosticsParams) => p.uri === uri && (version === undefined || p.version === version);
    const published = new Promise<PublishDiagnosticsParams>((resolve) => this.diagnosticWaiters.push({ match, resolve }));
    return this.failsafe(
      published.then((p) => p.diagnostics),
      `diagnostics for ${uri}${version === undefined ? '' : ` v${version}`}`,
    );
  }

  /** The registration of `method` once the server has made it (it registers after `initialized`). */
  async registrationOf(method: string): Promise<Registration> {
    for (;;) {
      const found = this.registrations.find((r) => r.method === method);
      if (found) return found;
      await this.failsafe(new Promise<void>((resolve) => this.registrationWaiters.push(resolve)), `registration of ${method}`);
    }
  }

  /** All publications received for `uri` so far. */
  publicationsFor(uri: string): PublishDiagnosticsParams[] {
    return this.diagnostics.filter((p) => p.uri === uri);
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.failsafe(this.connection.sendRequest(method, params) as Promise<R>, method);
  }

  /** shutdown, then exit; resolves with the server's exit code. */
  async shutdown(): Promise<number | null> {
    await this.failsafe(this.connection.sendRequest(ShutdownRequest.type), 'shutdown');
    await this.connection.sendNotification(ExitNotification.type);
    const code = await this.failsafe(this.exited, 'exit', true);
    this.connection.dispose();
    return code;
  }

  /** Ends the server without the protocol (cleanup after a failed test). */
  kill(): void {
    if (this.child.exitCode === null) this.child.kill();
    this.connection.dispose();
  }
}

/** Writes a file (for .nianbaorc.json in a temporary workspace). */
export function writeText(path: string, text: string): void {
  writeFileSync(path, text, 'utf8');
}
