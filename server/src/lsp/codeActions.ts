/**
 * Code actions over LSP: the service's per-finding actions (fix, fix all of a rule,
 * ignore here, open the rule's page), `source.fixAll.nianbao` for
 * `editor.codeActionsOnSave`, and the `nianbao/fixAll` request for the client command.
 */
import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic as LspDiagnostic,
  type ServerCapabilities,
} from 'vscode-languageserver/node';
import { codeActionsFor, fixAllEdits, type AnalyzeOptions, type ServiceCodeAction, type TextEdit } from '../service';
import type { DocumentAnalysis, ServerContext } from './context';
import { FixAllRequest, type FixAllResult } from './protocol';
import { toLspDiagnostic, ruleDocsUrl } from './toLsp';

/** Our own fix-all kind, under source.fixAll so `"source.fixAll": "explicit"` picks it up too. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.nianbao`;

export const codeActionCapabilities: Pick<ServerCapabilities, 'codeActionProvider'> = {
  codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll, FIX_ALL_KIND], resolveProvider: false },
};

function analyzeOptions(ctx: ServerContext, uri: string): AnalyzeOptions {
  const settings = ctx.settings(uri);
  return { lang: ctx.lang(), rules: settings.config.rules, deadline: settings.config.deadline ?? 'auto', maxSize: settings.maxSize };
}

/** Whether the client's `only` filter asks for kind `kind` (a filter of a parent kind includes it). */
function wants(only: readonly string[] | undefined, kind: string): boolean {
  if (!only || only.length === 0) return true;
  return only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

function fixAllAction(ctx: ServerContext, analysis: DocumentAnalysis): CodeAction | null {
  const edits = fixAllEdits(analysis.text, analyzeOptions(ctx, analysis.uri));
  if (edits.length === 0) return null;
  const title = ctx.lang() === 'en' ? 'Fix all safe Nianbao problems' : '修复所有可自动修复的年报问题';
  return { title, kind: FIX_ALL_KIND, edit: { changes: { [analysis.uri]: edits } } };
}

function toLspAction(action: ServiceCodeAction, uri: string): CodeAction {
  const diagnostics: LspDiagnostic[] = action.diagnostics.map((d) => toLspDiagnostic(d, uri));
  const out: CodeAction = { title: action.title, kind: CodeActionKind.QuickFix, diagnostics };
  if (action.edits) out.edit = { changes: { [uri]: action.edits satisfies TextEdit[] } };
  if (action.isPreferred) out.isPreferred = true;
  if (action.openRule) {
    // The same page the diagnostic's codeDescription links to.
    out.command = { title: action.title, command: 'vscode.open', arguments: [ruleDocsUrl(action.openRule)] };
  }
  return out;
}

export function provideCodeActions(ctx: ServerContext, params: CodeActionParams): CodeAction[] {
  const uri = params.textDocument.uri;
  const analysis = ctx.analysis(uri);
  if (!analysis) return [];
  const only = params.context.only;
  const out: CodeAction[] = [];
  if (only && only.length > 0 && (wants(only, FIX_ALL_KIND) || wants(only, CodeActionKind.SourceFixAll)) && !wants(only, CodeActionKind.QuickFix)) {
    const action = fixAllAction(ctx, analysis);
    return action ? [action] : [];
  }
  if (wants(only, CodeActionKind.QuickFix)) {
    const onError = (error: unknown): void => ctx.connection.console.error(`nianbao: a quick fix failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    for (const action of codeActionsFor(analysis.model, analysis.diagnostics, params.range, ctx.lang(), onError)) out.push(toLspAction(action, uri));
  }
  return out;
}

export function registerCodeActions(ctx: ServerContext): void {
  ctx.connection.onCodeAction((params) => provideCodeActions(ctx, params));
  ctx.connection.onRequest(FixAllRequest, (params): FixAllResult => {
    const analysis = ctx.analysis(params.uri);
    if (!analysis) return { edits: [] };
    return { edits: fixAllEdits(analysis.text, analyzeOptions(ctx, params.uri)) };
  });
}
