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
import { captionKey, hasOutdatedMarker, isGroup, isHeaderWord, remember, type TableVocabulary } from './vocabulary';

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
  captions: { blockKey: string; cell: RawCell }[];
  /** Index of the first cell that may hold a value. */
  valuesFrom: number;
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

export function readLead(cells: readonly RawCell[], vocab: TableVocabulary): RowLead {
  let firstValue = cells.length;
  for (let i = 0; i < cells.length; i++) {
    if (isValueLike(cells[i]!)) {
      firstValue = i;
      break;
    }
  }
  const norms: (string | null)[] = [];
  let lastText = -1;
  let exactAt = -1;
  for (let i = 0; i < firstValue; i++) {
    const cell = cells[i]!;
    const text = cell.kind !== 'empty' && hasWordCharacter(cell.raw);
    const norm = text ? labelOf(cell) : null;
    norms.push(norm);
    if (norm === null) continue;
    lastText = i;
    if (exactAt < 0 && vocab.exactRows.has(norm)) exactAt = i;
  }
  // The text right before the first number is the label even when unrecognised (合计数 | 1 | 1).
  if (firstValue === cells.length) lastText = -1;

  const lead: RowLead = { label: null, matched: false, headerLike: false, groups: [], strays: [], headers: [], outdated: [], captions: [], valuesFrom: firstValue };
  for (let i = 0; i < firstValue; i++) {
    const cell = cells[i]!;
    if (cell.kind === 'empty') continue;
    const norm = norms[i];
    if (norm == null) {
      lead.strays.push(cell);
      continue;
    }
    if (hasOutdatedMarker(norm)) {
      lead.outdated.push(cell);
      lead.headers.push(cell);
      continue;
    }
    const key = vocab.id === 'two' ? captionKey(norm) : null;
    if (key) {
      lead.captions.push({ blockKey: key, cell });
      continue;
    }
    if (vocab.id === 'four') {
      lead.headers.push(cell);
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
      } else lead.groups.push(cell);
      continue;
    }
    if (isHeaderWord(norm, vocab)) lead.headers.push(cell);
    else if (isGroup(norm, vocab)) lead.groups.push(cell);
    else if (exactAt < 0 && matchRowLabel(norm, vocab, 0)) {
      // A near match (typo) before other text: the label; what follows are its values.
      lead.label = cell;
      lead.matched = true;
      lead.valuesFrom = i + 1;
      break;
    } else lead.strays.push(cell);
  }
  return lead;
}
