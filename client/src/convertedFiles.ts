/**
 * Word files, web pages and PDFs — what clerks actually have — opened as reports: a read-only
 * custom editor shows the converted text as the published document with its findings (the
 * report view's page), and offers to open the converted text (a read-only virtual document the
 * server checks, so its findings are in the Problems panel) or to make an editable .md draft.
 * A .docx or .pdf opens here by default (VS Code would show its binary-file page); a web page
 * opens as HTML unless the clerk chooses "Open With… → 年报检查".
 */
import {
  Disposable,
  EventEmitter,
  Uri,
  window,
  workspace,
  type CancellationToken,
  type CustomDocument,
  type CustomReadonlyEditorProvider,
  type ExtensionContext,
  type TextDocumentContentProvider,
  type WebviewPanel,
  languages,
  commands,
} from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CONVERT_FILE_METHOD, CONVERTED_TEXT_SCHEME, REPORT_VIEW_METHOD, type ConvertFileResult, type ReportViewResult } from '../../server/src/protocol';
import { t } from './i18n';
import { escapeHtml, renderReportBody } from './reportHtml';
import { isReveal, revealInText, viewLabels, webviewHtml } from './reportView';

export const CONVERTED_EDITOR_TYPE = 'nianbao.convertedReport';
/** The same editor for web pages, offered under "Open With…" (a web page opens as HTML by default). */
export const CONVERTED_EDITOR_OPTION_TYPE = 'nianbao.convertedReportOption';
/** Virtual documents holding a converted file's text: `nianbao-converted:/<path>.txt?<original uri>`. */
export const CONVERTED_SCHEME = CONVERTED_TEXT_SCHEME;

class ConvertedFile implements CustomDocument {
  constructor(
    readonly uri: Uri,
    /** The converted text, or why there is none (in words). */
    readonly converted: ConvertFileResult,
  ) {}
  dispose(): void {}
}

export class ConvertedFiles implements CustomReadonlyEditorProvider<ConvertedFile>, TextDocumentContentProvider, Disposable {
  private readonly texts = new Map<string, string>();
  private readonly changed = new EventEmitter<Uri>();
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: Disposable[] = [];

  constructor(
    private readonly context: ExtensionContext,
    private readonly client: LanguageClient,
  ) {
    this.subscriptions.push(
      window.registerCustomEditorProvider(CONVERTED_EDITOR_TYPE, this, { webviewOptions: { enableFindWidget: true } }),
      window.registerCustomEditorProvider(CONVERTED_EDITOR_OPTION_TYPE, this, { webviewOptions: { enableFindWidget: true } }),
      workspace.registerTextDocumentContentProvider(CONVERTED_SCHEME, this),
      this.changed,
    );
  }

  /** Reads and converts the file (the server does the reading: converters.js, loaded on first use). */
  async convert(uri: Uri): Promise<ConvertFileResult> {
    let bytes: Uint8Array;
    try {
      bytes = await workspace.fs.readFile(uri);
    } catch (error) {
      return { ok: false, message: t('The file could not be read: {0}', error instanceof Error ? error.message : String(error)) };
    }
    const name = uri.path.split('/').pop() ?? '';
    return this.client.sendRequest<ConvertFileResult>(CONVERT_FILE_METHOD, { name, data: Buffer.from(bytes).toString('base64') });
  }

  async openCustomDocument(uri: Uri, _context: unknown, _token: CancellationToken): Promise<ConvertedFile> {
    return new ConvertedFile(uri, await this.convert(uri));
  }

