/**
 * The text a table row starts with: which cell is the row's label, which are group labels,
 * headers or stray marks, and where its values begin.
 *
 * Once a row has its label, every later cell is a value — a text one when it is not a number
 * (三十五, 十, 无, O, —) — never a new label: otherwise `行政处罚 | 三十五 |` would lose its row
 * and read as a missing row instead of an invalid value.
 */
import { hasWordCharacter } from '../../text/spaces';
import { isPlaceholder, isValueKind, labelOf, type RawCell } from './cells';
import { matchRowLabel } from './place';
import type { TableId } from '../../schema/format';
import { VOCABULARY, captionKey, hasOutdatedMarker, isGroup, isHeaderWord, remember, type TableVocabulary } from './vocabulary';

export interface TableCaption {
  blockKey: string;
  cell: RawCell;
}

/**
 * Valid until the next readLead: one lead serves every row (hot path: every row of every table
 * on every keystroke). Its lists start as the shared empty NO_CELLS / NO_CAPTIONS and are made
 * only when something is added, so a caller may keep them.
 */
export interface RowLead {
  label: RawCell | null;
  /** The label matches a statutory row (exactly or nearly); false for an unknown label. */
  matched: boolean;
  /** A near match that is also a column header (总计): a header cell when the row has no numbers. */
  headerLike: boolean;
  groups: RawCell[];
  /** Stray marks and unrecognised text before the values. */
  strays: RawCell[];
  /** Column headers, notes and outdated markers written on the row. */
  headers: RawCell[];
  outdated: RawCell[];
  captions: TableCaption[];
  /** Index of the first cell that may hold a value. */
  valuesFrom: number;
}

/** No cells: shared by every empty list of a lead or a row (most of them), never written to. */
export const NO_CELLS: RawCell[] = [];
const NO_CAPTIONS: TableCaption[] = [];

const LEAD: RowLead = { label: null, matched: false, headerLike: false, groups: NO_CELLS, strays: NO_CELLS, headers: NO_CELLS, outdated: NO_CELLS, captions: NO_CAPTIONS, valuesFrom: 0 };

/** Appends to a list that may be the shared empty one; returns the list to keep. */
export function withCell(list: RawCell[], cell: RawCell): RawCell[] {
  if (list === NO_CELLS) return [cell];
  list.push(cell);
  return list;
}

/** A cell before the values that holds a word (a label, header, group), rather than a stray mark. */
function isWordCell(cell: RawCell): boolean {
  return cell.kind !== 'empty' && hasWordCharacter(cell.raw);
}

/** A value cell: a number, a slash, or a dash written instead of one. */
export function isValueLike(cell: RawCell): boolean {
  return isValueKind(cell.kind) || (cell.kind === 'text' && isPlaceholder(cell.raw));
}

/**
 * How a cell stream reads a text cell. startsRow: text after a row's label or values that begins
 * the next row (a row or group label, a column header or a caption); any other text is one of
 * the row's values. isRowLabel: text that is a statutory row's label (not a header or group that
 * happens to look like one).
 */
export interface StreamRole {
  startsRow: boolean;
  isRowLabel: boolean;
}

/**
 * Stream roles already decided, by normalised text, per table: deciding takes up to six lookups
 * and a near-match search, and a one-cell-per-line table asks it of every label in every
 * keystroke. Bounded like the vocabulary's caches.
 */
const STREAM_ROLES: Record<TableVocabulary['id'], Map<string, StreamRole>> = { two: new Map(), three: new Map(), four: new Map() };

/** Both roles at once: the stream needs both for most labels, and each lookup hashes the label. */
export function streamRole(norm: string, vocab: TableVocabulary): StreamRole {
  const cache = STREAM_ROLES[vocab.id];
  return cache.get(norm) ?? remember(cache, norm, { startsRow: decideStartsRow(norm, vocab), isRowLabel: decideIsRowLabel(norm, vocab) });
}

function decideStartsRow(norm: string, vocab: TableVocabulary): boolean {
  if (vocab.exactRows.has(norm) || isHeaderWord(norm, vocab) || isGroup(norm, vocab) || hasOutdatedMarker(norm)) return true;
  if (vocab.id === 'two' && captionKey(norm) !== null) return true;
  return matchRowLabel(norm, vocab, 0) !== null;
}

