/**
 * Language-server benchmarks (issue 10), over stdio as an editor talks to it:
 * - latency: didChange → publishDiagnostics of that version, for 500 single-character
 *   incremental edits with the server's default scheduling (no fixed pause: an edit to an
 *   idle document is analysed at once, edits arriving meanwhile join the pending run), so
 *   the p95 is what a clerk waits for after typing stops (target: under 30 ms);
 * - memory: the server's resident set size (VmRSS) with 200 reports open.
 *
 *   npx tsx scripts/bench-lsp.ts            (run `node scripts/build.mjs` first)
 *
 * `benchLspLatency()` and `benchLspMemory()` are exported for scripts/bench.ts.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

const root = resolve(__dirname, '..');
const serverPath = join(root, 'dist', 'server.js');
const HANG_MS = 60_000;

export interface LatencyResult {
  edits: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  /** The server's own analysis time per edit (mean), from nianbao/stats: the rest is transport and scheduling. */
  serverAnalysisMs: number;
  target: { p95Ms: number };
}

export interface MemoryResult {
  documents: number;
  rssMb: number;
  /** Before any document was opened. */
  idleRssMb: number;
  target: { rssMb: number };
}

/** One server process and a protocol connection to it; publications are awaited by (uri, version). */
class BenchServer {
  private readonly waiters = new Map<string, (p: PublishDiagnosticsParams) => void>();
  private readonly received = new Set<string>();

