/**
 * Compact, readable renderings of parts of the model for expected-data tables in tests:
 * one line per row, `_` for an empty cell, `-` for a lost label.
 */
import type { DateMention, ParsedTable, ReportModel } from '../../server/src/service/model';

export function values(cells: readonly { kind: string; raw: string }[]): string {
  return cells.map((c) => (c.kind === 'empty' ? '_' : c.raw)).join(' ');
}

/** `key status [groups] label | values` per row. */
export function rowLines(table: ParsedTable | null): string[] {
  if (!table) return [];
  return table.rows.map((r) => {
    const groups = r.groupLabels.length > 0 ? ` [${r.groupLabels.map((g) => g.text).join(' / ')}]` : '';
    const stray = r.strayCells.length > 0 ? ` {${r.strayCells.map((c) => c.raw).join(' ')}}` : '';
    return `${r.def?.key ?? 'null'} ${r.labelStatus}${groups} ${r.label?.text ?? '-'} | ${values(r.cells)}${stray}`;
  });
}

export function partLines(model: ReportModel): string[] {
  return model.parts.map((p) => {
    const h = p.heading ? `@${p.heading.line} ${p.heading.style} ${p.heading.numeral?.text ?? '∅'}、${p.heading.title.text}` : 'no heading';
    const t = p.table ? ` table ${p.table.id} ${p.table.layout} ${p.table.startLine}-${p.table.endLine}` : '';
    return `${p.id} ${p.titleMatch} ${h} body ${p.bodyStartLine}-${p.bodyEndLine}${t}`;
  });
}

function ymd(d: { year: number; month: number; day: number } | null): string {
  return d ? `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}` : 'null';
}

/** `line:char raw status role reading [readings] time implied` per date. */
export function dateLine(d: DateMention): string {
  const readings = d.status === 'malformed' ? ` [${d.readings.map(ymd).join(',')}]` : '';
  return `${d.line}:${d.range.start.character} ${d.raw} ${d.status} ${d.role} ${ymd(d.date)}${readings}${d.time ? ' ' + d.time : ''}${d.yearImplied ? ' implied' : ''}`;
}

export function subheadingTitles(model: ReportModel, partIndex: number): string[] {
  return model.parts[partIndex]?.subheadings.map((s) => `${s.line} ${s.marker.text}${s.title.text}`) ?? [];
}
