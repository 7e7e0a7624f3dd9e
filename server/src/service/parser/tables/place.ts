/**
 * Deciding which statutory row each table row is: by its label (exact after
 * normalisation, or a near match preferring the row expected at this position),
 * and, for rows whose label was lost, by position between recognised neighbours.
 */
import type { TableRow } from '../../model';
import type { Draft } from '../draft';
import type { RowDef, TableId } from '../../schema/format';
import { normalizeLabel } from '../../text/normalize';
import { similarity } from '../../text/similarity';
import { canonicalNumbering, remember, type TableVocabulary } from './vocabulary';

export const LABEL_THRESHOLD = 0.6;

export interface LabelMatch {
  def: RowDef;
  status: 'official' | 'variant';
}

interface NearestRow {
  /** Index of the most similar statutory row (the first of equals), -1 when none was compared. */
  index: number;
  score: number;
}

/**
 * The statutory row most similar to a label, remembered by label: the edit distances to every
 * row are the dearest step of matching, and the same garbled labels recur in every keystroke
 * and every report made from the same template.
 */
const NEAREST: Record<TableId, Map<string, NearestRow>> = { two: new Map(), three: new Map(), four: new Map() };

/** The similarity of a normalised label to the statutory row most like it (0 when none is comparable). */
export function nearestSimilarity(norm: string, vocab: TableVocabulary): number {
  return nearestRow(norm, vocab).score;
}

function nearestRow(norm: string, vocab: TableVocabulary): NearestRow {
  const cache = NEAREST[vocab.id];
  return cache.get(norm) ?? remember(cache, norm, computeNearestRow(norm, vocab));
}

function computeNearestRow(norm: string, vocab: TableVocabulary): NearestRow {
  let best = -1;
  let bestScore = 0;
  for (let i = 0; i < vocab.normalizedRows.length; i++) {
    const target = vocab.normalizedRows[i]!;
    // Lengths far apart cannot reach the threshold: skip the distance computation.
    if (Math.min(norm.length, target.length) / Math.max(norm.length, target.length) < LABEL_THRESHOLD) continue;
    const score = similarity(norm, target);
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  }
  return { index: best, score: bestScore };
}

/** Matches a normalised label; expected is the row index this position would hold. */
export function matchRowLabel(written: string, vocab: TableVocabulary, expected: number): Readonly<LabelMatch> | null {
  const norm = canonicalNumbering(written);
  // Nearly every row matches exactly: its match was made once, with the vocabulary.
  const exact = vocab.officialMatches.get(norm);
  if (exact) return exact;
  if (norm.length === 0) return null;
  const { index: best, score: bestScore } = nearestRow(norm, vocab);
  if (best < 0 || bestScore < LABEL_THRESHOLD) return null;
  const expectedTarget = vocab.normalizedRows[expected];
  if (expectedTarget !== undefined && expected !== best) {
    const expectedScore = similarity(norm, expectedTarget);
    if (expectedScore >= LABEL_THRESHOLD && expectedScore >= bestScore - 0.1) return { def: vocab.rows[expected]!, status: 'variant' };
  }
  return { def: vocab.rows[best]!, status: 'variant' };
}

/**
 * Labels first (in order, each expecting the row after the previous one), then rows
 * without labels: a run of them between two recognised rows is placed when it fills
 * the gap exactly; a leading or trailing run when it fits before the first / after the last.
 * labelNorms[i] is the normalised own label of rows[i], or null when the row has none: kept
 * beside the rows so that the rows are the model's own objects, made once.
 */
export function placeRows(rows: Draft<TableRow>[], labelNorms: readonly (string | null)[], vocab: TableVocabulary): void {
  let expected = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const norm = labelNorms[i] ?? null;
    if (norm === null) {
      row.labelStatus = 'missing';
      expected++;
      continue;
    }
    const m = matchRowLabel(norm, vocab, expected);
    if (m) {
      row.def = m.def;
      row.labelStatus = m.status;
      expected = m.def.index + 1;
    } else {
      row.labelStatus = 'unknown';
      expected++;
    }
  }
  let prevIndex = -1;
  let runStart = 0;
  for (let i = 0; i <= rows.length; i++) {
    const row = rows[i];
    if (row && row.def === null) continue;
    const nextIndex = row ? row.def!.index : vocab.rows.length;
    const run = i - runStart;
    const fits = row ? nextIndex - prevIndex - 1 === run : prevIndex + run < vocab.rows.length;
    if (run > 0 && fits) {
      for (let k = 0; k < run; k++) {
        const r = rows[runStart + k]!;
        if (r.labelStatus === 'missing') r.def = vocab.rows[prevIndex + 1 + k] ?? null;
      }
    }
    prevIndex = nextIndex;
    runStart = i + 1;
  }
  markMergedGroups(rows, vocab);
}

/**
 * Rows left without a place whose only label is a group's (（六）其他处理 | 0 | 0 …) while none of
 * that group's sub-rows is in the table: the group written as one row (see TableRow.mergedGroup).
 */
function markMergedGroups(rows: Draft<TableRow>[], vocab: TableVocabulary): void {
  for (const row of rows) {
    if (row.def !== null || row.label !== null || row.groupLabels.length === 0) continue;
    const group = normalizeLabel(row.groupLabels[row.groupLabels.length - 1]!.text);
    const official = vocab.officialGroups.get(group);
    if (official === undefined) continue;
    const subRowPresent = rows.some((r) => r.def?.groups.includes(official));
    if (!subRowPresent) row.mergedGroup = official;
  }
}
