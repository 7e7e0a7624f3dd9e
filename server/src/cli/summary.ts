/**
 * `nianbao summary PATHS... [--format markdown|csv] [--lang zh|en]`: one table over many
 * reports — who, which year, the headline figures of tables 三 and 四, and how many
 * errors and warnings `nianbao check` finds in each (cross-checked against last year's
 * report when it is among the files). For a 政务公开 office collecting its units' reports.
 *
 * The row and table functions are pure; runSummary does the reading and printing.
 */
import { resolve } from 'node:path';
import { analyze, ReportIndex, rowOf, TABLE3_GROUPS, TABLE3_ROWS, TABLE3_TOTAL_COLUMN, TABLE4_COLUMNS, TABLE4_GROUPS, tableOf, type AnalyzeOptions, type Diagnostic, type Lang, type ReportModel, type ReportSummary, type TableRow } from '../service';
import { UsageError } from './args';
import { ConfigFinder } from './config-files';
import { loadConfig } from './config-load';
import { expandPaths } from './files';
import * as msg from './messages';
import { readReport, type ReadReport } from './previous-years';

export type SummaryFormat = 'markdown' | 'csv';

export interface SummaryArgs {
  paths: string[];
  format: SummaryFormat;
  lang: Lang | null;
}

/** The figures of one report; null where the table does not give a number. */
export interface SummaryRow {
  file: string;
  agency: string | null;
  year: number | null;
  newRequests: number | null;
  carriedOver: number | null;
  granted: number | null;
  partial: number | null;
  withheld: number | null;
  unavailable: number | null;
  notProcessed: number | null;
  other: number | null;
  resultsTotal: number | null;
  carriedForward: number | null;
  reviews: number | null;
  lawsuits: number | null;
  errors: number;
  warnings: number;
}

type FigureKey = Exclude<keyof SummaryRow, 'file' | 'agency' | 'year' | 'errors' | 'warnings'>;

const FIGURE_KEYS: readonly FigureKey[] = [
  'newRequests',
  'carriedOver',
  'granted',
  'partial',
  'withheld',
  'unavailable',
  'notProcessed',
  'other',
  'resultsTotal',
  'carriedForward',
  'reviews',
  'lawsuits',
];

const rowDef = (key: string) => TABLE3_ROWS.find((r) => r.key === key)!;
/** 一、本年新收政府信息公开申请数量 → 一、本年新收; （二）部分公开（区分处理的…） → （二）部分公开. */
const shortLabel = (label: string) => label.replace(/政府信息公开申请数量$/, '').replace(/^(（.）[^（]+)（.*$/, '$1');
const REVIEW = TABLE4_GROUPS.find((g) => g.key === 'review')!;
const DIRECT = TABLE4_GROUPS.find((g) => g.key === 'direct')!;

const HEADERS: Record<Lang, Record<keyof SummaryRow, string>> = {
  zh: {
    file: '文件',
    agency: '机关',
    year: '年度',
    newRequests: shortLabel(rowDef('new').label),
    carriedOver: shortLabel(rowDef('carried').label),
    granted: rowDef('granted').label,
    partial: shortLabel(rowDef('partial').label),
    withheld: TABLE3_GROUPS.withheld,
    unavailable: TABLE3_GROUPS.unavailable,
    notProcessed: TABLE3_GROUPS.notProcessed,
    other: TABLE3_GROUPS.other,
    resultsTotal: rowDef('resultsTotal').label,
    carriedForward: rowDef('carryForward').label,
    reviews: REVIEW.label,
    lawsuits: DIRECT.parent ?? '',
    errors: '错误',
    warnings: '警告',
  },
  en: {
    file: 'File',
    agency: 'Agency',
    year: 'Year',
    newRequests: 'New requests',
    carriedOver: 'Carried over',
    granted: 'Disclosed',
    partial: 'Partly disclosed',
    withheld: 'Withheld',
    unavailable: 'Unavailable',
    notProcessed: 'Not processed',
    other: 'Other handling',
    resultsTotal: 'Outcome total',
    carriedForward: 'Carried forward',
    reviews: 'Administrative reviews',
    lawsuits: 'Lawsuits',
    errors: 'Errors',
    warnings: 'Warnings',
  },
};

const COLUMNS: readonly (keyof SummaryRow)[] = ['file', 'agency', 'year', ...FIGURE_KEYS, 'errors', 'warnings'];

/** The 总计 of a table-三 row, or the sum of the 总计 of a group's rows; null unless every one is a number. */
function table3Total(model: ReportModel, keys: readonly string[]): number | null {
  const table = tableOf(model, 'three');
  let sum = 0;
  for (const key of keys) {
    const value = integerAt(rowOf(table, key), TABLE3_TOTAL_COLUMN);
    if (value === null) return null;
    sum += value;
  }
  return sum;
}

function integerAt(row: TableRow | null, column: number): number | null {
  const cell = row?.cells[column];
  return cell?.kind === 'integer' ? cell.value : null;
}

const groupKeys = (group: string) => TABLE3_ROWS.filter((r) => r.groups[r.groups.length - 1] === group).map((r) => r.key);
const WITHHELD = groupKeys(TABLE3_GROUPS.withheld);
const UNAVAILABLE = groupKeys(TABLE3_GROUPS.unavailable);
const NOT_PROCESSED = groupKeys(TABLE3_GROUPS.notProcessed);
const OTHER = groupKeys(TABLE3_GROUPS.other);
const totalColumn = (group: string) => TABLE4_COLUMNS.findIndex((c) => c.key === `${group}.total`);

function table4Total(model: ReportModel, groups: readonly string[]): number | null {
  const row = rowOf(tableOf(model, 'four'), 'reviews');
  let sum = 0;
  for (const group of groups) {
    const value = integerAt(row, totalColumn(group));
    if (value === null) return null;
    sum += value;
  }
  return sum;
}

