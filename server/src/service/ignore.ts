/**
 * Findings a clerk chose to ignore, recorded outside the report (the `ignore` list of
 * .nianbaorc.json, which the editor and the CLI both read), so nothing is written into a text
 * that will be published as it is.
 *
 * An entry names a finding by what it is about, never by a line number, so it stays ignored
 * when the report is edited elsewhere: the rule, and for a finding in a statutory table the
 * table, row and column (their official labels); for a finding in the prose, a fingerprint of
 * the normalised text of its line (white space, Markdown marks and full/half-width forms do
 * not count) and the part it stands in. When the line itself is edited, the finding comes back:
 * what the clerk looked at is no longer what is there.
 */
import type { Diagnostic } from './diagnostics';
import type { ReportModel } from './model';
import { locateFinding } from './features/findingLocation';
import { normalizeLabel } from './text/normalize';
import { HEADING_MARK, HTML_COMMENT } from './text/markup';

export interface IgnoreEntry {
  /** The rule code. */
  rule: string;
  /** A finding in a statutory table: the table (two, three, four), row and column labels. */
  table?: string;
  row?: string;
  column?: string;
  /** The part (1–6) or area (title, preamble, signature) the finding stands in. */
  part?: number;
  area?: string;
  /** Fingerprint of the normalised text of the finding's line (FNV-1a, 8 hex digits). */
  text?: string;
  /** For people reading the file: the start of the line the entry was made on. Not compared. */
  excerpt?: string;
}

/** The fields that decide whether an entry matches (excerpt is only for reading). */
const KEY_FIELDS = ['rule', 'table', 'row', 'column', 'part', 'area', 'text'] as const;

const EXCERPT_LENGTH = 24;

function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

function normalisedLine(model: ReportModel, line: number): string {
  return normalizeLabel((model.lines[line] ?? '').replace(HEADING_MARK, '').replace(HTML_COMMENT, ''));
}

/** The entry that ignores this finding (and any finding of the same rule about the same thing). */
export function ignoreEntryFor(model: ReportModel, diagnostic: Pick<Diagnostic, 'code' | 'range'>): IgnoreEntry {
  const location = locateFinding(model, diagnostic.range);
  const entry: IgnoreEntry = { rule: diagnostic.code };
  if (location.part !== undefined) entry.part = location.part;
  if (location.area !== undefined) entry.area = location.area;
  if (location.table !== undefined) {
    entry.table = location.table;
    if (location.row !== undefined) entry.row = location.row;
    if (location.column !== undefined) entry.column = location.column;
    if (location.row !== undefined || location.column !== undefined) return entry;
  }
  const line = Math.min(diagnostic.range.start.line, Math.max(0, model.lines.length - 1));
  const text = normalisedLine(model, line);
  if (text !== '') {
    entry.text = fnv1a(text);
    entry.excerpt = (model.lines[line] ?? '').trim().slice(0, EXCERPT_LENGTH);
  }
  return entry;
}

function sameKey(a: IgnoreEntry, b: IgnoreEntry): boolean {
  return KEY_FIELDS.every((field) => a[field] === b[field]);
}

/** Whether the list already holds an entry for the same finding. */
export function hasIgnoreEntry(entries: readonly IgnoreEntry[], entry: IgnoreEntry): boolean {
  return entries.some((e) => sameKey(e, entry));
}

/** The findings no entry ignores. Only findings of a rule that has entries are located. */
export function withoutIgnored<D extends Pick<Diagnostic, 'code' | 'range'>>(model: ReportModel, diagnostics: readonly D[], entries: readonly IgnoreEntry[] | undefined): D[] {
  if (!entries || entries.length === 0) return [...diagnostics];
  const rules = new Set(entries.map((e) => e.rule));
  return diagnostics.filter((d) => !rules.has(d.code) || !hasIgnoreEntry(entries, ignoreEntryFor(model, d)));
}

/** Reads the `ignore` list of a configuration: bad entries are reported and skipped. */
export function parseIgnoreEntries(value: unknown, knownRules: ReadonlySet<string>, errors: string[]): IgnoreEntry[] {
  if (!Array.isArray(value)) {
    errors.push('ignore 应为数组，如 [{ "rule": "total-row", "table": "three", "row": "（七）总计", "column": "总计" }]');
    return [];
  }
  const entries: IgnoreEntry[] = [];
  value.forEach((item: unknown, index) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      errors.push(`ignore 第 ${index + 1} 项应为对象`);
      return;
    }
    const record = item as Record<string, unknown>;
    if (typeof record.rule !== 'string' || !knownRules.has(record.rule)) {
      errors.push(`ignore 第 ${index + 1} 项的规则代码“${String(record.rule)}”未知`);
      return;
    }
    const entry: IgnoreEntry = { rule: record.rule };
    for (const field of ['table', 'row', 'column', 'area', 'text', 'excerpt'] as const) {
      const v = record[field];
      if (v === undefined) continue;
      if (typeof v === 'string') entry[field] = v;
      else errors.push(`ignore 第 ${index + 1} 项的 ${field} 应为文字`);
    }
    if (record.part !== undefined) {
      if (typeof record.part === 'number' && Number.isInteger(record.part) && record.part >= 1 && record.part <= 6) entry.part = record.part;
      else errors.push(`ignore 第 ${index + 1} 项的 part 应为 1 至 6 的整数`);
    }
    entries.push(entry);
  });
  return entries;
}

/** The JSON schema of one entry, for .nianbaorc.json. */
export const IGNORE_ENTRY_SCHEMA = {
  type: 'object',
  required: ['rule'],
  additionalProperties: false,
  properties: {
    rule: { type: 'string', description: '规则代码。' },
    table: { enum: ['two', 'three', 'four'], description: '表格：two 表二、three 表三、four 表四。' },
    row: { type: 'string', description: '行的规范名称。' },
    column: { type: 'string', description: '列的规范名称。' },
    part: { type: 'integer', minimum: 1, maximum: 6, description: '所在部分（一至六）。' },
    area: { enum: ['title', 'preamble', 'signature'], description: '标题、开头或落款。' },
    text: { type: 'string', description: '所在行文字的指纹（自动生成）；该行文字修改后，忽略失效。' },
    excerpt: { type: 'string', description: '所在行的开头，便于阅读；不参与比较。' },
  },
} as const;
