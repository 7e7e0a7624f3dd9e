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
import { codeActionsFor, fixAllEdits, ignoreEntryFor, ruleMeta, type AnalyzeOptions, type Diagnostic, type Lang, type ServiceCodeAction, type TextEdit } from '../service';
import { IGNORE_FINDING_COMMAND, OPEN_RULE_COMMAND, type IgnoreFindingParams } from '../protocol';
import type { DocumentAnalysis, ServerContext } from './context';
import { FixAllRequest, type FixAllResult } from './protocol';
import { ignoreFileFor } from './reportFeatures';
import { toLspDiagnostic } from './toLsp';

/** Our own fix-all kind, under source.fixAll so `"source.fixAll": "explicit"` picks it up too. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.nianbao`;

export const codeActionCapabilities: Pick<ServerCapabilities, 'codeActionProvider'> = {
  codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll, FIX_ALL_KIND], resolveProvider: false },
};

function analyzeOptions(ctx: ServerContext, uri: string): AnalyzeOptions {
  const settings = ctx.settings(uri);
  return {
    lang: ctx.lang(),
    rules: settings.config.rules,
    deadline: settings.config.deadline ?? 'auto',
    maxSize: settings.maxSize,
    ...(settings.config.ignore?.length ? { ignore: settings.config.ignore } : {}),
  };
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

/** The service's "ignore here" actions write an inline comment into the report. */
function writesComment(action: ServiceCodeAction): boolean {
  return action.edits?.some((edit) => edit.newText.includes('nianbao-disable')) === true;
}

function toLspAction(action: ServiceCodeAction, uri: string, lang: Lang): CodeAction {
  const diagnostics: LspDiagnostic[] = action.diagnostics.map((d) => toLspDiagnostic(d, uri, lang));
  // An inline comment is published with the report: its title says so, and it comes after
  // "ignore this problem", which records the finding outside the text.
  const title = writesComment(action) ? `${action.title}${lang === 'en' ? ' (writes a comment into the report)' : '（在报告中写入注释）'}` : action.title;
  const out: CodeAction = { title, kind: CodeActionKind.QuickFix, diagnostics };
  if (action.edits) out.edit = { changes: { [uri]: action.edits satisfies TextEdit[] } };
  if (action.isPreferred) out.isPreferred = true;
  if (action.openRule) {
    // Opened inside the editor (a Markdown preview of the bundled page), in desktop VS Code and in the browser.
    out.command = { title: action.title, command: OPEN_RULE_COMMAND, arguments: [action.openRule] };
  }
  return out;
}

/** "Ignore this problem": recorded in .nianbaorc.json by the rule, table, row and column or a text fingerprint. */
function ignoreAction(analysis: DocumentAnalysis, diagnostic: Diagnostic, lang: Lang): CodeAction {
  const name = ruleMeta(diagnostic.code)?.name;
  const rule = name ? (lang === 'en' ? name.en : name.zh) : diagnostic.code;
  const title = lang === 'en' ? `Ignore this problem (“${rule}”), recorded in .nianbaorc.json` : `忽略此问题（${rule}），记录在 .nianbaorc.json，不改动报告`;
  const params: IgnoreFindingParams = { uri: analysis.uri, entry: ignoreEntryFor(analysis.model, diagnostic) };
  return { title, kind: CodeActionKind.QuickFix, diagnostics: [toLspDiagnostic(diagnostic, analysis.uri, lang)], command: { title, command: IGNORE_FINDING_COMMAND, arguments: [params] } };
}

function touches(diagnostic: Diagnostic, range: CodeActionParams['range']): boolean {
  const { start, end } = diagnostic.range;
  const before = (a: { line: number; character: number }, b: { line: number; character: number }) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(start, range.end) && before(range.start, end);
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
    const lang = ctx.lang();
    const actions = codeActionsFor(analysis.model, analysis.diagnostics, params.range, lang, onError);
    const canRecord = ignoreFileFor(uri, ctx.workspaceFolders()) !== null;
    let ignoresAdded = !canRecord;
    for (const action of actions) {
      // The ignore actions go before the first inline-comment action (after the fixes).
      if (!ignoresAdded && (writesComment(action) || action.openRule)) {
        for (const diagnostic of analysis.diagnostics) if (touches(diagnostic, params.range)) out.push(ignoreAction(analysis, diagnostic, lang));
        ignoresAdded = true;
      }
      out.push(toLspAction(action, uri, lang));
    }
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