  private constructor(
    readonly child: ChildProcess,
    readonly connection: ProtocolConnection,
  ) {
    connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      const key = `${p.uri}#${p.version ?? ''}`;
      this.received.add(key);
      const waiter = this.waiters.get(key);
      if (waiter) {
        this.waiters.delete(key);
        waiter(p);
      }
    });
    // The server asks for settings; answering with none keeps the defaults.
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
    connection.onRequest('client/registerCapability', () => undefined);
  }

  static async start(): Promise<BenchServer> {
    if (!existsSync(serverPath)) throw new Error('dist/server.js is missing: run `node scripts/build.mjs` first');
    // NIANBAO_BENCH_SERVER_ARGS="--cpu-prof" profiles the server under the benchmark's load.
    const nodeArgs = (process.env.NIANBAO_BENCH_SERVER_ARGS ?? '').split(' ').filter(Boolean);
    const child = spawn(process.execPath, [...nodeArgs, serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const server = new BenchServer(child, connection);
    connection.listen();
    await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: [],
      capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
      // No debounceMs: the server's own default is what is measured.
      initializationOptions: {},
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return server;
  }

  /** Resolves when the diagnostics of `uri` at `version` arrive (or already have). */
  published(uri: string, version: number): Promise<void> {
    const key = `${uri}#${version}`;
    if (this.received.has(key)) return Promise.resolve();
    return new Promise((resolvePublished, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${key}`)), HANG_MS);
      this.waiters.set(key, () => {
        clearTimeout(timer);
        resolvePublished();
      });
    });
  }

  open(uri: string, text: string): void {
    void this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'nianbao', version: 1, text } });
  }

  insert(uri: string, version: number, line: number, character: number, text: string): void {
    void this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text }],
    });
  }

  stats(): Promise<{ analyses: number; analysisMs: number }> {
    return this.connection.sendRequest('nianbao/stats');
  }

  /** VmRSS of the server process, in MB. */
  rssMb(): number {
    const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)\s*kB/.exec(status)?.[1] ?? NaN);
    return kb / 1024;
  }

  async stop(): Promise<void> {
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    await new Promise((done) => (this.child.exitCode === null ? this.child.once('exit', done) : done(null)));
    this.connection.dispose();
  }
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

/** The line to type into: the first prose line of the report's overview (long enough to be a paragraph). */
function typingLine(text: string): number {
  const lines = text.split(/\r\n|\n|\r/);
  const at = lines.findIndex((l) => l.length > 40 && !l.includes('|') && !l.includes('\t'));
  return at >= 0 ? at : lines.length - 1;
}

/**
 * Types `edits` characters into a prose line of `text`, one didChange at a time, each
 * timed until the server publishes that version's diagnostics.
 */
export async function benchLspLatency(text: string, edits = 500): Promise<LatencyResult> {
  const server = await BenchServer.start();
  try {
    const uri = pathToFileURL(join(root, 'bench', 'latency.nianbao.md')).href;
    server.open(uri, text);
    await server.published(uri, 1);
    const line = typingLine(text);
    let character = text.split(/\r\n|\n|\r/)[line]!.length;
    const typed = '本机关持续推进政务公开工作';
    const times: number[] = [];
    const before = await server.stats();
    for (let i = 0; i < edits; i++) {
      const version = i + 2;
      const start = process.hrtime.bigint();
      server.insert(uri, version, line, character, typed[i % typed.length]!);
      await server.published(uri, version);
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
      character++;
    }
    const after = await server.stats();
    times.sort((a, b) => a - b);
    return {
      edits,
      p50Ms: percentile(times, 0.5),
      p95Ms: percentile(times, 0.95),
      maxMs: times[times.length - 1]!,
      serverAnalysisMs: (after.analysisMs - before.analysisMs) / Math.max(1, after.analyses - before.analyses),
      target: { p95Ms: 30 },
    };
  } finally {
    await server.stop();
  }
}

/** Opens `count` reports (the given texts in turn, each under its own uri) and reads the server's RSS. */
export async function benchLspMemory(texts: readonly string[], count = 200): Promise<MemoryResult> {
  const server = await BenchServer.start();
  try {
    const idleRssMb = server.rssMb();
    const pending: Promise<void>[] = [];
    for (let i = 0; i < count; i++) {
      const uri = pathToFileURL(join(root, 'bench', 'open', `${String(i).padStart(3, '0')}.nianbao.md`)).href;
      server.open(uri, texts[i % texts.length]!);
      pending.push(server.published(uri, 1));
    }
    await Promise.all(pending);
    // Let the collector run after the burst, as it would in an idle editor.
    await new Promise((r) => setTimeout(r, 1000));
    return { documents: count, rssMb: server.rssMb(), idleRssMb, target: { rssMb: 150 } };
  } finally {
    await server.stop();
  }
}

export function printLspBench(latency: LatencyResult, memory: MemoryResult): void {
  console.log(`LSP latency (didChange → publishDiagnostics, the server's default scheduling): ${latency.edits} edits`);
  console.log(`  p50 ${latency.p50Ms.toFixed(2)} ms, p95 ${latency.p95Ms.toFixed(2)} ms, max ${latency.maxMs.toFixed(2)} ms (target p95 < ${latency.target.p95Ms} ms) ${latency.p95Ms < latency.target.p95Ms ? 'OK' : 'OVER TARGET'}`);
  console.log(`  of which the server's analysis: ${latency.serverAnalysisMs.toFixed(2)} ms per edit (mean)`);
  console.log(`LSP memory: ${memory.documents} reports open`);
  console.log(`  RSS ${memory.rssMb.toFixed(1)} MB (idle ${memory.idleRssMb.toFixed(1)} MB; target < ${memory.target.rssMb} MB) ${memory.rssMb < memory.target.rssMb ? 'OK' : 'OVER TARGET'}`);
}

if (require.main === module) {
  const seedsDir = process.env.NIANBAO_SEEDS ?? resolve(root, '..', 'shared', 'seeds');
  const canonical = readFileSync(join(root, 'examples', '2024-示范街道办事处-规范.nianbao.md'), 'utf8');
  const seeds = ['000', '001', '002', '003', '004'].map((n) => {
    const file = readdirSync(seedsDir).find((f) => f.startsWith(`${n}_`));
    if (!file) throw new Error(`seed ${n} not found in ${seedsDir}`);
    return readFileSync(join(seedsDir, file), 'utf8');
  });
  void (async () => {
    const latency = await benchLspLatency(canonical);
    const memory = await benchLspMemory([canonical, ...seeds]);
    printLspBench(latency, memory);
  })();
}