function decideIsRowLabel(norm: string, vocab: TableVocabulary): boolean {
  if (vocab.exactRows.has(norm)) return true;
  if (isHeaderWord(norm, vocab) || isGroup(norm, vocab)) return false;
  return matchRowLabel(norm, vocab, 0) !== null;
}

/**
 * Per table, each statutory row's normalised label, and whether a cell holding it is at once the
 * row's label (no outdated marker or caption in it; never in table 四, whose text is all header):
 * the common row then needs one lookup.
 */
const EXACT_LABELS: Record<TableId, ReadonlyMap<string, boolean>> = {
  two: exactLabels(VOCABULARY.two),
  three: exactLabels(VOCABULARY.three),
  four: exactLabels(VOCABULARY.four),
};

function exactLabels(vocab: TableVocabulary): ReadonlyMap<string, boolean> {
  const labels = new Map<string, boolean>();
  for (const norm of vocab.exactRows.keys()) {
    labels.set(norm, vocab.id !== 'four' && !hasOutdatedMarker(norm) && (vocab.id !== 'two' || captionKey(norm) === null));
  }
  return labels;
}

export function readLead(cells: readonly RawCell[], vocab: TableVocabulary): RowLead {
  let firstValue = cells.length;
  for (let i = 0; i < cells.length; i++) {
    if (isValueLike(cells[i]!)) {
      firstValue = i;
      break;
    }
  }
  let lastText = -1;
  let exactAt = -1;
  let exactAtOnce = false;
  const exactLabels = EXACT_LABELS[vocab.id];
  for (let i = 0; i < firstValue; i++) {
    const cell = cells[i]!;
    if (!isWordCell(cell)) continue;
    lastText = i;
    if (exactAt < 0) {
      const atOnce = exactLabels.get(labelOf(cell));
      if (atOnce !== undefined) {
        exactAt = i;
        exactAtOnce = atOnce;
      }
    }
  }
  // The text right before the first number is the label even when unrecognised (合计数 | 1 | 1).
  if (firstValue === cells.length) lastText = -1;

  const lead = LEAD;
  lead.label = null;
  lead.matched = false;
  lead.headerLike = false;
  lead.groups = NO_CELLS;
  lead.strays = NO_CELLS;
  lead.headers = NO_CELLS;
  lead.outdated = NO_CELLS;
  lead.captions = NO_CAPTIONS;
  lead.valuesFrom = firstValue;
  for (let i = 0; i < firstValue; i++) {
    const cell = cells[i]!;
    if (cell.kind === 'empty') continue;
    if (i === exactAt && exactAtOnce) {
      lead.label = cell;
      lead.matched = true;
      lead.valuesFrom = i + 1;
      break;
    }
    if (!isWordCell(cell)) {
      lead.strays = withCell(lead.strays, cell);
      continue;
    }
    const norm = labelOf(cell);
    if (hasOutdatedMarker(norm)) {
      lead.outdated = withCell(lead.outdated, cell);
      lead.headers = withCell(lead.headers, cell);
      continue;
    }
    const key = vocab.id === 'two' ? captionKey(norm) : null;
    if (key) {
      if (lead.captions === NO_CAPTIONS) lead.captions = [];
      lead.captions.push({ blockKey: key, cell });
      continue;
    }
    if (vocab.id === 'four') {
      lead.headers = withCell(lead.headers, cell);
      continue;
    }
    if (i === exactAt) {
      lead.label = cell;
      lead.matched = true;
      lead.valuesFrom = i + 1;
      break;
    }
    if (i === lastText && exactAt < 0) {
      const m = matchRowLabel(norm, vocab, 0);
      if (m || !isGroup(norm, vocab)) {
        lead.label = cell;
        lead.matched = m !== null;
        lead.headerLike = m?.status === 'variant' && isHeaderWord(norm, vocab);
      } else lead.groups = withCell(lead.groups, cell);
      continue;
    }
    if (isHeaderWord(norm, vocab)) lead.headers = withCell(lead.headers, cell);
    else if (isGroup(norm, vocab)) lead.groups = withCell(lead.groups, cell);
    else if (exactAt < 0 && matchRowLabel(norm, vocab, 0)) {
      // A near match (typo) before other text: the label; what follows are its values.
      lead.label = cell;
      lead.matched = true;
      lead.valuesFrom = i + 1;
      break;
    } else lead.strays = withCell(lead.strays, cell);
  }
  return lead;
}
