/**
 * Completion: the next statutory row inside a table (written in the table's own
 * layout), the next part titles at the start of a line, a missing table in parts
 * 二–四, the missing topics of part 一, and the fee sentence in part 六.
 */
import { partAtLine, type ParsedTable, type Position, type Range, type ReportModel, type TableRow } from '../model';
import type { Lang } from '../diagnostics';
import type { RowDef } from '../schema/format';
import { FEE_SENTENCE, OVERVIEW_TOPICS, PARTS, TABLE2_BLOCKS, TABLE3_COLUMNS, TABLE3_ROWS, TABLE4_COLUMNS, TABLE4_ROW, partById } from '../schema/format';
import { chineseNumeral, normalizeLabel } from '../text/normalize';
import { pick } from '../i18n';
import { renderTableMarkdown } from '../schema/render';
import { displayWidth } from './displayWidth';

export type CompletionKind = 'row' | 'label' | 'part' | 'table' | 'topic' | 'sentence';

export interface CompletionItem {
  label: string;
  kind: CompletionKind;
  /** The text the edit inserts (same as textEdit.newText). */
  insertText: string;
  detail: string;
  /** Markdown. */
  documentation: string;
  textEdit: { range: Range; newText: string };
  /** Orders the items: the expected one first. */
  sortText: string;
  filterText?: string;
}

