/**
 * Diagnostic and rule types of the language service (no LSP inside: the server maps
 * these one-to-one onto LSP diagnostics, the CLI onto RULES.md's JSON).
 */
import type { Bilingual } from './schema/format';
import type { LineSpan, Range, ReportModel } from './model';
import type { MessageArgs, MessageTable } from './messages';
import type { DataShape } from './finding-data';
import type { FixProposal } from './fixes/types';
import type { ReportSummary } from './workspace/summary';
import type { IgnoreEntry } from './ignore';
import type { Prose } from './rules/prose';

/** Every rule code. RULES.md is a contract: never rename one. */
export const RULE_CODES = [
  'section-missing',
  'section-order',
  'section-duplicate',
  'section-title',
  'overview-topic-missing',
  'overview-numbering',
  'table-missing',
  'table-outdated',
  'table-unreadable',
  'row-missing',
  'row-order',
  'row-label',
  'row-unknown',
  'value-missing',
  'value-invalid',
  'total-row',
  'total-results',
  'balance',
  'total-review',
  'year-unknown',
  'period-year',
  'year-mismatch',
  'date-malformed',
  'date-invalid',
  'publish-early',
  'publish-late',
  'fee-missing',
  'improvement-missing',
  'narrative-mismatch',
  'narrative-sum',
  'all-done-carryover',
  'part-empty',
  'placeholder-left',
  'text-doubled',
  'title-wording',
  'carryover-mismatch',
  'inforce-mismatch',
  'copy-rate',
  'document-too-large',
] as const;

export type RuleCode = (typeof RULE_CODES)[number];

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';
export type { Lang } from './messages';
import type { Lang } from './messages';

export interface RelatedInformation {
  range: Range;
  /** Rendered in the analysis language from messageId and args (see renderMessage). */
  message: string;
  /** The rule's message this note is (rules/<code>.ts `messages`), with its arguments. */
  messageId: string;
  args?: MessageArgs;
  /** Another document (cross-document rules); absent means the same document. */
  uri?: string;
}

export interface Diagnostic {
  code: RuleCode;
  severity: Severity;
  /**
   * The message in the analysis language, rendered from messageId and args. An editor that
   * changes language renders it again (renderMessage) without a new analysis.
   */
  message: string;
  /** Which of its rule's messages this finding is; tests assert it rather than the sentence. */
  messageId: string;
  /** The message's arguments: plain or bilingual values, JSON-serialisable. */
  args?: MessageArgs;
  range: Range;
  relatedInformation?: RelatedInformation[];
  /** JSON-serialisable facts the rule's quick fix needs (it survives the LSP round trip). */
  data?: Record<string, unknown>;
  fixable: boolean;
}

export interface RuleMeta {
  code: RuleCode;
  /** A short name a clerk reads in action titles (行总计), beside the code. */
  name: Bilingual;
  defaultSeverity: Severity;
  description: Bilingual;
  /** docs/rules/<code>.md */
  docs: string;
  /** Whether the rule has a fix (derived from the rule's `fix`, never declared). */
  fixable: boolean;
}

export type DeadlineSetting = 'auto' | 'department' | 'government';

export interface AnalyzeOptions {
  lang?: Lang;
  /** Severity overrides by rule code ('off' disables). */
  rules?: Partial<Record<string, SeveritySetting>>;
  /** Which publication deadline applies; 'auto' infers it from the title. */
  deadline?: DeadlineSetting;
  /** Documents larger than this (in UTF-16 code units) are not analysed. Default 5 MB. */
  maxSize?: number;
  /**
   * Last year's report of the same agency (from the workspace index), for the
   * cross-document rules carryover-mismatch and inforce-mismatch. Plain data.
   */
  previous?: ReportSummary;
  /** Finds last year's report once this document is parsed (used when `previous` is absent). */
  findPrevious?: (model: ReportModel) => ReportSummary | undefined;
  /** Findings ignored in .nianbaorc.json (see ignore.ts): named by rule, table, row, column or a text fingerprint. */
  ignore?: readonly IgnoreEntry[];
  /**
   * For a text converted from a document that can hold pictures (a PDF, a Word file): the pages
   * that paint a picture, each as the lines of the text that page gave, [startLine, endLine). A
   * page that gave no text at all (nothing but a picture) has startLine === endLine: it stands
   * between line startLine - 1 and line startLine. A Word file has no pages: each picture is
   * where it stands (convert/html.ts PictureSpan) — between two lines {s, s}, or inside lines
   * [s, e) as {s + 1, e}, so that the part holding those lines holds it. A statutory table not
   * found in the text of a part that spans such a page or picture (from the page of its heading
   * to the page where the next part begins) may be that picture (a screenshot of the table
   * pasted into the Word file):
   * table-unreadable says it could not be read (messageId `image`) instead of table-missing
   * calling it missing (rules/support.ts tablePictured). Absent or empty (a text file, a PDF or
   * Word file without pictures, or pictures not looked for): a table not found is missing. Plain data;
   * the converter finds the pictures, the rules decide.
   */
  pictures?: readonly LineSpan[];
}

/** What a rule sees: the model, the chosen language, and a way to report. */
export interface RuleContext {
  readonly model: ReportModel;
  readonly lang: Lang;
  readonly deadline: 'department' | 'government';
  /** Last year's report of the same agency, when the workspace holds one. */
  readonly previous?: ReportSummary;
  /** The pages of the source document that paint pictures, as lines (AnalyzeOptions.pictures). */
  readonly pictures?: readonly LineSpan[];
  /** The report's prose, cut into sentences (rules/prose.ts): built when a rule first reads it, once per analysis. */
  readonly prose: Prose;
  report(finding: Finding): void;
  /**
   * Whether the rule of this code runs (its severity is not off): a rule that could report one
   * finding under either of two codes (an arithmetic slip folding several sums) picks one that
   * runs. Inline directives are not consulted: a finding a clerk silenced stays silenced.
   * Absent: all run.
   */
  readonly enabled?: (code: RuleCode) => boolean;
}

/** A note beside a finding (a cell of the sum, last year's figure): a message of the same rule. */
export interface RelatedFinding {
  range: Range;
  messageId: string;
  args?: MessageArgs;
  uri?: string;
}

/** A rule's finding, before severity, inline directives and the language are applied. */
export interface Finding {
  range: Range;
  /** A key of the rule's `messages`. */
  messageId: string;
  args?: MessageArgs;
  relatedInformation?: RelatedFinding[];
  data?: Readonly<Record<string, unknown>>;
  /** False when this finding of a fixable rule has no fix (the rule's metadata says whether it has any). */
  fixable?: false;
}

/** A fix: the edits that mend one finding, given its data (checked against the rule's data shape). */
export type RuleFix = (model: ReportModel, data: never, diagnostic: Diagnostic) => FixProposal[];

export interface Rule {
  meta: RuleMeta;
  /** Every message the rule reports, by id: zh and en templates with {name} placeholders. */
  messages: MessageTable;
  /** The facts its findings carry for the fix (Diagnostic.data); absent when they carry none. */
  dataShape?: DataShape;
  check(ctx: RuleContext): void;
  /** The rule's fix; its presence is what makes the rule fixable. */
  fix?: RuleFix;
}
