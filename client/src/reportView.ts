/**
 * The report view: a webview beside the text that shows the report as the published document
 * will look (the server's ReportDocument: the three tables with merged cells), every finding
 * marked on its cell or line; a click jumps to the text. It follows the clerk's typing (it asks
 * again whenever the document's diagnostics change), and the same page shows a Word file, web
 * page or PDF opened read-only (convertedFiles.ts).
 *
 * Security: the page loads nothing from the network and runs only the extension's own script
 * (media/reportView.js, with a nonce) under a Content Security Policy that allows nothing else;
 * every text of the report is escaped (reportHtml.ts) before it reaches the page.
 */
import { randomBytes } from 'node:crypto';
import {
  Disposable,
  languages,
  Range,
  Selection,
  TextEditorRevealType,
  Uri,
  ViewColumn,
  window,
  workspace,
  type ExtensionContext,
  type TextDocument,
  type Webview,
  type WebviewPanel,
} from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { REPORT_VIEW_METHOD, type ReportViewParams, type ReportViewResult } from '../../server/src/protocol';
import { isChinese, t } from './i18n';
import { renderReportBody, type ViewLabels } from './reportHtml';

export const REPORT_VIEW_TYPE = 'nianbao.reportView';

/** Typing produces a change per key; one request per burst is enough (diagnostics follow within milliseconds). */
const TEXT_CHANGE_DELAY_MS = 60;

export function viewLabels(view: ReportViewResult): ViewLabels {
  const errors = view.findings.filter((f) => f.severity === 'error').length;
  const warnings = view.findings.length - errors;
  return {
    noProblems: view.checked ? t('No problems found.') : view.reason,
    counts: t('{0} errors, {1} warnings', errors, warnings),
    unreadable: t('This table could not be read with confidence; it is shown as written.'),
    wholeReport: t('About the whole report'),
    empty: t('The file holds no report text.'),
    clickToJump: t('Click a cell or line to go to it in the text.'),
  };
}

/** The page around the body: strict CSP, the extension's stylesheet and script, nothing else. */
export function webviewHtml(webview: Webview, extensionUri: Uri, toolbar = ''): string {
  const nonce = randomBytes(16).toString('base64');
  const script = webview.asWebviewUri(Uri.joinPath(extensionUri, 'media', 'reportView.js'));
  const style = webview.asWebviewUri(Uri.joinPath(extensionUri, 'media', 'reportView.css'));
  const csp = [`default-src 'none'`, `style-src ${webview.cspSource}`, `img-src ${webview.cspSource}`, `script-src 'nonce-${nonce}'`].join('; ');
  const lang = isChinese() ? 'zh-CN' : 'en';
  return `<!DOCTYPE html>
<html lang="${lang}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${style.toString()}">
</head><body>
${toolbar}
<main id="report" aria-live="polite"></main>
<script nonce="${nonce}" src="${script.toString()}"></script>
</body></html>`;
}

interface OpenView {
  panel: WebviewPanel;
  document: TextDocument;
  generation: number;
  timer?: ReturnType<typeof setTimeout>;
}

export class ReportViews implements Disposable {
  private readonly views = new Map<string, OpenView>();
  private readonly subscriptions: Disposable[] = [];

  constructor(
    private readonly context: ExtensionContext,
    private readonly client: LanguageClient,
  ) {
    this.subscriptions.push(
      languages.onDidChangeDiagnostics((event) => {
        for (const uri of event.uris) {
          const view = this.views.get(uri.toString());
          if (view) this.schedule(view, 0);
        }
      }),
      // A document that is not checked has no diagnostics: its view follows the text itself.
      workspace.onDidChangeTextDocument((event) => {
        const view = this.views.get(event.document.uri.toString());
        if (view) this.schedule(view, TEXT_CHANGE_DELAY_MS);
      }),
      workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('nianbao.language')) for (const view of this.views.values()) this.schedule(view, 0);
      }),
    );
  }

  /** Opens (or reveals) the view of `document` beside its editor. */
  show(document: TextDocument): void {
    const key = document.uri.toString();
    const existing = this.views.get(key);
    if (existing) {
      existing.panel.reveal(ViewColumn.Beside, true);
      return;
    }
    const name = document.uri.path.split('/').pop() ?? '';
    const panel = window.createWebviewPanel(REPORT_VIEW_TYPE, t('Report view: {0}', name), { viewColumn: ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: true,
      enableFindWidget: true,
      localResourceRoots: [Uri.joinPath(this.context.extensionUri, 'media')],
    });
    panel.iconPath = Uri.joinPath(this.context.extensionUri, 'images', 'icon.png');
    panel.webview.html = webviewHtml(panel.webview, this.context.extensionUri);
    const view: OpenView = { panel, document, generation: 0 };
    this.views.set(key, view);
    panel.webview.onDidReceiveMessage((message: unknown) => void this.onMessage(view, message));
    panel.onDidDispose(() => {
      if (view.timer) clearTimeout(view.timer);
      this.views.delete(key);
    });
    this.schedule(view, 0);
  }

  private schedule(view: OpenView, delayMs: number): void {
    if (view.timer) clearTimeout(view.timer);
    view.timer = setTimeout(() => void this.update(view), delayMs);
  }

  private async update(view: OpenView): Promise<void> {
    const generation = ++view.generation;
    const params: ReportViewParams = { uri: this.client.code2ProtocolConverter.asUri(view.document.uri) };
    let result: ReportViewResult;
    try {
      result = await this.client.sendRequest<ReportViewResult>(REPORT_VIEW_METHOD, params);
    } catch (error) {
      this.client.debug(`nianbao/reportView failed: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    if (generation !== view.generation) return;
    void view.panel.webview.postMessage({ type: 'render', html: renderReportBody(result, viewLabels(result)) });
  }

  private async onMessage(view: OpenView, message: unknown): Promise<void> {
    if (!isReveal(message)) return;
    await revealInText(view.document.uri, message.line, message.character);
  }

  dispose(): void {
    for (const view of this.views.values()) view.panel.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}

export function isReveal(message: unknown): message is { type: 'reveal'; line: number; character: number } {
  if (message === null || typeof message !== 'object') return false;
  const m = message as Record<string, unknown>;
  return m.type === 'reveal' && Number.isInteger(m.line) && Number.isInteger(m.character);
}

/** Puts the cursor at (line, character) of the document, in the editor that shows it or in the first column. */
export async function revealInText(uri: Uri, line: number, character: number): Promise<void> {
  const visible = window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
  const document = visible?.document ?? (await workspace.openTextDocument(uri));
  const editor = await window.showTextDocument(document, { viewColumn: visible?.viewColumn ?? ViewColumn.One, preserveFocus: false });
  const position = editor.document.validatePosition(new Range(line, character, line, character).start);
  editor.selection = new Selection(position, position);
  editor.revealRange(new Range(position, position), TextEditorRevealType.InCenterIfOutsideViewport);
}