export function summaryRow(file: string, model: ReportModel, summary: ReportSummary, diagnostics: readonly Diagnostic[]): SummaryRow {
  return {
    file,
    agency: summary.agency,
    year: summary.year,
    newRequests: table3Total(model, ['new']),
    carriedOver: table3Total(model, ['carried']),
    granted: table3Total(model, ['granted']),
    partial: table3Total(model, ['partial']),
    withheld: table3Total(model, WITHHELD),
    unavailable: table3Total(model, UNAVAILABLE),
    notProcessed: table3Total(model, NOT_PROCESSED),
    other: table3Total(model, OTHER),
    resultsTotal: table3Total(model, ['resultsTotal']),
    carriedForward: table3Total(model, ['carryForward']),
    reviews: table4Total(model, ['review']),
    lawsuits: table4Total(model, ['direct', 'afterReview']),
    errors: diagnostics.filter((d) => d.severity === 'error').length,
    warnings: diagnostics.filter((d) => d.severity === 'warning').length,
  };
}

function cellText(row: SummaryRow, key: keyof SummaryRow): string {
  const value = row[key];
  return value === null ? '' : String(value);
}

/** A Markdown table: text columns left, numbers right; a figure the table does not give is —. */
export function formatSummaryMarkdown(rows: readonly SummaryRow[], lang: Lang): string {
  const escape = (text: string) => text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
  const isText = (key: keyof SummaryRow) => key === 'file' || key === 'agency';
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const out = [line(COLUMNS.map((key) => HEADERS[lang][key])), line(COLUMNS.map((key) => (isText(key) ? '---' : '---:')))];
  for (const row of rows) out.push(line(COLUMNS.map((key) => escape(cellText(row, key)) || (isText(key) ? '' : '—'))));
  return out.join('\n') + '\n';
}

/**
 * CSV (RFC 4180, CRLF) with a UTF-8 byte-order mark: Excel and WPS read Chinese CSV
 * without one as the local code page and garble every name.
 */
export function formatSummaryCsv(rows: readonly SummaryRow[], lang: Lang): string {
  const quote = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  const out = [COLUMNS.map((key) => quote(HEADERS[lang][key])).join(',')];
  for (const row of rows) out.push(COLUMNS.map((key) => quote(cellText(row, key))).join(','));
  return '\ufeff' + out.join('\r\n') + '\r\n';
}

const FORMATS: readonly SummaryFormat[] = ['markdown', 'csv'];

export function parseSummaryArgs(argv: readonly string[]): SummaryArgs {
  const paths: string[] = [];
  let format: SummaryFormat = 'markdown';
  let lang: Lang | null = null;
  let onlyPaths = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (onlyPaths || !arg.startsWith('-') || arg === '-') {
      paths.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPaths = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (name !== '--format' && name !== '--lang') throw new UsageError('unknownOption', arg);
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || (eq < 0 && value.startsWith('--'))) throw new UsageError('missingValue', name);
    if (name === '--format') {
      if (!(FORMATS as readonly string[]).includes(value)) throw new UsageError('badValue', `--format ${value}（${FORMATS.join(' | ')}）`);
      format = value as SummaryFormat;
    } else {
      if (value !== 'zh' && value !== 'en') throw new UsageError('badValue', `--lang ${value}（zh | en）`);
      lang = value;
    }
  }
  if (paths.length === 0) throw new UsageError('noPaths', '');
  return { paths, format, lang };
}

/** Runs the command; the exit status follows `check`: 2 when it cannot run, else 0 (a summary finds nothing to fail on). */
export async function runSummary(argv: readonly string[], cwd: string, out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  let args: SummaryArgs;
  try {
    args = parseSummaryArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    err.write(`nianbao: ${msg.usageError(argv.includes('en') ? 'en' : 'zh', error.key, error.value)}\n`);
    return 2;
  }
  const lang: Lang = args.lang ?? 'zh';
  const expansion = await expandPaths(args.paths, cwd);
  if (!expansion.ok) {
    err.write(`nianbao: ${expansion.problem === 'no-match' ? msg.noMatch(lang, expansion.path) : `${expansion.path}: ${msg.fileProblem(lang, 'not-found')}`}\n`);
    return 2;
  }
  const reports: { display: string; report: ReadReport }[] = [];
  let unreadable = false;
  const index = new ReportIndex();
  for (const file of expansion.files) {
    const report = await readReport(resolve(cwd, file.path));
    if (typeof report === 'string') {
      // Like check: a file that is no report is left out; one that cannot be read makes the run fail.
      err.write(`nianbao: ${file.display}: ${msg.fileProblem(lang, report)}\n`);
      if (report === 'unreadable') unreadable = true;
      continue;
    }
    index.set(report.summary);
    reports.push({ display: file.display, report });
  }
  const finder = new ConfigFinder();
  const rows: SummaryRow[] = [];
  for (const { display, report } of reports) {
    const configFile = finder.forFile(report.path);
    const loaded = configFile === null ? { ok: true as const, options: {} } : loadConfig(configFile, lang);
    if (!loaded.ok) {
      err.write(`nianbao: ${loaded.message}\n`);
      return 2;
    }
    const previous = index.previousYearOf(report.summary);
    const options: AnalyzeOptions = { ...loaded.options, lang, ...(previous ? { previous } : {}) };
    rows.push(summaryRow(display, report.model, report.summary, analyze(report.text, options).diagnostics));
  }
  out.write(args.format === 'csv' ? formatSummaryCsv(rows, lang) : formatSummaryMarkdown(rows, lang));
  return unreadable ? 2 : 0;
}
