/**
 * A line that is only an HTML comment (an inline directive) is invisible in the rendered
 * report, so it is never table content: not a value, not a row, and it does not stretch
 * the table's region.
 */
import { describe, expect, it } from 'vitest';
import type { ReportModel } from '../../server/src/service/model';
import { parseUnguarded } from '../../server/src/service/parser';
import { readSeed } from '../helpers/seeds';

function tables(model: ReportModel) {
  return model.parts.flatMap((p) =>
    p.table ? [{ id: p.table.id, layout: p.table.layout, rows: p.table.rows.map((r) => [r.def?.key ?? null, r.label?.text ?? null, ...r.cells.map((c) => c.raw)]) }] : [],
  );
}

function insertLine(text: string, at: number, line: string): string {
  const lines = text.split('\n');
  lines.splice(at, 0, line);
  return lines.join('\n');
}

describe('comment lines in and after tables', () => {
  for (const n of [0, 1, 2, 3, 4]) {
    it(`seed ${n}: a directive after table 三 is not read into it`, () => {
      const text = readSeed(n);
      const before = parseUnguarded(text);
      const three = before.parts.find((p) => p.table?.id === 'three')!.table!;
      const after = parseUnguarded(insertLine(text, three.endLine, '<!-- nianbao-enable total-row -->'));
      expect(tables(after)).toEqual(tables(before));
      expect(after.parts.find((p) => p.table?.id === 'three')!.table!.endLine).toBe(three.endLine);
    });
  }

  it('seed 0 (one cell per line): a comment line between two rows changes no row', () => {
    const text = readSeed(0);
    const before = parseUnguarded(text);
    const three = before.parts.find((p) => p.table?.id === 'three')!.table!;
    const between = three.rows[3]!.startLine;
    const after = parseUnguarded(insertLine(text, between, '  <!-- nianbao-disable-next-line value-missing -->'));
    expect(tables(after)).toEqual(tables(before));
  });
});
