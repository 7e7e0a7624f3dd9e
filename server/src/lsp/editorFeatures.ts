/**
 * LSP adapter of the editor features (service/features): completion, hover, outline,
 * folding, code lenses, inlay hints, formatting, and the server side of the commands
 * “new report from template” and “convert table”. Plain data in, LSP types out.
 */
import {
  CompletionItemKind,
  InsertTextFormat,
  MarkupKind,
  SymbolKind,
  type CompletionItem as LspCompletionItem,
  type DocumentSymbol as LspDocumentSymbol,
  type ServerCapabilities,
  type TextEdit,
} from 'vscode-languageserver/node';
import { completions, datedSnippets, convertTable, documentSymbols, foldingRanges, formatDocument, formatRange, hover, newReportTemplate, parseReport, sumCodeLenses, sumInlayHints, type CompletionKind, type ConvertTableResult, type DocumentSymbol, type ReportModel } from '../service';
import type { ServerContext } from './context';
import { ConvertTableRequest, NewReportTemplateRequest } from './protocol';

export const editorFeatureCapabilities: ServerCapabilities = {
  completionProvider: { triggerCharacters: ['|'] },
  hoverProvider: true,
  documentSymbolProvider: true,
  foldingRangeProvider: true,
  codeLensProvider: { resolveProvider: false },
  inlayHintProvider: true,
  documentFormattingProvider: true,
  documentRangeFormattingProvider: true,
};

const COMPLETION_KIND: Record<CompletionKind, CompletionItemKind> = {
  row: CompletionItemKind.Field,
  label: CompletionItemKind.Value,
  part: CompletionItemKind.Module,
  table: CompletionItemKind.Struct,
  topic: CompletionItemKind.Module,
  sentence: CompletionItemKind.Text,
};

const SYMBOL_KIND: Record<DocumentSymbol['kind'], SymbolKind> = {
  title: SymbolKind.File,
  part: SymbolKind.Module,
  subheading: SymbolKind.Key,
  table: SymbolKind.Struct,
};

function toLspSymbol(symbol: DocumentSymbol): LspDocumentSymbol {
  return {
    name: symbol.name || ' ',
    detail: symbol.detail,
    kind: SYMBOL_KIND[symbol.kind],
    range: symbol.range,
    selectionRange: symbol.selectionRange,
    children: symbol.children.map(toLspSymbol),
  };
}

/**
 * The snippets that hold a year (the whole report, the statistics period), computed now: the
 * report year is last year and the 落款 this January. Offered in any document the server
 * syncs (a new, still empty report is not yet checked) when what is typed before the cursor
 * on the line begins one of their prefixes (年报模板, nb-report …).
 */
function datedSnippetItems(beforeCursor: string | null, position: { line: number; character: number }): LspCompletionItem[] {
  if (beforeCursor === null || beforeCursor.trim() === '') return [];
  const typed = beforeCursor.trimStart();
  const start = { line: position.line, character: beforeCursor.length - typed.length };
  const items: LspCompletionItem[] = [];
  for (const [name, snippet] of Object.entries(datedSnippets())) {
    const prefix = snippet.prefix.find((p) => p.toLowerCase().startsWith(typed.toLowerCase()));
    if (prefix === undefined) continue;
    items.push({
      label: prefix,
      kind: CompletionItemKind.Snippet,
      detail: name,
      documentation: { kind: MarkupKind.Markdown, value: snippet.description },
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: { range: { start, end: position }, newText: snippet.body.join('\n') },
      filterText: prefix,
      sortText: `0${prefix}`,
    });
  }
  return items;
}