  async resolveCustomEditor(document: ConvertedFile, panel: WebviewPanel): Promise<void> {
    panel.webview.options = { enableScripts: true, localResourceRoots: [Uri.joinPath(this.context.extensionUri, 'media')] };
    const converted = document.converted;
    const toolbar = converted.ok
      ? `<div class="toolbar"><button data-action="draft">${escapeHtml(t('Convert to an editable draft (.md)'))}</button><button class="secondary" data-action="text">${escapeHtml(t('Show the converted text'))}</button><span class="note">${escapeHtml(t('Read-only: the findings of the text read from this file.'))}</span></div>`
      : '';
    panel.webview.html = webviewHtml(panel.webview, this.context.extensionUri, toolbar);
    panel.webview.onDidReceiveMessage(async (message: unknown) => {
      if (isReveal(message)) {
        // A place in the converted text: shown in the read-only text, where the Problems panel lists it too.
        const text = await this.openConvertedText(document);
        if (text) await revealInText(text, message.line, message.character);
        return;
      }
      const action = message !== null && typeof message === 'object' ? (message as { action?: unknown }).action : undefined;
      if (action === 'draft') await this.makeDraft(document);
      if (action === 'text') await this.openConvertedText(document);
    });
    if (!converted.ok) {
      void panel.webview.postMessage({ type: 'render', html: `<div class="summary error">${escapeHtml(converted.message)}</div>` });
      return;
    }
    const view = await this.client.sendRequest<ReportViewResult>(REPORT_VIEW_METHOD, { uri: this.client.code2ProtocolConverter.asUri(document.uri), text: converted.text });
    void panel.webview.postMessage({ type: 'render', html: renderReportBody(view, viewLabels(view)) });
  }

  provideTextDocumentContent(uri: Uri): string {
    return this.texts.get(uri.toString()) ?? '';
  }

  /** The converted text as a read-only document the server checks (its findings in the Problems panel). */
  async openConvertedText(document: ConvertedFile): Promise<Uri | undefined> {
    if (!document.converted.ok) return undefined;
    const uri = Uri.from({ scheme: CONVERTED_SCHEME, path: `${document.uri.path}.txt`, query: document.uri.toString() });
    this.texts.set(uri.toString(), document.converted.text);
    this.changed.fire(uri);
    const text = await workspace.openTextDocument(uri);
    await languages.setTextDocumentLanguage(text, 'nianbao');
    await window.showTextDocument(text, { preview: false });
    return uri;
  }

  /** An editable Markdown draft beside the file: <name>.nianbao.md (numbered when that exists). */
  async makeDraft(document: { uri: Uri; converted: ConvertFileResult }): Promise<Uri | undefined> {
    if (!document.converted.ok) {
      void window.showWarningMessage(document.converted.message);
      return undefined;
    }
    const folder = Uri.joinPath(document.uri, '..');
    const base = (document.uri.path.split('/').pop() ?? 'report').replace(/\.(docx|pdf|html?)$/i, '');
    let target = Uri.joinPath(folder, `${base}.nianbao.md`);
    for (let n = 2; await exists(target); n++) target = Uri.joinPath(folder, `${base}-${n}.nianbao.md`);
    await workspace.fs.writeFile(target, Buffer.from(document.converted.text, 'utf8'));
    await window.showTextDocument(target, { preview: false });
    void window.showInformationMessage(t('The draft {0} was made from {1}. Edit it, then export it to Word.', target.path.split('/').pop() ?? '', document.uri.path.split('/').pop() ?? ''));
    return target;
  }

  /** The "Convert to Editable Draft" command: the active or given .docx/.html/.pdf file. */
  async convertToDraft(uri: Uri | undefined): Promise<void> {
    const file = uri ?? (await pickFile());
    if (!file) return;
    await this.makeDraft({ uri: file, converted: await this.convert(file) });
  }

  /** Opens a file in the report's read-only view (the command, for web pages that open as HTML). */
  async openAsReport(uri: Uri | undefined): Promise<void> {
    const file = uri ?? (await pickFile());
    if (file) await commands.executeCommand('vscode.openWith', file, /\.html?$/i.test(file.path) ? CONVERTED_EDITOR_OPTION_TYPE : CONVERTED_EDITOR_TYPE);
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}

async function exists(uri: Uri): Promise<boolean> {
  try {
    await workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

async function pickFile(): Promise<Uri | undefined> {
  const active = window.activeTextEditor?.document.uri;
  if (active && /\.(docx|pdf|html?)$/i.test(active.path)) return active;
  const picked = await window.showOpenDialog({ canSelectMany: false, filters: { [t('Reports')]: ['docx', 'html', 'htm', 'pdf'] } });
  return picked?.[0];
}
