/**
 * Which findings of a text after an edit are new, by an identity that is exact about the
 * problem a finding reports and blind to the figures it quotes.
 *
 * - A sum finding (total-row, total-results, balance, total-review) is about broken sums: an
 *   unlocated one about the sum whose total its data names (code, row, column), a located one
 *   about the sums it explains (`data.explains`). It is new when it reports a broken sum no sum
 *   finding reported before — the identity of test/fixes/arithmetic-repair.test.ts ("no fix
 *   makes a sum that held stop holding"). A broken sum reported unlocated before and, once a
 *   blank cell is filled, located at the cell that explains it, is the same problem.
 * - Any other finding is its code and message id at its place: the findings before the edit are
 *   carried through it (their ranges shifted by what it inserted and deleted). Where the edit
 *   touches a range (text inserted at its start or end, a replacement inside it) either side of
 *   the edit is the range's image; text a fix moves (deleted in one place, inserted verbatim in
 *   another) carries the positions inside it along. A blank cell's value-missing finding says
 *   `empty` or `emptyDetermined` as the row total does or does not determine the value: one
 *   finding about one cell.
 *
 * Why not code + data or code + message for all: data and words carry figures (a sum's expected
 * and found values, a blank cell's determined value), and a fix that corrects one figure rightly
 * changes the figures other findings quote about the same cell or sum, which stay the same
 * problem. A clerk sees a new problem as a kind of finding where there was none, or a sum that
 * held and no longer holds.
 */
import type { Diagnostic, RuleCode } from '../../server/src/service/diagnostics';
import type { Range } from '../../server/src/service/model';
import { lineStarts, offsetAt } from '../../server/src/service/fixes/edits';
import type { TextEdit } from '../../server/src/service/fixes/index';

interface Span {
  start: number;
  end: number;
  newText: string;
}

/** The offsets a position of the old text may take in the new one (one, or two when an edit touches it). */
function images(text: string, spans: readonly Span[], offset: number): number[] {
  // Where deleted text stands again verbatim (a move), positions inside it go with it.
  for (const removed of spans) {
    if (removed.end === removed.start || offset < removed.start || offset > removed.end) continue;
    const moved = text.slice(removed.start, removed.end);
    for (const target of spans) {
      if (target === removed) continue;
      const at = target.newText.indexOf(moved);
      if (at >= 0) return [shifted(spans, target.start, 'before') + at + (offset - removed.start)];
    }
  }
  return [...new Set([shifted(spans, offset, 'before'), shifted(spans, offset, 'after')])];
}

/**
 * The image of an offset when text an edit puts at that offset goes after it ('before': the
 * position stays in front of the inserted text) or before it ('after'). Inside a replaced span
 * the position goes to the start ('before') or the end ('after') of the replacement.
 */
function shifted(spans: readonly Span[], offset: number, side: 'before' | 'after'): number {
  let delta = 0;
  for (const s of spans) {
    const growth = s.newText.length - (s.end - s.start);
    if (s.end < offset || (s.end === offset && s.start < offset)) delta += growth;
    else if (s.start < offset && offset < s.end) return side === 'before' ? s.start + delta : s.start + delta + s.newText.length;
    else if (s.start === offset && side === 'after') return s.start + delta + s.newText.length;
    else break;
  }
  return offset + delta;
}

const SUM_CODES: ReadonlySet<RuleCode> = new Set<RuleCode>(['total-row', 'total-results', 'balance', 'total-review']);

/** The broken sums a sum finding reports, as relation|table|total row|total column. */
function brokenSumsOf(d: Diagnostic): string[] {
  const data = d.data ?? {};
  const explains = Array.isArray(data.explains) ? (data.explains as { code: string; row: string; column: number }[]) : null;
  const sums = explains ?? [{ code: d.code, row: String(data.row), column: Number(data.column) }];
  return sums.map((s) => `${s.code}|${String(data.table)}|${s.row}|${s.column}`);
}

/** A finding's kind: its code and message id (a blank cell's two wordings as one). */
function kindOf(d: Diagnostic): string {
  const id = d.code === 'value-missing' && d.messageId === 'emptyDetermined' ? 'empty' : d.messageId;
  return `${d.code}/${id}`;
}

/** The findings of `after` (analysed on `text` with `edits` applied, giving `out`) that are no finding of `before`. */
export function newFindings(text: string, edits: readonly TextEdit[], out: string, before: readonly Diagnostic[], after: readonly Diagnostic[]): Diagnostic[] {
  const starts = lineStarts(text);
  const spans = edits
    .map((e) => ({ start: offsetAt(text, starts, e.range.start), end: offsetAt(text, starts, e.range.end), newText: e.newText }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const outStarts = lineStarts(out);
  const at = (r: Range) => [offsetAt(out, outStarts, r.start), offsetAt(out, outStarts, r.end)] as const;
  const sumsBefore = new Set(before.filter((d) => SUM_CODES.has(d.code)).flatMap(brokenSumsOf));
  const carried = before
    .filter((d) => !SUM_CODES.has(d.code))
    .map((d) => ({
      kind: kindOf(d),
      starts: images(text, spans, offsetAt(text, starts, d.range.start)),
      ends: images(text, spans, offsetAt(text, starts, d.range.end)),
      used: false,
    }));
  const fresh: Diagnostic[] = [];
  for (const d of after) {
    if (SUM_CODES.has(d.code)) {
      if (!brokenSumsOf(d).every((sum) => sumsBefore.has(sum))) fresh.push(d);
      continue;
    }
    const [start, end] = at(d.range);
    const kind = kindOf(d);
    const match = carried.find((c) => !c.used && c.kind === kind && c.starts.includes(start) && c.ends.includes(end));
    if (match) match.used = true;
    else fresh.push(d);
  }
  return fresh;
}

/**
 * The findings of a report without their places (for findings of another text: the report as
 * it was before a slip that hid them). `take` answers whether a finding is one of them, and
 * uses it up: a sum finding by its broken sums, any other by its kind.
 */
export function kindsOf(findings: readonly Diagnostic[]): { take(d: Diagnostic): boolean } {
  const sums = new Set(findings.filter((d) => SUM_CODES.has(d.code)).flatMap(brokenSumsOf));
  const kinds = new Map<string, number>();
  for (const d of findings) if (!SUM_CODES.has(d.code)) kinds.set(kindOf(d), (kinds.get(kindOf(d)) ?? 0) + 1);
  return {
    take(d) {
      if (SUM_CODES.has(d.code)) return brokenSumsOf(d).every((sum) => sums.has(sum));
      const left = kinds.get(kindOf(d)) ?? 0;
      if (left === 0) return false;
      kinds.set(kindOf(d), left - 1);
      return true;
    },
  };
}

/** A finding as a failing assertion shows it. */
export function describeFinding(d: Diagnostic): string {
  const { start, end } = d.range;
  return `${d.code}/${d.messageId} ${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1} ${d.message}`;
}
