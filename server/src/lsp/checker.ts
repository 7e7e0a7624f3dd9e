/**
 * Checks open documents: decides which are reports, analyses them (cached per
 * document version and settings generation) and publishes diagnostics.
 *
 * Work never queues. By default (debounceMs 0) an edit to an idle document is analysed at
 * once — on the next timer tick, after the edits already received have been read — and the
 * edits that arrive while a run is pending join it: the run reads the document's latest
 * version when it starts, so a burst is analysed once. Analysis takes well under a
 * millisecond, so a fixed pause would only delay the squiggles. With a debounce (a client
 * may ask for one in its initialization options) every edit restarts the pause instead.
 * A run whose document changed meanwhile is dropped (the newer run publishes). Features that
 * need an analysis before the run compute it on demand; the run then finds it in the cache.
 */
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, type Lang, type ReportSummary } from '../service';
import type { DocumentAnalysis, EffectiveSettings, PreviousReportProvider } from './context';
import { decideChecking, type CheckDecision } from './detection';
import { picturesOptionFor } from './convertedPictures';
import { describe } from './guard';
import type { SettingsManager } from './settings';
import { toLspDiagnostic } from './toLsp';

interface CacheEntry {
  version: number;
  generation: number;
  /** The settings the entry was computed with (effective() returns a new object when they change). */
  settings: EffectiveSettings;
  decision: CheckDecision;
  /** undefined until computed; null when the document is not checked. */
  analysis?: DocumentAnalysis | null;
}

export interface CheckerDeps {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  settings: SettingsManager;
  lang(): Lang;
}

/**
 * Runs `fn` after `delayMs`; returns its cancellation. No delay means the next timer tick
 * (about a millisecond): vscode-jsonrpc handles one queued message per setImmediate, so a
 * timer lets every notification already received be handled first, and a burst of edits
 * written at once is analysed once, at its end.
 */
function later(delayMs: number, fn: () => void): () => void {
  const timer = setTimeout(fn, Math.max(0, delayMs));
  return () => clearTimeout(timer);
}

export class DocumentChecker {
  /** The pending run of each document, as its cancellation. */
  private readonly timers = new Map<string, () => void>();
  private readonly cache = new Map<string, CacheEntry>();
  private readonly forced = new Set<string>();
  /** Documents whose last publication was not empty (closing or un-detecting them clears it). */
  private readonly published = new Set<string>();
  /** Bumped whenever settings or the language change, so every cached result is recomputed. */
  private generation = 0;
  /** 0: analyse at once and coalesce edits that arrive meanwhile; more: wait for a pause that long. */
  debounceMs = 0;
  /** How many analyses ran since the server started (the nianbao/stats request: edits must not queue work). */
  analyses = 0;
  /** Their total duration in milliseconds (the benchmark tells the server's own time from the transport's). */
  analysisMs = 0;
  /** Finds last year's report for the cross-document rules (set by the workspace index). */
  previousReportProvider: PreviousReportProvider | null = null;

  constructor(private readonly deps: CheckerDeps) {}

  /** Why the open document is (not) checked; null when it is not open. */
  decision(uri: string): CheckDecision | null {
    return this.entry(uri)?.decision ?? null;
  }

  analysis(uri: string): DocumentAnalysis | null {
    const entry = this.entry(uri);
    if (!entry) return null;
    if (entry.analysis === undefined) entry.analysis = entry.decision.checked ? this.analyse(uri, entry) : null;
    return entry.analysis;
  }

  /**
   * Analyses `uri` after `delayMs`, replacing a pending run. With no delay a pending run is
   * kept: it has not started, and it reads the document as it is when it does.
   */
  schedule(uri: string, delayMs: number): void {
    if (delayMs <= 0 && this.timers.has(uri)) return;
    this.timers.get(uri)?.();
    const cancel = later(delayMs, () => {
      if (this.timers.get(uri) === cancel) this.timers.delete(uri);
      this.run(uri).catch((error: unknown) => this.logError(`checking ${uri}`, error));
    });
    this.timers.set(uri, cancel);
  }

