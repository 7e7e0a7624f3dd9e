/**
 * What each statutory table's cells may say, derived from the schema: header words,
 * group labels and the rows to match. Built once at module load.
 */
import type { RowDef, TableId } from '../../schema/format';
import {
  OUTDATED_MARKERS,
  TABLE2_BLOCKS,
  TABLE2_HEADER_LABEL,
  TABLE3_APPLICANT_CAPTION,
  TABLE3_COLUMNS,
  TABLE3_GROUPS,
  TABLE3_NOTE,
  TABLE3_ORG_CAPTION,
  TABLE3_ROWS,
  TABLE4_GROUPS,
  TABLE4_HEADER_WORDS,
  TABLE4_OUTCOMES,
  TABLE4_ROW,
} from '../../schema/format';
import { normalizeLabel } from '../../text/normalize';

export interface TableVocabulary {
  id: TableId;
  rows: readonly RowDef[];
  normalizedRows: readonly string[];
  exactRows: ReadonlyMap<string, RowDef>;
  /** The official match of each row's own label (by normalised label), shared by every caller: only read. */
  officialMatches: ReadonlyMap<string, Readonly<{ def: RowDef; status: 'official' }>>;
  /** Normalised header words; fragments of them (商业 / 企业) also count as header. */
  headerWords: readonly string[];
  groups: readonly string[];
  /** The official group labels by their normalised text. */
  officialGroups: ReadonlyMap<string, string>;
  /** Column labels that fix column positions in aligned layouts (normalised), in order. */
  columns: readonly string[];
  /** Number of values a data row holds (table 二: per block, see blockColumns). */
  width: number;
}

function vocabulary(id: TableId, rows: readonly RowDef[], headerWords: string[], groups: string[], columns: string[], width: number): TableVocabulary {
  const normalizedRows = rows.map((r) => normalizeLabel(r.label));
  const exactRows = new Map<string, RowDef>();
  rows.forEach((r, i) => exactRows.set(normalizedRows[i]!, r));
  const officialMatches = new Map<string, Readonly<{ def: RowDef; status: 'official' }>>();
  for (const [norm, def] of exactRows) officialMatches.set(norm, Object.freeze({ def, status: 'official' as const }));
  const officialGroups = new Map(groups.map((g) => [normalizeLabel(g), g] as const));
  return { id, rows, normalizedRows, exactRows, officialMatches, headerWords: headerWords.map(normalizeLabel), groups: [...officialGroups.keys()], officialGroups, columns: columns.map(normalizeLabel), width };
}

export const TABLE2_ROWS: readonly RowDef[] = TABLE2_BLOCKS.flatMap((b) => b.rows);

export const VOCABULARY: Readonly<Record<TableId, TableVocabulary>> = {
  two: vocabulary(
    'two',
    TABLE2_ROWS,
    [TABLE2_HEADER_LABEL, '项目', ...TABLE2_BLOCKS.flatMap((b) => b.columns.map((c) => c.label))],
    [],
    [],
    3,
  ),
  three: vocabulary(
    'three',
    TABLE3_ROWS,
    [TABLE3_NOTE, TABLE3_APPLICANT_CAPTION, TABLE3_ORG_CAPTION, '项目', ...TABLE3_COLUMNS.map((c) => c.label)],
    Object.values(TABLE3_GROUPS),
    TABLE3_COLUMNS.map((c) => c.label),
    TABLE3_COLUMNS.length,
  ),
  four: vocabulary(
    'four',
    [TABLE4_ROW],
    [...TABLE4_HEADER_WORDS, '行政诉讼', ...TABLE4_GROUPS.map((g) => g.label), ...TABLE4_OUTCOMES.map((o) => o.label)],
    [],
    TABLE4_GROUPS.flatMap(() => TABLE4_OUTCOMES.map((o) => o.label)),
    TABLE4_GROUPS.length * TABLE4_OUTCOMES.length,
  ),
};

export const NORMALIZED_OUTDATED = OUTDATED_MARKERS.map((m) => ({ marker: m, norm: normalizeLabel(m) }));

/** 信息内容: the header cell that opens each block's column header in table 二. */
export const TABLE2_HEADER_NORM = normalizeLabel(TABLE2_HEADER_LABEL);

export const TABLE2_CAPTIONS = TABLE2_BLOCKS.map((b) => ({ key: b.key, norm: normalizeLabel(b.caption), columns: b.columns.map((c) => normalizeLabel(c.label)) }));

