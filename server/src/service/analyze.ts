/**
 * The analysis entry point: text in, model and diagnostics out. Pure, synchronous,
 * never throws. Applies the size limit, the severity configuration, the inline
 * directives (<!-- nianbao-disable … -->) and the language, and decides which
 * publication deadline applies.
 */
import { parseReport } from './parser';
import type { Directive, LineSpan, ReportModel } from './model';
import type { AnalyzeOptions, Diagnostic, Finding, Lang, RelatedInformation, Rule, RuleCode, RuleContext, Severity } from './diagnostics';
import type { DeadlineKind } from './schema/format';
import type { ReportSummary } from './workspace/summary';
import { COUNTY_OR_ABOVE_SUFFIXES, GOVERNMENT_TITLE_PATTERN, TOWNSHIP_SUFFIXES } from './schema/format';
import { DEFAULT_MAX_SIZE, RULES, documentTooLargeMeta } from './rules';
import { documentTooLargeMessages, tooLargeFinding } from './rules/document-too-large';
import type { MessageTable } from './messages';
import { renderFinding } from './render';
import { emptyModel } from './model';
import { isRegExpSpace } from './text/chars';
import { withoutWhiteSpace } from './text/spaces';
import { withoutIgnored } from './ignore';
import { proseOf, type Prose } from './rules/prose';

export { emptyModel };

export interface RuleError {
  /** The rule that threw, or 'parser' when parsing itself failed. */
  code: RuleCode | 'parser';
  message: string;
}

export interface Analysis {
  model: ReportModel;
  diagnostics: Diagnostic[];
  /** Rules that threw (each is caught so the others still run); empty when all is well. */
  ruleErrors: RuleError[];
}

/** The size limit that applies (`maxSize`, default 5 MB): a longer document is not parsed. */
export function sizeLimitOf(options: AnalyzeOptions): number {
  return options.maxSize !== undefined && options.maxSize > 0 ? options.maxSize : DEFAULT_MAX_SIZE;
}

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const lang: Lang = options.lang === 'en' ? 'en' : 'zh';
  const maxSize = sizeLimitOf(options);
  if (text.length > maxSize) return tooLarge(text.length, maxSize, lang, options);
  let model: ReportModel;
  try {
    model = parseReport(text);
  } catch (error) {
    // The parser promises not to throw; if it ever does, the user still gets an answer.
    return { model: emptyModel(), diagnostics: [], ruleErrors: [{ code: 'parser', message: describe(error) }] };
  }
  const { diagnostics, ruleErrors } = runRules(RULES, model, options);
  // Findings ignored in .nianbaorc.json (the editor's "ignore this problem", honoured by the CLI too).
  if (options.ignore?.length) return { model, diagnostics: withoutIgnored(model, diagnostics, options.ignore), ruleErrors };
  return { model, diagnostics, ruleErrors };
}

/** Runs the given rules over a model (exported for tests that need a rule of their own). */
export function runRules(rules: readonly Rule[], model: ReportModel, options: AnalyzeOptions = {}): { diagnostics: Diagnostic[]; ruleErrors: RuleError[] } {
  const lang: Lang = options.lang === 'en' ? 'en' : 'zh';
  const deadline = options.deadline === 'department' || options.deadline === 'government' ? options.deadline : inferDeadline(model);
  const diagnostics: Diagnostic[] = [];
  const ruleErrors: RuleError[] = [];
  const isSuppressed = model.directives.length === 0 ? null : suppression(model);
  const previous = previousOf(model, options);
  // One context and one findings list for every rule (this runs on each keystroke): most
  // rules find nothing, so the list is only emptied after a rule that reported.
  const found: Finding[] = [];
  const report = (finding: Finding): void => void found.push(finding);
  const enabled = (code: RuleCode): boolean => {
    const rule = rules.find((r) => r.meta.code === code);
    return rule !== undefined && severityOf(code, rule.meta.defaultSeverity, options) !== 'off';
  };
  const context = new AnalysisContext(model, lang, deadline, report, enabled, previous, options.pictures);
  for (const rule of rules) {
    const severity = severityOf(rule.meta.code, rule.meta.defaultSeverity, options);
    if (severity === 'off') continue;
    try {
      rule.check(context);
    } catch (error) {
      ruleErrors.push({ code: rule.meta.code, message: describe(error) });
      found.length = 0;
      continue;
    }
    if (found.length === 0) continue;
    for (const finding of found) {
      if (isSuppressed !== null && isSuppressed(rule.meta.code, finding.range.start.line)) continue;
      diagnostics.push(toDiagnostic(rule.meta.code, rule.messages, severity, finding, rule.meta.fixable, lang));
    }
    found.length = 0;
  }
  if (diagnostics.length > 1) diagnostics.sort(byPosition);
  return { diagnostics, ruleErrors };
}

/**
 * What every rule of one analysis reads. The prose is built when a rule first asks for it and goes
 * with the analysis: a getter on the class, not one made per analysis in an object literal (V8
 * keeps such a getter, and with it the model, reachable from the object's hidden class until a
 * full collection), nor a cache beside the model (a WeakMap keeps its values as long).
 */
class AnalysisContext implements RuleContext {
  readonly previous?: ReportSummary;
  readonly pictures?: readonly LineSpan[];
  private builtProse: Prose | null = null;

  constructor(
    readonly model: ReportModel,
    readonly lang: Lang,
    readonly deadline: DeadlineKind,
    readonly report: (finding: Finding) => void,
    readonly enabled: (code: RuleCode) => boolean,
    previous: ReportSummary | undefined,
    pictures: readonly LineSpan[] | undefined,
  ) {
    if (previous) this.previous = previous;
    if (pictures) this.pictures = pictures;
  }