  /** Forgets cached results and re-publishes (one document, or all open ones). */
  refresh(uri?: string): void {
    if (uri !== undefined) {
      this.cache.delete(uri);
      if (this.deps.documents.get(uri)) this.schedule(uri, 0);
      return;
    }
    this.generation++;
    for (const doc of this.deps.documents.all()) this.schedule(doc.uri, 0);
  }

  checkAnyway(uri: string): void {
    this.forced.add(uri);
    this.refresh(uri);
  }

  closed(uri: string): void {
    this.timers.get(uri)?.();
    this.timers.delete(uri);
    this.cache.delete(uri);
    this.forced.delete(uri);
    if (this.published.delete(uri)) this.publish(uri, undefined, []);
  }

  dispose(): void {
    for (const cancel of this.timers.values()) cancel();
    this.timers.clear();
  }

  private async run(uri: string): Promise<void> {
    const doc = this.deps.documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    await this.deps.settings.ensure(uri);
    const current = this.deps.documents.get(uri);
    // Stale: the document changed or a newer run is pending; that run publishes.
    if (!current || current.version !== version || this.timers.has(uri)) return;
    const analysis = this.analysis(uri);
    if (analysis) {
      this.publish(uri, version, analysis.diagnostics.map((d) => toLspDiagnostic(d, uri, this.deps.lang())));
      if (analysis.diagnostics.length > 0) this.published.add(uri);
      else this.published.delete(uri);
    } else if (this.published.delete(uri)) {
      this.publish(uri, version, []);
    }
  }

  private entry(uri: string): CacheEntry | null {
    const doc = this.deps.documents.get(uri);
    if (!doc) return null;
    const settings = this.deps.settings.effective(uri);
    const cached = this.cache.get(uri);
    if (cached && cached.version === doc.version && cached.generation === this.generation && cached.settings === settings) {
      return cached;
    }
    const decision = decideSafely(
      () =>
        decideChecking({
          languageId: doc.languageId,
          text: doc.getText(),
          detectInMarkdown: settings.detectInMarkdown,
          forced: this.forced.has(uri),
        }),
      (error) => this.logError(`detecting ${uri}`, error),
    );
    const entry: CacheEntry = { version: doc.version, generation: this.generation, settings, decision };
    this.cache.set(uri, entry);
    return entry;
  }

  private analyse(uri: string, entry: CacheEntry): DocumentAnalysis | null {
    const doc = this.deps.documents.get(uri);
    if (!doc) return null;
    const { settings, version } = entry;
    const text = doc.getText();
    const provider = this.previousReportProvider;
    let previous: ReportSummary | undefined;
    this.analyses++;
    const started = performance.now();
    try {
      const result = analyze(text, {
        lang: this.deps.lang(),
        rules: settings.config.rules,
        deadline: settings.config.deadline ?? 'auto',
        maxSize: settings.maxSize,
        ...(settings.config.ignore?.length ? { ignore: settings.config.ignore } : {}),
        ...(provider ? { findPrevious: (model) => (previous = provider(uri, model)) } : {}),
        ...picturesOptionFor(uri, text),
      });
      for (const failure of result.ruleErrors) this.logError(`rule ${failure.code} on ${uri}`, failure.message);
      const analysis: DocumentAnalysis = { uri, version, text, model: result.model, diagnostics: result.diagnostics };
      if (previous) analysis.previous = previous;
      this.analysisMs += performance.now() - started;
      return analysis;
    } catch (error) {
      this.logError(`analysing ${uri}`, error);
      return null;
    }
  }

  private publish(uri: string, version: number | undefined, diagnostics: ReturnType<typeof toLspDiagnostic>[]): void {
    void this.deps.connection.sendDiagnostics(version === undefined ? { uri, diagnostics } : { uri, version, diagnostics });
  }

  private logError(what: string, error: unknown): void {
    this.deps.connection.console.error(`nianbao: ${what} failed: ${describe(error)}`);
  }
}

function decideSafely(decide: () => CheckDecision, onError: (error: unknown) => void): CheckDecision {
  try {
    return decide();
  } catch (error) {
    onError(error);
    return { checked: false, reason: { zh: '检测此文件时出错，未检查', en: 'Detection failed; the file is not checked' } };
  }
}
