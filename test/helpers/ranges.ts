/**
 * Range checks shared by the parser's property test and the fuzz properties: every range a
 * model holds, and whether a range lies inside the document.
 */
import type { Range, ReportModel } from '../../server/src/service/model';

export function inside(lines: readonly string[], r: Range): boolean {
  const ok = (p: { line: number; character: number }) =>
    Number.isInteger(p.line) && Number.isInteger(p.character) && p.line >= 0 && p.line < lines.length && p.character >= 0 && p.character <= lines[p.line]!.length;
  return ok(r.start) && ok(r.end) && (r.start.line < r.end.line || (r.start.line === r.end.line && r.start.character <= r.end.character));
}

/** Every range the model holds, field by field (a generic walk would dominate the run time). */
export function modelRanges(m: ReportModel): Range[] {
  const out: Range[] = [];
  const span = (s: { range: Range } | null | undefined) => void (s && out.push(s.range));
  span(m.title);
  span(m.agency);
  span(m.year);
  for (const p of m.parts) {
    if (p.heading) {
      out.push(p.heading.range, p.heading.title.range);
      span(p.heading.numeral);
    }
    for (const s of p.subheadings) out.push(s.range, s.marker.range, s.title.range);
    const t = p.table;
    if (!t) continue;
    out.push(t.range);
    for (const c of t.captions) out.push(c.span.range);
    for (const o of t.outdatedMarkers) out.push(o.range);
    for (const r of t.rows) {
      out.push(r.range);
      span(r.label);
      for (const g of r.groupLabels) out.push(g.range);
      for (const c of r.cells) out.push(c.range);
      for (const c of r.strayCells) out.push(c.range);
    }
  }
  if (m.period) out.push(m.period.range, m.period.marker.range);
  for (const d of m.dates) out.push(d.range);
  for (const y of m.years) out.push(y.range);
  span(m.signature?.agency);
  span(m.signature?.date);
  span(m.published);
  for (const f of m.figures) out.push(f.range);
  for (const d of m.directives) out.push(d.range);
  return out;
}