/**
 * Table 二: the columns of the block a column header belongs to, by normalised header (the last
 * block naming it wins, as a scan of the blocks in order would find).
 */
export const TABLE2_COLUMN_BLOCK: ReadonlyMap<string, readonly string[]> = new Map(
  TABLE2_CAPTIONS.flatMap((block) => block.columns.map((column) => [column, block.columns] as const)),
);

const NUMBERED_WITH_COMMA = /^\d{1,2}、/;

/**
 * A sub-row's number written with 、 instead of a point (1、信访举报投诉类申请, as several
 * published reports print （六）'s rows) is the same label: only the punctuation differs.
 */
export function canonicalNumbering(norm: string): string {
  return NUMBERED_WITH_COMMA.test(norm) ? norm.replace('、', '.') : norm;
}

/** Table 二's number of values by row key (each block has its own columns). */
const TABLE2_WIDTH = new Map<string, number>(TABLE2_BLOCKS.flatMap((block) => block.rows.map((r) => [r.key, block.columns.length] as const)));

/** The number of values a statutory row holds: table 二's by its block, the others' by the table. */
export function rowWidth(def: RowDef, vocab: TableVocabulary): number {
  if (vocab.id !== 'two') return vocab.width;
  return TABLE2_WIDTH.get(def.key) ?? vocab.width;
}

/** 勾稽关系 note, in any wording. */
export function isTable3Note(norm: string): boolean {
  return norm.includes('勾稽关系') || norm.startsWith('(本列数据');
}

/** A column header, caption or note of the table (fragments such as 商业 / 企业 count). */
export function isHeaderWord(norm: string, vocab: TableVocabulary): boolean {
  if (vocab.id === 'four') return true;
  if (vocab.id === 'three' && isTable3Note(norm)) return true;
  if (norm.length < 2) return false;
  const cache = HEADER_WORDS[vocab.id];
  return cache.get(norm) ?? remember(cache, norm, anyHolds(vocab.headerWords, norm));
}

/**
 * Answers already computed are kept by normalised cell text (looked up before computing, with
 * no closure made per call): the same labels recur in every row, report and keystroke.
 * Cleared when large, so arbitrary text never grows a cache unbounded.
 */
export function remember<T>(cache: Map<string, T>, key: string, value: T): T {
  if (cache.size >= MEMO_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

const MEMO_LIMIT = 5000;

/*
 * The searches behind the caches, as loops in functions of their own: an arrow capturing the
 * label inside isHeaderWord, isGroup or hasOutdatedMarker would make the engine set up a context
 * for it on every call, a cache hit included (hot path: every header and label cell).
 */

/** Whether any of the words holds the text. */
function anyHolds(words: readonly string[], text: string): boolean {
  for (let i = 0; i < words.length; i++) if (words[i]!.includes(text)) return true;
  return false;
}

function holdsAnyOutdated(norm: string): boolean {
  for (let i = 0; i < NORMALIZED_OUTDATED.length; i++) if (norm.includes(NORMALIZED_OUTDATED[i]!.norm)) return true;
  return false;
}
const HEADER_WORDS: Record<TableId, Map<string, boolean>> = { two: new Map(), three: new Map(), four: new Map() };
const GROUPS: Record<TableId, Map<string, boolean>> = { two: new Map(), three: new Map(), four: new Map() };
const OUTDATED = new Map<string, boolean>();

/** A group label (三、本年度办理结果, （三）不予公开), possibly split over cells. */
export function isGroup(norm: string, vocab: TableVocabulary): boolean {
  if (norm.length < 2 || vocab.exactRows.has(norm)) return false;
  const cache = GROUPS[vocab.id];
  return cache.get(norm) ?? remember(cache, norm, anyHolds(vocab.groups, norm));
}

/** The table 二 block a caption (第二十条第（一）项) names, or null. */
export function captionKey(norm: string): string | null {
  if (!norm.startsWith('第二十条')) return null;
  for (const c of TABLE2_CAPTIONS) if (c.norm === norm) return c.key;
  for (const c of TABLE2_CAPTIONS) if (norm.includes(c.norm.slice(c.norm.indexOf('(')))) return c.key;
  return null;
}

export function hasOutdatedMarker(norm: string): boolean {
  return OUTDATED.get(norm) ?? remember(OUTDATED, norm, holdsAnyOutdated(norm));
}
