/**
 * A report's source text (the project's canonical Markdown) to the document the fixtures are
 * made from: title, headings, paragraphs, the 落款, and the three statutory tables as data
 * (what the clerk typed into the form). Read here with its own small reader, not with the
 * project's parser: the expected files must not depend on the code they test.
 *
 * The official labels, captions and columns come from schema/format.ts.
 */
import { TABLE2_BLOCKS, TABLE2_HEADER_LABEL, TABLE3_NOTE, TABLE3_ROWS, TABLE4_COLUMNS, TABLE4_GROUPS, type Table2BlockDef } from '../../server/src/service/schema/format';

export interface Table2Block {
  def: Table2BlockDef;
  /** Row label → its values (as many as the block has columns). */
  rows: { label: string; values: string[] }[];
}

export type SourceBlock =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; level: 2 | 3; text: string }
  | { kind: 'paragraph'; text: string }
  /** The agency name and date that close the report. */
  | { kind: 'signature'; text: string }
  | { kind: 'table2'; blocks: Table2Block[] }
  /** Statutory row key → seven values; a row the source leaves out is absent. */
  | { kind: 'table3'; rows: Map<string, string[]> }
  | { kind: 'table4'; values: string[] };

export interface SourceReport {
  title: string;
  blocks: SourceBlock[];
}

function splitCells(line: string): string[] {
  return line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((cell) => cell.trim());
}

function isDelimiterRow(line: string): boolean {
  return /^\|[\s|:-]+\|$/.test(line.trim());
}

export function readSourceReport(markdown: string): SourceReport {
  const lines = markdown.split(/\r?\n/);
  const blocks: SourceBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    const heading = /^(#{1,3})\s+(.*)$/.exec(line);
    if (heading) {
      const level = heading[1]!.length;
      blocks.push(level === 1 ? { kind: 'title', text: heading[2]! } : { kind: 'heading', level: level as 2 | 3, text: heading[2]! });
      continue;
    }
    if (!line.startsWith('|')) {
      blocks.push({ kind: 'paragraph', text: line });
      continue;
    }
    const rows: string[][] = [];
    while (i < lines.length && lines[i]!.trim().startsWith('|')) {
      if (!isDelimiterRow(lines[i]!)) rows.push(splitCells(lines[i]!));
      i++;
    }
    i--;
    blocks.push(readTable(rows));
  }
  markSignature(blocks);
  const title = blocks.find((b) => b.kind === 'title');
  if (!title || title.kind !== 'title') throw new Error('the source has no title (a line starting with "# ")');
  return { title: title.text, blocks };
}

/** The paragraphs after the last heading's body that name the agency and the date are the 落款. */
function markSignature(blocks: SourceBlock[]): void {
  for (let i = blocks.length - 1; i >= 0 && i >= blocks.length - 2; i--) {
    const block = blocks[i]!;
    if (block.kind !== 'paragraph' || block.text.length > 30) throw new Error(`the source does not end with a 落款 (agency and date): ${JSON.stringify(block)}`);
    blocks[i] = { kind: 'signature', text: block.text };
  }
}

function readTable(rows: string[][]): SourceBlock {
  const first = rows[0]?.[0] ?? '';
  if (first === TABLE3_NOTE) return { kind: 'table3', rows: readTable3(rows.slice(1)) };
  if (TABLE2_BLOCKS.some((b) => b.caption === first)) return { kind: 'table2', blocks: readTable2(rows) };
  if (first === TABLE4_GROUPS[0].label) return { kind: 'table4', values: readTable4(rows) };
  throw new Error(`a table that is none of the statutory tables starts with ${JSON.stringify(first)}`);
}

function readTable2(rows: string[][]): Table2Block[] {
  const blocks: Table2Block[] = [];
  for (const cells of rows) {
    const [label = '', ...rest] = cells;
    const def = TABLE2_BLOCKS.find((b) => b.caption === label);
    if (def) {
      blocks.push({ def, rows: [] });
      continue;
    }
    const block = blocks.at(-1);
    if (!block) throw new Error(`table 二 starts without a caption: ${label}`);
    if (label === TABLE2_HEADER_LABEL) continue;
    if (!block.def.rows.some((r) => r.label === label)) throw new Error(`table 二: ${label} is not a row of ${block.def.caption}`);
    block.rows.push({ label, values: rest.slice(0, block.def.columns.length) });
  }
  return blocks;
}

function readTable3(rows: string[][]): Map<string, string[]> {
  const values = new Map<string, string[]>();
  for (const [label = '', ...rest] of rows) {
    const def = TABLE3_ROWS.find((d) => d.label === label);
    if (!def) throw new Error(`table 三: ${label} is not a statutory row`);
    if (rest.length !== 7) throw new Error(`table 三: ${label} has ${rest.length} values, not 7`);
    values.set(def.key, rest);
  }
  return values;
}

/** The source writes table 四's header rows, then its one row of fifteen values. */
function readTable4(rows: string[][]): string[] {
  const values = rows.at(-1) ?? [];
  if (values.length !== TABLE4_COLUMNS.length || values.some((v) => !/^\d+$/.test(v))) throw new Error(`table 四: the last row is not ${TABLE4_COLUMNS.length} numbers: ${values.join(' | ')}`);
  return values;
}