export function registerEditorFeatures(ctx: ServerContext): void {
  const { connection, documents } = ctx;
  const fresh = new Map<string, { version: number; model: ReportModel }>();
  documents.onDidClose(({ document }) => fresh.delete(document.uri));

  /**
   * The model of a checked document at its current version: the cached analysis when
   * it is current, else a fresh parse (checks wait for a pause in typing; completion
   * and hovers must not use positions from an older text).
   */
  const modelOf = (uri: string, evenIfUnchecked = false): ReportModel | null => {
    const analysis = ctx.analysis(uri);
    const document = documents.get(uri);
    if (!document || (!analysis && !evenIfUnchecked)) return null;
    if (analysis && analysis.version === document.version) return analysis.model;
    const cached = fresh.get(uri);
    if (cached?.version === document.version) return cached.model;
    const model = parseReport(document.getText());
    fresh.set(uri, { version: document.version, model });
    return model;
  };

  connection.onCompletion(({ textDocument, position }) => {
    const dated = datedSnippetItems(documents.get(textDocument.uri)?.getText({ start: { line: position.line, character: 0 }, end: position }) ?? null, position);
    const model = modelOf(textDocument.uri);
    if (!model) return dated;
    return [...dated, ...completions(model, position, ctx.lang()).map(
      (item): LspCompletionItem => ({
        label: item.label,
        kind: COMPLETION_KIND[item.kind],
        detail: item.detail,
        documentation: { kind: MarkupKind.Markdown, value: item.documentation },
        textEdit: item.textEdit,
        insertTextFormat: InsertTextFormat.PlainText,
        sortText: item.sortText,
        ...(item.filterText ? { filterText: item.filterText } : {}),
      }),
    )];
  });

  connection.onHover(({ textDocument, position }) => {
    const model = modelOf(textDocument.uri);
    if (!model) return null;
    const previous = ctx.analysis(textDocument.uri)?.previous;
    const result = hover(model, position, ctx.lang(), { deadline: ctx.settings(textDocument.uri).config.deadline ?? 'auto', ...(previous ? { previous } : {}) });
    return result ? { contents: { kind: MarkupKind.Markdown, value: result.contents }, range: result.range } : null;
  });

  connection.onDocumentSymbol(({ textDocument }) => {
    const model = modelOf(textDocument.uri);
    return model ? documentSymbols(model, ctx.lang()).map(toLspSymbol) : [];
  });

  connection.onFoldingRanges(({ textDocument }) => {
    const model = modelOf(textDocument.uri);
    return model ? foldingRanges(model) : [];
  });

  connection.onCodeLens(({ textDocument }) => {
    if (!ctx.settings(textDocument.uri).codeLens) return [];
    const model = modelOf(textDocument.uri);
    if (!model) return [];
    // An empty command id makes the lens plain text: it reports, it does nothing on click.
    return sumCodeLenses(model, ctx.lang()).map((lens) => ({ range: lens.range, command: { title: lens.title, command: '' } }));
  });

  connection.languages.inlayHint.on(({ textDocument, range }) => {
    if (!ctx.settings(textDocument.uri).inlayHints) return [];
    const model = modelOf(textDocument.uri);
    if (!model) return [];
    return sumInlayHints(model, ctx.lang(), range).map((hint) => ({ position: hint.position, label: hint.label, tooltip: hint.tooltip, paddingLeft: true }));
  });

  const textOf = (uri: string): string | null => (ctx.analysis(uri) ? (documents.get(uri)?.getText() ?? null) : null);
  connection.onDocumentFormatting(({ textDocument }): TextEdit[] => {
    const text = textOf(textDocument.uri);
    return text === null ? [] : formatDocument(text);
  });
  connection.onDocumentRangeFormatting(({ textDocument, range }): TextEdit[] => {
    const text = textOf(textDocument.uri);
    return text === null ? [] : formatRange(text, range);
  });

  connection.onRequest(NewReportTemplateRequest, (params) => newReportTemplate(params ?? {}));
  connection.onRequest(ConvertTableRequest, (params): ConvertTableResult => {
    // An explicit command works on any open document, checked as a report or not.
    const model = modelOf(params.uri, true);
    if (!model) return { error: ctx.lang() === 'en' ? 'The document is not open.' : '文档未打开。' };
    return convertTable(model, params.position, ctx.lang());
  });
}
