/**
 * The workspace index of the language server: a summary of every report in the
 * workspace folders, so that this year's report is checked against last year's
 * (carryover-mismatch, inforce-mismatch, the hover on 二、上年结转).
 *
 * - After `initialized`, the folders are scanned in the background: one file per turn
 *   of the event loop (reads are asynchronous, parsing one report takes milliseconds),
 *   so typing is never held up, however large the workspace.
 * - Files on disk are kept current by workspace/didChangeWatchedFiles (the server
 *   registers a watcher for **∕*.{md,txt}; a rename arrives as delete + create).
 * - An open document counts with its live text: the checker hands every analysed model
 *   to the provider below, which indexes it before looking up last year's report.
 * - When a report's summary changes, the open reports of the following year of the same
 *   agency are checked again.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { FileChangeType, type FileEvent } from 'vscode-languageserver/node';
import { decodeText } from '../convert/decode';
import { isReportFileName } from '../convert/report-names';
import { DEFAULT_MAX_SIZE, detectReport, parseReport, ReportIndex, sameFigures, summarize, type ReportModel, type ReportSummary } from '../service';
import type { ServerContext } from './context';
import { describe } from './guard';

/** Extensions whose files may be reports (the server asks the client to watch the same). */
const CANDIDATE = /\.(md|txt)$/i;
/** The watcher pattern of those files, registered with the client in serverContext.ts. */
export const CANDIDATE_GLOB = '**/*.{md,txt}';
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git', '.svn', '.hg']);
/** A scan stops after this many candidate files (a home folder opened by mistake must not index forever). */
const MAX_SCANNED_FILES = 20_000;

export interface WorkspaceIndex {
  readonly index: ReportIndex;
  /** Resolves when the current scan of the workspace folders has finished. */
  scanned(): Promise<void>;
}

/** One spelling per file: clients and Node encode file URIs differently (drive letters, non-ASCII). */
export function canonicalUri(uri: string): string {
  if (!uri.startsWith('file:')) return uri;
  try {
    return pathToFileURL(fileURLToPath(uri)).href;
  } catch {
    return uri;
  }
}

function pathOf(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

export function registerWorkspaceIndex(ctx: ServerContext): WorkspaceIndex {
  const index = new ReportIndex();
  /** Canonical URIs of open documents whose live text is indexed: disk events leave them alone. */
  const live = new Set<string>();
  /** Latest read request per file, so an older read finishing late never wins. */
  const reads = new Map<string, number>();
  let readSequence = 0;
  let scanGeneration = 0;
  let scanning: Promise<void> = Promise.resolve();
  const pendingRefresh = new Set<string>();
  let refreshScheduled = false;

  const log = (what: string, error: unknown) => ctx.connection.console.error(`nianbao: workspace index: ${what} failed: ${describe(error)}`);

  /** Re-checks, once per turn, the open reports that read a changed report as last year's. */
  const refreshFollowersOf = (...summaries: (ReportSummary | undefined)[]) => {
    for (const summary of summaries) if (summary) for (const next of index.nextYearOf(summary)) pendingRefresh.add(next.uri);
    if (pendingRefresh.size === 0 || refreshScheduled) return;
    refreshScheduled = true;
    setImmediate(() => {
      refreshScheduled = false;
      const due = new Set(pendingRefresh);
      pendingRefresh.clear();
      for (const document of ctx.documents.all()) if (due.has(canonicalUri(document.uri))) ctx.refresh(document.uri);
    });
  };

  const put = (summary: ReportSummary) => {
    const old = index.get(summary.uri);
    if (old && sameFigures(old, summary)) return;
    index.set(summary);
    refreshFollowersOf(old, summary);
  };

  const remove = (uri: string) => {
    const old = index.get(uri);
    if (!old) return;
    index.delete(uri);
    refreshFollowersOf(old);
  };

  /** Reads a file and indexes it when it is a report; forgets it when it is gone or is not one. */
  const indexFile = async (uri: string, path: string): Promise<void> => {
    const ticket = ++readSequence;
    reads.set(uri, ticket);
    let summary: ReportSummary | null = null;
    try {
      const info = await stat(path);
      if (info.isFile() && info.size <= DEFAULT_MAX_SIZE) {
        const decoded = decodeText(await readFile(path));
        if (decoded.ok && (isReportFileName(path) || detectReport(decoded.text).isReport)) {
          summary = summarize(uri, parseReport(decoded.text));
        }
      }
    } catch {
      summary = null; // deleted meanwhile or unreadable: not a report we can use
    }
    if (reads.get(uri) !== ticket) return;
    reads.delete(uri);
    if (live.has(uri)) return;
    if (summary) put(summary);
    else remove(uri);
  };

  const scan = (folders: readonly string[]) => {
    const generation = ++scanGeneration;
    const seen = new Set<string>();
    const run = async () => {
      const queue = [...folders];
      let files = 0;
      while (queue.length > 0 && files < MAX_SCANNED_FILES) {
        if (generation !== scanGeneration) return;
        const dir = queue.shift()!;
        let entries;
        try {
          entries = await readdir(dir, { withFileTypes: true });
        } catch {
          continue;
        }
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const entry of entries) {
          if (generation !== scanGeneration) return;
          const path = join(dir, entry.name);
          if (entry.isDirectory()) {
            if (!SKIPPED_DIRECTORIES.has(entry.name) && !entry.name.startsWith('.')) queue.push(path);
          } else if (entry.isFile() && CANDIDATE.test(entry.name) && files < MAX_SCANNED_FILES) {
            files++;
            const uri = pathToFileURL(path).href;
            seen.add(uri);
            if (!live.has(uri)) await indexFile(uri, path);
            await yieldToEventLoop();
          }
        }
      }
      if (generation !== scanGeneration) return;
      // Folders removed from the workspace: their files leave the index.
      for (const summary of index.all()) if (!seen.has(summary.uri) && !live.has(summary.uri)) remove(summary.uri);
    };
    scanning = run().catch((error: unknown) => log('scanning the workspace', error));
  };

  ctx.setPreviousReportProvider((uri: string, model: ReportModel) => {
    const summary = summarize(canonicalUri(uri), model);
    live.add(summary.uri);
    put(summary);
    return index.previousYearOf(summary);
  });

  ctx.documents.onDidClose(({ document }) => {
    const uri = canonicalUri(document.uri);
    if (!live.delete(uri)) return;
    // The file on disk counts again (an unsaved buffer never did).
    const path = pathOf(uri);
    if (path) void indexFile(uri, path).catch((error: unknown) => log(`reading ${path}`, error));
    else remove(uri);
  });

  ctx.onWatchedFilesChanged((changes: readonly FileEvent[]) => {
    for (const change of changes) {
      const uri = canonicalUri(change.uri);
      const path = pathOf(uri);
      if (!path || !CANDIDATE.test(path) || live.has(uri)) continue;
      if (change.type === FileChangeType.Deleted) {
        reads.delete(uri);
        remove(uri);
      } else {
        void indexFile(uri, path).catch((error: unknown) => log(`reading ${path}`, error));
      }
    }
  });

  ctx.onInitialized(() => scan(ctx.workspaceFolders()));
  ctx.onWorkspaceFoldersChanged((folders) => scan(folders));

  return { index, scanned: () => scanning };
}
