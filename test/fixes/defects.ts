/**
 * Defective reports for the fix properties: the seeds and the canonical report (every layout)
 * with the slips clerks make — a changed number in table 三 or 四, a deleted row of table 三, a
 * lost label, a date that lost 年/月, last year's year in the period, a reworded heading, a
 * deleted heading above its table, a table moved away from its heading.
 */
import fc from 'fast-check';
import { analyze } from '../../server/src/service/analyze';
import { blankLabel, canonical, deleteRow, dropHeading, moveTable, replaceFirst, seed, setCell } from './helpers';

export const BASES: { name: string; text: string }[] = [
  { name: 'canonical', text: canonical() },
  ...[0, 1, 2, 3, 4].map((n) => ({ name: `seed ${n}`, text: seed(n) })),
];

export type Mutation =
  | { kind: 'number'; row: number; column: number; value: number }
  | { kind: 'review'; column: number; value: number }
  | { kind: 'deleteRow'; row: number }
  | { kind: 'blankLabel'; row: number }
  | { kind: 'breakDate' }
  | { kind: 'lastYear' }
  | { kind: 'retitle'; part: number }
  | { kind: 'dropHeading'; part: number }
  | { kind: 'moveTable'; part: number; to: 'end' | 'beforePart6' };

/** Slips that leave every finding of the report in view. */
export const slip: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('number' as const), row: fc.nat(24), column: fc.nat(6), value: fc.nat(40) }),
  fc.record({ kind: fc.constant('review' as const), column: fc.nat(14), value: fc.nat(5) }),
  fc.record({ kind: fc.constant('blankLabel' as const), row: fc.nat(24) }),
  fc.record({ kind: fc.constant('breakDate' as const) }),
  fc.record({ kind: fc.constant('lastYear' as const) }),
  fc.record({ kind: fc.constant('retitle' as const), part: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ kind: fc.constant('dropHeading' as const), part: fc.integer({ min: 2, max: 4 }) }),
);

/**
 * Slips that hide findings: a sum over a deleted row is not evaluated, a table away from its
 * heading is not checked, and the 落款 a table was moved after is not read as the 落款.
 */
export const hidingSlip: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('deleteRow' as const), row: fc.nat(24) }),
  fc.record({ kind: fc.constant('moveTable' as const), part: fc.integer({ min: 2, max: 4 }), to: fc.constantFrom('end' as const, 'beforePart6' as const) }),
);

export const mutation: fc.Arbitrary<Mutation> = fc.oneof({ weight: 7, arbitrary: slip }, { weight: 2, arbitrary: hidingSlip });

/** Applies a mutation, or returns null when it does not apply to this text. */
export function mutate(text: string, m: Mutation): string | null {
  const { model } = analyze(text);
  const three = model.parts.find((p) => p.table?.id === 'three')?.table ?? null;
  const rows = three ? three.rows.filter((r) => r.def) : [];
  try {
    switch (m.kind) {
      case 'number': {
        const row = rows[m.row % Math.max(1, rows.length)];
        if (!row?.def || row.cells[m.column]?.kind !== 'integer') return null;
        return setCell(text, 'three', row.def.key, m.column, String(m.value));
      }
      case 'review': {
        const four = model.parts.find((p) => p.table?.id === 'four')?.table;
        const row = four?.rows.find((r) => r.def);
        if (!row?.def || row.cells[m.column]?.kind !== 'integer') return null;
        return setCell(text, 'four', row.def.key, m.column, String(m.value));
      }
      case 'deleteRow': {
        // A row of zeros with its own official label, between labelled rows (so the
        // other rows keep their places) — deleting figures would change the sums.
        const i = m.row % Math.max(1, rows.length);
        const row = rows[i];
        const labelled = (r: (typeof rows)[number] | undefined) => !r || r.labelStatus === 'official';
        if (!row?.def || row.labelStatus !== 'official' || !labelled(rows[i - 1]) || !labelled(rows[i + 1])) return null;
        if (row.groupLabels.length > 0 || !row.cells.every((c) => c.kind === 'integer' && c.value === 0)) return null;
        return deleteRow(text, 'three', row.def.key);
      }
      case 'blankLabel': {
        const row = rows[m.row % Math.max(1, rows.length)];
        if (!row?.def || row.labelStatus !== 'official' || row.groupLabels.length > 0) return null;
        return blankLabel(text, 'three', row.def.key);
      }
      case 'breakDate': {
        const year = model.year?.value;
        return year && text.includes(`${year}年1月1日`) ? replaceFirst(text, `${year}年1月1日`, `${year}11日`) : null;
      }
      case 'lastYear': {
        const start = model.period?.start;
        if (!start || start.status !== 'valid' || !model.year) return null;
        const y = String(model.year.value);
        return start.raw.includes(y) ? replaceFirst(text, start.raw, start.raw.replace(y, String(model.year.value - 1)), start.line) : null;
      }
      case 'retitle': {
        const heading = model.parts.find((p) => p.id === m.part)?.heading;
        if (!heading || heading.title.text.length < 4) return null;
        return replaceFirst(text, heading.title.text, heading.title.text.slice(0, -2), heading.line);
      }
      case 'dropHeading': {
        // The heading of a part whose table is there: the table stays, the part is read as implicit.
        const part = model.parts.find((p) => p.id === m.part);
        return part?.heading && part.table ? dropHeading(text, m.part) : null;
      }
      case 'moveTable': {
        // A table under its own heading, moved away from it (the heading stays).
        const part = model.parts.find((p) => p.id === m.part);
        return part?.heading && part.table ? moveTable(text, m.part, m.to) : null;
      }
    }
  } catch {
    return null;
  }
}

export interface Defective {
  name: string;
  applied: Mutation[];
  text: string;
}

/** One of the bases with the mutations that apply to it, in order. */
export function defectiveOf(mutations: fc.Arbitrary<Mutation>, maxLength = 3): fc.Arbitrary<Defective> {
  return fc.record({ base: fc.integer({ min: 0, max: BASES.length - 1 }), mutations: fc.array(mutations, { minLength: 1, maxLength }) }).map(({ base, mutations: list }) => {
    let text = BASES[base]!.text;
    const applied: Mutation[] = [];
    for (const m of list) {
      const next = mutate(text, m);
      if (next !== null) {
        text = next;
        applied.push(m);
      }
    }
    return { name: BASES[base]!.name, applied, text };
  });
}

/** Defective reports with any of the slips, hiding ones included. */
export const defective = defectiveOf(mutation);
