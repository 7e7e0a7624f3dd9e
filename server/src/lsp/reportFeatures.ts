/**
 * The requests behind the report view, Word files in and out, and ignoring a finding outside
 * the text:
 * - nianbao/reportView: the report as the published document looks (service reportDocument)
 *   with its findings placed on cells and blocks, for an open document or a converted text;
 * - nianbao/convertFile: a Word file, web page or PDF to the text the checks read;
 * - nianbao/exportDocx: the draft laid out as the published Word file;
 * - nianbao/ignoreFinding: records a finding in the `ignore` list of .nianbaorc.json.
 * Converters and the Word writer are loaded on first use (dist/converters.js).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { applyEdits, modify, parse } from 'jsonc-parser';
import { RequestType } from 'vscode-languageserver/node';
import { documentPictures, inputKindOf, inputToText, reportToDocx } from '../convert';
import { fileProblem, type FileProblem } from '../cli/messages';
import { analyze, hasIgnoreEntry, parseReport, placeFindings, reportDocument, tablesNotFound, type IgnoreEntry, type Lang } from '../service';
import {
  CONVERT_FILE_METHOD,
  EXPORT_DOCX_METHOD,
  IGNORE_FINDING_METHOD,
  REPORT_VIEW_METHOD,
  type ConvertFileParams,
  type ConvertFileResult,
  type ExportDocxParams,
  type ExportDocxResult,
  type IgnoreFindingParams,
  type IgnoreFindingResult,
  type ReportViewParams,
  type ReportViewResult,
} from '../protocol';
import type { ServerContext } from './context';
import { picturesOption, rememberPictures } from './convertedPictures';
import { describe } from './guard';
import { RC_FILE_NAME, searchDirectories, uriToPath } from './rcFiles';

export const ReportViewRequest = new RequestType<ReportViewParams, ReportViewResult, void>(REPORT_VIEW_METHOD);
export const ConvertFileRequest = new RequestType<ConvertFileParams, ConvertFileResult, void>(CONVERT_FILE_METHOD);
export const ExportDocxRequest = new RequestType<ExportDocxParams, ExportDocxResult, void>(EXPORT_DOCX_METHOD);
export const IgnoreFindingRequest = new RequestType<IgnoreFindingParams, IgnoreFindingResult, void>(IGNORE_FINDING_METHOD);

const NOT_OPEN = { zh: '此文件未在编辑器中打开', en: 'The file is not open in the editor' } as const;
const NOT_CHECKED = { zh: '此文件未作为年度报告检查', en: 'The file is not checked as an annual report' } as const;

/** The report view of an open document (its cached analysis) or of a given text (analysed here). */
export function reportView(ctx: ServerContext, params: ReportViewParams): ReportViewResult {
  const lang = ctx.lang();
  if (typeof params.text === 'string') {
    const settings = ctx.settings(params.uri);
    const { model, diagnostics } = analyze(params.text, {
      lang,
      rules: settings.config.rules,
      deadline: settings.config.deadline ?? 'auto',
      maxSize: settings.maxSize,
      ...(settings.config.ignore?.length ? { ignore: settings.config.ignore } : {}),
      ...picturesOption(params.text),
    });
    const document = reportDocument(model);
    return { version: null, checked: true, reason: '', document, findings: placeFindings(document, diagnostics) };
  }
  const open = ctx.documents.get(params.uri);
  if (!open) return { version: null, checked: false, reason: NOT_OPEN[lang], document: { title: '', blocks: [] }, findings: [] };
  const analysis = ctx.analysis(params.uri);
  if (!analysis) {
    // Not checked as a report: the view still shows the text as a document, without findings.
    return { version: open.version, checked: false, reason: NOT_CHECKED[lang], document: reportDocument(parseReport(open.getText())), findings: [] };
  }
  const document = reportDocument(analysis.model);
  return { version: analysis.version, checked: true, reason: '', document, findings: placeFindings(document, analysis.diagnostics) };
}

function problemMessage(lang: Lang, problem: FileProblem, detail?: string): string {
  return fileProblem(lang, problem, detail ?? '');
}

