/**
 * The text a table row starts with: which cell is the row's label, which are group labels,
 * headers or stray marks, and where its values begin.
 *
 * Once a row has its label, every later cell is a value — a text one when it is not a number
 * (三十五, 十, 无, O, —) — never a new label: otherwise `行政处罚 | 三十五 |` would lose its row
 * and read as a missing row instead of an invalid value.
 */
import type { Cell, Span } from '../../model';
import { hasWordCharacter } from '../../text/spaces';
import { isPlaceholder, isValueKind, labelOf, toCell, toSpan, type RawCell } from './cells';
import { matchRowLabel } from './place';
import type { TableId } from '../../schema/format';
import { VOCABULARY, captionKey, hasOutdatedMarker, isGroup, isHeaderWord, remember, type TableVocabulary } from './vocabulary';

/** A table 二 block caption, as the model holds it. */
export interface TableCaption {
  blockKey: string;
  span: Span;
}

/**
 * What a row starts with, made for each row by readLead. Its lists start as the shared empty ones
 * (NO_SPANS …) and are made only when something is added (most rows have none), so the model's
 * row may keep them. What it keeps of a cell, it keeps as the model's Span or Cell.
 */
export interface RowLead {
  label: Span | null;
  /** normalizeLabel of the label's text. */
  labelNorm: string | null;
  /** The label matches a statutory row (exactly or nearly); false for an unknown label. */
  matched: boolean;
  /** A near match that is also a column header (总计): a header cell when the row has no numbers. */
  headerLike: boolean;
  groups: Span[];
  /** Stray marks and unrecognised text before the values. */
  strays: Cell[];
  /** The lines of the column headers, notes and outdated markers written on the row (each holds a word). */
  headerLines: number[];
  outdated: Span[];
  captions: TableCaption[];
  /** The last column holding the row's text (label, groups, strays); -1 when none. */
  textColumn: number;
  /** Index of the first cell that may hold a value. */
  valuesFrom: number;
}

/**
 * Shared by every empty list of a lead and of the model's rows (most rows have no groups or
 * strays): the model's readers (rules, fixes, features) never write to a row's lists; frozen so
 * none can.
 */
export const NO_SPANS = Object.freeze([]) as unknown as Span[];
export const NO_MODEL_CELLS = Object.freeze([]) as unknown as Cell[];
const NO_LINES = Object.freeze([]) as unknown as number[];
const NO_CAPTIONS = Object.freeze([]) as unknown as TableCaption[];

/** Appends to a list that may be the shared empty one (`shared`); returns the list to keep. */
export function withItem<T>(list: T[], item: T, shared: readonly T[]): T[] {
  if (list === shared) return [item];
  list.push(item);
  return list;
}

function setLabel(lead: RowLead, cell: RawCell): void {
  lead.label = toSpan(cell);
  lead.labelNorm = labelOf(cell);
  if (cell.col > lead.textColumn) lead.textColumn = cell.col;
}

function addGroup(lead: RowLead, cell: RawCell): void {
  lead.groups = withItem(lead.groups, toSpan(cell), NO_SPANS);
  if (cell.col > lead.textColumn) lead.textColumn = cell.col;
}

function addStray(lead: RowLead, cell: RawCell): void {
  lead.strays = withItem(lead.strays, toCell(cell), NO_MODEL_CELLS);
  if (cell.col > lead.textColumn) lead.textColumn = cell.col;
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

/** The lead of a row of raw cells. */
export function readLead(cells: readonly RawCell[], vocab: TableVocabulary): RowLead {
  // One walk up to the first value: the last text cell before it, and the first exact label.
  let firstValue = cells.length;
  let lastText = -1;
  let exactAt = -1;
  let exactAtOnce = false;
  const exactLabels = EXACT_LABELS[vocab.id];
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]!;
    if (isValueLike(cell)) {
      firstValue = i;
      break;
    }
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

  const lead: RowLead = {
    label: null,
    labelNorm: null,
    matched: false,
    headerLike: false,
    groups: NO_SPANS,
    strays: NO_MODEL_CELLS,
    headerLines: NO_LINES,
    outdated: NO_SPANS,
    captions: NO_CAPTIONS,
    textColumn: -1,
    valuesFrom: firstValue,
  };
  for (let i = 0; i < firstValue; i++) {
    const cell = cells[i]!;
    if (cell.kind === 'empty') continue;
    if (i === exactAt && exactAtOnce) {
      setLabel(lead, cell);
      lead.matched = true;
      lead.valuesFrom = i + 1;
      break;
    }
    if (!isWordCell(cell)) {
      addStray(lead, cell);
      continue;
    }
    const norm = labelOf(cell);
    if (hasOutdatedMarker(norm)) {
      lead.outdated = withItem(lead.outdated, toSpan(cell), NO_SPANS);
      lead.headerLines = withItem(lead.headerLines, cell.line, NO_LINES);
      continue;
    }
    const key = vocab.id === 'two' ? captionKey(norm) : null;
    if (key) {
      lead.captions = withItem(lead.captions, { blockKey: key, span: toSpan(cell) }, NO_CAPTIONS);
      continue;
    }
    if (vocab.id === 'four') {
      lead.headerLines = withItem(lead.headerLines, cell.line, NO_LINES);
      continue;
    }
    if (i === exactAt) {
      setLabel(lead, cell);
      lead.matched = true;
      lead.valuesFrom = i + 1;
      break;
    }
    if (i === lastText && exactAt < 0) {
      const m = matchRowLabel(norm, vocab, 0);
      if (m || !isGroup(norm, vocab)) {
        setLabel(lead, cell);
        lead.matched = m !== null;
        lead.headerLike = m?.status === 'variant' && isHeaderWord(norm, vocab);
      } else addGroup(lead, cell);
      continue;
    }
    if (isHeaderWord(norm, vocab)) lead.headerLines = withItem(lead.headerLines, cell.line, NO_LINES);
    else if (isGroup(norm, vocab)) addGroup(lead, cell);
    else if (exactAt < 0 && matchRowLabel(norm, vocab, 0)) {
      // A near match (typo) before other text: the label; what follows are its values.
      setLabel(lead, cell);
      lead.matched = true;
      lead.valuesFrom = i + 1;
      break;
    } else addStray(lead, cell);
  }
  return lead;
}