  get prose(): Prose {
    return (this.builtProse ??= proseOf(this.model));
  }
}

/** Last year's report: given, or looked up now that the model is known (a failing lookup means none). */
function previousOf(model: ReportModel, options: AnalyzeOptions): ReportSummary | undefined {
  if (options.previous) return options.previous;
  try {
    return options.findPrevious?.(model);
  } catch {
    return undefined;
  }
}

/** A finding in words: its message and notes rendered from the rule's table in the analysis language. */
function toDiagnostic(code: RuleCode, messages: MessageTable, severity: Severity, finding: Finding, ruleFixable: boolean, lang: Lang): Diagnostic {
  const diagnostic: Diagnostic = { code, severity, message: '', messageId: finding.messageId, range: finding.range, fixable: finding.fixable ?? ruleFixable };
  if (finding.args) diagnostic.args = finding.args;
  const related = finding.relatedInformation;
  if (related?.length) {
    const out: RelatedInformation[] = [];
    for (const r of related) {
      const info: RelatedInformation = { range: r.range, message: '', messageId: r.messageId };
      if (r.args) info.args = r.args;
      if (r.uri) info.uri = r.uri;
      out.push(info);
    }
    diagnostic.relatedInformation = out;
  }
  if (finding.data) diagnostic.data = finding.data;
  renderFinding(diagnostic, messages, lang);
  return diagnostic;
}

function severityOf(code: RuleCode, fallback: Severity, options: AnalyzeOptions): Severity | 'off' {
  const setting = options.rules?.[code];
  return setting === 'off' || setting === 'error' || setting === 'warning' || setting === 'information' || setting === 'hint' ? setting : fallback;
}

function byPosition(a: Diagnostic, b: Diagnostic): number {
  return (
    a.range.start.line - b.range.start.line ||
    a.range.start.character - b.range.start.character ||
    a.range.end.line - b.range.end.line ||
    a.range.end.character - b.range.end.character ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)
  );
}

/**
 * Inline directives, in document order: `disable`/`enable` switch codes (none = all)
 * from their line on; `disable-next-line` silences the next non-blank line (a blank
 * line between the comment and the paragraph is common in Markdown).
 */
export function suppression(model: ReportModel): (code: string, line: number) => boolean {
  const directives = [...model.directives].sort((a, b) => a.line - b.line);
  if (directives.length === 0) return () => false;
  const nextLine = new Map<Directive, number>();
  for (const d of directives) {
    if (d.kind !== 'disable-next-line') continue;
    let target = d.line + 1;
    while (target < model.lines.length && (model.lines[target] ?? '').trim() === '') target++;
    nextLine.set(d, target);
  }
  return (code, line) => {
    let all = false;
    const perCode = new Map<string, boolean>();
    for (const d of directives) {
      if (d.line > line) break;
      if (d.kind === 'disable-next-line') {
        if (nextLine.get(d) === line && (d.codes.length === 0 || d.codes.includes(code))) return true;
        continue;
      }
      const disabled = d.kind === 'disable';
      if (d.codes.length === 0) {
        all = disabled;
        perCode.clear();
      } else {
        for (const c of d.codes) perCode.set(c, disabled);
      }
    }
    return perCode.get(code) ?? all;
  };
}

/**
 * Which publication deadline applies (条例第四十九条): a 县级以上人民政府's report on its
 * whole government is due 31 March, everything else — departments, 乡镇, 街道 — 31 January.
 */
export function inferDeadline(model: ReportModel): DeadlineKind {
  const agency = agencyText(model);
  if (!agency) return 'department';
  const at = agency.lastIndexOf('人民政府');
  if (at >= 0) {
    if (!GOVERNMENT_TITLE_PATTERN.test(agency.slice(at))) return 'department';
    const place = agency.slice(0, at);
    return endsWithAny(place, TOWNSHIP_SUFFIXES) ? 'department' : 'government';
  }
  // A report titled by the place alone (北京市2024年政府信息公开工作年度报告) is the government's.
  return endsWithAny(agency, COUNTY_OR_ABOVE_SUFFIXES) && !endsWithAny(agency, TOWNSHIP_SUFFIXES) ? 'government' : 'department';
}

/** The agency up to its first digit (the year), without whitespace. */
function agencyText(model: ReportModel): string {
  const raw = model.agency?.text ?? model.title?.text ?? '';
  // One scan instead of a regex search and a replace: titles rarely hold whitespace.
  let end = 0;
  let spaced = false;
  for (; end < raw.length; end++) {
    const code = raw.charCodeAt(end);
    if ((code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19)) break;
    if (!spaced && isRegExpSpace(code)) spaced = true;
  }
  const agency = end < raw.length ? raw.slice(0, end) : raw;
  return spaced ? withoutWhiteSpace(agency) : agency;
}

function endsWithAny(text: string, suffixes: readonly string[]): boolean {
  for (const suffix of suffixes) if (text.endsWith(suffix)) return true;
  return false;
}

function tooLarge(size: number, maxSize: number, lang: Lang, options: AnalyzeOptions): Analysis {
  const severity = severityOf('document-too-large', documentTooLargeMeta.defaultSeverity, options);
  const diagnostics: Diagnostic[] = severity === 'off' ? [] : [toDiagnostic('document-too-large', documentTooLargeMessages, severity, tooLargeFinding(size, maxSize), false, lang)];
  return { model: emptyModel(), diagnostics, ruleErrors: [] };
}


function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