export async function convertFile(ctx: ServerContext, params: ConvertFileParams): Promise<ConvertFileResult> {
  const lang = ctx.lang();
  const kind = inputKindOf(params.name);
  if (!kind) return { ok: false, message: problemMessage(lang, 'unsupported') };
  const bytes = Buffer.from(params.data, 'base64');
  const read = await inputToText(kind, bytes);
  if (!read.ok) return { ok: false, message: problemMessage(lang, read.reason, read.detail) };
  // A Word file's or PDF's table not in its text may be a picture: its pictures are looked for only then.
  if ((kind === 'docx' || kind === 'pdf') && tablesNotFound(parseReport(read.text))) rememberPictures(read.text, (await documentPictures(read, bytes)) ?? []);
  return { ok: true, text: read.text };
}

export async function exportDocx(ctx: ServerContext, params: ExportDocxParams): Promise<ExportDocxResult> {
  const lang = ctx.lang();
  const open = ctx.documents.get(params.uri);
  if (!open) return { error: NOT_OPEN[lang] };
  const model = ctx.analysis(params.uri)?.model ?? parseReport(open.getText());
  const bytes = await reportToDocx(reportDocument(model));
  return { data: Buffer.from(bytes).toString('base64') };
}

/**
 * The .nianbaorc.json an entry goes into: the nearest existing one that applies to the
 * document, else a new one at the root of its workspace folder (or beside the document when
 * it lies in no folder). Null for an unsaved document outside every folder.
 */
export function ignoreFileFor(uri: string, folders: readonly string[]): string | null {
  const dirs = searchDirectories(uri, folders);
  for (let i = dirs.length - 1; i >= 0; i--) {
    const candidate = join(dirs[i]!, RC_FILE_NAME);
    if (existsSync(candidate)) return candidate;
  }
  if (dirs.length > 0) return join(dirs[0]!, RC_FILE_NAME);
  const path = uriToPath(uri);
  return path ? join(dirname(path), RC_FILE_NAME) : null;
}

/** The file's text with `entry` added to its `ignore` list (comments and layout kept), or null when it is there already. */
export function withIgnoreEntry(text: string, entry: IgnoreEntry): string | null {
  const source = text.trim() === '' ? '{}\n' : text;
  const current: unknown = parse(source, [], { allowTrailingComma: true });
  const existing = current !== null && typeof current === 'object' && Array.isArray((current as { ignore?: unknown }).ignore) ? ((current as { ignore: IgnoreEntry[] }).ignore) : null;
  if (existing && hasIgnoreEntry(existing, entry)) return null;
  const path = existing ? ['ignore', existing.length] : ['ignore'];
  const value = existing ? entry : [entry];
  const edits = modify(source, path, value, { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' }, isArrayInsertion: existing !== null });
  return applyEdits(source, edits);
}

export function ignoreFinding(ctx: ServerContext, params: IgnoreFindingParams): IgnoreFindingResult {
  const lang = ctx.lang();
  const file = ignoreFileFor(params.uri, ctx.workspaceFolders());
  if (!file) {
    return { error: lang === 'en' ? 'Save the report in a folder first: ignored problems are recorded in a .nianbaorc.json beside it.' : '请先把报告保存到文件夹中：忽略的问题记录在它旁边的 .nianbaorc.json 里。' };
  }
  let text = '';
  try {
    if (existsSync(file)) text = readFileSync(file, 'utf8').replace(/^\ufeff/, '');
    const updated = withIgnoreEntry(text, params.entry);
    if (updated !== null) writeFileSync(file, updated.endsWith('\n') ? updated : `${updated}\n`, 'utf8');
  } catch (error) {
    ctx.connection.console.error(`nianbao: writing ${file} failed: ${describe(error)}`);
    return { error: lang === 'en' ? `Could not write ${file}: ${describe(error)}` : `无法写入 ${file}：${describe(error)}` };
  }
  ctx.rcFilesChanged();
  return { file: pathToFileURL(file).href };
}

export function registerReportFeatures(ctx: ServerContext): void {
  ctx.connection.onRequest(ReportViewRequest, (params) => reportView(ctx, params));
  ctx.connection.onRequest(ConvertFileRequest, (params) => convertFile(ctx, params));
  ctx.connection.onRequest(ExportDocxRequest, (params) => exportDocx(ctx, params));
  ctx.connection.onRequest(IgnoreFindingRequest, (params) => ignoreFinding(ctx, params));
}
