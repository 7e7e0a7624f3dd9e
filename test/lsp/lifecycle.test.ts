import { fork } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  createProtocolConnection,
  ExitNotification,
  InitializeRequest,
  IPCMessageReader,
  IPCMessageWriter,
  ShutdownRequest,
  TextDocumentSyncKind,
} from 'vscode-languageserver-protocol/node';
import { readSeed } from '../helpers/seeds';
import { ensureServerBuilt, fileUri, LspClient, serverPath, tempFolder } from './harness';

let client: LspClient | null = null;

beforeAll(ensureServerBuilt);
afterEach(() => {
  client?.kill();
  client = null;
});

describe('server life cycle', () => {
  it('answers initialize with incremental sync and its name', async () => {
    client = await LspClient.start();
    expect(client.capabilities.textDocumentSync).toEqual({ openClose: true, change: TextDocumentSyncKind.Incremental });
  });

  it('asks the client to watch .nianbaorc.json and the drafts (Markdown and text) itself', async () => {
    client = await LspClient.start();
    expect(await client.registrationOf('workspace/didChangeWatchedFiles')).toMatchObject({
      registerOptions: { watchers: [{ globPattern: '**/.nianbaorc.json' }, { globPattern: '**/*.{md,txt}' }] },
    });
    expect(await client.registrationOf('workspace/didChangeConfiguration')).toMatchObject({ registerOptions: { section: 'nianbao' } });
  });

  it('exits with code 0 after shutdown and exit', async () => {
    client = await LspClient.start();
    expect(await client.shutdown()).toBe(0);
  });

  it('also talks over node IPC (--node-ipc)', async () => {
    const child = fork(serverPath, ['--node-ipc'], { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    const connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    connection.listen();
    try {
      const result = await connection.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        rootUri: null,
        workspaceFolders: null,
        capabilities: {},
      });
      expect(result.capabilities.textDocumentSync).toEqual({ openClose: true, change: TextDocumentSyncKind.Incremental });
      await connection.sendRequest(ShutdownRequest.type);
      await connection.sendNotification(ExitNotification.type);
      expect(await exited).toBe(0);
    } finally {
      connection.dispose();
      if (child.exitCode === null) child.kill();
    }
  });

  it('a handler that throws answers null and logs, instead of failing the request', async () => {
    client = await LspClient.start();
    const uri = fileUri(join(tempFolder(), 'report.nianbao'));
    client.open(uri, readSeed(0));
    await client.diagnosticsFor(uri, 1);
    // Parameters without a document make the hover provider throw inside the server.
    expect(await client.request('textDocument/hover', { position: { line: 0, character: 0 } })).toBeNull();
    expect(client.logs.some((line) => line.startsWith('nianbao: onHover failed'))).toBe(true);
    expect(await client.request('nianbao/status', { uri })).toMatchObject({ checked: true });
  });
});