const t = (lang: Lang, zh: string, en: string): string => (lang === 'en' ? en : zh);
const NOT_HEADING_TEXT = /[，。；：,;]/;
const LINE_FEED = /\n/g;
const CELL_SEPARATOR = /[|\t]/;
/** Spaces (ASCII and ideographic) before the text typed into a cell. */
const LEADING_CELL_SPACE = /^[ \t\u3000]*/;
/** Spaces and Markdown heading/emphasis marks before a typed part title. */
const LEADING_HEADING_MARKS = /^[ \t\u3000#*]*/;

function statutoryRows(table: ParsedTable): readonly RowDef[] {
  if (table.id === 'two') return TABLE2_BLOCKS.flatMap((b) => b.rows);
  if (table.id === 'three') return TABLE3_ROWS;
  return [TABLE4_ROW];
}

function columnCount(def: RowDef): number {
  if (def.table === 'three') return TABLE3_COLUMNS.length;
  if (def.table === 'four') return TABLE4_COLUMNS.length;
  return TABLE2_BLOCKS.find((b) => b.rows.some((r) => r.key === def.key))?.columns.length ?? 1;
}

/** The table around the line; the line right after a table counts (a row being added). */
function tableNear(model: ReportModel, line: number): ParsedTable | null {
  for (const part of model.parts) {
    const table = part.table;
    if (table && line >= table.startLine && line <= table.endLine) {
      if (line === table.endLine && (model.lines[line] ?? '').trim() !== '' && !rowLike(model.lines[line]!)) continue;
      return table;
    }
  }
  return null;
}

function rowLike(text: string): boolean {
  return text.includes('|') || text.includes('\t') || text.trim().length < 40;
}

function offsetsOf(lines: readonly string[], startLine: number): (pos: Position) => number {
  const starts: number[] = [];
  let offset = 0;
  for (let l = startLine; l < lines.length; l++) {
    starts.push(offset);
    offset += lines[l]!.length + 1;
  }
  return (pos) => (starts[pos.line - startLine] ?? 0) + pos.character;
}

/**
 * Writes a row for `def` by copying a row of the same table that is already there
 * (its separators, pipes, tabs and line breaks), with the new label and zeros.
 */
function rowInLayout(model: ReportModel, table: ParsedTable, template: TableRow | null, def: RowDef): string {
  const columns = columnCount(def);
  if (template?.def && template.label && template.cells.length === columns && columnCount(template.def) === columns) {
    const lines = model.lines.slice(template.startLine, template.endLine);
    const text = lines.join('\n');
    const at = offsetsOf(model.lines, template.startLine);
    const replacements: { start: number; end: number; text: string }[] = [
      { start: at(template.label.range.start), end: at(template.label.range.end), text: def.label },
      ...template.groupLabels.map((g) => ({ start: at(g.range.start), end: at(g.range.end), text: '' })),
      ...template.strayCells.map((c) => ({ start: at(c.range.start), end: at(c.range.end), text: '' })),
      ...template.cells.map((c) => ({ start: at(c.range.start), end: at(c.range.end), text: '0' })),
    ].sort((a, b) => b.start - a.start);
    // In a padded (Markdown) row a narrower text keeps the cell's width, so the columns stay aligned.
    const padded = table.layout === 'markdown';
    let out = text;
    for (const r of replacements) {
      const gap = padded ? displayWidth(text.slice(r.start, r.end)) - displayWidth(r.text) : 0;
      out = out.slice(0, r.start) + r.text + ' '.repeat(Math.max(0, gap)) + out.slice(r.end);
    }
    return out.replace(LINE_FEED, model.eol);
  }
  const zeros = new Array<string>(columns).fill('0');
  const label = def.table === 'four' ? [] : [def.label];
  switch (table.layout) {
    case 'tab':
      return [...label, ...zeros].join('\t');
    case 'cellPerLine':
      return [...label, ...zeros].map((c) => `${c} |`).join(model.eol);
    case 'pipe':
      return `${[...label, ...zeros].join(' | ')} |`;
    default:
      return `| ${[...label, ...zeros].join(' | ')} |`;
  }
}

function rowItems(model: ReportModel, table: ParsedTable, pos: Position, lang: Lang): CompletionItem[] {
  const line = model.lines[pos.line] ?? '';
  const before = line.slice(0, pos.character);
  const rows = table.rows.filter((r) => r.def);
  const present = new Set(rows.filter((r) => r.startLine !== pos.line).map((r) => r.def!.key));
  const previous = rows.filter((r) => r.endLine <= pos.line).pop() ?? null;
  const defs = statutoryRows(table);
  const nextIndex = previous?.def ? previous.def.index + 1 : 0;
  const candidates = defs.filter((d) => !present.has(d.key) && d.label !== '');
  if (candidates.length === 0) return [];
  const inCell = CELL_SEPARATOR.test(before);
  const cellStart = inCell ? Math.max(before.lastIndexOf('|'), before.lastIndexOf('\t')) + 1 : 0;
  const lead = LEADING_CELL_SPACE.exec(before.slice(cellStart))![0].length;
  const range = { start: { line: pos.line, character: cellStart + lead }, end: pos };
  const typed = normalizeLabel(before.slice(cellStart + lead));
  return candidates
    .filter((d) => typed === '' || normalizeLabel(d.label).includes(typed) || d.label.startsWith(before.slice(cellStart + lead)))
    .map((def) => {
      const expected = def.index === nextIndex;
      const text = inCell ? def.label : rowInLayout(model, table, previous ?? rows[0] ?? null, def);
      const groups = def.groups.length > 0 ? `${def.groups.join(' › ')} › ` : '';
      return {
        label: def.label,
        kind: inCell ? ('label' as const) : ('row' as const),
        insertText: text,
        detail: expected ? t(lang, '下一行（法定顺序）', 'next row (statutory order)') : t(lang, '缺少的法定行', 'missing statutory row'),
        documentation: `**${groups}${def.label}**\n\n${pick(def.hover, lang)}`,
        textEdit: { range, newText: text },
        sortText: `${expected ? 0 : 1}${String(def.index).padStart(3, '0')}`,
        filterText: def.label,
      };
    });
}

function headingItems(model: ReportModel, pos: Position, lang: Lang): CompletionItem[] {
  const before = (model.lines[pos.line] ?? '').slice(0, pos.character);
  if (before.length > 30 || NOT_HEADING_TEXT.test(before)) return [];
  const lead = LEADING_HEADING_MARKS.exec(before)![0].length;
  const range = { start: { line: pos.line, character: lead }, end: pos };
  const present = new Set(model.parts.filter((p) => p.heading && p.heading.line !== pos.line).map((p) => p.id));
  const current = model.parts.filter((p) => (p.heading?.line ?? p.bodyStartLine) < pos.line).pop();
  const nextId = (current?.id ?? 0) + 1;
  const items: CompletionItem[] = [];
  for (const def of PARTS) {
    if (present.has(def.id)) continue;
    const expected = def.id === nextId;
    const base = {
      kind: 'part' as const,
      documentation: `**${def.heading}**\n\n${pick(def.mustContain, lang)}`,
      filterText: def.heading,
    };
    const detail = expected ? t(lang, '下一部分（法定顺序）', 'next part (statutory order)') : t(lang, '缺少的部分', 'missing part');
    items.push({ ...base, label: def.heading, insertText: def.heading, detail, textEdit: { range, newText: def.heading }, sortText: `${expected ? 0 : 1}${def.id}a` });
    if (def.table) {
      const text = [def.heading, '', ...renderTableMarkdown(def.table)].join(model.eol);
      const label = `${def.heading}${t(lang, `（含表${def.numeral}）`, ` (with table ${def.id})`)}`;
      items.push({ ...base, label, insertText: text, detail, textEdit: { range, newText: text }, sortText: `${expected ? 0 : 1}${def.id}b` });
    }
  }
  return items;
}

function partBodyItems(model: ReportModel, pos: Position, lang: Lang): CompletionItem[] {
  // A line typed after the last part's (empty) body still belongs to that part.
  const part = partAtLine(model, pos.line) ?? model.parts.filter((p) => (p.heading?.line ?? p.bodyStartLine) < pos.line).pop() ?? null;
  if (!part || (part.heading && part.heading.line === pos.line)) return [];
  const line = model.lines[pos.line] ?? '';
  const before = line.slice(0, pos.character);
  const blank = before.trim() === '';
  const range = { start: blank ? { line: pos.line, character: 0 } : pos, end: pos };
  const items: CompletionItem[] = [];
  const def = partById(part.id);
  if (def.table && !part.table && blank) {
    const text = renderTableMarkdown(def.table).join(model.eol);
    items.push({
      label: t(lang, `表${def.numeral}（${def.title}）`, `Table ${def.id} (${def.englishTitle})`),
      kind: 'table',
      insertText: text,
      detail: t(lang, '插入法定表格', 'insert the statutory table'),
      documentation: pick(def.mustContain, lang),
      textEdit: { range, newText: text },
      sortText: '0',
    });
  }
  if (part.id === 1 && blank) {
    const covered = new Set(part.subheadings.map((s) => normalizeLabel(s.title.text)));
    OVERVIEW_TOPICS.forEach((topic, i) => {
      if ([...covered].some((c) => topic.keywords.some((k) => c.includes(normalizeLabel(k))))) return;
      const text = `（${chineseNumeral(i + 1)}）${topic.title}`;
      items.push({
        label: text,
        kind: 'topic',
        insertText: text,
        detail: t(lang, '总体情况应覆盖的方面', 'overview topic'),
        documentation: pick(partById(1).mustContain, lang),
        textEdit: { range, newText: text },
        sortText: `1${i}`,
        filterText: text,
      });
    });
  }
  if (part.id === 6) {
    items.push({
      label: t(lang, '信息处理费（未收取）', 'processing fee (none charged)'),
      kind: 'sentence',
      insertText: FEE_SENTENCE,
      detail: t(lang, '第六部分应说明的信息处理费情况', 'the processing-fee statement part 6 needs'),
      documentation: pick(partById(6).mustContain, lang),
      textEdit: { range, newText: FEE_SENTENCE },
      sortText: '2',
      filterText: `信息处理费 ${FEE_SENTENCE}`,
    });
  }
  return items;
}

export function completions(model: ReportModel, position: Position, lang: Lang): CompletionItem[] {
  if (position.line < 0 || position.line >= model.lines.length) return [];
  const table = tableNear(model, position.line);
  if (table) {
    const rows = rowItems(model, table, position, lang);
    const lastRow = table.rows[table.rows.length - 1];
    const before = (model.lines[position.line] ?? '').slice(0, position.character);
    // Below the last row, a line without cell separators may just as well start the next part.
    const belowRows = !lastRow || position.line >= lastRow.endLine;
    if (!belowRows || CELL_SEPARATOR.test(before)) return rows;
    // On a blank line below an incomplete table the rows come first and alone; once
    // something is typed (三…), the next part's title is offered beside the rows.
    if (rows.length > 0 && before.trim() === '') return rows;
    return [...rows, ...headingItems(model, position, lang)];
  }
  return [...headingItems(model, position, lang), ...partBodyItems(model, position, lang)];
}
